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

mod compact;
mod split;

use std::collections::BTreeMap;

use serde::de::DeserializeSeed;
use serde::ser::{self, SerializeMap, Serializer};
use serde::Serialize;
use serde_json::value::RawValue;

pub(crate) use compact::Compact;
pub(crate) use split::{keeps_unknown_fields, with_unknown};

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
        // A key alone past the cap is refused before it is copied.
        if self.too_big || key.len() > EXTRA_MAX {
            self.too_big = true;
            return Err(TooBig);
        }
        let key = json_string(key);
        let mut value = String::new();
        let room = EXTRA_MAX.checked_sub(self.used + key.len() + 1);
        let written = room.map(|room| read(Compact::new(&mut value, room)));
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

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
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
