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
    IMPORT_LEAD = "Chọn một hoặc nhiều tệp .json đã xuất từ Điển Hình (mỗi tệp một hồ sơ, nhiều hồ sơ, hoặc tệp xuất). Chưa có gì được ghi cho đến khi bạn xác nhận.",
        "Choose one or more .json files exported from Điển Hình (each one dossier, several, or an export). Nothing is written until you confirm.";
    IMPORT_FILE = "Chọn các tệp để nhập", "Choose the files to import";
    IMPORT_FOLDER = "Hoặc chọn cả một thư mục (đọc các tệp .json trong đó)", "Or choose a whole folder (its .json files are read)";
    DROP_HERE = "hoặc kéo và thả một hay nhiều tệp vào đây", "or drag and drop one or more files here";
    REFUSED_HEADING = "Không nhập được tệp này", "This file cannot be imported";
    REFUSED_FAULTS = "Tệp có các lỗi sau (theo vị trí trong tệp). Không có gì bị thay đổi.",
        "The file has these faults (by place in the file). Nothing was changed.";
    NEWER = "Tệp được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng (tải lại trang) rồi thử lại. Không có gì bị thay đổi.",
        "The file was made by a newer version of the app; update the app (reload the page) and try again. Nothing was changed.";
    UNREADABLE = "Không đọc được tệp. Chi tiết:", "The file could not be read. Details:";
    PLAN_HEADING = "Sẽ nhập các hồ sơ sau", "These dossiers will be imported";
    COL_NAME = "Hồ sơ", "Dossier";
    COL_RULESET = "Tiêu chuẩn", "Standard";
    COL_UNIT = "Đơn vị", "Unit";
    COL_PERIOD = "Giai đoạn", "Period";
    COL_VERDICT = "Kết quả hôm nay", "Result today";
    COL_FILE = "Tệp", "File";
    COL_WHAT = "Sẽ làm gì", "What happens";
    WILL_ADD = "Thêm mới", "Added";
    COLLIDES_STORED = "Trùng mã với hồ sơ đã có trong trình duyệt.", "Same id as a dossier already in this browser.";
    AGE_IDENTICAL = "Giống hệt bản đã có.", "Identical to the copy already there.";
    AGE_INCOMING_NEWER = "Bản trong tệp mới hơn (sửa sau).", "The copy in the file is newer (changed later).";
    AGE_INCOMING_OLDER = "Bản đã có mới hơn (sửa sau).", "The copy already there is newer (changed later).";
    AGE_SAME_TIME = "Cùng thời điểm sửa nhưng nội dung khác nhau.", "Changed at the same moment, yet different.";
    AGE_UNKNOWN = "Không so sánh được với bản đã có.", "Cannot be compared with the copy already there.";
    CHOOSE = "Chọn cách xử lý:", "Choose:";
    APPLY_ALL = "Áp dụng cho tất cả hồ sơ trùng mã", "Apply to every dossier with a taken id";
    APPLY_ALL_HINT = "Bạn vẫn có thể chọn riêng cho từng hồ sơ trong bảng dưới đây.", "You can still choose for each dossier in the table below.";
    FILES_HEADING = "Các tệp đã đọc", "Files read";
    FILE_COL_NAME = "Tệp", "File";
    FILE_COL_DOSSIERS = "Số hồ sơ", "Dossiers";
    FILE_COL_NEW = "Mới", "New";
    FILE_COL_STORED = "Trùng mã đã có", "Id already here";
    FILE_COL_EARLIER = "Trùng với tệp khác", "Same id as another file";
    FILE_REFUSED = "Không nhập", "Not imported";
    EMPTY = "Tệp không có hồ sơ nào.", "The file holds no dossier.";
    NOTHING_TO_IMPORT = "Không có hồ sơ nào để nhập. Không có gì bị thay đổi.", "There is no dossier to import. Nothing was changed.";
    ROWS_HEADING = "Từng hồ sơ", "Each dossier";
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

/// Which file is being read, while reading many.
pub fn reading(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Đang đọc tệp {done} / {total}…"),
        Lang::En => format!("Reading file {done} / {total}…"),
    }
}

/// How far the dossiers read have been assessed.
pub fn assessing(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Đang đánh giá hồ sơ {done} / {total}…"),
        Lang::En => format!("Assessing dossier {done} / {total}…"),
    }
}

/// How far the import has come.
pub fn importing(lang: Lang, done: usize, total: usize) -> String {
    match lang {
        Lang::Vi => format!("Đã nhập {done} / {total}"),
        Lang::En => format!("Imported {done} / {total}"),
    }
}

/// The whole batch in one line.
pub fn batch_total(lang: Lang, dossiers: usize, files: usize, refused: usize) -> String {
    match lang {
        Lang::Vi if refused == 0 => format!("{dossiers} hồ sơ trong {files} tệp."),
        Lang::Vi => format!("{dossiers} hồ sơ trong {files} tệp; {refused} tệp không nhập được (lý do ở bảng dưới)."),
        Lang::En if refused == 0 => format!("{dossiers} dossiers in {files} files."),
        Lang::En => format!(
            "{dossiers} dossiers in {files} files; {refused} files cannot be imported (why, in the table below)."
        ),
    }
}

