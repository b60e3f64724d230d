//! Setting unknown fields aside while serde parses a struct, without `#[serde(flatten)]`.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, Visitor};

use super::{Extra, ExtraBuilder, TooBig, EXTRA_MAX};

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
        } else if s.len() > EXTRA_MAX {
            // Refused before it is copied.
            Err(too_big())
        } else {
            Ok(Key::Unknown(s.to_owned(), self.seed))
        }
    }
}
