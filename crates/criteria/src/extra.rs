//! Fields this version does not know, kept so that a file from a newer version survives a round
//! trip through this one (FORMAT.md: "Code may add fields").
//!
//! A dossier, its subject, its year entries, initiatives and declarations each carry an [`Extra`]:
//! the fields of that object that this version's type does not have, as JSON, written back where
//! they were when the object is serialised. Reading them is the validator's job, under one cap
//! ([`EXTRA_MAX`]) per object.
//!
//! Why compact JSON text and not a `serde_json::Value` map: unknown fields come from whoever wrote
//! the file, and a `Value` tree costs tens of times the text it holds; the text costs its length.

use std::collections::BTreeMap;
use std::fmt::{self, Write};

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{self, SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;

/// The most bytes the unknown fields of one object may take, written as compact JSON
/// (`"key":value` pairs): as much as the longest free text a dossier holds, its notes.
pub const EXTRA_MAX: usize = 10_000;

/// The unknown fields of one object: a compact JSON object, keys in order, or nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extra(Option<Box<str>>);

impl Extra {
    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    /// The value of unknown field `key`, if the object had one.
    pub fn get(&self, key: &str) -> Option<serde_json::Value> {
        let text = self.0.as_deref()?;
        let mut fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).ok()?;
        fields.remove(key)
    }
}

/// Serialises as the map of its fields, for `#[serde(flatten)]` to write beside the known ones.
impl Serialize for Extra {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields: BTreeMap<&str, &RawValue> = match self.0.as_deref() {
            Some(text) => serde_json::from_str(text).map_err(ser::Error::custom)?,
            None => BTreeMap::new(),
        };
        let mut map = serializer.serialize_map(Some(fields.len()))?;
        for (key, value) in fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Collects the unknown fields of one object as they are read, within [`EXTRA_MAX`].
#[derive(Debug, Default)]
pub(crate) struct ExtraBuilder {
    fields: Vec<(String, String)>,
    used: usize,
    too_big: bool,
}

/// The unknown fields of an object went over [`EXTRA_MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooBig;

impl ExtraBuilder {
    /// Adds field `key`, whose value `read` writes through the [`Compact`] seed it is given.
    pub fn add<E>(&mut self, key: &str, read: impl FnOnce(Compact) -> Result<(), E>) -> Result<(), TooBig> {
        if self.too_big {
            return Err(TooBig);
        }
        let key = json_string(key);
        let mut value = String::new();
        let room = EXTRA_MAX.checked_sub(self.used + key.len() + 1);
        let written = room.map(|room| read(Compact { out: &mut value, room }));
        match written {
            Some(Ok(())) => {
                self.used += key.len() + 1 + value.len();
                self.fields.push((key, value));
                Ok(())
            }
            _ => {
                self.too_big = true;
                Err(TooBig)
            }
        }
    }

    /// Adds field `key` whose value is the JSON text `raw`.
    pub fn add_raw(&mut self, key: &str, raw: &str) -> Result<(), TooBig> {
        self.add(key, |compact| {
            let mut de = serde_json::Deserializer::from_str(raw);
            compact.deserialize(&mut de)
        })
    }

    /// The fields collected, sorted by key (the last of a repeated key wins, as in a JSON object).
    pub fn finish(mut self) -> Result<Extra, TooBig> {
        if self.too_big {
            return Err(TooBig);
        }
        if self.fields.is_empty() {
            return Ok(Extra(None));
        }
        // A stable sort keeps repeated keys in the file's order; the last one of each run stays.
        self.fields.sort_by(|a, b| a.0.cmp(&b.0));
        let mut text = String::from("{");
        let mut fields = self.fields.iter().peekable();
        while let Some((key, value)) = fields.next() {
            if fields.peek().is_some_and(|(next, _)| next == key) {
                continue;
            }
            if text.len() > 1 {
                text.push(',');
            }
            text.push_str(key);
            text.push(':');
            text.push_str(value);
        }
        text.push('}');
        Ok(Extra(Some(text.into_boxed_str())))
    }
}

/// Implements `Serialize` and `Deserialize` for a type of the format that keeps the fields it does
/// not know in its `extra`.
///
/// The type derives both with `#[serde(remote = "Self")]` (serde's way to derive into inherent
/// functions, `T::serialize` and `T::deserialize`, leaving the traits to us) and marks `extra`
/// `#[serde(flatten, skip_deserializing)]`. Serialising is the derived one, which writes `extra`
/// beside the known fields. Deserializing runs the derived one through [`with_unknown`], which
/// sets every key the type does not name aside into `extra`. (Deserializing with `flatten` would
/// do the same, but by first buffering the whole object, nested arrays included, into a tree.)
/// Call the traits (`serde_json::from_str::<Dossier>`), not the inherent `Dossier::deserialize`,
/// which leaves `extra` empty.
macro_rules! keeps_unknown_fields {
    ($($t:ty),* $(,)?) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                <$t>::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (mut value, extra) = $crate::extra::with_unknown(deserializer, |d| <$t>::deserialize(d))?;
                value.extra = extra;
                Ok(value)
            }
        }
    )*};
}
pub(crate) use keeps_unknown_fields;

