//! Texts of the dossier list (Hồ sơ): the table, its filters and sorting, the row actions, the undo
//! bar, and what a failed save means for the user.

use criteria::text::Text;

use crate::i18n::Lang;
use crate::store::SaveError;

crate::texts! {
    LEAD = "Mỗi hồ sơ là một lần tự đánh giá: một cá nhân, tập thể hoặc hộ gia đình, theo một bộ tiêu chuẩn, trong một giai đoạn bình xét.",
        "Each dossier is one self-assessment: an individual, a collective or a household, against one standard, over one review period.";
    CREATE = "Tạo hồ sơ mới", "New dossier";
    EMPTY_HEADING = "Chưa có hồ sơ nào", "No dossiers yet";
    EMPTY_BODY = "Hồ sơ ghi lại những gì một cá nhân, tập thể hoặc hộ gia đình tự khai cho từng năm của giai đoạn bình xét: xếp loại chất lượng, danh hiệu thi đua, sáng kiến, và các tiêu chí tự cam kết. Ứng dụng đối chiếu hồ sơ với từng tiêu chí của bộ tiêu chuẩn đã chọn, cho biết tiêu chí nào đã đạt, tiêu chí nào còn thiếu, kèm trích dẫn văn bản gốc.",
        "A dossier records what an individual, a collective or a household declares for each year of the review period: quality ratings, emulation titles, initiatives, and the self-declared criteria. The app checks it against every criterion of the chosen standard and shows what is met and what is missing, quoting the source document.";
    EMPTY_PRIVACY = "Hồ sơ chỉ được lưu trong trình duyệt này.", "Dossiers are kept in this browser only.";
    EMPTY_START = "Tạo hồ sơ đầu tiên", "Create the first dossier";
    FILTERS_LABEL = "Lọc và sắp xếp hồ sơ", "Filter and sort dossiers";
    SEARCH = "Tìm theo tên", "Search by name";
    FILTER_VERDICT = "Kết quả", "Result";
    FILTER_RULESET = "Bộ tiêu chuẩn", "Standard";
    FILTER_UNIT = "Đơn vị", "Unit";
    ALL = "Tất cả", "All";
    CLEAR_FILTERS = "Bỏ lọc", "Clear filters";
    NO_MATCH = "Không có hồ sơ nào khớp bộ lọc.", "No dossier matches the filters.";
    SORT = "Sắp xếp", "Sort by";
    SORT_NAME_ASC = "Tên (A–Z)", "Name (A–Z)";
    SORT_NAME_DESC = "Tên (Z–A)", "Name (Z–A)";
    SORT_UPDATED_DESC = "Mới cập nhật trước", "Recently updated first";
    SORT_UPDATED_ASC = "Lâu chưa cập nhật trước", "Least recently updated first";
    SORT_VERDICT_DESC = "Kết quả: Đạt trước", "Result: eligible first";
    SORT_VERDICT_ASC = "Kết quả: Chưa đạt trước", "Result: not eligible first";
    SORT_RULESET_ASC = "Bộ tiêu chuẩn: văn bản mới nhất trước", "Standard: newest document first";
    SORT_RULESET_DESC = "Bộ tiêu chuẩn: văn bản cũ nhất trước", "Standard: oldest document first";
    CAPTION = "Danh sách hồ sơ", "Dossiers";
    COL_NAME = "Tên", "Name";
    COL_KIND = "Loại", "Kind";
    COL_UNIT = "Đơn vị", "Unit";
    COL_RULESET = "Bộ tiêu chuẩn", "Standard";
    COL_PERIOD = "Giai đoạn", "Period";
    COL_UPDATED = "Cập nhật", "Updated";
    COL_VERDICT = "Kết quả", "Result";
    COL_ACTIONS = "Thao tác", "Actions";
    NO_UNIT = "—", "—";
    DUPLICATE = "Nhân bản", "Duplicate";
    DELETE = "Xóa", "Delete";
    UNDO = "Hoàn tác", "Undo";
    DISMISS = "Đóng", "Dismiss";
    SAVE_QUOTA = "Bộ nhớ của trình duyệt đã đầy: chưa lưu được. Hãy xuất bản sao lưu rồi xóa bớt hồ sơ cũ.",
        "The browser's storage is full: nothing was saved. Export a backup, then delete some old dossiers.";
    SAVE_REFUSED = "Trình duyệt từ chối lưu: chưa lưu được. Chi tiết:", "The browser refused to save: nothing was saved. Details:";
    SAVE_NOT_CONFIRMED = "Không xác nhận được việc lưu (đọc lại khác với đã ghi). Hãy tải lại trang và kiểm tra danh sách.",
        "The save could not be confirmed (what was read back differs). Reload the page and check the list.";
    SAVE_CONFLICT = "Hồ sơ này vừa được thay đổi ở một thẻ hoặc cửa sổ khác. Hãy tải lại trang rồi thử lại.",
        "This dossier was just changed in another tab or window. Reload the page and try again.";
    SAVE_INVALID = "Hồ sơ không hợp lệ theo định dạng, nên chưa được lưu.", "The dossier does not fit the format, so it was not saved.";
    SAVE_CLEARED = "Bộ nhớ của trình duyệt vừa bị xóa từ nơi khác; hãy xuất bản sao lưu ngay.",
        "The browser's storage was just cleared from elsewhere; export a backup now.";
    SAVE_KEY_HELD = "Mã hồ sơ này trùng với một mục dữ liệu hỏng đang được giữ lại, nên không ghi đè.",
        "This dossier's id belongs to a damaged entry that is being kept, so it was not overwritten.";
    SAVE_READ_ONLY = "Trình duyệt này chỉ cho đọc dữ liệu của ứng dụng: không thay đổi được gì, nhưng vẫn xuất được hồ sơ ra tệp.",
        "This browser lets the app read its data only: nothing can be changed, but dossiers can still be exported.";
    SAVE_NOT_FOUND = "Hồ sơ này không còn trong trình duyệt (có thể vừa bị xóa ở thẻ khác).",
        "This dossier is no longer in this browser (perhaps deleted in another tab).";
}

