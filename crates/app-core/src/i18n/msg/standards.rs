//! Texts of the standards browser (Tiêu chuẩn): the search, each ruleset's facts and quota, and each
//! criterion's rule and reach in plain words.

use criteria::catalogue::{AppliesTo, Rule};
use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    INTRO = "Mỗi tiêu chí kèm nguyên văn, điều khoản trích dẫn, cách ứng dụng đánh giá và những hồ sơ trong trình duyệt này chịu ảnh hưởng.",
        "Each criterion comes with its exact wording, its clause, how the app assesses it, and the dossiers in this browser it affects.";
    SEARCH = "Tìm tiêu chí", "Search the criteria";
    SEARCH_HINT = "Tìm trong nguyên văn, bản dịch tiếng Anh, mã và điều khoản; gõ không dấu cũng được (ví dụ: “chien sy”).",
        "Searches the wording, the English gloss, the id and the clause; accents are optional (e.g. “chien sy”).";
    NO_MATCH = "Không có tiêu chí nào khớp.", "No criterion matches.";
    CLEAR_SEARCH = "Xóa tìm kiếm", "Clear the search";
    DOCUMENT = "Văn bản", "Document";
    PART = "Phần quy định tiêu chuẩn", "Part that sets the standard";
    SPAN = "Phạm vi năm", "Years covered";
    SUBJECTS = "Đối tượng", "Who may apply";
    CRITERIA = "Các tiêu chí", "Criteria";
    QUOTA = "Số lượng điển hình mỗi năm", "Exemplars a year";
    QUOTA_NONE = "Văn bản không quy định số lượng điển hình mỗi năm.", "The document sets no yearly number of exemplars.";
    QUOTA_SUMMARY_NEEDED = "Mỗi điển hình được giới thiệu cần kèm trích ngang thành tích.", "Each nominee needs an achievement summary (trích ngang thành tích).";
    RULE = "Cách đánh giá", "How it is assessed";
    APPLIES = "Áp dụng cho", "Applies to";
    AFFECTED = "Hồ sơ chịu ảnh hưởng", "Dossiers it affects";
    AFFECTED_NONE = "Chưa có hồ sơ nào trong trình duyệt này.", "No dossier in this browser yet.";
    PERMALINK = "Liên kết đến tiêu chí này", "Link to this criterion";
    SECTORS = "Trọng tâm của từng lĩnh vực (mục III.2.1 (c))", "The focus of each sector (III.2.1 (c))";
    DECLARED = "Tự khai: người lập hồ sơ trả lời có hoặc không, kèm căn cứ.",
        "Self-declared: the person filling in the dossier answers yes or no, with evidence.";
    UNIT_ELIGIBLE = "Tính từ hồ sơ: hồ sơ tập thể của đơn vị mình lãnh đạo (cùng bộ tiêu chuẩn, cùng giai đoạn) phải đạt.",
        "Computed: the collective dossier of the unit they lead (same standard, same period) must be eligible.";
    UNIT_HEAD = "Cá nhân là lãnh đạo, thủ trưởng đơn vị", "Individuals who head a unit";
    SECTOR_SET = "Hồ sơ đã chọn lĩnh vực công tác", "Dossiers with a sector chosen";
}

/// How many criteria of how many match the search.
pub fn matches(lang: Lang, found: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("{found} trên {total} tiêu chí khớp"),
        Lang::En => format!("{found} of {total} criteria match"),
    }
}

/// A rule kind (CRITERIA.md, Rule kinds) in plain words.
pub fn rule(lang: Lang, rule: Rule) -> String {
    let quoted = |t: Text| format!("“{}”", lang.pick(t));
    match (rule, lang) {
        (Rule::Declared, _) => lang.pick(DECLARED).to_owned(),
        (Rule::UnitEligible, _) => lang.pick(UNIT_ELIGIBLE).to_owned(),
        (Rule::RatingEachYear(r), Lang::Vi) => {
            format!(
                "Tính từ hồ sơ: năm nào trong giai đoạn bình xét cũng được xếp loại {}.",
                quoted(r.label())
            )
        }
        (Rule::RatingEachYear(r), Lang::En) => {
            format!(
                "Computed: every year of the review period is rated {}.",
                quoted(r.label())
            )
        }
        (Rule::TitleEachYear(t), Lang::Vi) => format!(
            "Tính từ hồ sơ: năm nào trong giai đoạn bình xét cũng có danh hiệu {} hoặc danh hiệu cao hơn cùng loại.",
            quoted(t.label())
        ),
        (Rule::TitleEachYear(t), Lang::En) => format!(
            "Computed: every year of the review period holds the title {} or a higher one of the same ladder.",
            quoted(t.label())
        ),
        (Rule::InitiativeInPeriod(kinds), Lang::Vi) => format!(
            "Tính từ hồ sơ: có ít nhất một {} trong giai đoạn bình xét.",
            kinds
                .iter()
                .map(|k| lang.pick(k.label()).to_lowercase())
                .collect::<Vec<_>>()
                .join(" hoặc ")
        ),
        (Rule::InitiativeInPeriod(kinds), Lang::En) => format!(
            "Computed: at least one {} in the review period.",
            kinds
                .iter()
                .map(|k| lang.pick(k.label()).to_lowercase())
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        (Rule::PlanCompletion { year, min_pct }, Lang::Vi) => {
            format!("Tính từ hồ sơ: năm {year} hoàn thành ít nhất {min_pct}% kế hoạch.")
        }
        (Rule::PlanCompletion { year, min_pct }, Lang::En) => {
            format!("Computed: at least {min_pct}% of the {year} work plan completed.")
        }
    }
}

/// Who a criterion applies to, in plain words.
pub fn applies_to(lang: Lang, reach: AppliesTo) -> String {
    match reach {
        AppliesTo::Subjects(kinds) => kinds
            .iter()
            .map(|k| lang.pick(k.label()))
            .collect::<Vec<_>>()
            .join(", "),
        AppliesTo::UnitHead => lang.pick(UNIT_HEAD).to_owned(),
        AppliesTo::SectorSet => lang.pick(SECTOR_SET).to_owned(),
    }
}
