//! The input as the validator walks it: JSON read lazily, one level at a time, from the text.
//!
//! Why not `serde_json::Value`: a `Value` tree takes 30 to 200 times the bytes of the text it holds
//! (a `{}` is a 32-byte value, a one-field object a 600-byte B-tree node), so a hostile 5 MB file of
//! small faulty items took gigabytes before the first check ran. A [`Json`] is a slice of the
//! text; an object is read into the few fields a reader asks for, and an array is walked item by
//! item and never collected. What is held at any time is the text, the path being read and the
//! faults kept, so memory stays in proportion to the input.
//!
//! The text is checked once in full first ([`check_syntax`], which refuses exactly what
//! `serde_json::from_str::<Value>` refuses, with the same message), so reading a part of it again
//! later cannot meet a syntax error; if it somehow did, the readers report it as a fault rather
//! than skip what they could not read.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;
use std::ops::ControlFlow;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Number;

/// One JSON value of the input: its text, not yet read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Json<'a>(&'a RawValue);

/// What a JSON value is, read from its first character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
}

/// Refuses text that is not one JSON value, exactly as `serde_json::from_str::<Value>` would
/// (the same errors, depth limit and number range), without building the value.
pub(crate) fn check_syntax(text: &str) -> Result<(), serde_json::Error> {
    serde_json::from_str::<AnyValue>(text).map(|AnyValue| ())
}

impl<'a> Json<'a> {
    /// The document `text` holds; check it with [`check_syntax`] first.
    pub fn parse(text: &'a str) -> Result<Json<'a>, serde_json::Error> {
        serde_json::from_str::<&RawValue>(text).map(Json)
    }

    /// The value's text, as the file writes it.
    pub fn raw(self) -> &'a str {
        self.0.get()
    }

    pub fn kind(self) -> Kind {
        match self.raw().as_bytes().first() {
            Some(b'{') => Kind::Object,
            Some(b'[') => Kind::Array,
            Some(b'"') => Kind::String,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'n') => Kind::Null,
            _ => Kind::Number,
        }
    }

    pub fn as_bool(self) -> Option<bool> {
        match self.raw() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    pub fn as_number(self) -> Result<Number, serde_json::Error> {
        self.raw().parse()
    }

    /// A string's value: borrowed from the text unless it holds escapes.
    pub fn as_str(self) -> Result<Cow<'a, str>, serde_json::Error> {
        let mut de = serde_json::Deserializer::from_str(self.raw());
        de.deserialize_str(CowStrVisitor)
    }

    /// Calls `each` with every item of an array, in order, until it breaks.
    pub fn items(self, mut each: impl FnMut(usize, Json<'a>) -> ControlFlow<()>) -> Result<(), serde_json::Error> {
        let stopped = Cell::new(false);
        let mut de = serde_json::Deserializer::from_str(self.raw());
        let walk = de.deserialize_seq(Items {
            each: &mut each,
            stopped: &stopped,
        });
        // A walk that stopped early leaves items unread, which serde_json reports as an error.
        if stopped.get() {
            Ok(())
        } else {
            walk
        }
    }

    /// Calls `each` with every key and value of an object, in the file's order, until it breaks.
    pub fn entries(
        self,
        mut each: impl FnMut(Cow<'a, str>, Json<'a>) -> ControlFlow<()>,
    ) -> Result<(), serde_json::Error> {
        let stopped = Cell::new(false);
        let mut de = serde_json::Deserializer::from_str(self.raw());
        let walk = de.deserialize_map(Entries {
            each: &mut each,
            stopped: &stopped,
        });
        if stopped.get() {
            Ok(())
        } else {
            walk
        }
    }

    /// The fields named `known` of an object (the last one where a name repeats, as
    /// `serde_json::Value` keeps it); every other key and its value goes to `unknown`.
    pub fn fields(
        self,
        known: &'static [&'static str],
        mut unknown: impl FnMut(Cow<'a, str>, Json<'a>) -> ControlFlow<()>,
    ) -> Result<Fields<'a>, serde_json::Error> {
        let mut values = vec![None; known.len()];
        self.entries(|key, value| match known.iter().position(|k| *k == key) {
            Some(i) => {
                values[i] = Some(value);
                ControlFlow::Continue(())
            }
            None => unknown(key, value),
        })?;
        Ok(Fields { known, values })
    }
}

/// The known fields of one object, read by [`Json::fields`].
#[derive(Debug)]
pub(crate) struct Fields<'a> {
    known: &'static [&'static str],
    values: Vec<Option<Json<'a>>>,
}

impl<'a> Fields<'a> {
    pub fn get(&self, name: &str) -> Option<Json<'a>> {
        let i = self
            .known
            .iter()
            .position(|k| *k == name)
            .unwrap_or_else(|| panic!("a reader asks only for its own type's fields, and {name:?} is not one"));
        self.values[i]
    }
}

/// Any JSON value, read in full and dropped.
struct AnyValue;

