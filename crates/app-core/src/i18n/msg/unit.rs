//! Texts of the unit page (Đơn vị): choosing a unit, its ranked candidates and why they rank so,
//! the selection of nominees and its warnings, and the printable nomination list.

use criteria::codes::{SubjectKind, Title};
use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    EXPORT_NOMINEES = "Xuất tệp các hồ sơ được đề nghị", "Export the nominees' dossiers";
    NAV = "Đơn vị", "Units";
    HEADING = "Đơn vị", "Units";
    LEAD = "Xếp hạng các hồ sơ của một đơn vị theo một bộ tiêu chuẩn, chọn người (tập thể) để đề nghị, và in danh sách đề nghị.",
        "Rank one unit's dossiers under one standard, choose the nominees, and print the nomination list.";
    CONTROLS = "Chọn đơn vị và bộ tiêu chuẩn", "Choose the unit and the standard";
    UNIT = "Đơn vị", "Unit";
    RULESET = "Bộ tiêu chuẩn", "Standard";
    PERIOD = "Năm / giai đoạn bình xét", "Year / review period";
    AS_OF = "Đánh giá đến ngày", "Assessed as of";
    NO_UNITS = "Chưa có hồ sơ nào trong trình duyệt này. Hãy tạo hoặc nhập hồ sơ và điền ô “Đơn vị” để xếp hạng theo đơn vị.",
        "There is no dossier in this browser yet. Create or import dossiers and fill in their “Unit” field to rank them by unit.";
    NO_CANDIDATES = "Đơn vị này chưa có hồ sơ nào theo bộ tiêu chuẩn đã chọn.", "This unit has no dossier under the chosen standard.";
    RANKING = "Xếp hạng", "Ranking";
    RANKING_NOTE = "Thứ tự so sánh lần lượt sáu yếu tố, yếu tố trước quyết định trước. Chỉ yếu tố 2 (danh hiệu cao nhất) có căn cứ văn bản: Kế hoạch 03/KH-BTNMT, mục II.3.2, “ưu tiên những cá nhân được công nhận danh hiệu cao hơn”. Các yếu tố 1 và 3–6 là cách xếp thứ tự của ứng dụng này để phân định khi bằng nhau, không do văn bản quy định.",
        "The order compares six elements in turn, the earlier deciding first. Only element 2 (the highest title) comes from a document: Plan 03/KH-BTNMT, II.3.2, “priority goes to individuals recognised with a higher title”. Elements 1 and 3–6 are this app's own tie-breakers, set by no document.";
    COL_SELECT = "Chọn", "Select";
    COL_RANK = "Hạng", "Rank";
    COL_DOSSIER = "Hồ sơ", "Dossier";
    COL_VERDICT = "Kết quả tự đánh giá", "Self-assessment";
    COL_WHY = "Căn cứ xếp hạng", "Why this rank";
    FROM_DOCUMENT = "theo văn bản", "from the document";
    APP_RULE = "cách xếp của ứng dụng", "the app's tie-breaker";
    UNIT_HEAD = "Lãnh đạo, thủ trưởng đơn vị. Hồ sơ tập thể của đơn vị:", "Heads the unit. The unit's collective dossier:";
    UNIT_DOSSIER_UNSET = "chưa liên kết", "not linked";
    UNIT_DOSSIER_MISSING = "không có trong trình duyệt này:", "not in this browser:";
    QUOTA = "Số lượng theo văn bản", "The document's number";
    SELECTION = "Lựa chọn đề nghị", "Nominees";
    SELECTION_OK = "Lựa chọn phù hợp với số lượng văn bản nêu.", "The selection fits the document's number.";
    WARNINGS_NOTE = "Đây là lưu ý để xem lại, không phải lỗi: Hội đồng thi đua - khen thưởng của đơn vị quyết định.",
        "These are notes to check, not errors: the unit's emulation and commendation council decides.";
    LIST_HEADING = "Danh sách đề nghị", "Nomination list";
    LIST_TITLE = "DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN ĐIỂN HÌNH TIÊN TIẾN", "LIST OF NOMINEES FOR RECOGNITION AS ADVANCED EXEMPLARS";
    LIST_EMPTY = "Chưa chọn hồ sơ nào. Đánh dấu ô “Chọn” trong bảng xếp hạng để đưa vào danh sách.",
        "Nothing selected yet. Tick “Select” in the ranking to put a dossier on the list.";
    LIST_UNIT = "Đơn vị:", "Unit:";
    LIST_PERIOD = "Năm / giai đoạn:", "Year / period:";
    LIST_RULESET = "Căn cứ:", "Standard:";
    LIST_AS_OF = "Kết quả tự đánh giá tính đến ngày:", "Self-assessment as of:";
    COL_NO = "STT", "No.";
    COL_SUMMARY = "Trích ngang thành tích", "Achievement summary";
    SIGN_PLACE = "……, ngày …… tháng …… năm ……", "……, date ……";
    SIGN_PREPARER = "Người lập biểu", "Prepared by";
    SIGN_HEAD = "Thủ trưởng đơn vị", "Head of unit";
    SIGN_HINT = "(Ký, ghi rõ họ tên)", "(Signature and full name)";
    PRINT = "In danh sách", "Print the list";
    PRINT_HINT = "Chọn “Lưu dưới dạng PDF” trong hộp thoại in để có tệp PDF khổ A4.", "Choose “Save as PDF” in the print dialog for an A4 PDF file.";
    NOTHING_ENTERED = "chưa khai thành tích", "no achievements entered";
    INITIATIVES = "sáng kiến", "initiatives";
    PLAN = "hoàn thành kế hoạch", "plan completed";
    NO_UNIT_GROUP = "Chưa ghi đơn vị", "No unit given";
    RANKED_APART = "Tập thể, cá nhân và hộ gia đình được xếp hạng riêng, mỗi loại một danh sách, vì danh hiệu của mỗi loại thuộc một hệ khác nhau.",
        "Collectives, individuals and households are ranked apart, one list each, since their titles belong to different ladders.";
    KIND_TAP_THE = "Tập thể", "Collectives";
    KIND_CA_NHAN = "Cá nhân", "Individuals";
    KIND_HO_GIA_DINH = "Hộ gia đình", "Households";
    REMEMBERED = "Đơn vị, bộ tiêu chuẩn, giai đoạn và các hồ sơ đã chọn được ghi nhớ trong trình duyệt này.",
        "The unit, standard, period and the dossiers you select are remembered in this browser.";
    PACKAGE_HINT = "Tệp xuất (dien-hinh.export) chứa đúng các hồ sơ được đề nghị và kết quả tự đánh giá của từng hồ sơ; nơi nhận kiểm tra lại bằng lệnh “dien-hinh verify”. Gửi kèm danh sách đề nghị in bên dưới.",
        "The export (dien-hinh.export) holds exactly the nominees' dossiers and each one's self-assessment; the receiver re-checks it with “dien-hinh verify”. Send it with the nomination list printed below.";
}

