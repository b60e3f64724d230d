//! Readers for single JSON values: each checks one value's type and range, records a fault if it
//! is wrong, and returns `None` then. Rules that span several values live in the documents' modules.
//!
//! Every reader follows one contract: it returns `None` only after recording a fault. So a
//! document's reader can go on after a fault (to find the others) and build its struct with `?`
//! on each field at the end.

use std::ops::RangeInclusive;

use chrono::{DateTime, NaiveDate};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::error::{field, index, quote, ErrorKind, ValidationError};
use crate::text::Text;

/// The years any year field may hold: wide enough for any real record, narrow enough to catch a
/// typo such as `20233`.
const YEARS: RangeInclusive<i32> = 1900..=2200;

/// The faults found so far, in the order the document was read.
#[derive(Debug, Default)]
pub(crate) struct Faults(Vec<ValidationError>);

impl Faults {
    /// Records a fault; returns `None` so a reader can `return f.fault(...)`.
    pub fn fault<T>(&mut self, path: &str, kind: ErrorKind, vi: String, en: String) -> Option<T> {
        self.push(ValidationError::new(path, kind, vi, en))
    }

    /// Records a fault built elsewhere; returns `None` like [`Faults::fault`].
    pub fn push<T>(&mut self, fault: ValidationError) -> Option<T> {
        self.0.push(fault);
        None
    }

    /// The value read, or every fault found while reading it.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Vec<ValidationError>> {
        if self.0.is_empty() {
            Ok(value.expect("a reader returns None only after recording a fault"))
        } else {
            Err(self.0)
        }
    }

    /// Field `name` of `obj` (at `base`), read by `read`; a fault if it is absent.
    pub fn required<'a, T>(
        &mut self,
        obj: &'a Map<String, Value>,
        base: &str,
        name: &str,
        read: impl FnOnce(&mut Faults, &'a Value, &str) -> Option<T>,
    ) -> Option<T> {
        let path = field(base, name);
        match obj.get(name) {
            Some(v) => read(self, v, &path),
            None => self.fault(
                &path,
                ErrorKind::MissingField,
                "thiếu trường bắt buộc".into(),
                "required field is missing".into(),
            ),
        }
    }

    /// Field `name` of `obj` (at `base`), read by `read`, or `default` if it is absent.
    pub fn optional<'a, T>(
        &mut self,
        obj: &'a Map<String, Value>,
        base: &str,
        name: &str,
        default: T,
        read: impl FnOnce(&mut Faults, &'a Value, &str) -> Option<T>,
    ) -> Option<T> {
        match obj.get(name) {
            Some(v) => read(self, v, &field(base, name)),
            None => Some(default),
        }
    }
}

/// Wraps a reader so that `null` reads as `None`; for the fields FORMAT.md lets be null.
pub(crate) fn nullable<'a, T>(
    read: impl FnOnce(&mut Faults, &'a Value, &str) -> Option<T>,
) -> impl FnOnce(&mut Faults, &'a Value, &str) -> Option<Option<T>> {
    move |f, v, path| {
        if v.is_null() {
            Some(None)
        } else {
            read(f, v, path).map(Some)
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
const ARRAY: Text = Text {
    vi: "mảng",
    en: "an array",
};
const OBJECT: Text = Text {
    vi: "đối tượng",
    en: "an object",
};

fn kind_of(v: &Value) -> Text {
    match v {
        Value::Null => NULL,
        Value::Bool(_) => BOOLEAN,
        Value::Number(_) => NUMBER,
        Value::String(_) => STRING,
        Value::Array(_) => ARRAY,
        Value::Object(_) => OBJECT,
    }
}

pub(crate) fn wrong_type<T>(f: &mut Faults, v: &Value, path: &str, expected: Text) -> Option<T> {
    let found = kind_of(v);
    f.fault(
        path,
        ErrorKind::WrongType,
        format!("phải là {}, nhận được {}", expected.vi, found.vi),
        format!("expected {}, found {}", expected.en, found.en),
    )
}

pub(crate) fn object<'a>(f: &mut Faults, v: &'a Value, path: &str) -> Option<&'a Map<String, Value>> {
    match v {
        Value::Object(obj) => Some(obj),
        _ => wrong_type(f, v, path, OBJECT),
    }
}

/// Every item of the array `v`, each read by `read` at its own path; `None` if any item is faulty
/// (all items are read, so all their faults are recorded).
pub(crate) fn items<T>(
    f: &mut Faults,
    v: &Value,
    path: &str,
    mut read: impl FnMut(&mut Faults, &Value, &str) -> Option<T>,
) -> Option<Vec<T>> {
    let Value::Array(values) = v else {
        return wrong_type(f, v, path, ARRAY);
    };
    let read: Vec<Option<T>> = values
        .iter()
        .enumerate()
        .map(|(i, item)| read(f, item, &index(path, i)))
        .collect();
    read.into_iter().collect()
}

pub(crate) fn string<'a>(f: &mut Faults, v: &'a Value, path: &str) -> Option<&'a str> {
    match v {
        Value::String(s) => Some(s),
        _ => wrong_type(f, v, path, STRING),
    }
}

