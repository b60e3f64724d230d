//! Texts of moving dossiers in and out: export buttons, the backup reminder, the import page, and
//! the printable report.

use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    REPORT_ACHIEVEMENTS = "Trích ngang thành tích", "Achievement summary";
    EXPORT_LABEL = "Xuất và sao lưu", "Export and backup";
    SELECT_ROW = "Chọn", "Select";
    SELECT_ALL_VISIBLE = "Chọn tất cả hồ sơ đang hiện", "Select every dossier shown";
    EXPORT_SELECTED = "Xuất các hồ sơ đã chọn", "Export the selected dossiers";
    BACKUP_ALL = "Tải về tất cả (sao lưu)", "Download everything (backup)";
    IMPORT_LINK = "Nhập hồ sơ từ tệp", "Import dossiers from a file";
    EXPORT_THIS = "Xuất hồ sơ này", "Export this dossier";
    PRINT_THIS = "In / Lưu PDF", "Print / Save as PDF";
    PRINT_LINK = "Bản in tự đánh giá", "Printable self-assessment";
    EXPORT_FAILED = "Trình duyệt không cho tải tệp xuống. Chi tiết:", "The browser did not allow the download. Details:";
    DOWNLOADS_OFF = "Máy này không cho tải tệp về.", "This device does not download files.";
    BACKUP_NOTICE = "Trình duyệt có thể xóa dữ liệu khi thiếu bộ nhớ hoặc khi dọn lịch sử duyệt web; hãy tải bản sao lưu.",
        "The browser may erase its data when space runs low or history is cleared; download a backup.";
    BACKUP_NOTICE_HINT = "Một số hồ sơ đã thay đổi hoặc chưa được sao lưu hơn 7 ngày:",
        "Some dossiers have changed, or have not been backed up, for more than 7 days:";
    IMPORT_HEADING = "Nhập hồ sơ", "Import dossiers";
    IMPORT_LEAD = "Chọn tệp .json đã xuất từ Điển Hình (một hồ sơ, nhiều hồ sơ, hoặc tệp xuất). Chưa có gì được ghi cho đến khi bạn xác nhận.",
        "Choose a .json file exported from Điển Hình (one dossier, several, or an export). Nothing is written until you confirm.";
    IMPORT_FILE = "Chọn tệp để nhập", "Choose a file to import";
    DROP_HERE = "hoặc kéo và thả tệp vào đây", "or drag and drop the file here";
    READING = "Đang đọc tệp…", "Reading the file…";
    REFUSED_HEADING = "Không nhập được tệp này", "This file cannot be imported";
    REFUSED_FAULTS = "Tệp có các lỗi sau (theo vị trí trong tệp). Không có gì bị thay đổi.",
        "The file has these faults (by place in the file). Nothing was changed.";
    NEWER = "Tệp được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng (tải lại trang) rồi thử lại. Không có gì bị thay đổi.",
        "The file was made by a newer version of the app; update the app (reload the page) and try again. Nothing was changed.";
    UNREADABLE = "Không đọc được tệp. Chi tiết:", "The file could not be read. Details:";
    PLAN_HEADING = "Sẽ nhập các hồ sơ sau", "These dossiers will be imported";
    COL_NAME = "Hồ sơ", "Dossier";
    COL_ID = "Mã", "Id";
    COL_WHAT = "Sẽ làm gì", "What happens";
    WILL_ADD = "Thêm mới", "Added";
    COLLIDES = "Mã này đã có trong trình duyệt. Chọn:", "This id is already in this browser. Choose:";
    KEEP_BOTH = "Giữ cả hai", "Keep both";
    REPLACE = "Thay thế", "Replace";
    SKIP = "Bỏ qua", "Skip";
    CHOOSE_ALL = "Hãy chọn cách xử lý cho mọi hồ sơ trùng mã trước khi nhập.", "Choose what to do with every dossier whose id is taken before importing.";
    MISMATCH_HEADING = "Kết quả ghi trong tệp khác với kết quả tính lại", "The results in the file differ from the recomputed ones";
    MISMATCH_BODY = "Tệp có thể đã bị sửa tay hoặc được tạo theo quy tắc khác. Hồ sơ vẫn được nhập; ứng dụng sẽ tự đánh giá lại. Các hồ sơ:",
        "The file may have been edited by hand or made with other rules. The dossiers are still imported; the app assesses them again. Dossiers:";
    CONFIRM = "Nhập", "Import";
    CANCEL = "Hủy", "Cancel";
    DONE_HEADING = "Kết quả nhập", "Import result";
    DONE_ADDED = "Đã thêm", "Added";
    DONE_REPLACED = "Đã thay thế", "Replaced";
    DONE_SKIPPED = "Bỏ qua", "Skipped";
    DONE_FAILED = "Dừng lại vì không lưu được", "Stopped: could not save";
    DONE_NOT_ATTEMPTED = "Chưa nhập (do dừng lại)", "Not imported (stopped)";
    DONE_KEPT = "Các hồ sơ đã có trước đó không bị xóa hay thay đổi, trừ những hồ sơ bạn chọn thay thế đã được lưu thành công.",
        "Dossiers stored before were not deleted or changed, except those you chose to replace that were saved.";
    TO_LIST = "Về danh sách hồ sơ", "To the dossier list";
    ANOTHER = "Nhập tệp khác", "Import another file";
    REPORT_TITLE = "BẢN TỰ ĐÁNH GIÁ THEO TIÊU CHUẨN ĐIỂN HÌNH TIÊN TIẾN", "SELF-ASSESSMENT AGAINST THE ADVANCED EXEMPLAR STANDARD";
    REPORT_SUBJECT = "Đối tượng", "Subject";
    REPORT_UNIT = "Đơn vị", "Unit";
    REPORT_POSITION = "Chức vụ", "Position";
    REPORT_PERIOD = "Giai đoạn bình xét", "Review period";
    REPORT_RULESET = "Căn cứ", "Standard";
    REPORT_AS_OF = "Tự đánh giá tính đến ngày", "Self-assessed as of";
    REPORT_SUMMARY = "Trích ngang thành tích", "Achievements in brief";
    REPORT_CRITERIA = "Đối chiếu từng tiêu chí", "Criterion by criterion";
    REPORT_COL_NO = "TT", "No.";
    REPORT_COL_CRITERION = "Tiêu chí (trích văn bản)", "Criterion (quoted)";
    REPORT_COL_STATUS = "Tự đánh giá", "Self-assessment";
    REPORT_COL_EVIDENCE = "Minh chứng", "Evidence";
    REPORT_YEARS = "Kết quả từng năm", "Year by year";
    REPORT_YEAR = "Năm", "Year";
    REPORT_INITIATIVES = "Sáng kiến, đề tài, giải pháp, mô hình", "Initiatives, research, solutions, models";
    REPORT_VERDICT = "Tự nhận xét chung", "Overall self-assessment";
    REPORT_SELF = "Người tự đánh giá", "Self-assessed by";
    REPORT_HEAD = "Xác nhận của thủ trưởng đơn vị", "Confirmed by the head of unit";
    REPORT_SIGN = "(Ký, ghi rõ họ tên)", "(Signature and full name)";
    REPORT_NOTE = "Bản tự đánh giá do người khai lập bằng ứng dụng Điển Hình; kết quả chính thức do Hội đồng Thi đua – Khen thưởng xem xét.",
        "A self-assessment made by the declarant with the Điển Hình app; the official result is for the Emulation and Commendation Council.";
    NONE = "—", "—";
}

