//! The fields a type has, as serde's derive knows them: what the walk reads of an object by name,
//! and everything else is an unknown field.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};

/// The field names a derived `Deserialize` reads for a struct (its `FIELDS`), so the validator's
/// idea of the known fields of an object is the types' own, and a field added to a type is never
/// mistaken for an unknown one.
pub(crate) fn fields_of<T>(deserialize: fn(FieldNames) -> Result<T, FieldNames>) -> &'static [&'static str] {
    match deserialize(FieldNames::Ask) {
        Err(FieldNames::Found(fields)) => fields,
        _ => panic!("a derived Deserialize of a struct names its fields in deserialize_struct"),
    }
}

/// A deserializer that only answers the question of [`fields_of`]; the answer comes back as its
/// "error".
#[derive(Debug)]
pub(crate) enum FieldNames {
    Ask,
    Found(&'static [&'static str]),
}

impl fmt::Display for FieldNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a question for the field names of a struct")
    }
}

impl std::error::Error for FieldNames {}

impl de::Error for FieldNames {
    fn custom<T: fmt::Display>(_: T) -> Self {
        FieldNames::Ask
    }
}

impl<'de> Deserializer<'de> for FieldNames {
    type Error = FieldNames;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, FieldNames> {
        Err(FieldNames::Ask)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, FieldNames> {
        Err(FieldNames::Found(fields))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    #[test]
    fn the_field_names_are_the_derived_ones() {
        assert_eq!(fields_of(crate::dossier::Period::deserialize), ["from", "to"]);
    }

    #[test]
    fn a_type_that_keeps_unknown_fields_names_its_own_and_not_extra() {
        let fields = fields_of(crate::dossier::YearEntry::deserialize);
        assert_eq!(
            fields,
            [
                "year",
                "rating",
                "titles",
                "titles_answered",
                "plan_completion_pct",
                "evidence"
            ]
        );
    }
}