pub(crate) fn text(f: &mut Faults, v: &Value, path: &str) -> Option<String> {
    string(f, v, path).map(str::to_string)
}

pub(crate) fn boolean(f: &mut Faults, v: &Value, path: &str) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        _ => wrong_type(f, v, path, BOOLEAN),
    }
}

/// A number, or a fault naming `range` if it is not one of `range`'s whole numbers.
pub(crate) fn whole_number(f: &mut Faults, v: &Value, path: &str, range: RangeInclusive<i64>) -> Option<i64> {
    let Value::Number(n) = v else {
        return wrong_type(f, v, path, NUMBER);
    };
    match n.as_i64() {
        Some(i) if range.contains(&i) => Some(i),
        _ => f.fault(
            path,
            ErrorKind::OutOfRange,
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
        ),
    }
}

/// A year, one of [`YEARS`].
pub(crate) fn year(f: &mut Faults, v: &Value, path: &str) -> Option<i32> {
    let range = i64::from(*YEARS.start())..=i64::from(*YEARS.end());
    whole_number(f, v, path, range).map(|y| i32::try_from(y).expect("YEARS lies inside i32"))
}

/// A number of `range` (fractions allowed).
pub(crate) fn number_in(f: &mut Faults, v: &Value, path: &str, range: RangeInclusive<f64>) -> Option<f64> {
    let Value::Number(n) = v else {
        return wrong_type(f, v, path, NUMBER);
    };
    match n.as_f64() {
        Some(x) if range.contains(&x) => Some(x),
        _ => f.fault(
            path,
            ErrorKind::OutOfRange,
            format!("{n} nằm ngoài giới hạn từ {} đến {}", range.start(), range.end()),
            format!("{n} is out of range: expected {} to {}", range.start(), range.end()),
        ),
    }
}

/// A code of the vocabulary `T` (one of the crate's code enums), spelled as its serde form.
/// `vi` and `en` name the vocabulary for the message: "unknown title "cstd_xyz"".
pub(crate) fn code<T: DeserializeOwned>(
    vi: &'static str,
    en: &'static str,
) -> impl Fn(&mut Faults, &Value, &str) -> Option<T> {
    move |f, v, path| {
        let s = string(f, v, path)?;
        match serde_json::from_value(Value::String(s.to_string())) {
            Ok(code) => Some(code),
            Err(_) => f.fault(
                path,
                ErrorKind::UnknownCode,
                format!("{vi} không hợp lệ {}", quote(s)),
                format!("unknown {en} {}", quote(s)),
            ),
        }
    }
}

/// An id: 1–64 of `A-Z a-z 0-9 _ -` (FORMAT.md, `id`), safe in a file name or a URL.
pub(crate) fn id(f: &mut Faults, v: &Value, path: &str) -> Option<String> {
    let s = string(f, v, path)?;
    let ok = (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok {
        Some(s.to_string())
    } else {
        f.fault(
            path,
            ErrorKind::BadId,
            format!("{} không phải mã hợp lệ: cần 1 đến 64 ký tự A-Z a-z 0-9 _ -", quote(s)),
            format!("{} is not a valid id: expected 1 to 64 of A-Z a-z 0-9 _ -", quote(s)),
        )
    }
}

/// An RFC 3339 timestamp, kept as written so a dossier round-trips byte for byte.
pub(crate) fn timestamp(f: &mut Faults, v: &Value, path: &str) -> Option<String> {
    let s = string(f, v, path)?;
    if DateTime::parse_from_rfc3339(s).is_ok() {
        Some(s.to_string())
    } else {
        f.fault(
            path,
            ErrorKind::BadTimestamp,
            format!(
                "{} không phải thời điểm theo RFC 3339 (ví dụ 2025-03-02T08:15:00Z)",
                quote(s)
            ),
            format!(
                "{} is not an RFC 3339 date and time (e.g. 2025-03-02T08:15:00Z)",
                quote(s)
            ),
        )
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
    if shaped {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    } else {
        None
    }
}

pub(crate) fn date(f: &mut Faults, v: &Value, path: &str) -> Option<NaiveDate> {
    let s = string(f, v, path)?;
    match parse_date(s) {
        Some(d) => Some(d),
        None => f.fault(
            path,
            ErrorKind::BadDate,
            format!("{} không phải ngày dạng YYYY-MM-DD", quote(s)),
            format!("{} is not a date of the form YYYY-MM-DD", quote(s)),
        ),
    }
}
