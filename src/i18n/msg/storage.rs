//! Texts about where data is kept and what went wrong with it.

use criteria::text::Text;

crate::texts! {
    BLOCKED = "Trình duyệt đang chặn bộ nhớ cục bộ (có thể do chế độ ẩn danh hoặc cài đặt bảo mật). Ứng dụng vẫn chạy, nhưng hồ sơ chỉ được giữ tạm và sẽ mất khi đóng trang.",
        "The browser blocks local storage (perhaps a private window or a security setting). The app still works, but dossiers are kept only until the page closes.";
    SET_ASIDE = "Có mục dữ liệu trong trình duyệt không đọc được. Mục đó được giữ nguyên, không bị xóa hay ghi đè; bạn có thể tải bản gốc về để kiểm tra hoặc gửi cho bộ phận hỗ trợ.",
        "Some data in this browser could not be read. It is kept as it is, not deleted or overwritten; you can download the original to check it or send it to support.";
    SET_ASIDE_DOWNLOAD = "Tải bản gốc", "Download the original";
    SET_ASIDE_REASON = "Lý do:", "Reason:";
    MISSING = "Một số hồ sơ có trong danh mục nhưng không còn trong bộ nhớ trình duyệt (có thể trình duyệt đã xóa dữ liệu). Mã hồ sơ:",
        "Some dossiers are in the index but no longer in the browser's storage (the browser may have cleared data). Dossier ids:";
    DOWNLOAD_FAILED = "Không tải về được:", "Could not download:";
    USAGE = "Dữ liệu của ứng dụng trong trình duyệt:", "This app's data in the browser:";
    USAGE_LIMIT = "(trình duyệt thường cho mỗi trang khoảng 5 MB).", "(browsers usually allow about 5 MB per site).";
    PERSISTED_YES = "Trình duyệt đã đồng ý lưu bền vững, không tự xóa dữ liệu này.", "The browser agreed to keep this data and not clear it on its own.";
    PERSISTED_NO = "Trình duyệt chưa cam kết lưu bền vững: dữ liệu có thể bị xóa khi máy thiếu dung lượng. Hãy thường xuyên xuất bản sao lưu.",
        "The browser has not promised to keep this data: it may be cleared when the disk is short of space. Export a backup regularly.";
    READ_NOT_JSON = "nội dung không phải JSON hợp lệ", "the content is not valid JSON";
    READ_NO_REVISION = "thiếu số phiên bản lưu", "the stored revision is missing";
}
