//! Texts of the dossier editor, its assessment panel and the check-your-answers page.

use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    NOT_FOUND = "Không tìm thấy hồ sơ này trong trình duyệt.", "This dossier is not in this browser.";
    BACK_TO_LIST = "Về danh sách hồ sơ", "Back to the dossier list";
    SECTIONS_LABEL = "Các phần của hồ sơ", "Parts of the dossier";
    SECTION_SUBJECT = "Thông tin", "Details";
    SECTION_YEARS = "Các năm", "Years";
    SECTION_INITIATIVES = "Sáng kiến", "Initiatives";
    SECTION_DECLARATIONS = "Tiêu chí tự khai", "Declared criteria";
    CHECK_ANSWERS = "Xem lại toàn bộ câu trả lời", "Check all your answers";
    SAVED = "Đã lưu trong trình duyệt", "Saved in this browser";
    SAVED_MEMORY = "Đã giữ trong bộ nhớ tạm (sẽ mất khi đóng trang)", "Kept in memory only (lost when the page closes)";
    SAVE_QUOTA = "Bộ nhớ của trình duyệt đã đầy: thay đổi mới nhất chưa được lưu, nhưng vẫn còn trên màn hình. Hãy xuất bản sao lưu rồi xóa bớt hồ sơ cũ.",
        "The browser's storage is full: the latest change is not saved, but it is still on screen. Export a backup, then delete old dossiers.";
    SAVE_REFUSED = "Trình duyệt từ chối lưu; thay đổi vẫn còn trên màn hình. Chi tiết:", "The browser refused to save; the change is still on screen. Details:";
    SAVE_NOT_CONFIRMED = "Không xác nhận được việc lưu (đọc lại khác với đã ghi). Thay đổi vẫn còn trên màn hình; hãy thử lại.",
        "The save could not be confirmed (reading back gave something else). The change is still on screen; try again.";
    SAVE_INVALID = "Chưa lưu, vì thông tin này không hợp lệ (chữ bạn gõ vẫn còn trên màn hình):",
        "Not saved, because this is not valid (what you typed is still on screen):";
    SAVE_CLEARED = "Bộ nhớ của trình duyệt vừa bị xóa từ nơi khác. Hồ sơ này chỉ còn ở thẻ này và sẽ được lưu lại ở lần sửa tiếp theo; hãy xuất bản sao lưu ngay.",
        "The browser's storage was just cleared from elsewhere. This dossier now exists only in this tab and is saved again by the next change; export a backup now.";
    SAVE_KEY_HELD = "Mã hồ sơ này trùng với một mục dữ liệu hỏng đang được giữ lại, nên không ghi đè.",
        "This dossier's id belongs to a damaged entry that is being kept, so it is not overwritten.";
    SAVE_READ_ONLY = "Chưa lưu: trình duyệt này chỉ cho đọc dữ liệu của ứng dụng, không cho ghi. Hồ sơ được hiển thị để xem và xuất ra tệp; hãy sửa ở một trình duyệt khác.",
        "Not saved: this browser lets the app read its data but not write it. Dossiers are shown to read and export; edit them in another browser.";
    SAVE_NOT_FOUND = "Chưa lưu: hồ sơ này không còn trong trình duyệt (có thể vừa bị xóa ở thẻ khác).",
        "Not saved: this dossier is no longer in this browser (perhaps deleted in another tab).";
    CONFLICT = "Hồ sơ này vừa được sửa ở một thẻ hoặc cửa sổ khác. Thay đổi ở đây chưa được lưu để không ghi đè lên bản kia.",
        "This dossier was just changed in another tab or window. Changes here are not saved, so as not to overwrite that version.";
    CONFLICT_KEEP_MINE = "Giữ bản ở thẻ này", "Keep this tab's version";
    CONFLICT_TAKE_THEIRS = "Dùng bản ở thẻ kia", "Use the other tab's version";
    UPDATED_ELSEWHERE = "Hồ sơ vừa được cập nhật từ một thẻ khác.", "This dossier was just updated from another tab.";

    UNIT = "Đơn vị", "Unit";
    POSITION = "Chức vụ", "Position";
    UNIT_HEAD = "Là lãnh đạo, thủ trưởng đơn vị", "Heads a unit";
    UNIT_DOSSIER = "Hồ sơ tập thể của đơn vị mình lãnh đạo", "The collective dossier of the unit they lead";
    UNIT_DOSSIER_NONE = "— Chưa chọn —", "— Not chosen —";
    UNIT_DOSSIER_HINT = "Chỉ liệt kê hồ sơ tập thể cùng tiêu chuẩn và cùng giai đoạn.", "Only collective dossiers of the same standard and period are listed.";
    UNIT_DOSSIER_NO_CANDIDATE = "Chưa có hồ sơ tập thể nào cùng tiêu chuẩn và giai đoạn. Hãy tạo hồ sơ cho đơn vị trước.",
        "There is no collective dossier of the same standard and period yet. Create one for the unit first.";
    SECTOR = "Lĩnh vực", "Sector";
    SECTOR_NONE = "— Không chọn —", "— None —";
    NOTES = "Ghi chú", "Notes";
    REVIEW_PERIOD = "Giai đoạn bình xét", "Review period";
    REVIEW_PERIOD_HINT = "Đổi giai đoạn không xóa năm nào đã khai: năm nằm ngoài giai đoạn mới được giữ lại và hiện riêng.",
        "Changing the period removes no year already entered: years outside the new period are kept and shown apart.";

    YEAR = "Năm", "Year";
    RATING = "Xếp loại", "Rating";
    RATING_NONE = "— Chưa nhập —", "— Not entered —";
    TITLES = "Danh hiệu, khen thưởng", "Titles and commendations";
    NO_TITLES = "Không có danh hiệu, khen thưởng nào năm này", "No title or commendation this year";
    TITLES_NOT_ANSWERED = "Chưa khai: đánh dấu danh hiệu đã nhận, hoặc “Không có”.",
        "Not answered yet: tick the titles received, or “None”.";
    PLAN = "Hoàn thành kế hoạch (%)", "Plan completed (%)";
    EVIDENCE = "Căn cứ (ví dụ: Quyết định số …)", "Evidence (e.g. Decision no. …)";
    YEAR_NOT_ENDED = "năm chưa kết thúc", "year not ended";
    YEARS_OUTSIDE = "Các năm ngoài giai đoạn bình xét", "Years outside the review period";
    YEARS_OUTSIDE_HINT = "Được giữ lại trong hồ sơ nhưng không dùng để đánh giá giai đoạn này.",
        "Kept in the dossier, but not used to assess this period.";

    INITIATIVES_CHOICE = "Sáng kiến, đề tài, giải pháp, mô hình trong giai đoạn", "Initiatives, research, solutions and models in the period";
    INITIATIVES_UNSET = "Chưa khai", "Not filled in yet";
    INITIATIVES_NONE = "Không có", "None";
    INITIATIVES_LIST = "Có (liệt kê)", "Yes (list them)";
    INITIATIVES_RESTORE = "Khôi phục danh sách", "Restore the list";
    INITIATIVE_TITLE = "Tên", "Title";
    INITIATIVE_KIND = "Loại", "Kind";
    INITIATIVE_YEAR = "Năm", "Year";
    INITIATIVE_SCOPE = "Cấp công nhận", "Recognised at";
    INITIATIVE_ADD = "Thêm một mục", "Add one";
    INITIATIVE_REMOVE = "Xóa mục này", "Remove this one";

    DECLARATIONS_LEAD = "Trả lời từng tiêu chí theo đúng thực tế, kèm căn cứ (nhận xét, quyết định, biên bản…).",
        "Answer each criterion truthfully, with evidence (an appraisal, a decision, minutes…).";
    ANSWER_YES = "Có, đáp ứng", "Yes, met";
    ANSWER_NO = "Không", "No";
    ANSWER_UNSET = "Chưa trả lời", "Not answered";
    INTERPRETATION = "Cách hiểu của ứng dụng:", "How this app reads it:";
    NOTE = "Ghi chú:", "Note:";
    SECTOR_TEXT = "Nội dung theo lĩnh vực đã chọn:", "The text for the chosen sector:";

    PANEL_HEADING = "Tự đánh giá", "Self-assessment";
    AS_OF = "Tính đến ngày", "As of";
    VERDICT_ELIGIBLE = "Theo thông tin đã khai, hồ sơ đáp ứng tất cả các tiêu chí của tiêu chuẩn này.",
        "From what was declared, the dossier meets every criterion of this standard.";
    VERDICT_ON_TRACK = "Theo thông tin đã khai, hồ sơ đến nay đáp ứng các tiêu chí; một số tiêu chí còn chờ kết quả của năm chưa kết thúc.",
        "From what was declared, the dossier meets the criteria so far; some wait for the results of a year that has not ended.";
    VERDICT_INCOMPLETE = "Theo thông tin đã khai, hồ sơ chưa đủ thông tin để đối chiếu hết các tiêu chí.",
        "From what was declared, the dossier lacks information to check every criterion.";
    VERDICT_NOT_ELIGIBLE = "Theo thông tin đã khai, hồ sơ chưa đáp ứng một số tiêu chí.",
        "From what was declared, the dossier does not meet some criteria.";
    COUNCIL_NOTE = "Đây là kết quả tự đánh giá, không phải quyết định. Hội đồng Thi đua – Khen thưởng của đơn vị xem xét và quyết định.",
        "This is a self-assessment, not a decision. The unit's emulation and commendation council reviews and decides.";
    CRITERIA_HEADING = "Từng tiêu chí", "Each criterion";
    MISSING_HEADING = "Còn thiếu", "What is missing";
    MISSING_NONE = "Không còn gì thiếu.", "Nothing is missing.";
    SOURCE = "Nguồn:", "Source:";
    QUOTE = "Trích văn bản", "Text of the document";

    CHECK_HEADING = "Xem lại câu trả lời", "Check your answers";
    CHECK_LEAD = "Toàn bộ thông tin đã khai trên một trang. Bấm “Sửa” để thay đổi.", "Everything declared, on one page. Press “Change” to edit.";
    CHANGE = "Sửa", "Change";
    NOT_ENTERED = "Chưa nhập", "Not entered";
    NONE = "Không có", "None";
    NOT_ANSWERED = "Chưa khai", "Not answered yet";
    OUTSIDE_PERIOD = "ngoài giai đoạn bình xét", "outside the review period";
    YES = "Có", "Yes";
    NO = "Không", "No";
    BACK_TO_EDITOR = "Quay lại hồ sơ", "Back to the dossier";
}

/// Why the verdict is provisional: the period's last day has not passed.
pub fn final_after(lang: Lang, last_day: chrono::NaiveDate) -> String {
    let day = lang.date(last_day);
    match lang {
        Lang::Vi => format!("Giai đoạn bình xét chưa kết thúc: kết quả cuối cùng có sau ngày {day}."),
        Lang::En => format!("The review period has not ended: the final result comes after {day}."),
    }
}

/// The line under the dossier's name: what it is about, its review period, its standard.
pub fn dossier_facts(lang: Lang, kind: Text, period: &str, document: &str) -> String {
    let kind = lang.pick(kind);
    match lang {
        Lang::Vi => format!("{kind} · giai đoạn bình xét {period} · theo {document}"),
        Lang::En => format!("{kind} · review period {period} · under {document}"),
    }
}

/// Said when the user switches away from a list of initiatives, beside the button that restores it.
pub fn initiatives_dropped(lang: Lang, count: usize) -> String {
    match lang {
        Lang::Vi => format!("Đã bỏ danh sách {count} sáng kiến vừa khai."),
        Lang::En if count == 1 => "The listed initiative was removed.".to_owned(),
        Lang::En => format!("The {count} listed initiatives were removed."),
    }
}
