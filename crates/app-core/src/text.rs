//! Vietnamese text: matching names without tone marks, file-name slugs, and alphabetical order.
//!
//! A search for "nguyen" should find "Nguyễn", and a file name should read `nguyen-thi-hoa`: both
//! come from [`fold`], which reads each letter as its base letter (what is left of its Unicode
//! canonical decomposition without the marks) and drops combining marks, "đ" read as "d".
//! Alphabetical order is another matter: Vietnamese puts "Đặng" after "Dương" and "Ánh" beside
//! "Anh", which the browser's `Intl.Collator("vi")` knows; the order therefore sits behind the
//! [`Collator`] trait, which the shell implements with the browser's tables.
//!
//! *Choice*: the base letters come from a table of the Latin blocks rather than from a Unicode
//! normalisation crate, whose tables for all of Unicode added 116 KB (55 KB gzipped) to the app's
//! wasm; a test checks the table against `unicode-normalization` letter by letter.

use std::cmp::Ordering;

/// The base letter of each letter of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and -B)
/// and of U+1E00–U+1EFF (Latin Extended Additional), `.` where it has no plain Latin base (a few,
/// such as Ǣ and Ǿ, whose base is Æ or Ø, keep their marks). Every Vietnamese letter is in these
/// blocks.
const LATIN_BASES: [(u32, &str); 2] = [
    (
        0xC0,
        "AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.yAaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..\
         IiIiIiIiI...JjKk.LlLlLl....NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.................\
         ................Oo.............Uu............................AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..\
         NnAa....AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............................",
    ),
    (
        0x1E00,
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSs\
         SsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy......AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOo\
         OoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy......",
    ),
];

/// The letter without its marks: "ệ" → "e", "Ư" → "U"; other characters as they are.
fn base_letter(c: char) -> char {
    LATIN_BASES
        .iter()
        .find_map(|(start, bases)| {
            let at = (c as u32).checked_sub(*start)? as usize;
            bases.as_bytes().get(at).filter(|b| **b != b'.').map(|b| *b as char)
        })
        .unwrap_or(c)
}

/// A combining mark (tone or vowel mark written after its letter, as in decomposed text).
fn is_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// Vietnamese alphabetical order and Unicode's composed form, as the shell provides them from the
/// browser's own tables (which this crate does not ship, see the module's *choice*).
pub trait Collator {
    /// A total order: equal only for equal strings.
    fn compare(&self, a: &str, b: &str) -> Ordering;

    /// `text` in Unicode's canonical composed form (NFC): "ế" typed as "e" and two combining marks
    /// and "ế" typed as one letter come out the same, marks kept.
    fn nfc(&self, text: &str) -> String;
}

/// A name as search compares it: lower case, without tone and vowel marks, "đ" read as "d".
///
/// ```
/// assert_eq!(app_core::text::fold("Đặng Thị Hà"), "dang thi ha");
/// ```
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !is_mark(*c))
        .map(base_letter)
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

    fn nfc(&self, text: &str) -> String {
        use unicode_normalization::UnicodeNormalization;
        text.nfc().collect()
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
    fn every_latin_letter_folds_as_its_unicode_decomposition_does() {
        use unicode_normalization::UnicodeNormalization;
        let by_decomposition = |c: char| -> String {
            c.to_string()
                .nfd()
                .filter(|c| !is_mark(*c))
                .flat_map(char::to_lowercase)
                .map(|c| if c == 'đ' { 'd' } else { c })
                .collect()
        };
        let letters = (0x20..0x7f).chain(0xc0..=0x24f).chain(0x1e00..=0x1eff);
        for c in letters.filter_map(char::from_u32) {
            let expected = by_decomposition(c);
            // A letter without a plain Latin base (ß, Ø, Ǣ) is only lower-cased.
            let expected = if expected.is_ascii() {
                expected
            } else {
                c.to_lowercase().collect()
            };
            assert_eq!(fold(&c.to_string()), expected, "{c} (U+{:04X})", c as u32);
        }
        for (start, bases) in LATIN_BASES {
            let end = if start == 0xC0 { 0x24F } else { 0x1EFF };
            assert_eq!(
                bases.len() as u32,
                end - start + 1,
                "one base per letter from U+{start:04X}"
            );
        }
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