/// The heading of one subject kind's ranking, e.g. "Cá nhân (4 hồ sơ)".
pub fn kind_heading(lang: Lang, kind: SubjectKind, n: usize) -> String {
    let label = lang.pick(match kind {
        SubjectKind::TapThe => KIND_TAP_THE,
        SubjectKind::CaNhan => KIND_CA_NHAN,
        SubjectKind::HoGiaDinh => KIND_HO_GIA_DINH,
    });
    match lang {
        Lang::Vi => format!("{label} ({n} hồ sơ)"),
        Lang::En => format!("{label} ({n})"),
    }
}

/// Nominees of a kind (`kind`, its label) the document's number leaves out.
pub fn not_counted(lang: Lang, kind: &str, n: usize) -> String {
    match lang {
        Lang::Vi => format!(
            "{n} hồ sơ {kind} đã chọn không tính vào số lượng này: văn bản chỉ tính tập thể hoặc cá nhân."
        ),
        Lang::En => format!(
            "{n} selected {kind} dossier(s) do not count towards this number: the document counts collectives or individuals only."
        ),
    }
}

/// The document's yearly number, over a period of `years` years from `from` to `to`.
pub fn per_year(lang: Lang, from: i32, to: i32, years: i32) -> String {
    match lang {
        Lang::Vi => format!(
            "Số lượng văn bản nêu là cho mỗi năm. Giai đoạn {from}–{to} gồm {years} năm; danh sách này là cho cả giai đoạn."
        ),
        Lang::En => format!(
            "The document's number is for each year. The period {from}–{to} spans {years} years; this list is for the whole period."
        ),
    }
}

/// The document's yearly number as it writes it: "01–02", "ít nhất 01".
fn quota_phrase(lang: Lang, min: u32, max: Option<u32>) -> String {
    match (max, lang) {
        (Some(max), _) if max != min => format!("{min:02}–{max:02}"),
        (Some(_), _) => format!("{min:02}"),
        (None, Lang::Vi) => format!("ít nhất {min:02}"),
        (None, Lang::En) => format!("at least {min:02}"),
    }
}

