//! Bilingual text: every message the crate produces for a person exists in Vietnamese and English.

use serde::{Deserialize, Serialize};

/// A borrowed pair of texts, for the catalogue's static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    pub vi: &'static str,
    pub en: &'static str,
}

/// An owned pair of texts, for messages built at run time (details, errors, what is missing).
/// Serialises as `{ "vi": …, "en": … }`, the shape FORMAT.md gives for `detail`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub vi: String,
    pub en: String,
}

impl Message {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            vi: vi.into(),
            en: en.into(),
        }
    }
}

impl From<Text> for Message {
    fn from(t: Text) -> Self {
        Message::new(t.vi, t.en)
    }
}
