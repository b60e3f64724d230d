//! Texts of the layout shared by every page, and of the placeholder pages.

use criteria::text::Text;

crate::texts! {
    APP_NAME = "Điển Hình", "Điển Hình";
    APP_TITLE = "Điển Hình — tự đánh giá điển hình tiên tiến", "Điển Hình — advanced exemplar self-assessment";
    SKIP_TO_CONTENT = "Bỏ qua, đến nội dung chính", "Skip to main content";
    NAV_LABEL = "Điều hướng chính", "Main navigation";
    NAV_DOSSIERS = "Hồ sơ", "Dossiers";
    NAV_STANDARDS = "Tiêu chuẩn", "Standards";
    NAV_TIMELINE = "Lộ trình", "Timeline";
    NAV_ABOUT = "Giới thiệu", "About";
    LANG_SWITCH = "English", "Tiếng Việt";
    LANG_SWITCH_LABEL = "Switch the interface to English", "Chuyển giao diện sang tiếng Việt";
    FOOTER_VERSION = "Phiên bản", "Version";
    // The first paint of any page but the home page, before the app has started (index.html).
    LOADING = "Đang tải…", "Loading…";
    FOOTER_PRIVACY = "Dữ liệu chỉ lưu trong trình duyệt này, không gửi đi đâu.",
        "Your data stays in this browser and is sent nowhere.";
    HOME_HEADING = "Tự đánh giá điển hình tiên tiến", "Check yourself against the advanced exemplar standards";
    HOME_LEAD = "Lập hồ sơ cá nhân, tập thể hoặc hộ gia đình, đối chiếu với từng tiêu chí của kế hoạch và xem ngay tiêu chí nào đã đạt, tiêu chí nào còn thiếu, kèm trích dẫn văn bản gốc.",
        "Build a dossier for an individual, a collective or a household, check it against every criterion of the plan, and see at once what is met and what is missing, with the clause of the source document.";
    HOME_START = "Bắt đầu với hồ sơ", "Start with a dossier";
    HOME_STANDARDS = "Xem các bộ tiêu chuẩn", "Browse the standards";
    DOSSIERS_HEADING = "Hồ sơ", "Dossiers";
    STANDARDS_HEADING = "Tiêu chuẩn", "Standards";
    STANDARDS_LEAD = "Các bộ tiêu chuẩn theo từng văn bản, mới nhất trước.", "The standards of each document, newest first.";
    STANDARDS_CRITERIA_COUNT = "tiêu chí", "criteria";
    TIMELINE_HEADING = "Lộ trình", "Timeline";
    ABOUT_HEADING = "Giới thiệu", "About";
    ABOUT_BODY = "Điển Hình giúp cá nhân, tập thể và đơn vị tự đối chiếu với tiêu chuẩn điển hình tiên tiến trong các kế hoạch của Bộ Tài nguyên và Môi trường và Sở Tài nguyên và Môi trường tỉnh Khánh Hòa. Kết quả là tự đánh giá theo thông tin đã khai; việc xét chọn do Hội đồng thi đua - khen thưởng của đơn vị quyết định.",
        "Điển Hình helps individuals, collectives and units check themselves against the advanced exemplar standards in the plans of the Ministry of Natural Resources and Environment and of Khánh Hòa's Department of Natural Resources and Environment. Results are a self-assessment from what was declared; the unit's emulation and commendation council decides.";
    ABOUT_PRIVACY = "Ứng dụng chạy hoàn toàn trong trình duyệt: không có máy chủ, không gửi dữ liệu đi đâu.",
        "The app runs entirely in your browser: there is no server and nothing is sent anywhere.";
    NOT_FOUND_HEADING = "Không tìm thấy trang", "Page not found";
    NOT_FOUND_BODY = "Địa chỉ này không có trong ứng dụng.", "This address is not part of the app.";
    NOT_FOUND_BACK = "Về trang chủ", "Back to the home page";
}