impl<'de> Deserialize<'de> for AnyValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(AnyValue)
    }
}

impl<'de> Visitor<'de> for AnyValue {
    type Value = AnyValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_i64<E>(self, _: i64) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_u64<E>(self, _: u64) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_f64<E>(self, _: f64) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_str<E>(self, _: &str) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_unit<E>(self) -> Result<AnyValue, E> {
        Ok(AnyValue)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<AnyValue, A::Error> {
        while seq.next_element::<AnyValue>()?.is_some() {}
        Ok(AnyValue)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnyValue, A::Error> {
        while map.next_entry::<AnyValue, AnyValue>()?.is_some() {}
        Ok(AnyValue)
    }
}

/// A string, borrowed from the text where it can be.
struct CowStrVisitor;

impl<'de> Visitor<'de> for CowStrVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }
}

/// A map key, borrowed from the text where it can be.
struct CowStr<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for CowStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(CowStrVisitor).map(CowStr)
    }
}

struct Items<'s, F> {
    each: &'s mut F,
    stopped: &'s Cell<bool>,
}

impl<'de, F: FnMut(usize, Json<'de>) -> ControlFlow<()>> Visitor<'de> for Items<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut i = 0;
        while let Some(item) = seq.next_element::<&'de RawValue>()? {
            if (self.each)(i, Json(item)).is_break() {
                self.stopped.set(true);
                return Ok(());
            }
            i += 1;
        }
        Ok(())
    }
}

struct Entries<'s, F> {
    each: &'s mut F,
    stopped: &'s Cell<bool>,
}

impl<'de, F: FnMut(Cow<'de, str>, Json<'de>) -> ControlFlow<()>> Visitor<'de> for Entries<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(CowStr(key)) = map.next_key()? {
            let value = map.next_value_seed(RawSeed)?;
            if (self.each)(key, Json(value)).is_break() {
                self.stopped.set(true);
                return Ok(());
            }
        }
        Ok(())
    }
}

/// A value's text, borrowed.
struct RawSeed;

impl<'de> DeserializeSeed<'de> for RawSeed {
    type Value = &'de RawValue;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<&'de RawValue, D::Error> {
        <&RawValue>::deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_syntax_check_refuses_what_a_value_parse_refuses_with_the_same_message() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        for text in ["[1, 2", "1e400", r#""\ud800""#, &deep, "{\"a\" 1}", "[1] x", ""] {
            let ours = check_syntax(text).map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<serde_json::Value>(text)
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text:?}");
            assert!(ours.is_err(), "{text:?}");
        }
        assert!(check_syntax(r#"{"a": [1, -2.5e3, "\u00e0", null, true, {}]}"#).is_ok());
    }

    #[test]
    fn values_are_read_by_kind_and_strings_borrow_unless_escaped() {
        let doc =
            Json::parse(r#"{"s": "Hồ", "e": "a\"b", "n": 12.5, "b": false, "z": null, "a": [1, [2]]}"#).expect("JSON");
        let fields = doc
            .fields(&["s", "e", "n", "b", "z", "a"], |_, _| ControlFlow::Continue(()))
            .expect("an object");
        let s = fields.get("s").expect("s");
        assert_eq!(s.kind(), Kind::String);
        assert!(matches!(s.as_str(), Ok(Cow::Borrowed("Hồ"))));
        assert!(matches!(fields.get("e").expect("e").as_str(), Ok(Cow::Owned(o)) if o == "a\"b"));
        assert_eq!(fields.get("n").expect("n").as_number().ok(), Number::from_f64(12.5));
        assert_eq!(fields.get("b").expect("b").as_bool(), Some(false));
        assert_eq!(fields.get("z").expect("z").kind(), Kind::Null);
        let mut seen = Vec::new();
        fields
            .get("a")
            .expect("a")
            .items(|i, item| {
                seen.push((i, item.raw()));
                ControlFlow::Continue(())
            })
            .expect("an array");
        assert_eq!(seen, [(0, "1"), (1, "[2]")]);
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value_and_unknown_keys_go_aside_in_order() {
        let doc = Json::parse(r#"{"x": 1, "b": 2, "x": 3, "a": 4}"#).expect("JSON");
        let mut unknown = Vec::new();
        let fields = doc
            .fields(&["x"], |k, v| {
                unknown.push((k.into_owned(), v.raw()));
                ControlFlow::Continue(())
            })
            .expect("an object");
        assert_eq!(fields.get("x").map(Json::raw), Some("3"));
        assert_eq!(unknown, [("b".to_owned(), "2"), ("a".to_owned(), "4")]);
    }

    #[test]
    fn a_walk_can_stop_early_without_an_error() {
        let doc = Json::parse("[1, 2, 3, 4]").expect("JSON");
        let mut n = 0;
        let walk = doc.items(|i, _| {
            n += 1;
            if i == 1 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert!(walk.is_ok());
        assert_eq!(n, 2);
    }
}
