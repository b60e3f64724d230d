//! Document 002: Kế hoạch (2023) tuyên truyền gương điển hình tiên tiến của Sở Tài nguyên và Môi
//! trường tỉnh Khánh Hòa giai đoạn 2023 - 2025. The criteria are mục III.2.1 (b), the general standard,
//! and (c), the per-sector focus ([`sector_quote`]); the quota is IV.1; the milestones are III.3.b and IV.1.

use super::{AppliesTo, Clause, Criterion, Day, Document, Milestone, Quota, Rule, Ruleset, SuggestedPeriod, When};
use crate::codes::{Rating, Sector, SubjectKind};
use crate::text::Text;

const ALL_THREE: AppliesTo = AppliesTo::Subjects(&[SubjectKind::CaNhan, SubjectKind::TapThe, SubjectKind::HoGiaDinh]);

const YEARLY: Text = Text {
    vi: "Giới thiệu hàng năm (mục IV.1)",
    en: "Yearly nomination (IV.1)",
};

/// The bullet of mục III.2.1 (c) for this sector, verbatim from the source (lv-1 asks the candidate
/// against it).
pub fn sector_quote(sector: Sector) -> &'static str {
    match sector {
        Sector::XayDungDang => "Trong lĩnh vực xây dựng Đảng, chính quyền, đoàn thể: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong xây dựng, phát triển Đảng, chính quyền, đoàn thể, dám nghĩ, dám làm, dám chịu trách nhiệm, có tinh thần đấu tranh phòng, chống tham nhũng, tiêu cực, là điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        Sector::QuocPhongAnNinh => "Trong lĩnh vực quốc phòng, an ninh: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong công tác huấn luyện, sẵn sàng chiến đấu, xây dựng đơn vị vững mạnh toàn diện “mẫu mực, tiêu biểu”, tham gia phòng, chống thiên tai, dịch bệnh; đấu tranh phòng, chống tội phạm và tệ nạn xã hội, giữ vững an ninh chính trị, trật tự an toàn xã hội.",
        Sector::TaiChinh => "Trong lĩnh vực tài chính: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong dịch vụ; thu ngân sách nhà nước...",
        Sector::ThongTinTruyenThong => "Trong lĩnh vực thông tin và truyền thông: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong lĩnh vực ứng dụng công nghệ thông tin, chuyển đổi số, công nghiệp công nghệ số, bảo đảm an toàn, an ninh mạng, xây dựng kinh tế số và xã hội số; các điển hình tiên tiến trong lĩnh vực báo chí, truyền thông.",
        Sector::CaiCachHanhChinh => "Trong lĩnh vực cải cách hành chính: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong thực hiện chương trình cải cách hành chính góp phần xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, có năng lực kiến tạo phát triển, liêm chính, phục vụ Nhân dân.",
        Sector::DoiSongXaHoi => "Trong đời sống xã hội: Quan tâm phát hiện, xây dựng những điển hình tiên tiến trong quần chúng Nhân dân, nhất là người trực tiếp lao động, sản xuất, gương mẫu xây dựng đời sống văn hóa, tích cực tham gia bảo vệ môi trường, phòng chống thiên tai, dịch bệnh...",
    }
}

