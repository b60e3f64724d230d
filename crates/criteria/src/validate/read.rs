//! Readers for single JSON values: each checks one value's type and range, records a fault if it
//! is wrong, and returns `None` then. Rules that span several values live in the documents' modules.
//!
//! Every reader follows one contract: it returns `None` only after a fault is recorded (by itself
//! or, once reading has stopped, before it). So a document's reader can go on after a fault (to
//! find the others) and build its struct with `?` on each field at the end.

use std::borrow::Cow;
use std::ops::RangeInclusive;

use chrono::{DateTime, NaiveDate};
use serde::de::value::StrDeserializer;
use serde::de::{DeserializeOwned, IntoDeserializer};

use super::error::{quote, ErrorKind};
use super::faults::Faults;
use super::json::{Json, Kind};
use super::path::Path;
use crate::text::Text;

/// The years any year field may hold: wide enough for any real record, narrow enough to catch a
/// typo such as `20233`.
pub(crate) const YEARS: RangeInclusive<i32> = 1900..=2200;

/// Wraps a reader so that `null` reads as `None`; for the fields FORMAT.md lets be null.
pub(crate) fn nullable<'a, T>(
    read: impl FnOnce(&mut Faults, Json<'a>, &Path) -> Option<T>,
) -> impl FnOnce(&mut Faults, Json<'a>, &Path) -> Option<Option<T>> {
    move |f, v, at| {
        if v.kind() == Kind::Null {
            Some(None)
        } else {
            read(f, v, at).map(Some)
        }
    }
}

/// The JSON types, as messages name them ("expected a string, found a number").
const NULL: Text = Text { vi: "null", en: "null" };
const BOOLEAN: Text = Text {
    vi: "true hoặc false",
    en: "true or false",
};
const NUMBER: Text = Text {
    vi: "số",
    en: "a number",
};
const STRING: Text = Text {
    vi: "chuỗi",
    en: "a string",
};
pub(crate) const ARRAY: Text = Text {
    vi: "mảng",
    en: "an array",
};
pub(crate) const OBJECT: Text = Text {
    vi: "đối tượng",
    en: "an object",
};

fn kind_of(v: Json) -> Text {
    match v.kind() {
        Kind::Null => NULL,
        Kind::Bool => BOOLEAN,
        Kind::Number => NUMBER,
        Kind::String => STRING,
        Kind::Array => ARRAY,
        Kind::Object => OBJECT,
    }
}

pub(crate) fn wrong_type<T>(f: &mut Faults, v: Json, at: &Path, expected: Text) -> Option<T> {
    let found = kind_of(v);
    f.fault(at, ErrorKind::WrongType, || {
        (
            format!("phải là {}, nhận được {}", expected.vi, found.vi),
            format!("expected {}, found {}", expected.en, found.en),
        )
    })
}

/// A part of the text that could not be read again after the whole was found to be JSON. It
/// cannot happen; if it did, the file is refused rather than read without that part.
pub(crate) fn unreadable<T>(f: &mut Faults, at: &Path, e: &serde_json::Error) -> Option<T> {
    f.fault(at, ErrorKind::NotJson, || {
        (
            format!("không đọc được giá trị JSON này ({e})"),
            format!("not valid JSON: {e}"),
        )
    })
}

pub(crate) fn string<'a>(f: &mut Faults, v: Json<'a>, at: &Path) -> Option<Cow<'a, str>> {
    if v.kind() != Kind::String {
        return wrong_type(f, v, at, STRING);
    }
    match v.as_str() {
        Ok(s) => Some(s),
        Err(e) => unreadable(f, at, &e),
    }
}

/// A string of any length: for the texts code writes (an export's `app_version`, an assessment's
/// details), which the app never stores.
pub(crate) fn text(f: &mut Faults, v: Json, at: &Path) -> Option<String> {
    string(f, v, at).map(Cow::into_owned)
}

