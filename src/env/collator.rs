//! Vietnamese alphabetical order through the browser's own Unicode tables (`Intl.Collator("vi")`),
//! and Unicode's composed form through `String.prototype.normalize`.

use std::cmp::Ordering;

use app_core::text::Collator;
use js_sys::{Array, Function, Object};
use wasm_bindgen::JsValue;

/// Compares strings in Vietnamese alphabetical order: "Đặng" after "Dương", "Ánh" beside "Anh".
pub struct IntlCollator(Function);

impl IntlCollator {
    pub fn vietnamese() -> IntlCollator {
        let collator = js_sys::Intl::Collator::new(&Array::of1(&JsValue::from_str("vi")), &Object::new());
        IntlCollator(collator.compare())
    }
}

impl Collator for IntlCollator {
    /// Vietnamese order; code-point order breaks ties so the result is total and stable.
    fn compare(&self, a: &str, b: &str) -> Ordering {
        let by_locale = self
            .0
            .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        by_locale
            .partial_cmp(&0.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.cmp(b))
    }

    /// The browser's `String.prototype.normalize("NFC")`.
    fn nfc(&self, text: &str) -> String {
        js_sys::JsString::from(text).normalize("NFC").into()
    }
}