/// What a readable file holds, in figures.
pub fn file_summary(lang: Lang, s: crate::transfer::batch::FileSummary) -> String {
    let mut parts = Vec::new();
    match lang {
        Lang::Vi => {
            if s.new > 0 {
                parts.push(format!("{} mới", s.new));
            }
            if s.stored > 0 {
                parts.push(format!("{} trùng mã với hồ sơ đã có", s.stored));
            }
            if s.earlier > 0 {
                parts.push(format!("{} trùng mã với tệp khác", s.earlier));
            }
            format!("{} hồ sơ: {}.", s.dossiers, parts.join(", "))
        }
        Lang::En => {
            if s.new > 0 {
                parts.push(format!("{} new", s.new));
            }
            if s.stored > 0 {
                parts.push(format!("{} with an id already here", s.stored));
            }
            if s.earlier > 0 {
                parts.push(format!("{} with the id of another file's dossier", s.earlier));
            }
            format!("{} dossiers: {}.", s.dossiers, parts.join(", "))
        }
    }
}

/// A dossier whose id an earlier file of the batch holds, and which copy is newer.
pub fn collides_earlier(lang: Lang, file: &str, age: crate::transfer::batch::Age) -> String {
    use crate::transfer::batch::Age;
    match lang {
        Lang::Vi => {
            let age = match age {
                Age::Identical => "giống hệt bản đó",
                Age::IncomingNewer => "bản này mới hơn (sửa sau)",
                Age::IncomingOlder => "bản trong tệp đó mới hơn (sửa sau)",
                Age::SameTime => "cùng thời điểm sửa nhưng nội dung khác nhau",
                Age::Unknown => "không so sánh được",
            };
            format!("Trùng mã với hồ sơ trong tệp “{file}”: {age}.")
        }
        Lang::En => {
            let age = match age {
                Age::Identical => "identical to that copy",
                Age::IncomingNewer => "this copy is newer (changed later)",
                Age::IncomingOlder => "the copy in that file is newer (changed later)",
                Age::SameTime => "changed at the same moment, yet different",
                Age::Unknown => "cannot be compared",
            };
            format!("Same id as a dossier in the file “{file}”: {age}.")
        }
    }
}

/// How a dossier compares with the stored copy of its id.
pub fn age_stored(age: crate::transfer::batch::Age) -> Text {
    use crate::transfer::batch::Age;
    match age {
        Age::Identical => AGE_IDENTICAL,
        Age::IncomingNewer => AGE_INCOMING_NEWER,
        Age::IncomingOlder => AGE_INCOMING_OLDER,
        Age::SameTime => AGE_SAME_TIME,
        Age::Unknown => AGE_UNKNOWN,
    }
}

/// The accessible name of a dossier's choice, for a screen reader that lands on one radio.
pub fn choice_for(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Vi => format!("Cách xử lý hồ sơ “{name}”"),
        Lang::En => format!("What to do with “{name}”"),
    }
}

/// The button that shows more rows.
pub fn show_more(lang: Lang, n: usize, left: usize) -> String {
    match lang {
        Lang::Vi => format!("Hiện thêm {n} hồ sơ (còn {left})"),
        Lang::En => format!("Show {n} more dossiers ({left} left)"),
    }
}

/// Names of an import's result, the first 50 of them, then how many more: ten thousand names
/// would make a page nobody reads.
pub fn name_list(lang: Lang, names: &[String]) -> String {
    const SHOWN: usize = 50;
    let head = names.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    match (names.len().saturating_sub(SHOWN), lang) {
        (0, _) => head,
        (more, Lang::Vi) => format!("{head} và {more} hồ sơ khác"),
        (more, Lang::En) => format!("{head} and {more} more"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::transfer::batch::FileSummary;

    #[test]
    fn a_file_summary_names_only_the_kinds_it_has() {
        let s = FileSummary {
            dossiers: 3,
            new: 2,
            stored: 0,
            earlier: 1,
        };
        assert_eq!(file_summary(Lang::Vi, s), "3 hồ sơ: 2 mới, 1 trùng mã với tệp khác.");
        assert_eq!(
            file_summary(Lang::En, s),
            "3 dossiers: 2 new, 1 with the id of another file's dossier."
        );
    }

    #[test]
    fn a_long_list_of_names_stops_at_fifty_and_says_how_many_more() {
        let names: Vec<String> = (0..120).map(|i| format!("N{i}")).collect();
        let vi = name_list(Lang::Vi, &names);
        assert!(vi.starts_with("N0, N1,"));
        assert!(vi.ends_with("N49 và 70 hồ sơ khác"), "{vi}");
        assert_eq!(name_list(Lang::En, &names[..2]), "N0, N1");
    }
}
