//! Vietnamese ordering and matching of names, through the browser's own Unicode tables.
//!
//! Rust's `str` order puts "Đ" after "Z" and "Á" after every plain letter; a Vietnamese reader
//! expects "Đặng" after "Dương" and "Ánh" beside "Anh". The browser's `Intl.Collator("vi")` knows
//! that order, and `String.prototype.normalize("NFD")` splits tone marks off their letters, so a
//! search for "nguyen" finds "Nguyễn". Both are asked once per name, never once per keystroke.
//! Visible to the other pages, so every search and sort of Vietnamese text folds the same way.

use std::cmp::Ordering;

use js_sys::{Array, Function, JsString, Object};
use wasm_bindgen::JsValue;

/// Compares strings in Vietnamese alphabetical order (`Intl.Collator("vi")`).
pub struct ViCollator(Function);

impl Default for ViCollator {
    fn default() -> ViCollator {
        let collator = js_sys::Intl::Collator::new(&Array::of1(&JsValue::from_str("vi")), &Object::new());
        ViCollator(collator.compare())
    }
}

impl ViCollator {
    /// Vietnamese order; code-point order breaks ties so the result is total and stable.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
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
}

/// A name as search compares it: lower case, without tone and vowel marks, "đ" read as "d".
pub fn fold(text: &str) -> String {
    let decomposed: String = JsString::from(text).normalize("NFD").into();
    decomposed
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}
