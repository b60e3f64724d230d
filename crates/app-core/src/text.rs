//! Vietnamese text: matching names without tone marks, file-name slugs, and alphabetical order.
//!
//! A search for "nguyen" should find "Nguyễn", and a file name should read `nguyen-thi-hoa`: both
//! come from [`fold`], which splits letters from their marks (Unicode NFD) and drops the marks, "đ"
//! read as "d". Alphabetical order is another matter: Vietnamese puts "Đặng" after "Dương" and
//! "Ánh" beside "Anh", which the browser's `Intl.Collator("vi")` knows; the order therefore sits
//! behind the [`Collator`] trait, which the shell implements with the browser's tables.

use std::cmp::Ordering;

use unicode_normalization::UnicodeNormalization;

/// Vietnamese alphabetical order, as the shell provides it.
pub trait Collator {
    /// A total order: equal only for equal strings.
    fn compare(&self, a: &str, b: &str) -> Ordering;
}

/// A name as search compares it: lower case, without tone and vowel marks, "đ" read as "d".
///
/// ```
/// assert_eq!(app_core::text::fold("Đặng Thị Hà"), "dang thi ha");
/// ```
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

/// Lower-case ASCII words joined by hyphens, at most 60 characters: "Nguyễn Thị Hoa" → "nguyen-thi-hoa".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut cut: String = out.chars().take(60).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

/// For tests of the view models: folded order, then code points (not Vietnamese order, which
/// only the browser's tables give).
#[cfg(test)]
pub(crate) struct FoldedOrder;

#[cfg(test)]
impl Collator for FoldedOrder {
    fn compare(&self, a: &str, b: &str) -> Ordering {
        fold(a).cmp(&fold(b)).then_with(|| a.cmp(b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_tone_and_vowel_marks_and_case_composed_or_not() {
        assert_eq!(fold("Nguyễn Thị Hoa"), "nguyen thi hoa");
        assert_eq!(fold("NGUYE\u{0302}\u{0303}N"), "nguyen");
        assert_eq!(fold("Đường Ư"), "duong u");
        assert_eq!(fold("Chiến sỹ"), fold("chien sy"));
    }

    #[test]
    fn decomposed_marks_and_capitals_fold_too() {
        assert_eq!(slug("NGUYE\u{0302}\u{0303}N  Ư"), "nguyen-u");
    }

    #[test]
    fn a_slug_keeps_letters_and_digits_and_at_most_sixty_characters() {
        assert_eq!(slug("  Phòng Đo đạc (bản sao) 2!  "), "phong-do-dac-ban-sao-2");
        assert_eq!(slug("!!!"), "");
        let long = slug(&"Hoa ".repeat(40));
        assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    }
}
