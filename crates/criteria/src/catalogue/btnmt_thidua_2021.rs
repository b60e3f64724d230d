//! Document 004: Công văn phát động phong trào thi đua năm 2021, Bộ Tài nguyên và Môi trường. The
//! criteria are mục III "Tiêu chí thi đua": III.1 for collectives, III.2 for individuals, and the
//! closing paragraph of III.2 for unit heads; the milestone is mục IV.

use super::{AppliesTo, Clause, Criterion, Document, Milestone, Rule, Ruleset, SuggestedPeriod, When};
use crate::codes::{InitiativeKind, Rating, SubjectKind};
use crate::text::Text;

const TAP_THE: AppliesTo = AppliesTo::Subjects(&[SubjectKind::TapThe]);
const CA_NHAN: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan]);

pub static RULESET: Ruleset = Ruleset {
    id: "btnmt-thidua-2021",
    document: Document {
        source_file: "004_829703e0ec33f7fb.txt",
        name: Text {
            vi: "Công văn phát động thi đua của Bộ TN&MT (2021)",
            en: "Ministry of Natural Resources and Environment letter launching emulation (2021)",
        },
        title: Text {
            vi: "Công văn V/v phát động phong trào thi đua năm 2021",
            en: "Letter on launching the emulation movement for 2021",
        },
        part: "mục III",
    },
    span: (2021, 2021),
    span_source: Clause {
        citation: "Công văn của Bộ TN&MT (2021), trích yếu",
        quote: "V/v phát động phong trào thi đua năm 2021",
    },
    subjects: &[SubjectKind::CaNhan, SubjectKind::TapThe],
    subjects_interpretation: None,
    suggested_periods: &[SuggestedPeriod {
        from: 2021,
        to: 2021,
        label: Text { vi: "Thi đua năm 2021", en: "The 2021 emulation year" },
    }],
    criteria: &[
        Criterion {
            id: "btnmt-thidua-2021/tt-1",
            name: Text {
                vi: "Phát động phong trào thi đua thiết thực",
                en: "Launches practical emulation movements",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "Hưởng ứng và phát động phong trào thi đua thiết thực, gắn với các nhiệm vụ chính trị, cụ thể: có kế hoạch, giải pháp thực hiện; có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến, đổi mới sáng tạo về xây dựng chính sách, thể chế, cải cách hành chính, ứng dụng công nghệ thông tin; có nhiều hoạt động văn nghệ, thể thao vui tươi lành mạnh.",
            gloss: "Responds to and launches practical emulation movements tied to its political tasks, \
                    specifically: has plans and solutions to carry them out; registers emulation targets, \
                    initiatives and innovation in building policies and institutions, administrative reform and \
                    applying information technology; holds many joyful, healthy cultural and sports activities.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/tt-2",
            name: Text {
                vi: "Hoàn thành 100% kế hoạch năm 2021",
                en: "100% of the 2021 plan completed",
            },
            applies_to: TAP_THE,
            rule: Rule::PlanCompletion { year: 2021, min_pct: 100 },
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "hoàn thành 100% kế hoạch năm",
            gloss: "completes 100% of the year's plan",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/tt-3",
            name: Text {
                vi: "Cải cách hành chính, dịch vụ công trực tuyến",
                en: "Administrative reform, online public services",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "Có kế hoạch thực hiện cải cách hành chính được phê duyệt (quy chế, quy trình, thủ tục, trách nhiệm, tiến độ cụ thể), cắt bỏ các thủ tục rườm rà trong giải quyết công việc; phục vụ lợi ích của người dân và doanh nghiệp; mọi dịch vụ công đều có thể được thực hiện trực tuyến cấp độ 3, 4.",
            gloss: "Has an approved administrative reform plan (regulations, processes, procedures, \
                    responsibilities and a set timetable), cutting cumbersome procedures in handling work; serves \
                    the interests of people and businesses; every public service can be provided online at level \
                    3 or 4.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/tt-4",
            name: Text {
                vi: "Đơn vị giữ kỷ cương hành chính, văn hóa công sở",
                en: "The unit keeps administrative order and workplace culture",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "Thực hiện tốt kỷ luật, kỷ cương hành chính, quy định văn hóa công sở: không đi muộn về sớm, không uống rượu bia, hút thuốc lá tại nơi làm việc…",
            gloss: "Observes administrative discipline and order and the rules of workplace culture well: no \
                    arriving late or leaving early, no drinking alcohol or beer and no smoking at the \
                    workplace…",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/tt-5",
            name: Text {
                vi: "Đoàn kết, tiết kiệm, phòng chống tham nhũng",
                en: "United; thrift; fights waste and corruption",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "Đoàn kết nội bộ; gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; thực hành tiết kiệm, chống lãng phí, phòng chống tham nhũng và các tệ nạn xã hội khác.",
            gloss: "Internal unity; sets an example in following the Party's guidelines and policies and the \
                    State's laws; practises thrift and fights waste, corruption and other social ills.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/tt-6",
            name: Text {
                vi: "Chương trình công tác năm được phê duyệt, đúng tiến độ",
                en: "An approved yearly work programme, on schedule",
            },
            applies_to: TAP_THE,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.1",
            quote: "Có chương trình công tác (kế hoạch, nhiệm vụ) của năm được xây dựng, phê duyệt theo quy định; sáng tạo, vượt khó, hoàn thành 100% kế hoạch năm, trong đó chương trình xây dựng pháp luật và giải ngân đảm bảo tiến độ, chất lượng, hiệu quả.",
            gloss: "Has a work programme (plans, tasks) for the year drawn up and approved as required; is \
                    creative, overcomes difficulties and completes 100% of the year's plan, with the law-making \
                    programme and disbursement on schedule and of assured quality and effectiveness.",
            interpretation: None,
            note: Some(Text {
                vi: "Phần hoàn thành 100% kế hoạch năm được tính tự động ở tiêu chí tt-2; phần tự khai này bao \
                     gồm các nội dung còn lại.",
                en: "The 100% part is computed by tt-2; this declaration covers the rest.",
            }),
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-1",
            name: Text {
                vi: "Hoàn thành xuất sắc nhiệm vụ năm 2021",
                en: "Rated excellent in 2021",
            },
            applies_to: CA_NHAN,
            rule: Rule::RatingEachYear(Rating::XuatSac),
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "Hoàn thành xuất sắc nhiệm vụ được giao.",
            gloss: "Completes the assigned duties excellently.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-2",
            name: Text {
                vi: "Có sáng kiến, đề tài hoặc giải pháp trong năm",
                en: "An initiative, research topic or solution in the year",
            },
            applies_to: CA_NHAN,
            rule: Rule::InitiativeInPeriod(&[
                InitiativeKind::SangKien,
                InitiativeKind::DeTai,
                InitiativeKind::GiaiPhap,
            ]),
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "có sáng kiến cải tiến kỹ thuật hoặc đề tài nghiên cứu khoa học công nghệ, giải pháp công tác hoặc giải pháp ứng dụng khoa học công nghệ để nâng cao chất lượng, hiệu quả công tác.",
            gloss: "has a technical improvement initiative or a science and technology research topic, a work \
                    solution or a solution applying science and technology to raise the quality and \
                    effectiveness of work.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-3",
            name: Text {
                vi: "Tích cực học tập nâng cao trình độ",
                en: "Studies to raise qualifications",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "Tích cực học tập nâng cao trình độ chuyên môn, nghiệp vụ.",
            gloss: "Actively studies to raise professional qualifications and skills.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-4",
            name: Text {
                vi: "Thực hiện tốt kỷ luật, văn hóa công sở, nội quy",
                en: "Keeps discipline, workplace culture and internal rules",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "Thực hiện tốt kỷ luật, kỷ cương hành chính, quy định văn hóa công sở và nội quy của cơ quan, đơn vị.",
            gloss: "Observes administrative discipline and order, the rules of workplace culture and the \
                    internal rules of the agency or unit well.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-5",
            name: Text {
                vi: "Chấp hành tốt; đạo đức, lối sống lành mạnh",
                en: "Law-abiding; good ethics and lifestyle",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, nội quy, quy chế của cơ quan, đơn vị, có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia các phong trào thi đua; có đạo đức, lối sống lành mạnh.",
            gloss: "Abides well by the Party's guidelines and policies, the State's laws and the internal rules \
                    and regulations of the agency or unit, self-reliant and self-strengthening; united and \
                    mutually supportive, taking an active part in emulation movements; of good ethics and a \
                    healthy lifestyle.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/cn-6",
            name: Text {
                vi: "Đăng ký chỉ tiêu thi đua, sáng kiến",
                en: "Registers emulation targets and initiatives",
            },
            applies_to: CA_NHAN,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2",
            quote: "Có đăng ký chỉ tiêu thi đua, đăng ký sáng kiến, đổi mới sáng tạo về xây dựng chính sách, thể chế, cải cách hành chính, ứng dụng công nghệ thông tin…;",
            gloss: "Registers emulation targets, initiatives and innovation in building policies and \
                    institutions, administrative reform and applying information technology…;",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/ld-1",
            name: Text {
                vi: "Hồ sơ tập thể của đơn vị đạt tiêu chí",
                en: "The unit's collective dossier meets the standard",
            },
            applies_to: AppliesTo::UnitHead,
            rule: Rule::UnitEligible,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2 (đoạn cuối)",
            quote: "Đối với cá nhân là lãnh đạo thủ trưởng đơn vị: ngoài các tiêu chí nêu trên, đơn vị phải là tập thể tiêu biểu xuất sắc, dẫn đầu các phong trào thi đua.",
            gloss: "For an individual who heads a unit: besides the criteria above, the unit must be an \
                    outstanding, excellent collective leading the emulation movements.",
            interpretation: Some(Text {
                vi: "Phần được tính tự động kiểm tra hồ sơ tập thể của đơn vị đạt các tiêu chí của mục III.1; \
                     phần còn lại do tiêu chí ld-2 hỏi.",
                en: "The computed part checks that the unit's collective dossier meets III.1; ld-2 asks for the \
                     rest.",
            }),
            note: None,
        },
        Criterion {
            id: "btnmt-thidua-2021/ld-2",
            name: Text {
                vi: "Đơn vị tiêu biểu xuất sắc, dẫn đầu thi đua",
                en: "The unit is outstanding and leads emulation",
            },
            applies_to: AppliesTo::UnitHead,
            rule: Rule::Declared,
            citation: "Công văn của Bộ TN&MT (2021), mục III.2 (đoạn cuối)",
            quote: "đơn vị phải là tập thể tiêu biểu xuất sắc, dẫn đầu các phong trào thi đua.",
            gloss: "the unit must be an outstanding, excellent collective leading the emulation movements.",
            interpretation: None,
            note: None,
        },
    ],
    quota: None,
    milestones: &[Milestone {
        when: When::HalfYearly,
        when_label: Text {
            vi: "Định kỳ 06 tháng và kết thúc năm",
            en: "Every six months and at the end of the year",
        },
        what: Text {
            vi: "Vụ trưởng Vụ Thi đua, Khen thưởng và Tuyên truyền báo cáo Bộ trưởng kết quả thực hiện.",
            en: "The head of the Department of Emulation, Commendation and Communication reports the results \
                 to the Minister.",
        },
        citation: "mục IV",
    }],
};