/// Runs a derived struct deserializer (`derived`) on `d`, setting aside the keys the struct does
/// not name, within [`EXTRA_MAX`] (an error past it).
pub(crate) fn with_unknown<'de, D: Deserializer<'de>, T>(
    d: D,
    derived: impl FnOnce(Split<'_, D>) -> Result<T, D::Error>,
) -> Result<(T, Extra), D::Error> {
    let mut extra = ExtraBuilder::default();
    let value = derived(Split {
        inner: d,
        extra: &mut extra,
    })?;
    let extra = extra.finish().map_err(|TooBig| too_big())?;
    Ok((value, extra))
}

fn too_big<E: de::Error>() -> E {
    E::custom(format_args!("unknown fields take more than {EXTRA_MAX} bytes"))
}

/// The deserializer a derived struct deserializer sees: it reads the struct as an object, and
/// hands the derived visitor only the keys it names.
pub(crate) struct Split<'x, D> {
    inner: D,
    extra: &'x mut ExtraBuilder,
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Split<'_, D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner.deserialize_map(SplitVisitor {
            visitor,
            fields,
            extra: self.extra,
        })
    }

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.inner.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

struct SplitVisitor<'x, V> {
    visitor: V,
    fields: &'static [&'static str],
    extra: &'x mut ExtraBuilder,
}

impl<'de, V: Visitor<'de>> Visitor<'de> for SplitVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(SplitMap {
            map,
            fields: self.fields,
            extra: self.extra,
        })
    }
}

struct SplitMap<'x, A> {
    map: A,
    fields: &'static [&'static str],
    extra: &'x mut ExtraBuilder,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for SplitMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, mut seed: K) -> Result<Option<K::Value>, A::Error> {
        loop {
            let key = self.map.next_key_seed(KeyOrUnknown {
                seed,
                fields: self.fields,
            })?;
            match key {
                None => return Ok(None),
                Some(Key::Known(key)) => return Ok(Some(key)),
                Some(Key::Unknown(name, back)) => {
                    seed = back;
                    let mut read = Ok(());
                    let added = self.extra.add(&name, |compact| {
                        read = self.map.next_value_seed(compact);
                        read.as_ref().map_err(|_| ()).copied()
                    });
                    read?;
                    added.map_err(|TooBig| too_big())?;
                }
            }
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(seed)
    }
}

/// A key the struct names, read by the struct's own key seed; or an unknown one, with the seed
/// handed back for the next key.
enum Key<'de, K: DeserializeSeed<'de>> {
    Known(K::Value),
    Unknown(String, K),
}

struct KeyOrUnknown<K> {
    seed: K,
    fields: &'static [&'static str],
}

impl<'de, K: DeserializeSeed<'de>> DeserializeSeed<'de> for KeyOrUnknown<K> {
    type Value = Key<'de, K>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key<'de, K>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de, K: DeserializeSeed<'de>> Visitor<'de> for KeyOrUnknown<K> {
    type Value = Key<'de, K>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de, K>, E> {
        if self.fields.contains(&s) {
            self.seed.deserialize(s.into_deserializer()).map(Key::Known)
        } else {
            Ok(Key::Unknown(s.to_owned(), self.seed))
        }
    }
}

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// Writes the value it deserializes as compact JSON, failing once the text would pass `room`
/// bytes (so a huge value is never held whole).
pub(crate) struct Compact<'o> {
    out: &'o mut String,
    room: usize,
}

