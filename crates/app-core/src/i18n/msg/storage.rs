//! Texts about where data is kept and what went wrong with it.

use criteria::text::Text;

use crate::i18n::Lang;
use crate::store::{StorageFault, Unreadable};

crate::texts! {
    BLOCKED = "Trình duyệt đang chặn bộ nhớ cục bộ (có thể do chế độ ẩn danh hoặc cài đặt bảo mật). Ứng dụng vẫn chạy, nhưng hồ sơ chỉ được giữ tạm và sẽ mất khi đóng trang.",
        "The browser blocks local storage (perhaps a private window or a security setting). The app still works, but dossiers are kept only until the page closes.";
    READ_ONLY = "Trình duyệt cho ứng dụng đọc nhưng không cho ghi vào bộ nhớ cục bộ. Các hồ sơ đã lưu được hiển thị để xem và xuất ra tệp, nhưng không sửa, tạo hay xóa được ở đây.",
        "The browser lets the app read its local storage but not write to it. Stored dossiers are shown to read and export, but cannot be changed, created or deleted here.";
    LIST_FAILED = "Trình duyệt không cho đọc danh sách dữ liệu của ứng dụng, nên không hiển thị được hồ sơ đã lưu. Không có gì bị xóa hay ghi đè. Chi tiết:",
        "The browser would not list the app's data, so stored dossiers cannot be shown. Nothing was deleted or overwritten. Details:";
    SET_ASIDE = "Có mục dữ liệu trong trình duyệt không đọc được. Mục đó được giữ nguyên, không bị xóa hay ghi đè; bạn có thể tải bản gốc về để kiểm tra hoặc gửi cho bộ phận hỗ trợ.",
        "Some data in this browser could not be read. It is kept as it is, not deleted or overwritten; you can download the original to check it or send it to support.";
    SET_ASIDE_DOWNLOAD = "Tải bản gốc", "Download the original";
    SET_ASIDE_REASON = "Lý do:", "Reason:";
    LOADING = "Đang đọc hồ sơ đã lưu trong trình duyệt…", "Reading the dossiers stored in this browser…";
    USAGE = "Dữ liệu của ứng dụng trong trình duyệt:", "This app's data in the browser:";
    USAGE_LIMIT = "(trình duyệt thường cho mỗi trang khoảng 5 MB).", "(browsers usually allow about 5 MB per site).";
    PERSISTED_YES = "Trình duyệt đã đồng ý lưu bền vững, không tự xóa dữ liệu này.", "The browser agreed to keep this data and not clear it on its own.";
    PERSISTED_NO = "Trình duyệt chưa cam kết lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu dung lượng. Hãy thường xuyên xuất bản sao lưu.",
        "The browser has not promised to keep this data: it may be cleared when the disk is short of space. Export a backup regularly.";
    READ_NO_REVISION = "thiếu số phiên bản lưu", "the stored revision is missing";
}

/// How many ids the notice about vanished dossiers names; the rest are counted.
pub const MISSING_NAMED: usize = 5;

/// Why a stored entry was set aside, in plain words (never the parser's English).
pub fn unreadable(lang: Lang, why: &Unreadable) -> String {
    match (why, lang) {
        (Unreadable::ReadFailed(fault), Lang::Vi) => {
            format!("trình duyệt không cho đọc mục này ({})", fault_words(lang, fault))
        }
        (Unreadable::ReadFailed(fault), Lang::En) => {
            format!("the browser would not read it ({})", fault_words(lang, fault))
        }
        (Unreadable::NotJson { line, column }, Lang::Vi) => {
            format!("nội dung không phải JSON hợp lệ (hỏng ở dòng {line}, cột {column})")
        }
        (Unreadable::NotJson { line, column }, Lang::En) => {
            format!("the content is not valid JSON (broken at line {line}, column {column})")
        }
        (Unreadable::NoRevision, _) => lang.pick(READ_NO_REVISION).to_owned(),
        (Unreadable::KeyMismatch { found }, Lang::Vi) => {
            format!("mục này mang mã hồ sơ “{found}”, khác với mã trong tên của mục")
        }
        (Unreadable::KeyMismatch { found }, Lang::En) => {
            format!("it holds the dossier “{found}”, not the one its key names")
        }
        (Unreadable::Invalid(error), _) => lang.validation(error),
    }
}

/// A storage refusal in words; the browser's own message is kept as a detail for support.
pub fn fault_words(lang: Lang, fault: &StorageFault) -> String {
    match (fault, lang) {
        (StorageFault::QuotaFull, Lang::Vi) => "bộ nhớ đã đầy".to_owned(),
        (StorageFault::QuotaFull, Lang::En) => "storage is full".to_owned(),
        (StorageFault::Refused(detail), Lang::Vi) => format!("trình duyệt từ chối: {detail}"),
        (StorageFault::Refused(detail), Lang::En) => format!("the browser refused: {detail}"),
    }
}

/// The notice about dossiers the index lists but storage has lost: how many, and the first
/// [`MISSING_NAMED`] ids, so a thousand vanished ids do not fill every page.
pub fn missing(lang: Lang, ids: &[&str]) -> String {
    let named = ids.iter().take(MISSING_NAMED).copied().collect::<Vec<_>>().join(", ");
    let more = ids.len().saturating_sub(MISSING_NAMED);
    match (lang, more) {
        (Lang::Vi, 0) => format!(
            "{} hồ sơ có trong danh mục nhưng không còn trong bộ nhớ trình duyệt (có thể trình duyệt đã xóa dữ liệu). Mã hồ sơ: {named}.",
            ids.len()
        ),
        (Lang::Vi, more) => format!(
            "{} hồ sơ có trong danh mục nhưng không còn trong bộ nhớ trình duyệt (có thể trình duyệt đã xóa dữ liệu). Mã hồ sơ: {named} và {more} hồ sơ khác.",
            ids.len()
        ),
        (Lang::En, 0) => format!(
            "{} dossiers are in the index but no longer in the browser's storage (the browser may have cleared data). Dossier ids: {named}.",
            ids.len()
        ),
        (Lang::En, more) => format!(
            "{} dossiers are in the index but no longer in the browser's storage (the browser may have cleared data). Dossier ids: {named} and {more} more.",
            ids.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_aside_reasons_are_vietnamese_and_a_key_mismatch_is_not_called_json() {
        let not_json = unreadable(Lang::Vi, &Unreadable::NotJson { line: 1, column: 63 });
        assert_eq!(not_json, "nội dung không phải JSON hợp lệ (hỏng ở dòng 1, cột 63)");
        let mismatch = unreadable(Lang::Vi, &Unreadable::KeyMismatch { found: "d-real".into() });
        assert!(!mismatch.contains("JSON") && mismatch.contains("d-real"), "{mismatch}");
        let failed = unreadable(Lang::Vi, &Unreadable::ReadFailed(StorageFault::QuotaFull));
        assert_eq!(failed, "trình duyệt không cho đọc mục này (bộ nhớ đã đầy)");
    }

    #[test]
    fn the_missing_notice_names_a_few_ids_and_counts_the_rest() {
        let ids: Vec<String> = (0..2_000).map(|i| format!("d-{i:04}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let text = missing(Lang::Vi, &ids);
        assert!(text.len() < 400, "{} characters", text.len());
        assert!(text.starts_with("2000 hồ sơ"), "{text}");
        assert!(
            text.ends_with("d-0000, d-0001, d-0002, d-0003, d-0004 và 1995 hồ sơ khác."),
            "{text}"
        );
        assert!(missing(Lang::En, &ids[..2]).ends_with("Dossier ids: d-0000, d-0001."));
    }
}