/// A free text of at most `max` characters ([`super::limits`]).
pub(crate) fn text_up_to<'a>(max: usize) -> impl Fn(&mut Faults, Json<'a>, &Path) -> Option<String> {
    move |f, v, at| {
        let s = string(f, v, at)?;
        length_ok(f, &s, at, max)?;
        Some(s.into_owned())
    }
}

/// Whether `s` holds at most `max` characters; a fault if not.
pub(crate) fn length_ok(f: &mut Faults, s: &str, at: &Path, max: usize) -> Option<()> {
    // A character takes at least one byte: most texts need no counting.
    if s.len() <= max {
        return Some(());
    }
    let len = s.chars().count();
    if len <= max {
        return Some(());
    }
    f.fault(at, ErrorKind::TooLong, || {
        (
            format!("văn bản dài {len} ký tự; tối đa {max}"),
            format!("text is {len} characters long; at most {max}"),
        )
    })
}

pub(crate) fn boolean(f: &mut Faults, v: Json, at: &Path) -> Option<bool> {
    match v.as_bool() {
        Some(b) => Some(b),
        None => wrong_type(f, v, at, BOOLEAN),
    }
}

fn number(f: &mut Faults, v: Json, at: &Path) -> Option<serde_json::Number> {
    if v.kind() != Kind::Number {
        return wrong_type(f, v, at, NUMBER);
    }
    match v.as_number() {
        Ok(n) => Some(n),
        Err(e) => unreadable(f, at, &e),
    }
}

/// A number, or a fault naming `range` if it is not one of `range`'s whole numbers.
pub(crate) fn whole_number(f: &mut Faults, v: Json, at: &Path, range: RangeInclusive<i64>) -> Option<i64> {
    let n = number(f, v, at)?;
    whole_in(f, &n, at, range)
}

/// `n` if it is one of `range`'s whole numbers.
pub(crate) fn whole_in(f: &mut Faults, n: &serde_json::Number, at: &Path, range: RangeInclusive<i64>) -> Option<i64> {
    match n.as_i64() {
        Some(i) if range.contains(&i) => Some(i),
        _ => f.fault(at, ErrorKind::OutOfRange, || {
            (
                format!(
                    "{n} nằm ngoài giới hạn: phải là số nguyên từ {} đến {}",
                    range.start(),
                    range.end()
                ),
                format!(
                    "{n} is out of range: expected a whole number from {} to {}",
                    range.start(),
                    range.end()
                ),
            )
        }),
    }
}

/// A year, one of [`YEARS`].
pub(crate) fn year(f: &mut Faults, v: Json, at: &Path) -> Option<i32> {
    let n = number(f, v, at)?;
    year_in(f, &n, at)
}

/// `n` if it is a year of [`YEARS`].
pub(crate) fn year_in(f: &mut Faults, n: &serde_json::Number, at: &Path) -> Option<i32> {
    let range = i64::from(*YEARS.start())..=i64::from(*YEARS.end());
    whole_in(f, n, at, range).map(|y| i32::try_from(y).expect("YEARS lies inside i32"))
}

/// A number of `range` (fractions allowed).
pub(crate) fn number_in(f: &mut Faults, v: Json, at: &Path, range: RangeInclusive<f64>) -> Option<f64> {
    let n = number(f, v, at)?;
    fraction_in(f, &n, at, range)
}

/// `n` if it lies in `range`.
pub(crate) fn fraction_in(
    f: &mut Faults,
    n: &serde_json::Number,
    at: &Path,
    range: RangeInclusive<f64>,
) -> Option<f64> {
    match n.as_f64() {
        Some(x) if range.contains(&x) => Some(x),
        _ => f.fault(at, ErrorKind::OutOfRange, || {
            (
                format!("{n} nằm ngoài giới hạn từ {} đến {}", range.start(), range.end()),
                format!("{n} is out of range: expected {} to {}", range.start(), range.end()),
            )
        }),
    }
}