pub static RULESET: Ruleset = Ruleset {
    id: "stnmt-khanhhoa-2023-2025",
    document: Document {
        source_file: "002_5164e93db9400634.txt",
        name: Text {
            vi: "Kế hoạch của Sở TN&MT Khánh Hòa (2023)",
            en: "Khánh Hòa Department of Natural Resources and Environment plan (2023)",
        },
        title: Text {
            vi: "Kế hoạch tuyên truyền gương điển hình tiên tiến của Sở Tài nguyên và Môi trường giai đoạn \
                 2023 - 2025",
            en: "Plan for promoting advanced exemplars of the Department of Natural Resources and Environment \
                 (Khánh Hòa province), 2023–2025",
        },
        part: "mục III.2.1",
    },
    span: (2023, 2025),
    span_source: Clause {
        citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục II.2",
        quote: "Thời gian thực hiện: từ năm 2023 đến năm 2025.",
    },
    subjects: &[SubjectKind::CaNhan, SubjectKind::TapThe, SubjectKind::HoGiaDinh],
    subjects_interpretation: Some(Text {
        vi: "Hộ gia đình cũng được xét vì mục III.2.1 (a) định nghĩa điển hình tiên tiến là “tập thể, cá \
             nhân, hộ gia đình”, dù tiêu đề mục (b) chỉ nêu “tập thể, cá nhân”.",
        en: "Households are covered too, because III.2.1 (a) defines exemplars as “collectives, individuals, \
             households”, though (b) is headed “of collectives and individuals”.",
    }),
    suggested_periods: &[
        SuggestedPeriod { from: 2023, to: 2023, label: YEARLY },
        SuggestedPeriod { from: 2024, to: 2024, label: YEARLY },
        SuggestedPeriod { from: 2025, to: 2025, label: YEARLY },
        SuggestedPeriod {
            from: 2023,
            to: 2025,
            label: Text { vi: "Cả giai đoạn 2023–2025", en: "The whole 2023–2025 plan" },
        },
    ],
    criteria: &[
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-1",
            name: Text {
                vi: "Gương mẫu chấp hành chủ trương, pháp luật",
                en: "Exemplary in following Party policy and the law",
            },
            applies_to: ALL_THREE,
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "Gương mẫu, chấp hành tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước;",
            gloss: "Exemplary, abiding well by the Party's line and guidelines and the State's policies and laws;",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-2",
            name: Text {
                vi: "Hoàn thành xuất sắc nhiệm vụ hằng năm",
                en: "Rated excellent every year",
            },
            applies_to: AppliesTo::Subjects(&[SubjectKind::CaNhan, SubjectKind::TapThe]),
            rule: Rule::RatingEachYear(Rating::XuatSac),
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "Hoàn thành xuất sắc các nhiệm vụ được giao.",
            gloss: "Completes the assigned duties excellently.",
            interpretation: Some(Text {
                vi: "Cá nhân, tập thể được xếp loại hoàn thành xuất sắc nhiệm vụ ở tất cả các năm trong giai \
                     đoạn bình xét.",
                en: "The individual or collective is rated as having completed duties excellently in every year \
                     of the review period.",
            }),
            note: None,
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-3",
            name: Text {
                vi: "Hộ hoàn thành xuất sắc nhiệm vụ được giao",
                en: "The household completes its tasks excellently",
            },
            applies_to: AppliesTo::Subjects(&[SubjectKind::HoGiaDinh]),
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "Hoàn thành xuất sắc các nhiệm vụ được giao.",
            gloss: "Completes the assigned duties excellently.",
            interpretation: None,
            note: Some(Text {
                vi: "Hộ gia đình không có xếp loại chất lượng hàng năm, nên tiêu chí này do hộ tự khai, kèm \
                     minh chứng.",
                en: "Households have no yearly rating, so the household declares this criterion, with evidence.",
            }),
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-4",
            name: Text {
                vi: "Mô hình mới, cách làm hay, nhiều sáng kiến",
                en: "New models, good practices, many initiatives",
            },
            applies_to: ALL_THREE,
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "Có mô hình mới, cách làm hay, nhiều sáng kiến, giải pháp sáng tạo, mang lại hiệu quả thiết thực",
            gloss: "Has new models, good practices, many initiatives and creative solutions with practical \
                    results",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-5",
            name: Text {
                vi: "Nhân tố nổi trội, dẫn đầu phong trào thi đua",
                en: "A prominent factor leading the emulation movements",
            },
            applies_to: ALL_THREE,
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "và là nhân tố nổi trội, tiêu biểu, dẫn đầu trong các phong trào thi đua do các phòng, đơn vị tổ chức.",
            gloss: "and is a prominent, exemplary factor leading the emulation movements organised by the \
                    offices and units.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/chung-6",
            name: Text {
                vi: "Tương thân tương ái, tham gia hoạt động xã hội",
                en: "Mutual care, taking part in social activities",
            },
            applies_to: ALL_THREE,
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (b)",
            quote: "Có tinh thần tương thân tương ái, giúp đỡ mọi người cùng tiến bộ; tích cực tham gia các hoạt động nhân đạo, từ thiện, các hoạt động xã hội khác nhằm thực hiện tốt công tác an sinh xã hội, góp phần tích cực vào sự nghiệp xây dựng Chủ nghĩa xã hội và bảo vệ Tổ quốc.",
            gloss: "Shows mutual care and helps others progress together; takes an active part in \
                    humanitarian, charitable and other social activities for social welfare, contributing \
                    actively to building socialism and defending the Fatherland.",
            interpretation: None,
            note: None,
        },
        Criterion {
            id: "stnmt-khanhhoa-2023-2025/lv-1",
            name: Text {
                vi: "Đáp ứng trọng tâm của lĩnh vực công tác",
                en: "Meets the focus of the chosen field of work",
            },
            applies_to: AppliesTo::SectorSet,
            rule: Rule::Declared,
            citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (c)",
            quote: "Căn cứ tiêu chuẩn chung của tập thể, cá nhân điển hình tiên tiến, các phòng, đơn vị, xây \
                    dựng quy định về đối tượng, tiêu chuẩn đối với điển hình tiên tiến của phòng, đơn vị mình, \
                    cụ thể:",
            gloss: "Based on the general standard for exemplary collectives and individuals, offices and units \
                    set their own rules on who may be an exemplar and on the standards for exemplars of their \
                    office or unit, as follows:",
            interpretation: Some(Text {
                vi: "Mục (c) hướng dẫn các phòng, đơn vị tự xây dựng tiêu chuẩn cho lĩnh vực của mình; ứng dụng \
                     hỏi ứng viên có đáp ứng trọng tâm của lĩnh vực đã chọn hay không.",
                en: "Clause (c) tells units what standards to write for their own field; the app asks whether \
                     the candidate meets the focus of the chosen field.",
            }),
            note: None,
        },
    ],
    quota: Some(Quota {
        counts: &[SubjectKind::CaNhan, SubjectKind::TapThe],
        per_year: true,
        min: 1,
        max: None,
        needs_summary: true,
        citation: "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục IV.1",
        quote: "Các phòng, đơn vị thuộc các Khối thi đua của Sở hàng năm lựa chọn, giới thiệu ít nhất 01 điển \
                hình tiêu biểu (tập thể hoặc cá nhân), có trích ngang thành tích kèm theo.",
        note: Text {
            vi: "Mỗi phòng, đơn vị giới thiệu ít nhất 01 điển hình mỗi năm, không có số tối đa; mỗi điển hình \
                 được giới thiệu cần kèm trích ngang thành tích (bản tóm tắt thành tích).",
            en: "Each office or unit nominates at least one exemplar a year, with no upper number; each \
                 nominee needs a “trích ngang thành tích”, a short summary of achievements.",
        },
    }),
    milestones: &[
        Milestone {
            when: When::Before(Day { year: 2023, month: 5, day: 10 }),
            when_label: Text { vi: "Trước ngày 10/5/2023", en: "Before 10 May 2023" },
            what: Text {
                vi: "Báo cáo đánh giá sơ kết tuyên truyền gương điển hình tiên tiến gửi về Văn phòng Sở.",
                en: "Interim report (sơ kết) on promoting exemplars, sent to the Department's office.",
            },
            citation: "mục IV.1",
        },
        Milestone {
            when: When::Between(Day { year: 2023, month: 1, day: 1 }, Day { year: 2023, month: 12, day: 31 }),
            when_label: Text { vi: "Năm 2023", en: "2023" },
            what: Text {
                vi: "Tổ chức Hội nghị tôn vinh điển hình tiên tiến cấp cơ sở nhân dịp kỷ niệm 75 năm ngày Chủ \
                     tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948–11/6/2023).",
                en: "Grassroots conference honouring exemplars, marking 75 years since President Hồ Chí Minh's \
                     call to patriotic emulation (11/6/1948 – 11/6/2023).",
            },
            citation: "mục III.3.b",
        },
        Milestone {
            when: When::EveryYear { from: 2023, to: 2025 },
            when_label: Text { vi: "Hàng năm", en: "Every year" },
            what: Text {
                vi: "Các phòng, đơn vị thuộc các Khối thi đua lựa chọn, giới thiệu ít nhất 01 điển hình tiêu \
                     biểu, có trích ngang thành tích kèm theo; biểu dương, tôn vinh các điển hình tiên tiến ít \
                     nhất 01 lần/năm.",
                en: "Each office or unit of the emulation blocs nominates at least one exemplar, with an \
                     achievement summary (trích ngang); exemplars are honoured at least once a year.",
            },
            citation: "mục IV.1, III.3.b",
        },
        Milestone {
            when: When::Before(Day { year: 2025, month: 5, day: 31 }),
            when_label: Text { vi: "Trước ngày 31/5/2025", en: "Before 31 May 2025" },
            what: Text {
                vi: "Báo cáo tổng kết tuyên truyền gương điển hình tiên tiến gửi về Văn phòng Sở.",
                en: "Final report (tổng kết) on promoting exemplars, sent to the Department's office.",
            },
            citation: "mục IV.1",
        },
        Milestone {
            when: When::Between(Day { year: 2025, month: 1, day: 1 }, Day { year: 2025, month: 12, day: 31 }),
            when_label: Text { vi: "Năm 2025", en: "2025" },
            what: Text {
                vi: "Tổ chức Đại hội (Hội nghị) Điển hình tiên tiến cấp cơ sở.",
                en: "Grassroots exemplar congress (or conference).",
            },
            citation: "mục III.3.b",
        },
    ],
};
