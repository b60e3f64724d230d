//! Document 001: Kế hoạch (2023) tuyên truyền, bồi dưỡng và nhân rộng điển hình tiên tiến ngành tài
//! nguyên và môi trường giai đoạn 2023-2025, Bộ Tài nguyên và Môi trường. The criteria are its annex
//! "Tiêu chuẩn điển hình tiên tiến", mục 1 "Đối tượng" and 2.a, 2.b, 2.c; the quota is V.1.b; the
//! milestones are mục III.5 and V.1. The document has no unit-head rule.

use super::{AppliesTo, Clause, Criterion, Day, Document, Milestone, Quota, Rule, Ruleset, SuggestedPeriod, When};
use crate::codes::{InitiativeKind, Rating, SubjectKind, Title};
use crate::text::Text;

const BOTH: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan, SubjectKind::TapThe]);
const TAP_THE: AppliesTo = AppliesTo::Subjects(&[SubjectKind::TapThe]);
const CA_NHAN: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan]);

const YEARLY: Text = Text {
    vi: "Điển hình tiên tiến của năm (01–02 mỗi năm, mục V.1.b)",
    en: "The year's exemplars (01–02 a year, V.1.b)",
};

pub static RULESET: Ruleset = Ruleset {
    id: "btnmt-dhtt-2023-2025",
    document: Document {
        source_file: "001_a32de7ffc639b966.txt",
        name: Text {
            vi: "Kế hoạch của Bộ TN&MT (2023)",
            en: "Ministry of Natural Resources and Environment plan (2023)",
        },
        title: Text {
            vi: "Kế hoạch tuyên truyền, bồi dưỡng và nhân rộng điển hình tiên tiến ngành tài nguyên và môi \
                 trường giai đoạn 2023-2025",
            en: "Plan for promoting, nurturing and replicating advanced exemplars of the natural resources and \
                 environment sector, 2023–2025",
        },
        part: "phụ lục “Tiêu chuẩn điển hình tiên tiến”",
    },
    span: (2020, 2025),
    span_source: Clause {
        citation: "Kế hoạch của Bộ TN&MT (2023), mục III.5.a",
        quote: "Hội nghị điển hình tiên tiến giai đoạn 2020-2025",
    },
    subjects: &[SubjectKind::CaNhan, SubjectKind::TapThe],
    subjects_interpretation: None,
    suggested_periods: &[
        SuggestedPeriod { from: 2023, to: 2023, label: YEARLY },
        SuggestedPeriod { from: 2024, to: 2024, label: YEARLY },
        SuggestedPeriod { from: 2025, to: 2025, label: YEARLY },
        SuggestedPeriod {
            from: 2023,
            to: 2024,
            label: Text { vi: "Hội nghị Quý II/2025", en: "Conference in Q2 2025" },
        },
        SuggestedPeriod {
            from: 2023,
            to: 2025,
            label: Text { vi: "Cả giai đoạn 2023–2025", en: "The whole 2023–2025 plan" },
        },
    ],
    criteria: &[
        Criterion {
            id: "btnmt-dhtt-2023-2025/dt-1",
            name: Text {
                vi: "Tập thể, cá nhân tiêu biểu của ngành, được suy tôn",
                en: "An exemplary collective or individual, honoured by peers",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 1",
            quote: "Là các tập thể, cá nhân tiêu biểu trên tất cả các lĩnh vực thuộc ngành tài nguyên và môi trường; là những nhân tố mới, những điển hình xuất sắc, tiêu biểu qua các phong trào thi đua; được tập thể thừa nhận, suy tôn; có tác dụng cổ vũ, lôi cuốn, nêu gương.",
            gloss: "Collectives and individuals who stand out in every field of the natural resources and \
                    environment sector; new factors and outstanding, exemplary models of the emulation \
                    movements; acknowledged and honoured by their peers; inspiring, attracting and setting an \
                    example to others.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/chung-1",
            name: Text {
                vi: "Thành tích xuất sắc, mô hình mới, nhiều sáng kiến",
                en: "Excellent results, new models, many initiatives",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.a",
            quote: "Gương điển hình tiên tiến phải là những tập thể, cá nhân có thành tích tiêu biểu, xuất sắc trong lao động, sản xuất, kinh doanh, học tập, công tác. Có mô hình mới, cách làm hay, nhiều sáng kiến, giải pháp sáng tạo, mang lại hiệu quả thiết thực và là nhân tố nổi trội, dẫn đầu trong các phong trào thi đua do cơ quan, tổ chức, đơn vị tổ chức, phát động.",
            gloss: "An advanced exemplar must be a collective or individual with outstanding, excellent \
                    achievements in labour, production, business, study and work. Has new models, good \
                    practices, many initiatives and creative solutions with practical results, and is a \
                    prominent factor leading the emulation movements organised and launched by the agency, \
                    organisation or unit.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/chung-2",
            name: Text {
                vi: "Gương mẫu chấp hành, đóng góp quan trọng cho ngành",
                en: "Exemplary conduct, important contributions to the sector",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.a",
            quote: "Gương mẫu chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước gắn với việc “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; có những đóng góp quan trọng vào sự nghiệp xây dựng và phát triển ngành tài nguyên và môi trường. Hưởng ứng tham gia và dẫn đầu các phong trào thi đua do Nhà nước, Bộ Tài nguyên và Môi trường và các cơ quan, tổ chức, đơn vị trong ngành tài nguyên và môi trường phát động.",
            gloss: "Sets an example in following the Party's guidelines and line and the State's policies and \
                    laws, together with “Studying and following Hồ Chí Minh's thought, ethics and style”; has \
                    made important contributions to building and developing the natural resources and \
                    environment sector. Responds to, takes part in and leads the emulation movements launched \
                    by the State, the Ministry and the sector's agencies, organisations and units.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/chung-3",
            name: Text {
                vi: "Tương thân tương ái, tham gia hoạt động xã hội",
                en: "Mutual care, taking part in social activities",
            },
            applies_to: BOTH,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.a",
            quote: "Có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác nhằm thực hiện tốt công tác an sinh xã hội, góp phần tích cực vào sự nghiệp xây dựng Chủ nghĩa xã hội và bảo vệ Tổ quốc.",
            gloss: "Shows mutual care and helps others progress together; takes an active part in \
                    humanitarian, charitable and other social activities for social welfare, contributing \
                    actively to building socialism and defending the Fatherland.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-1",
            name: Text {
                vi: "Đơn vị hoàn thành xuất sắc nhiệm vụ hằng năm",
                en: "The unit is rated excellent every year",
            },
            applies_to: TAP_THE,
            rule: Rule::RatingEachYear(Rating::XuatSac),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "Là cơ quan, tổ chức, đơn vị luôn hoàn thành xuất sắc mọi nhiệm vụ",
            gloss: "An agency, organisation or unit that always completes all of its duties excellently",
            interpretation: Some(Text {
                vi: "Tập thể được xếp loại hoàn thành xuất sắc nhiệm vụ ở tất cả các năm trong giai đoạn bình \
                     xét.",
                en: "The collective is rated as having completed its duties excellently in every year of the \
                     review period.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-2",
            name: Text {
                vi: "Tiêu biểu mọi mặt, dẫn đầu khối, cụm thi đua",
                en: "Exemplary in every respect, leads its emulation bloc",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "thật sự tiêu biểu, mẫu mực về mọi mặt trên các lĩnh vực công tác được giao; là ngọn cờ tiêu biểu trong phong trào thi đua yêu nước, luôn dẫn đầu khối, cụm thi đua, dẫn đầu trong đơn vị, được tập thể thừa nhận, suy tôn, có tác dụng cổ vũ, lôi cuốn các tập thể khác trong toàn Ngành phấn đấu, học tập, làm theo.",
            gloss: "truly exemplary and a model in every respect in its assigned fields of work; a leading flag \
                    of the patriotic emulation movement, always leading its emulation bloc or cluster and its \
                    unit, acknowledged and honoured by its peers, inspiring and drawing the other collectives of \
                    the sector to strive, learn and follow.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-3",
            name: Text {
                vi: "Cải cách hành chính, phòng, chống tham nhũng",
                en: "Administrative reform, fighting corruption",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "Thực hiện tốt công tác cải cách hành chính, phục vụ tốt lợi ích của Nhân dân; chỉ đạo, tổ chức triển khai nghiêm túc, hiệu quả công tác đấu tranh phòng, chống tham nhũng, tiêu cực.",
            gloss: "Carries out administrative reform well and serves the people's interests well; directs and \
                    organises the fight against corruption and negative practices seriously and effectively.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-4",
            name: Text {
                vi: "Đoàn kết; tổ chức đảng trong sạch vững mạnh",
                en: "United; a clean and strong Party organisation",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "Nội bộ đoàn kết, thống nhất, gương mẫu trong chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nội quy của cơ quan. Tổ chức đảng đạt trong sạch vững mạnh",
            gloss: "United and of one mind internally, setting an example in following the Party's line and \
                    guidelines, the State's policies and laws and the agency's internal rules. Its Party \
                    organisation is rated clean and strong",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-5",
            name: Text {
                vi: "Tập thể lao động xuất sắc hằng năm",
                en: "Excellent labour collective every year",
            },
            applies_to: TAP_THE,
            rule: Rule::TitleEachYear(Title::TtLaoDongXuatSac),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "đơn vị đạt danh hiệu “Tập thể lao động xuất sắc”.",
            gloss: "the unit achieves the title “Excellent labour collective”.",
            interpretation: Some(Text {
                vi: "Danh hiệu phải đạt ở tất cả các năm trong giai đoạn bình xét, như yêu cầu “Hàng năm” đối \
                     với cá nhân; danh hiệu tập thể cao hơn cũng được tính cho năm được tặng.",
                en: "The title is required for every year of the review period, like the individuals' \
                     “every year”; a higher collective title also counts for the year it was awarded.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-6",
            name: Text {
                vi: "Có sáng kiến, giải pháp hữu ích trong giai đoạn",
                en: "An initiative or useful solution in the period",
            },
            applies_to: TAP_THE,
            rule: Rule::InitiativeInPeriod(&[InitiativeKind::SangKien, InitiativeKind::GiaiPhap]),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "có sáng kiến cải tiến kỹ thuật, giải pháp hữu ích của tập thể, cá nhân áp dụng vào thực tiễn có hiệu quả trên các mặt công tác của Ngành.",
            gloss: "has technical improvement initiatives and useful solutions, of the collective or of \
                    individuals, applied effectively in practice in the sector's areas of work.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/tt-7",
            name: Text {
                vi: "Cách làm hay, vượt chỉ tiêu, ứng dụng công nghệ",
                en: "Good practice, targets exceeded, technology applied",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.b",
            quote: "Có sáng tạo, cách làm hay, hiệu quả, vượt chỉ tiêu thi đua trong thực hiện nhiệm vụ, kế hoạch công tác. Là mô hình mới, dẫn đầu phong trào nghiên cứu, ứng dụng khoa học công nghệ; thực hiện tốt, có hiệu quả việc ứng dụng công nghệ thông tin trong chỉ đạo, điều hành, quản lý",
            gloss: "Is creative, with good and effective practices, exceeding its emulation targets in carrying \
                    out its tasks and work plans. Is a new model, leading the research and application of science \
                    and technology; applies information technology well and effectively in direction, \
                    administration and management",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-1",
            name: Text {
                vi: "Phẩm chất tốt, chuyên môn giỏi, dám nghĩ dám làm",
                en: "Good character, highly skilled, daring to act",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "Là những cán bộ, công chức, viên chức, người lao động tiêu biểu, có phẩm chất đạo đức tốt, bản lĩnh chính trị vững vàng; có trình độ chuyên môn giỏi, năng động, sáng tạo, có tinh thần dám nghĩ, dám làm, dám chịu trách nhiệm, có lối sống trong sạch, lành mạnh; hoàn thành xuất sắc nhiệm vụ được giao, đạt năng xuất, chất lượng cao.",
            gloss: "Exemplary cadres, civil servants, public employees or workers of good moral character and \
                    firm political will; highly skilled, dynamic and creative, daring to think, to act and to \
                    take responsibility, living a clean and healthy life; completing assigned duties \
                    excellently, with high productivity and quality.",
            interpretation: None,
            note: Some(Text {
                vi: "Phần đánh giá hoàn thành xuất sắc nhiệm vụ hàng năm cũng được tính tự động ở tiêu chí cn-4.",
                en: "The yearly rating part is also computed by cn-4.",
            }),
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-2",
            name: Text {
                vi: "Có sáng kiến hoặc đề tài khoa học trong giai đoạn",
                en: "An initiative or research topic in the period",
            },
            applies_to: CA_NHAN,
            rule: Rule::InitiativeInPeriod(&[InitiativeKind::SangKien, InitiativeKind::DeTai]),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "Có sáng kiến cải tiến kỹ thuật hoặc đề tài nghiên cứu khoa học công nghệ",
            gloss: "Has a technical improvement initiative or a science and technology research topic",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-3",
            name: Text {
                vi: "Gương mẫu chấp hành chủ trương, pháp luật, nội quy",
                en: "Leads by example in following policy, law and rules",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "Gương mẫu đi đầu trong chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nội quy của cơ quan.",
            gloss: "Leads by example in strictly following the Party's guidelines and line, the State's policies \
                    and laws and the agency's internal rules.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-4",
            name: Text {
                vi: "Hoàn thành xuất sắc nhiệm vụ hằng năm",
                en: "Rated excellent every year",
            },
            applies_to: CA_NHAN,
            rule: Rule::RatingEachYear(Rating::XuatSac),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "Hàng năm được đánh giá hoàn thành xuất sắc nhiệm vụ",
            gloss: "Rated every year as having completed duties excellently",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-5",
            name: Text {
                vi: "Chiến sĩ thi đua cơ sở hằng năm",
                en: "Grassroots emulation fighter every year",
            },
            applies_to: CA_NHAN,
            rule: Rule::TitleEachYear(Title::CstdCoSo),
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "và được tặng thưởng danh hiệu “Chiến sỹ thi đua cơ sở”.",
            gloss: "and awarded the title “Grassroots emulation fighter”.",
            interpretation: Some(Text {
                vi: "Danh hiệu cá nhân cao hơn (Chiến sĩ thi đua cấp bộ, ngành, tỉnh hoặc Chiến sĩ thi đua toàn \
                     quốc) cũng được tính cho năm được tặng.",
                en: "A higher individual title (a ministry, sector or provincial emulation fighter, or a national \
                     emulation fighter) also counts for the year it was awarded.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-dhtt-2023-2025/cn-6",
            name: Text {
                vi: "Giải pháp công tác, thành tích xuất sắc",
                en: "Work solutions, excellent achievements",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Tiêu chuẩn điển hình tiên tiến, mục 2.c",
            quote: "có giải pháp công tác hoặc áp dụng khoa học công nghệ để nâng cao chất lượng, hiệu quả công tác, tăng năng xuất lao động, sáng tạo, lập được thành tích xuất sắc trong công tác.",
            gloss: "has work solutions or applies science and technology to raise the quality and effectiveness \
                    of work and labour productivity; creative, with excellent achievements at work.",
            interpretation: None,
            note: None,
        },
    ],
    quota: Some(Quota {
        counts: &[SubjectKind::CaNhan, SubjectKind::TapThe],
        per_year: true,
        min: 1,
        max: Some(2),
        needs_summary: false,
        citation: "Kế hoạch của Bộ TN&MT (2023), mục V.1.b",
        quote: "Hàng năm, xây dựng từ 01-02 điển hình tiên tiến để tuyên truyền, bồi dưỡng và nhân rộng",
        note: Text {
            vi: "Đây là số điển hình tiên tiến mỗi cơ quan, tổ chức, đơn vị xây dựng hàng năm để tuyên truyền, \
                 bồi dưỡng và nhân rộng, không phải giới hạn số người được đề nghị.",
            en: "This is how many exemplars each agency, organisation or unit builds a year to promote, nurture \
                 and replicate, not a cap on nominations.",
        },
    }),
    milestones: &[
        Milestone {
            when: When::Before(Day { year: 2023, month: 12, day: 30 }),
            when_label: Text { vi: "Trước ngày 30/12/2023", en: "Before 30 December 2023" },
            what: Text {
                vi: "Các cơ quan, tổ chức, đơn vị gửi kế hoạch tuyên truyền, bồi dưỡng, nhân rộng điển hình \
                     tiên tiến giai đoạn 2023–2025 về Bộ Tài nguyên và Môi trường (qua Vụ Tổ chức cán bộ).",
                en: "Agencies, organisations and units send their 2023–2025 exemplar plan to the Ministry \
                     (through its Department of Personnel and Organisation).",
            },
            citation: "mục V.1.a",
        },
        Milestone {
            when: When::EveryYear { from: 2023, to: 2025 },
            when_label: Text { vi: "Hàng năm", en: "Every year" },
            what: Text {
                vi: "Xây dựng từ 01–02 điển hình tiên tiến; báo cáo tình hình tổ chức thực hiện về Bộ; Bộ \
                     tuyên dương các gương điển hình tiên tiến tiêu biểu vào dịp tổng kết công tác thi đua, \
                     khen thưởng.",
                en: "Build 01–02 exemplars; report on implementation to the Ministry; the Ministry honours \
                     outstanding exemplars at its year-end emulation and commendation review.",
            },
            citation: "mục V.1.b, V.1.c, III.5.b",
        },
        Milestone {
            when: When::Between(Day { year: 2025, month: 4, day: 1 }, Day { year: 2025, month: 6, day: 30 }),
            when_label: Text { vi: "Quý II/2025", en: "Q2 2025" },
            what: Text {
                vi: "Đánh giá, tổng kết tại Hội nghị điển hình tiên tiến giai đoạn 2020–2025; lựa chọn, giới \
                     thiệu điển hình tiên tiến tiêu biểu tham dự Đại hội Thi đua yêu nước ngành tài nguyên và \
                     môi trường lần thứ V, giai đoạn 2025–2030.",
                en: "Review of 2020–2025 at the exemplar conference; select and nominate outstanding exemplars \
                     for the sector's 5th patriotic emulation congress (2025–2030).",
            },
            citation: "mục III.5.a",
        },
    ],
};
