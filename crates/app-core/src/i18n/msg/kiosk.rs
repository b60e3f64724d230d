//! Texts of kiosk mode.

use criteria::text::Text;

use crate::i18n::Lang;

crate::texts! {
    ATTRACT_TITLE = "Bạn có phải là điển hình tiên tiến?", "Are you an advanced exemplar?";
    ATTRACT_LEAD = "Chạm để thử tự đánh giá theo tiêu chuẩn điển hình tiên tiến ngành tài nguyên và môi trường.",
        "Touch to try a self-assessment against the advanced exemplar standards of the natural resources and environment sector.";
    PERSONAS = "Xem một hồ sơ mẫu", "Explore a sample dossier";
    START_OWN = "Tự lập hồ sơ của tôi", "Make my own dossier";
    PRIVACY = "Máy trưng bày: không lưu lại bất cứ thông tin nào bạn nhập. Sau một lúc không dùng, mọi thứ được xóa.",
        "Demonstration screen: nothing you type is kept. After a while without use, everything is wiped.";
    IDLE_TITLE = "Bạn vẫn đang dùng chứ?", "Are you still there?";
    CONTINUE = "Tiếp tục", "Continue";
    STAFF = "Nhân viên", "Staff";
    PIN = "Mã PIN của nhân viên", "Staff PIN";
    EXIT = "Thoát chế độ trưng bày", "Leave kiosk mode";
    CANCEL = "Hủy", "Cancel";
    WRONG_PIN = "Mã PIN không đúng.", "Wrong PIN.";
}

/// The countdown sentence of the idle warning.
pub fn idle_body(lang: Lang, seconds: u32) -> String {
    match lang {
        Lang::Vi => format!(
            "Sau {seconds} giây không thao tác, mọi thông tin đã nhập sẽ được xóa và màn hình trở về trang đầu."
        ),
        Lang::En => format!(
            "In {seconds} seconds without input, everything entered is wiped and the screen returns to the start."
        ),
    }
}
