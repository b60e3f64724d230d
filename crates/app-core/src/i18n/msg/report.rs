//! Texts of the achievement report page (`/ho-so/:id/bao-cao`) around the report itself; the report
//! is in Vietnamese in both languages, as the form is.

use criteria::text::Text;

crate::texts! {
    HEADING = "Báo cáo thành tích", "Achievement report";
    LINK = "Báo cáo thành tích", "Achievement report";
    LEAD = "Báo cáo theo mẫu, điền sẵn từ hồ sơ. Dấu “……” (tô vàng trên màn hình, không tô khi in) là chỗ hồ sơ chưa có: khai thêm ở phần Lý lịch của hồ sơ, hoặc điền tay sau khi in, hoặc sửa trong tệp .docx.",
        "The form, filled in from the dossier. Each “……” (yellow on screen, not on paper) is something the dossier does not say: add it in the dossier's Background part, write it in by hand after printing, or edit the .docx.";
    PROPOSAL = "Đề nghị tặng", "Award proposed";
    PROPOSAL_HINT = "Hình thức khen thưởng hoặc danh hiệu đề nghị, ví dụ: Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường. Để trống thì báo cáo để “……”.",
        "The commendation or title asked for, e.g. Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường. Left empty, the report shows “……”.";
    DATE = "Ngày báo cáo", "Date of the report";
    DOWNLOAD = "Tải báo cáo (.docx)", "Download the report (.docx)";
    WRITING = "Đang lập tệp .docx…", "Writing the .docx…";
    DOWNLOADED = "Đã tải về tệp", "Downloaded the file";
    LOAD_FAILED = "Không tải được phần lập báo cáo, có thể do mất kết nối mạng. Hãy kiểm tra kết nối rồi bấm nút tải báo cáo để thử lại.",
        "The part that writes the report could not be loaded, perhaps because the network is down. Check the connection and press the download button to try again.";
    CRASHED = "Phần lập báo cáo gặp lỗi và đã dừng. Hãy bấm lại; nếu vẫn lỗi, hãy in trang này hoặc lưu thành PDF.",
        "The part that writes the report failed and stopped. Press the button again; if it fails again, print this page or save it as PDF.";
    REFUSED = "Không lập được báo cáo:", "The report could not be written:";
    PREPARING = "Đang lập báo cáo…", "Writing the report…";
    HOUSEHOLD = "Chưa có mẫu báo cáo thành tích cho hộ gia đình: mẫu chỉ có báo cáo của cá nhân và của tập thể. Hồ sơ hộ gia đình vẫn tự đánh giá và in bản tự đánh giá như thường.",
        "There is no achievement report form for households: the forms are for individuals and collectives. A household's dossier is still self-assessed, and its self-assessment printed, as usual.";
    TEMPLATE = "Theo mẫu nào:", "Which form:";
    DOCUMENT = "Bản xem trước báo cáo", "Preview of the report";
    TEMPLATE_NOTE = "Báo cáo theo cấu trúc mẫu báo cáo thành tích của Nghị định 152/2025/NĐ-CP (thay thế Nghị định \
         98/2023/NĐ-CP từ ngày 01/7/2025). Chưa đối chiếu được nguyên văn phụ lục mẫu của Nghị định \
         152/2025/NĐ-CP: hãy kiểm tra lại với mẫu do đơn vị hướng dẫn trước khi nộp.",
        "Follows the structure of the achievement report forms of Decree 152/2025/ND-CP (which replaced \
         Decree 98/2023/ND-CP on 1 July 2025). The decree's annex forms could not be read word for word: \
         check against the form your unit prescribes before submitting.";
}
