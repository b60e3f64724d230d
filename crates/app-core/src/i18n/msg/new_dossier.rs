//! Texts of the new-dossier page: who, which standard, which period, the name.

use criteria::codes::SubjectKind;
use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    HEADING = "Tạo hồ sơ mới", "New dossier";
    LEAD = "Bốn bước ngắn. Kết quả từng năm, danh hiệu, sáng kiến và các tiêu chí tự khai được điền sau, trong trang soạn hồ sơ.",
        "Four short steps. Yearly results, titles, initiatives and the self-declared criteria are filled in afterwards, in the dossier editor.";
    STEP_KIND = "1. Hồ sơ này của ai?", "1. Who is this dossier about?";
    STEP_RULESET = "2. Theo tiêu chuẩn nào?", "2. Which standard?";
    RULESETS_FOR_KIND = "Chỉ hiện các bộ tiêu chuẩn có áp dụng cho đối tượng đã chọn; mới nhất trước.",
        "Only the standards that cover the chosen subject are shown, newest first.";
    STEP_PERIOD = "3. Giai đoạn bình xét", "3. Review period";
    PERIOD_HINT = "Các giai đoạn văn bản gợi ý, mỗi giai đoạn ứng với một đợt bình xét. Giai đoạn chưa kết thúc thì tốt nhất chỉ là “Đang trong kỳ”.",
        "The periods the document suggests, each for one round of recognition. A period that has not ended can at best be “On track”.";
    PERIOD_CUSTOM = "Khoảng năm khác", "Other years";
    PERIOD_FROM = "Từ năm", "From";
    PERIOD_TO = "Đến năm", "To";
    STEP_NAME = "4. Tên", "4. Name";
    NAME_CA_NHAN = "Họ và tên", "Full name";
    NAME_TAP_THE = "Tên tập thể (phòng, ban, đơn vị)", "Name of the collective (team, department, unit)";
    NAME_HO_GIA_DINH = "Tên hộ gia đình (họ tên chủ hộ)", "Household (name of the head of household)";
    NAME_HINT = "Bắt buộc, tối đa 200 ký tự.", "Required, at most 200 characters.";
    NAME_EMPTY = "Hãy nhập tên: đây là thông tin bắt buộc.", "Enter a name: it is required.";
    NAME_TOO_LONG = "Tên dài quá 200 ký tự: hãy rút gọn.", "The name is longer than 200 characters: shorten it.";
    UNIT_HEAD = "Người này là lãnh đạo thủ trưởng đơn vị", "This person heads a unit";
    UNIT_HEAD_HINT = "Bộ tiêu chuẩn này xét thêm: đơn vị do người này lãnh đạo phải là tập thể điển hình tiên tiến. Hồ sơ tập thể của đơn vị được liên kết sau, trong trang soạn hồ sơ.",
        "This standard then also asks that the unit this person leads be an exemplary collective. The unit's collective dossier is linked afterwards, in the editor.";
    CREATE = "Tạo hồ sơ", "Create dossier";
    CANCEL = "Hủy, về danh sách hồ sơ", "Cancel, back to the dossiers";
}

/// The name field's label, which says what "name" means for this kind of subject.
pub fn name_label(kind: SubjectKind) -> Text {
    match kind {
        SubjectKind::CaNhan => NAME_CA_NHAN,
        SubjectKind::TapThe => NAME_TAP_THE,
        SubjectKind::HoGiaDinh => NAME_HO_GIA_DINH,
    }
}

/// Why the custom years cannot be used.
pub fn period_outside(lang: Lang, span: (i32, i32)) -> String {
    let (first, last) = span;
    match lang {
        Lang::Vi => format!(
            "Giai đoạn phải nằm trong {first}–{last} (phạm vi của văn bản), năm bắt đầu không sau năm kết thúc."
        ),
        Lang::En => {
            format!("The period must lie within {first}–{last} (the document's span), and start no later than it ends.")
        }
    }
}
