//! Texts of the editor's "Lý lịch" section: what the achievement report asks that the standards
//! do not (the criteria crate's `profile`). The Vietnamese labels are the template's own words.

use criteria::text::Text;

crate::texts! {
    SECTION = "Lý lịch", "Background";
    LEAD = "Những thông tin này chỉ dùng để lập báo cáo thành tích; không bắt buộc và không ảnh hưởng đến kết quả tự đánh giá. Mục nào để trống, báo cáo để dấu “……” để điền tay.",
        "This is used only for the achievement report; it is optional and does not change the self-assessment. Whatever is left empty is a “……” blank in the report, to fill in by hand.";
    HOUSEHOLD = "Chưa có mẫu báo cáo thành tích cho hộ gia đình, nên phần này không có gì để khai.",
        "There is no achievement report form for households, so there is nothing to fill in here.";
    BIRTH_DATE = "Sinh ngày, tháng, năm", "Date of birth";
    GENDER = "Giới tính", "Sex";
    GENDER_UNSET = "Không ghi", "Not given";
    HOME_TOWN = "Quê quán", "Home town";
    RESIDENCE = "Trú quán (nơi ở hiện nay)", "Residence (where you live now)";
    QUALIFICATION = "Trình độ chuyên môn, nghiệp vụ", "Professional qualification";
    ACADEMIC_TITLES = "Học hàm, học vị, danh hiệu, giải thưởng", "Academic titles, degrees, honours and prizes";
    ADDRESS = "Địa chỉ trụ sở", "Address of the seat";
    ADDRESS_HINT = "Có thể ghi kèm điện thoại, thư điện tử.", "A telephone number or e-mail may follow.";
    FOUNDED_ON = "Ngày thành lập", "Founded on";
    ORGANISATION = "Cơ cấu tổ chức", "Organisation";
    ORGANISATION_HINT = "Các phòng, bộ phận; lãnh đạo đơn vị.", "Its divisions; its leadership.";
    STAFF_COUNT = "Tổng số cán bộ, công chức, viên chức, người lao động", "Total number of staff";
    FACILITIES = "Cơ sở vật chất", "Buildings and equipment";
    DUTIES_PERSON = "Quyền hạn, nhiệm vụ được giao hoặc đảm nhận", "Powers and tasks assigned or taken on";
    DUTIES_COLLECTIVE = "Chức năng, nhiệm vụ", "Functions and tasks";
    ACHIEVEMENTS = "Thành tích đạt được (phần tự trình bày)", "Achievements (in your own words)";
    ACHIEVEMENTS_HINT = "Kết quả từng năm, danh hiệu kèm quyết định và sáng kiến đã khai ở các phần khác được đưa vào báo cáo tự động; ở đây viết thêm phần trình bày. Mỗi đoạn một dòng.",
        "Each year's results, the titles with their decisions and the initiatives entered in the other parts go into the report by themselves; write what you want to add here. One paragraph per line.";
    PARAGRAPHS_HINT = "Mỗi đoạn một dòng.", "One paragraph per line.";
    NOT_A_DATE = "Ngày chưa đầy đủ hoặc không có thật; ngày đã lưu trước đó được giữ nguyên.",
        "The date is incomplete or not a real one; the date saved before is kept.";
    NOT_A_COUNT = "Chỉ nhập chữ số, ví dụ 42 (không dấu chấm, dấu phẩy); số đã lưu trước đó được giữ nguyên.",
        "Type digits only, e.g. 42 (no dots or commas); the number saved before is kept.";
    COUNT_TOO_LARGE = "Số này lớn hơn 1.000.000; số đã lưu trước đó được giữ nguyên.",
        "This is more than 1,000,000; the number saved before is kept.";
    TOO_LONG = "Quá dài; phần vừa gõ chưa được lưu.", "Too long; what was just typed is not saved.";
}