/// The accessible name of a row's selection box.
pub fn select_label(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Chọn hồ sơ “{name}”"),
        Lang::En => format!("Select the dossier “{name}”"),
    }
}

/// The export button's text with how many are selected.
pub fn export_selected(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Vi => format!("Xuất các hồ sơ đã chọn ({n})"),
        Lang::En => format!("Export the selected dossiers ({n})"),
    }
}

/// Why a file is refused for its size.
pub fn too_big(lang: Lang, bytes: u64, max: u64) -> String {
    let mb = |b: u64| format!("{:.1}", b as f64 / 1_048_576.0);
    match lang {
        Lang::Vi => format!(
            "Tệp quá lớn ({} MB); ứng dụng chỉ nhận tệp đến {} MB. Hãy kiểm tra lại có đúng tệp xuất từ Điển Hình không. Không có gì bị thay đổi.",
            mb(bytes).replace('.', ","),
            mb(max).replace('.', ",")
        ),
        Lang::En => format!(
            "The file is too big ({} MB); the app reads files up to {} MB. Check that it is a file exported from Điển Hình. Nothing was changed.",
            mb(bytes),
            mb(max)
        ),
    }
}

/// The verdict worded as the subject's own conclusion, for the printed report.
pub fn self_verdict(lang: Lang, verdict: criteria::assessment::Verdict) -> &'static str {
    use criteria::assessment::Verdict;
    match (lang, verdict) {
        (Lang::Vi, Verdict::Eligible) => "Tự đánh giá: đạt đủ các tiêu chuẩn nêu trên.",
        (Lang::Vi, Verdict::OnTrack) => {
            "Tự đánh giá: đến nay chưa có tiêu chuẩn nào không đạt; còn tiêu chuẩn phụ thuộc vào năm chưa kết thúc."
        }
        (Lang::Vi, Verdict::Incomplete) => "Tự đánh giá: chưa đủ thông tin để kết luận; còn tiêu chuẩn chưa khai.",
        (Lang::Vi, Verdict::NotEligible) => "Tự đánh giá: chưa đạt, vì có tiêu chuẩn không đạt (xem bảng trên).",
        (Lang::En, Verdict::Eligible) => "Self-assessment: every standard above is met.",
        (Lang::En, Verdict::OnTrack) => {
            "Self-assessment: nothing is failed so far; some standards depend on a year not yet ended."
        }
        (Lang::En, Verdict::Incomplete) => {
            "Self-assessment: not enough information yet; some standards are not declared."
        }
        (Lang::En, Verdict::NotEligible) => {
            "Self-assessment: not met, because some standard is not met (see the table above)."
        }
    }
}