/// What a failed save means, in words for the user; `Refused` also carries the browser's message.
pub fn save_error(error: &SaveError) -> Text {
    match error {
        SaveError::QuotaFull => SAVE_QUOTA,
        SaveError::Refused(_) => SAVE_REFUSED,
        SaveError::NotConfirmed => SAVE_NOT_CONFIRMED,
        SaveError::Conflict { .. } => SAVE_CONFLICT,
        SaveError::KeyHeld => SAVE_KEY_HELD,
        SaveError::Invalid(_) => SAVE_INVALID,
        SaveError::Cleared => SAVE_CLEARED,
        SaveError::ReadOnly => SAVE_READ_ONLY,
        SaveError::NotFound => SAVE_NOT_FOUND,
    }
}

/// The undo bar's message after a delete.
pub fn deleted(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Đã xóa hồ sơ “{name}”."),
        Lang::En => format!("Deleted the dossier “{name}”."),
    }
}

/// The accessible name of a row's duplicate button.
pub fn duplicate_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Nhân bản hồ sơ “{name}”"),
        Lang::En => format!("Duplicate the dossier “{name}”"),
    }
}

/// The accessible name of a row's delete button.
pub fn delete_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Xóa hồ sơ “{name}”"),
        Lang::En => format!("Delete the dossier “{name}”"),
    }
}

/// The line above the table: how many rows are shown, of how many that match, of how many in all.
pub fn count(lang: Lang, shown: usize, matching: usize, total: usize) -> String {
    match (lang, shown == matching, matching == total) {
        (Lang::Vi, true, true) => format!("{total} hồ sơ"),
        (Lang::Vi, true, false) => format!("{matching} trên {total} hồ sơ khớp bộ lọc"),
        (Lang::Vi, false, _) => format!("Đang hiện {shown} trên {matching} hồ sơ"),
        (Lang::En, true, true) => format!("{total} dossiers"),
        (Lang::En, true, false) => format!("{matching} of {total} dossiers match the filters"),
        (Lang::En, false, _) => format!("Showing {shown} of {matching} dossiers"),
    }
}

/// The "show more" button's text: how many more it shows, and how many are still hidden.
pub fn show_more(lang: Lang, next: usize, hidden: usize) -> String {
    match lang {
        Lang::Vi => format!("Hiện thêm {next} hồ sơ (còn {hidden})"),
        Lang::En => format!("Show {next} more ({hidden} hidden)"),
    }
}