/// A code of the vocabulary `T` (one of the crate's code enums), spelled as its serde form.
/// `vi` and `en` name the vocabulary for the message: "unknown title "cstd_xyz"".
pub(crate) fn code<'a, T: DeserializeOwned>(
    vi: &'static str,
    en: &'static str,
) -> impl Fn(&mut Faults, Json<'a>, &Path) -> Option<T> {
    move |f, v, at| {
        let s = string(f, v, at)?;
        let read: StrDeserializer<NotACode> = s.as_ref().into_deserializer();
        match T::deserialize(read) {
            Ok(code) => Some(code),
            Err(_) => f.fault(at, ErrorKind::UnknownCode, || {
                (
                    format!("{vi} không hợp lệ {}", quote(&s)),
                    format!("unknown {en} {}", quote(&s)),
                )
            }),
        }
    }
}

/// Why a string is not a code: nothing more is needed, and serde's own error would spell out the
/// whole vocabulary for every faulty code of a file.
#[derive(Debug)]
struct NotACode;

impl std::fmt::Display for NotACode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a code")
    }
}

impl std::error::Error for NotACode {}

impl serde::de::Error for NotACode {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotACode
    }
}

/// An id: 1–64 of `A-Z a-z 0-9 _ -` (FORMAT.md, `id`), safe in a file name or a URL.
pub(crate) fn id(f: &mut Faults, v: Json, at: &Path) -> Option<String> {
    let s = string(f, v, at)?;
    id_ok(f, &s, at)?;
    Some(s.into_owned())
}

/// Whether `s` is an id; a fault if not.
pub(crate) fn id_ok(f: &mut Faults, s: &str, at: &Path) -> Option<()> {
    let ok = (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Some(())
    } else {
        f.fault(at, ErrorKind::BadId, || {
            (
                format!("{} không phải mã hợp lệ: cần 1 đến 64 ký tự A-Z a-z 0-9 _ -", quote(s)),
                format!("{} is not a valid id: expected 1 to 64 of A-Z a-z 0-9 _ -", quote(s)),
            )
        })
    }
}

/// An RFC 3339 timestamp, kept as written so a dossier round-trips byte for byte.
pub(crate) fn timestamp(f: &mut Faults, v: Json, at: &Path) -> Option<String> {
    let s = string(f, v, at)?;
    timestamp_ok(f, &s, at)?;
    Some(s.into_owned())
}

/// Whether `s` is an RFC 3339 timestamp; a fault if not.
pub(crate) fn timestamp_ok(f: &mut Faults, s: &str, at: &Path) -> Option<()> {
    if DateTime::parse_from_rfc3339(s).is_ok() {
        Some(())
    } else {
        f.fault(at, ErrorKind::BadTimestamp, || {
            (
                format!(
                    "{} không phải thời điểm theo RFC 3339 (ví dụ 2025-03-02T08:15:00Z)",
                    quote(s)
                ),
                format!(
                    "{} is not an RFC 3339 date and time (e.g. 2025-03-02T08:15:00Z)",
                    quote(s)
                ),
            )
        })
    }
}

/// A calendar date written exactly `YYYY-MM-DD`, as FORMAT.md writes `as_of`.
///
/// Stricter than chrono's `%Y-%m-%d`, which also takes `2025-6-30`: one spelling per date keeps
/// exports comparable as text.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        return None;
    }
    // The digits by hand, not chrono's format parser: its code would be in the app's wasm for this
    // one format.
    let number = |range: std::ops::Range<usize>| b[range].iter().fold(0, |n, c| n * 10 + u32::from(c - b'0'));
    let year = i32::try_from(number(0..4)).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
}

pub(crate) fn date(f: &mut Faults, v: Json, at: &Path) -> Option<NaiveDate> {
    let s = string(f, v, at)?;
    date_in(f, &s, at)
}

/// The date `s` writes `YYYY-MM-DD`; a fault if it is not one.
pub(crate) fn date_in(f: &mut Faults, s: &str, at: &Path) -> Option<NaiveDate> {
    match parse_date(s) {
        Some(d) => Some(d),
        None => f.fault(at, ErrorKind::BadDate, || {
            (
                format!("{} không phải ngày dạng YYYY-MM-DD", quote(s)),
                format!("{} is not a date of the form YYYY-MM-DD", quote(s)),
            )
        }),
    }
}
