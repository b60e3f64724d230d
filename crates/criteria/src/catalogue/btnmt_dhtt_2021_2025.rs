//! Document 000: Kế hoạch số 03/KH-BTNMT (2021), "Xây dựng và nhân rộng điển hình tiên tiến giai
//! đoạn 2021-2025", Bộ Tài nguyên và Môi trường. The criteria are mục II.2 "Đối tượng", II.3 "Tiêu chí
//! chung", II.3.1 (collectives) and II.3.2 (individuals); the milestones are mục III and IV.1.

use super::{AppliesTo, Clause, Criterion, Day, Document, Milestone, Rule, Ruleset, SuggestedPeriod, When};
use crate::codes::{InitiativeKind, Rating, SubjectKind, Title};
use crate::text::Text;

const BOTH: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan, SubjectKind::TapThe]);
const TAP_THE: AppliesTo = AppliesTo::Subjects(&[SubjectKind::TapThe]);
const CA_NHAN: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan]);

pub static RULESET: Ruleset = Ruleset {
    id: "btnmt-dhtt-2021-2025",
    document: Document {
        source_file: "000_6f784a527c43bd52.txt",
        name: Text { vi: "Kế hoạch số 03/KH-BTNMT (2021)", en: "Plan No. 03/KH-BTNMT (2021)" },
        title: Text {
            vi: "Kế hoạch xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021-2025",
            en: "Plan for building and replicating advanced exemplars, 2021–2025",
        },
        part: "mục II",
    },
    span: (2021, 2025),
    span_source: Clause {
        citation: "Kế hoạch 03/KH-BTNMT, tên kế hoạch",
        quote: "Xây dựng và nhân rộng điển hình tiên tiến giai đoạn 2021-2025",
    },
    subjects: &[SubjectKind::CaNhan, SubjectKind::TapThe],
    subjects_interpretation: None,
    suggested_periods: &[
        SuggestedPeriod {
            from: 2021,
            to: 2022,
            label: Text {
                vi: "Công nhận Quý III–IV/2023",
                en: "Recognition in Q3–Q4 2023",
            },
        },
        SuggestedPeriod {
            from: 2021,
            to: 2023,
            label: Text { vi: "Giai đoạn 1", en: "Phase 1" },
        },
        SuggestedPeriod {
            from: 2023,
            to: 2024,
            label: Text {
                vi: "Bình xét Quý II/2024 – Quý I/2025",
                en: "Review from Q2 2024 to Q1 2025",
            },
        },
        SuggestedPeriod {
            from: 2023,
            to: 2025,
            label: Text { vi: "Giai đoạn 2", en: "Phase 2" },
        },
    ],
    criteria: &[
        Criterion {
            id: "btnmt-dhtt-2021-2025/dt-1",
            name: Text {
                vi: "Điển hình xuất sắc của ngành, được suy tôn",
                en: "An outstanding model of the sector, honoured by peers",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.2",
            quote: "Là các tập thể, cá nhân đang công tác, lao động và học tập trên tất cả các lĩnh vực thuộc ngành tài nguyên và môi trường, là những nhân tố mới, những điển hình xuất sắc, tiêu biểu qua các phong trào thi đua; được tập thể thừa nhận, suy tôn; có tác dụng cổ vũ, lôi cuốn, nêu gương.",
            gloss: "Collectives and individuals working, labouring and studying in every field of the natural \
                    resources and environment sector who are new factors and outstanding, exemplary models of the \
                    emulation movements; acknowledged and honoured by their peers; inspiring, attracting and \
                    setting an example to others.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/chung-1",
            name: Text {
                vi: "Thành tích tiêu biểu, dẫn đầu phong trào thi đua",
                en: "Outstanding results, leading the emulation movements",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3",
            quote: "Gương điển hình tiên tiến phải là những tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong lao động sản xuất, học tập, công tác; là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua",
            gloss: "An advanced exemplar must be a collective or individual with outstanding, excellent \
                    achievements in labour and production, study and work; a prominent factor leading the emulation \
                    movements",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/chung-2",
            name: Text {
                vi: "Gương mẫu chấp hành chủ trương, chính sách, pháp luật",
                en: "Exemplary in following Party policy and the law",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3",
            quote: "gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”",
            gloss: "setting an example in following the Party's guidelines and line and the State's policies and \
                    laws, together with “Studying and following Hồ Chí Minh's thought, ethics and style”",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/chung-3",
            name: Text {
                vi: "Đóng góp quan trọng cho ngành",
                en: "Important contributions to the sector",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3",
            quote: "có những đóng góp quan trọng vào sự nghiệp xây dựng và phát triển ngành tài nguyên và môi trường.",
            gloss: "having made important contributions to building and developing the natural resources and \
                    environment sector.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-1",
            name: Text {
                vi: "Đơn vị sáng tạo, hoàn thành vượt mức kế hoạch",
                en: "The unit is creative and exceeds its plan",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Sáng tạo, vượt khó, hoàn thành và hoàn thành vượt mức kế hoạch nhiệm vụ, đảm bảo chất lượng, hiệu quả.",
            gloss: "Creative and overcoming difficulties; completing and exceeding the planned tasks, with \
                    assured quality and effectiveness.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-2",
            name: Text {
                vi: "Phong trào thi đua thường xuyên, hiệu quả",
                en: "A regular, effective emulation movement",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Có phong trào thi đua thường xuyên, thiết thực, hiệu quả gắn với nhiệm vụ trọng tâm của cơ quan, đơn vị và của Ngành.",
            gloss: "Has a regular, practical and effective emulation movement tied to the key tasks of the \
                    agency or unit and of the sector.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-3",
            name: Text {
                vi: "Cải cách hành chính, phục vụ tốt nhân dân",
                en: "Administrative reform; serves the people well",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Thực hiện tốt công tác cải cách hành chính, cắt bỏ các thủ tục rườm rà trong giải quyết công việc; phục vụ tốt lợi ích của nhân dân, doanh nghiệp.",
            gloss: "Carries out administrative reform well, cutting cumbersome procedures in handling work; \
                    serves the interests of the people and businesses well.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-4",
            name: Text {
                vi: "Chấp hành kỷ luật, văn hóa công sở",
                en: "Administrative discipline and workplace culture",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Chấp hành kỷ luật, kỷ cương hành chính, quy định văn hóa công sở và nội quy của cơ quan, đơn vị.",
            gloss: "Observes administrative discipline and order, the rules of workplace culture and the \
                    internal rules of the agency or unit.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-5",
            name: Text {
                vi: "Đoàn kết, tiết kiệm, chống tham nhũng",
                en: "United; thrift; fights waste and corruption",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tích cực thực hành tiết kiệm, chống lãng phí, chống tham nhũng và các tệ nạn xã hội khác.",
            gloss: "United internally, setting an example in following the Party's guidelines and policies and \
                    the State's laws; actively practising thrift and fighting waste, corruption and other social \
                    ills.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-6",
            name: Text {
                vi: "Tập thể lao động xuất sắc liên tục các năm",
                en: "Excellent labour collective every year",
            },
            applies_to: TAP_THE,
            rule: Rule::TitleEachYear(Title::TtLaoDongXuatSac),
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "Trong giai đoạn bình xét, liên tục các năm đều đạt danh hiệu “Tập thể Lao động xuất sắc”",
            gloss: "In the review period, achieving the title “Excellent labour collective” in every year, \
                    without a break",
            interpretation: Some(Text {
                vi: "Danh hiệu tập thể cao hơn (Cờ thi đua của bộ, ngành, tỉnh hoặc Cờ thi đua của Chính phủ) \
                     cũng được tính cho năm được tặng.",
                en: "A higher collective title (an emulation flag of a ministry, sector or province, or of the \
                     Government) also counts for the year it was awarded.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-7",
            name: Text {
                vi: "Có mô hình mới trong giai đoạn",
                en: "A new model in the period",
            },
            applies_to: TAP_THE,
            rule: Rule::InitiativeInPeriod(&[InitiativeKind::MoHinh]),
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "có nhân tố mới, mô hình mới",
            gloss: "has new factors and new models",
            interpretation: Some(Text {
                vi: "Tiêu chí được đáp ứng khi có một mô hình mới được ghi nhận trong giai đoạn bình xét; \
                     “nhân tố mới” được hiểu là một phần của mô hình đó.",
                en: "The criterion is met by a new model recorded in the review period; “new factors” is read \
                     as part of it.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/tt-8",
            name: Text {
                vi: "Dẫn đầu phong trào thi đua, được suy tôn",
                en: "Leads the emulation movement, honoured by peers",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.1",
            quote: "dẫn đầu trong phong trào thi đua, được tập thể thừa nhận, suy tôn.",
            gloss: "leading the emulation movement, acknowledged and honoured by its peers.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-1",
            name: Text {
                vi: "Sáng tạo, vượt khó, hoàn thành vượt mức nhiệm vụ",
                en: "Creative, overcomes difficulties, exceeds the plan",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Sáng tạo, vượt khó, hoàn thành và hoàn thành vượt mức kế hoạch nhiệm vụ, đảm bảo chất lượng, hiệu quả.",
            gloss: "Creative and overcoming difficulties; completing and exceeding the planned tasks, with \
                    assured quality and effectiveness.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-2",
            name: Text {
                vi: "Có sáng kiến, đổi mới sáng tạo trong giai đoạn",
                en: "An initiative or innovation in the period",
            },
            applies_to: CA_NHAN,
            rule: Rule::InitiativeInPeriod(&[
                InitiativeKind::SangKien,
                InitiativeKind::DeTai,
                InitiativeKind::GiaiPhap,
            ]),
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Có sáng kiến trong công tác, lao động, sản xuất; đổi mới sáng tạo trong xây dựng chính sách, thể chế, cải cách hành chính, ứng dụng công nghệ thông tin… để nâng cao chất lượng, hiệu quả công việc.",
            gloss: "Has initiatives in work, labour and production; innovates in building policies and \
                    institutions, administrative reform, applying information technology… to raise the quality \
                    and effectiveness of work.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-3",
            name: Text {
                vi: "Tích cực học tập nâng cao trình độ",
                en: "Studies to raise qualifications",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ.",
            gloss: "Actively studies to raise professional qualifications and skills.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-4",
            name: Text {
                vi: "Chấp hành tốt nội quy; đạo đức, lối sống lành mạnh",
                en: "Follows the rules; good ethics and lifestyle",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, nội quy, quy chế của cơ quan, đơn vị; có tinh thần tự lực, tự cường, đoàn kết, tương trợ; có đạo đức, lối sống lành mạnh.",
            gloss: "Abides well by the Party's guidelines and policies, the State's laws and the internal rules \
                    and regulations of the agency or unit; self-reliant and self-strengthening, united and \
                    mutually supportive; of good ethics and a healthy lifestyle.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-5",
            name: Text {
                vi: "Hoàn thành xuất sắc nhiệm vụ hằng năm",
                en: "Rated excellent every year",
            },
            applies_to: CA_NHAN,
            rule: Rule::RatingEachYear(Rating::XuatSac),
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Trong giai đoạn bình xét, liên tục các năm đều được công nhận hoàn thành xuất sắc nhiệm vụ",
            gloss: "In the review period, recognised in every year, without a break, as having completed \
                    duties excellently",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/cn-6",
            name: Text {
                vi: "Chiến sĩ thi đua cơ sở hằng năm",
                en: "Grassroots emulation fighter every year",
            },
            applies_to: CA_NHAN,
            rule: Rule::TitleEachYear(Title::CstdCoSo),
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "và đạt danh hiệu “Chiến sỹ thi đua cấp cơ sở” (ưu tiên những cá nhân được công nhận danh hiệu cao hơn).",
            gloss: "and achieving the title “Grassroots emulation fighter” (priority goes to individuals \
                    recognised with a higher title).",
            interpretation: Some(Text {
                vi: "Danh hiệu cá nhân cao hơn (Chiến sĩ thi đua cấp bộ, ngành, tỉnh hoặc Chiến sĩ thi đua toàn \
                     quốc) cũng được tính cho năm được tặng; văn bản chỉ nêu danh hiệu cao hơn như điều kiện ưu \
                     tiên.",
                en: "A higher individual title (a ministry, sector or provincial emulation fighter, or a national \
                     emulation fighter) also counts for the year it was awarded; the document names a higher title \
                     only as a priority.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2021-2025/ld-1",
            name: Text {
                vi: "Đơn vị là tập thể điển hình tiên tiến",
                en: "The unit is an exemplary collective",
            },
            applies_to: AppliesTo::UnitHead,
            rule: Rule::UnitEligible,
            citation: "Kế hoạch 03/KH-BTNMT, mục II.3.2",
            quote: "Đối với cá nhân là lãnh đạo thủ trưởng đơn vị: ngoài các tiêu chí nêu trên, đơn vị phải là tập thể điển hình tiên tiến.",
            gloss: "For an individual who heads a unit: besides the criteria above, the unit must be an \
                    advanced exemplar collective.",
            interpretation: Some(Text {
                vi: "Đơn vị được coi là tập thể điển hình tiên tiến khi hồ sơ tập thể của đơn vị, theo cùng bộ \
                     tiêu chuẩn và cùng giai đoạn bình xét, đạt tiêu chuẩn này.",
                en: "The unit counts as an advanced exemplar collective when its collective dossier, under the \
                     same standard and review period, meets this standard.",
            }),
            note: None,
        },
    ],
    quota: None,
    milestones: &[
        Milestone {
            when: When::Before(Day { year: 2021, month: 9, day: 15 }),
            when_label: Text {
                vi: "Quý III/2021, trước ngày 15/9/2021",
                en: "Q3 2021, before 15 September 2021",
            },
            what: Text {
                vi: "Các đơn vị xây dựng kế hoạch giai đoạn 2021–2023 và đăng ký dự kiến số lượng điển hình \
                     tiên tiến để nuôi dưỡng, phát triển, xây dựng điển hình; gửi kế hoạch và danh sách đăng ký \
                     về Bộ Tài nguyên và Môi trường trước ngày 15/9/2021.",
                en: "Units make their 2021–2023 plan and register the expected number of exemplars to nurture \
                     and build; the plan and the list are sent to the Ministry before 15 September 2021.",
            },
            citation: "mục III.1, IV.1",
        },
        Milestone {
            when: When::Between(Day { year: 2021, month: 10, day: 1 }, Day { year: 2022, month: 12, day: 31 }),
            when_label: Text {
                vi: "Từ Quý IV/2021 đến hết năm 2022",
                en: "From Q4 2021 to the end of 2022",
            },
            what: Text {
                vi: "Tổ chức thực hiện kế hoạch, thực hiện các giải pháp phát hiện, bồi dưỡng, xây dựng điển \
                     hình tiên tiến.",
                en: "Carry out the plan: find, nurture and build exemplars.",
            },
            citation: "mục III.1",
        },
        Milestone {
            when: When::Between(Day { year: 2023, month: 1, day: 1 }, Day { year: 2023, month: 6, day: 30 }),
            when_label: Text { vi: "Quý I và II/2023", en: "Q1 and Q2 2023" },
            what: Text {
                vi: "Sơ kết đánh giá kết quả các phong trào thi đua và công tác phát hiện, bồi dưỡng, xây dựng \
                     điển hình tiên tiến ở cấp cơ sở, cấp đơn vị trực thuộc Bộ, Sở Tài nguyên và Môi trường.",
                en: "Interim review (sơ kết) of the emulation movements and of exemplar building at grassroots \
                     and unit level.",
            },
            citation: "mục III.1",
        },
        Milestone {
            when: When::Between(Day { year: 2023, month: 7, day: 1 }, Day { year: 2023, month: 12, day: 31 }),
            when_label: Text { vi: "Quý III và IV/2023", en: "Q3 and Q4 2023" },
            what: Text {
                vi: "Sơ kết toàn ngành tài nguyên và môi trường; Bộ trưởng lựa chọn những gương điển hình xuất \
                     sắc, tiêu biểu để quyết định công nhận, biểu dương.",
                en: "Sector-wide interim review (sơ kết); the Minister selects outstanding exemplars and \
                     recognises and commends them.",
            },
            citation: "mục III.1",
        },
        Milestone {
            when: When::Between(Day { year: 2024, month: 1, day: 1 }, Day { year: 2024, month: 3, day: 31 }),
            when_label: Text { vi: "Quý I/2024", en: "Q1 2024" },
            what: Text {
                vi: "Các đơn vị xây dựng kế hoạch chi tiết của giai đoạn 2023–2025.",
                en: "Units make their detailed plans for 2023–2025.",
            },
            citation: "mục III.2",
        },
        Milestone {
            when: When::Between(Day { year: 2024, month: 4, day: 1 }, Day { year: 2025, month: 3, day: 31 }),
            when_label: Text {
                vi: "Từ Quý II/2024 đến hết Quý I/2025",
                en: "From Q2 2024 to the end of Q1 2025",
            },
            what: Text {
                vi: "Rà soát, tổ chức bình xét, công nhận điển hình tiên tiến cấp cơ sở, đề nghị Bộ công nhận \
                     điển hình tiên tiến ngành tài nguyên và môi trường.",
                en: "Review and recognise exemplars at grassroots level, and propose sector exemplars to the \
                     Ministry for recognition.",
            },
            citation: "mục III.2",
        },
        Milestone {
            when: When::Between(Day { year: 2025, month: 4, day: 1 }, Day { year: 2025, month: 6, day: 30 }),
            when_label: Text { vi: "Quý II/2025", en: "Q2 2025" },
            what: Text {
                vi: "Tổ chức Hội nghị điển hình tiên tiến cấp đơn vị trực thuộc Bộ, Sở Tài nguyên và Môi \
                     trường.",
                en: "Exemplar conferences of the Ministry's units and the provincial departments.",
            },
            citation: "mục III.2",
        },
        Milestone {
            when: When::Between(Day { year: 2025, month: 7, day: 1 }, Day { year: 2025, month: 9, day: 30 }),
            when_label: Text { vi: "Quý III/2025", en: "Q3 2025" },
            what: Text {
                vi: "Đại hội thi đua yêu nước ngành tài nguyên và môi trường lần thứ V, tiến tới Đại hội thi \
                     đua yêu nước toàn quốc lần thứ XI.",
                en: "The sector's 5th patriotic emulation congress, towards the 11th national patriotic \
                     emulation congress.",
            },
            citation: "mục III.2",
        },
    ],
};