/// The selection's size against the document's yearly number `min`–`max` (no `max`: "at least"),
/// e.g. "Kế hoạch nêu 01–02 điển hình mỗi năm; bạn đang chọn 3."
pub fn off_quota(lang: Lang, min: u32, max: Option<u32>, chosen: usize) -> String {
    let number = quota_phrase(lang, min, max);
    match (chosen, lang) {
        (0, Lang::Vi) => format!("Kế hoạch nêu {number} điển hình mỗi năm; bạn chưa chọn điển hình nào."),
        (n, Lang::Vi) => format!("Kế hoạch nêu {number} điển hình mỗi năm; bạn đang chọn {n}."),
        (0, Lang::En) => format!("The plan speaks of {number} exemplars a year; you have selected none."),
        (n, Lang::En) => format!("The plan speaks of {number} exemplars a year; you have selected {n}."),
    }
}

/// A nominee whose self-assessment is not eligible.
pub fn not_eligible(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("“{name}” có kết quả tự đánh giá “Chưa đạt”: hãy xem lại trước khi đề nghị."),
        Lang::En => format!("“{name}” is not eligible by the self-assessment: check before nominating."),
    }
}

/// The accessible name of a candidate's checkbox.
pub fn select_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Chọn “{name}” vào danh sách đề nghị"),
        Lang::En => format!("Put “{name}” on the nomination list"),
    }
}

/// How many are selected.
pub fn selected_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Đã chọn {n} hồ sơ."),
        Lang::En => format!("{n} selected."),
    }
}

/// Why a candidate ranks where it does: one line per element of `rank_key` (CRITERIA.md, Ranking).
/// `title`, `commendation` and `scope` are the labels of elements 2, 4 and 5 (None for 0).
pub struct RankWords<'a> {
    pub verdict: &'a str,
    pub title: Option<&'a str>,
    pub title_years: u32,
    pub commendation: Option<&'a str>,
    pub scope: Option<&'a str>,
    pub initiatives: u32,
}

/// The six lines, in the order of the key.
pub fn rank_lines(lang: Lang, w: &RankWords) -> [String; 6] {
    let none = match lang {
        Lang::Vi => "chưa có",
        Lang::En => "none",
    };
    match lang {
        Lang::Vi => [
            format!("Kết quả tự đánh giá: {}", w.verdict),
            format!(
                "Danh hiệu thi đua cao nhất trong giai đoạn: {}",
                w.title.unwrap_or(none)
            ),
            format!("Số năm đạt danh hiệu cao nhất đó: {}", w.title_years),
            format!("Hình thức khen thưởng cao nhất: {}", w.commendation.unwrap_or(none)),
            format!("Sáng kiến được công nhận ở cấp cao nhất: {}", w.scope.unwrap_or(none)),
            format!(
                "Số sáng kiến, đề tài, giải pháp, mô hình trong giai đoạn: {}",
                w.initiatives
            ),
        ],
        Lang::En => [
            format!("Self-assessment: {}", w.verdict),
            format!("Highest emulation title in the period: {}", w.title.unwrap_or(none)),
            format!("Years that highest title was held: {}", w.title_years),
            format!("Highest commendation: {}", w.commendation.unwrap_or(none)),
            format!("Highest level recognising an initiative: {}", w.scope.unwrap_or(none)),
            format!(
                "Initiatives, research topics, solutions and models in the period: {}",
                w.initiatives
            ),
        ],
    }
}

/// A title as a trích ngang writes it: the Vietnamese abbreviated the way emulation paperwork
/// does (CSTĐ, LĐTT, LĐXS); titles with no usual abbreviation keep their full label.
pub fn title_short(t: Title) -> Text {
    let vi = match t {
        Title::CstdCoSo => "CSTĐ cơ sở",
        Title::CstdBo => "CSTĐ cấp bộ, ngành, tỉnh",
        Title::CstdToanQuoc => "CSTĐ toàn quốc",
        Title::TtLaoDongTienTien => "Tập thể LĐTT",
        Title::TtLaoDongXuatSac => "Tập thể LĐXS",
        Title::BangKhenThuTuong => "Bằng khen của Thủ tướng",
        _ => return t.label(),
    };
    Text { vi, en: t.label().en }
}