impl Compact<'_> {
    fn push<E: de::Error>(&mut self, text: &str) -> Result<(), E> {
        self.fits(text.len())?;
        self.out.push_str(text);
        Ok(())
    }

    /// Whether `more` bytes still fit.
    fn fits<E: de::Error>(&self, more: usize) -> Result<(), E> {
        if self.out.len() + more > self.room {
            Err(E::custom(format_args!(
                "unknown fields take more than {EXTRA_MAX} bytes"
            )))
        } else {
            Ok(())
        }
    }

    fn reborrow(&mut self) -> Compact<'_> {
        Compact {
            out: self.out,
            room: self.room,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Compact<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Compact<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(mut self, b: bool) -> Result<(), E> {
        self.push(if b { "true" } else { "false" })
    }

    fn visit_i64<E: de::Error>(mut self, n: i64) -> Result<(), E> {
        self.push(&n.to_string())
    }

    fn visit_u64<E: de::Error>(mut self, n: u64) -> Result<(), E> {
        self.push(&n.to_string())
    }

    fn visit_f64<E: de::Error>(mut self, x: f64) -> Result<(), E> {
        // As serde_json writes a number: the shortest text that reads back as the same value.
        let mut text = String::new();
        match serde_json::Number::from_f64(x) {
            Some(n) => write!(text, "{n}").map_err(E::custom)?,
            None => text.push_str("null"),
        }
        self.push(&text)
    }

    fn visit_str<E: de::Error>(mut self, s: &str) -> Result<(), E> {
        // The escaped text is at least as long as the string: refuse before copying a huge one.
        self.fits(s.len() + 2)?;
        self.push(&json_string(s))
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<(), E> {
        self.push("null")
    }

    fn visit_none<E: de::Error>(self) -> Result<(), E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.push("[")?;
        let mut first = true;
        loop {
            let mark = self.out.len();
            if !first {
                self.push(",")?;
            }
            if seq.next_element_seed(self.reborrow())?.is_none() {
                self.out.truncate(mark);
                break;
            }
            first = false;
        }
        self.push("]")
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.push("{")?;
        let mut first = true;
        while let Some(key) = map.next_key::<String>()? {
            if !first {
                self.push(",")?;
            }
            first = false;
            self.push(&json_string(&key))?;
            self.push(":")?;
            map.next_value_seed(self.reborrow())?;
        }
        self.push("}")
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn built(fields: &[(&str, &str)]) -> Result<Extra, TooBig> {
        let mut b = ExtraBuilder::default();
        for (key, raw) in fields {
            b.add_raw(key, raw)?;
        }
        b.finish()
    }

    #[test]
    fn fields_are_kept_compact_sorted_and_the_last_of_a_repeated_key_wins() {
        let extra = built(&[("z", "[1, 2.50, \"à\"]"), ("a", "{ \"x\" : null }"), ("z", "true")]).expect("small");
        assert_eq!(extra.0.as_deref(), Some(r#"{"a":{"x":null},"z":true}"#));
        assert_eq!(extra.get("a"), Some(json!({ "x": null })));
        assert_eq!(extra.get("b"), None);
        assert_eq!(built(&[]).expect("empty"), Extra::default());
    }

    #[test]
    fn extra_serialises_beside_the_known_fields() {
        #[derive(Serialize)]
        struct Known {
            id: u8,
            #[serde(flatten)]
            extra: Extra,
        }
        let extra = built(&[("added_later", r#"{"b": [1.5e3, -2]}"#)]).expect("small");
        let known = Known { id: 1, extra };
        let text = serde_json::to_string(&known).expect("serialises");
        assert_eq!(text, r#"{"id":1,"added_later":{"b":[1500.0,-2]}}"#);
        assert_eq!(
            serde_json::to_value(&known).expect("serialises"),
            json!({ "id": 1, "added_later": { "b": [1500.0, -2] } })
        );
        let empty = Known {
            id: 2,
            extra: Extra::default(),
        };
        assert_eq!(serde_json::to_string(&empty).expect("serialises"), r#"{"id":2}"#);
    }

    #[test]
    fn more_than_the_cap_is_refused_without_copying_a_huge_value() {
        let huge = format!("\"{}\"", "x".repeat(50_000));
        assert_eq!(built(&[("a", "1"), ("big", &huge)]), Err(TooBig));
        let many: Vec<(String, String)> = (0..2_000).map(|i| (format!("k{i}"), "0".to_owned())).collect();
        let many: Vec<(&str, &str)> = many.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(built(&many), Err(TooBig));
        let exactly = format!("\"{}\"", "x".repeat(EXTRA_MAX - 6));
        let extra = built(&[("k", &exactly)]).expect("exactly at the cap");
        assert_eq!(extra.0.as_deref().map(str::len), Some(EXTRA_MAX + 2));
    }
}
