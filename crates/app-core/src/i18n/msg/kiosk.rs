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
    TAP_TO_TRY = "Chạm để thử", "Touch to try";
    SETUP_TITLE = "Đặt mã PIN cho nhân viên", "Choose the staff PIN";
    SETUP_LEAD = "Mã PIN này dùng để thoát chế độ trưng bày. Chọn ít nhất 4 chữ số; máy chỉ giữ một bản băm của nó, không giữ chính mã.",
        "This PIN ends kiosk mode. Choose at least 4 digits; the machine keeps only a hash of it, never the PIN itself.";
    PIN_NEW = "Mã PIN mới", "New PIN";
    PIN_AGAIN = "Nhập lại mã PIN", "The PIN again";
    SETUP_SAVE = "Bắt đầu chế độ trưng bày", "Start kiosk mode";
    PIN_NOT_DIGITS = "Mã PIN chỉ gồm các chữ số 0–9.", "The PIN is made of the digits 0–9 only.";
    PIN_TOO_SHORT = "Mã PIN phải có ít nhất 4 chữ số.", "The PIN needs at least 4 digits.";
    PIN_TOO_LONG = "Mã PIN có nhiều nhất 12 chữ số.", "The PIN has at most 12 digits.";
    PIN_MISMATCH = "Hai lần nhập mã PIN không giống nhau.", "The two PINs are not the same.";
    MARKER_REFUSED = "Trình duyệt không cho lưu dấu hiệu chế độ trưng bày, nên thẻ mới mở sẽ không ở chế độ này. Hãy cho phép trang lưu dữ liệu rồi thử lại.",
        "The browser refused to keep the kiosk marker, so a new tab would not be a kiosk. Allow this site to store data, then try again.";
    UNAVAILABLE_TITLE = "Không có ở chế độ trưng bày", "Not available in kiosk mode";
    UNAVAILABLE_BODY = "Máy trưng bày không mở tệp của máy và không cho tải tệp xuống.",
        "The demonstration screen opens no file of this computer and saves no download.";
    UNAVAILABLE_BACK = "Về trang đầu", "Back to the start";
}

/// Why the PIN the staff chose is refused.
pub fn pin_error(error: crate::kiosk::PinError) -> Text {
    use crate::kiosk::PinError;
    match error {
        PinError::NotDigits => PIN_NOT_DIGITS,
        PinError::TooShort => PIN_TOO_SHORT,
        PinError::TooLong => PIN_TOO_LONG,
        PinError::Mismatch => PIN_MISMATCH,
    }
}

/// A wrong PIN, and when the next try is allowed.
pub fn wrong_pin(lang: Lang, wait_secs: u32) -> String {
    match lang {
        Lang::Vi => format!("Mã PIN không đúng. Có thể thử lại sau {wait_secs} giây."),
        Lang::En => format!("Wrong PIN. The next try is allowed in {wait_secs} s."),
    }
}

/// A try during the wait after wrong ones.
pub fn too_soon(lang: Lang, wait_secs: u32) -> String {
    match lang {
        Lang::Vi => format!("Chưa thể thử lại: còn {wait_secs} giây."),
        Lang::En => format!("Not yet: {wait_secs} s to wait."),
    }
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
