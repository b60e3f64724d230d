//! The interface texts: each constant holds the Vietnamese and the English side by side.

/// Declares `pub const NAME: Text = Text { vi, en };` for each `NAME = "vi", "en";`.
#[macro_export]
macro_rules! texts {
    ($($name:ident = $vi:literal, $en:literal;)*) => {
        $(pub const $name: Text = Text { vi: $vi, en: $en };)*
    };
}

pub mod dossier_list;
pub mod editor;
pub mod kiosk;
pub mod new_dossier;
pub mod profile;
pub mod report;
pub mod shell;
pub mod standards;
pub mod storage;
pub mod timeline;
pub mod transfer;
pub mod unit;
pub mod verdict;
