//! Any JSON value written out again as compact JSON, within a budget.

use std::fmt::{self, Write};

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{json_string, EXTRA_MAX};

/// Writes the value it deserializes as compact JSON, failing once the text would pass `room`
/// bytes (so a huge value is never held whole).
pub(crate) struct Compact<'o> {
    out: &'o mut String,
    room: usize,
}

impl<'o> Compact<'o> {
    /// Writes into `out`, failing once it would pass `room` bytes.
    pub fn new(out: &'o mut String, room: usize) -> Self {
        Compact { out, room }
    }

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
