//! What the types' own serde reading refuses at once, so that the fast path ([`super::typed`])
//! never builds more than a valid file can hold, nor accepts a spelling the walk refuses.
//!
//! A file of a million well-typed year entries (`{"year": 2023}` repeated) is faulty, but only
//! the semantic checks after the parse would say so; by then the parse would have built a million
//! entries, several times the file's size. Capping the collections at what a valid dossier can
//! hold stops the parse there instead, and the walk then names the fault. So does checking each
//! dossier of an array as soon as it is read.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::faults::Faults;
use super::path::Path;
use super::read::{parse_date, YEARS};
use super::typed::dossier;
use crate::catalogue::{Rule, Ruleset, RULESETS};
use crate::dossier::{Declaration, Dossier, YearEntry};

/// `years`: one entry per year of [`YEARS`] at most, or some entry is a duplicate or out of range.
pub(crate) fn at_most_one_entry_per_year<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<YearEntry>, D::Error> {
    let max = usize::try_from(YEARS.end() - YEARS.start() + 1).expect("YEARS runs forwards");
    d.deserialize_seq(AtMost::<Vec<YearEntry>>(max, PhantomData))
}

/// `declarations`: one per declared criterion of a ruleset at most, or some key is not one of the
/// dossier's ruleset.
pub(crate) fn at_most_the_declared_criteria<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Declaration>, D::Error> {
    let declared = |r: &&Ruleset| r.criteria.iter().filter(|c| matches!(c.rule, Rule::Declared)).count();
    let max = RULESETS.iter().map(declared).max().unwrap_or(0);
    d.deserialize_map(AtMost::<BTreeMap<String, Declaration>>(max, PhantomData))
}

/// The dossiers of an export or a file's array, each refused as soon as it is parsed if it breaks
/// a rule (the fast path's checks, [`super::typed::dossier`]).
pub(crate) fn sound_dossiers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Dossier>, D::Error> {
    d.deserialize_seq(SoundDossiers)
}

struct SoundDossiers;

impl<'de> Visitor<'de> for SoundDossiers {
    type Value = Vec<Dossier>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of dossiers")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Dossier>, A::Error> {
        let mut dossiers = Vec::new();
        while let Some(d) = seq.next_element::<Dossier>()? {
            let mut f = Faults::first();
            dossier(&mut f, &d, &Path::Root(""));
            if !f.is_clean() {
                return Err(de::Error::custom("a dossier breaks a rule"));
            }
            dossiers.push(d);
        }
        Ok(dossiers)
    }
}

/// A date written exactly `YYYY-MM-DD` (chrono's own reading also takes `2025-6-30`).
pub(crate) fn strict_date<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(d)?;
    parse_date(&text).ok_or_else(|| de::Error::custom(format_args!("{text:?} is not a date of the form YYYY-MM-DD")))
}

/// A collection of at most `.0` items.
struct AtMost<C>(usize, PhantomData<C>);

impl<C> AtMost<C> {
    fn room<E: de::Error>(&self, len: usize) -> Result<(), E> {
        if len < self.0 {
            Ok(())
        } else {
            Err(E::custom(format_args!("more than {} items", self.0)))
        }
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for AtMost<Vec<T>> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an array of at most {} items", self.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            self.room(items.len())?;
            items.push(item);
        }
        Ok(items)
    }
}

impl<'de, V: Deserialize<'de>> Visitor<'de> for AtMost<BTreeMap<String, V>> {
    type Value = BTreeMap<String, V>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object of at most {} keys", self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BTreeMap<String, V>, A::Error> {
        let mut entries = BTreeMap::new();
        let mut read = 0;
        while let Some((key, value)) = map.next_entry()? {
            self.room(read)?;
            read += 1;
            entries.insert(key, value);
        }
        Ok(entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_list_longer_than_the_years_there_are_is_refused_while_parsing() {
        let read = |n: usize| {
            let text = format!("[{}]", vec![r#"{"year":2023}"#; n].join(","));
            at_most_one_entry_per_year(&mut serde_json::Deserializer::from_str(&text)).map(|v| v.len())
        };
        assert_eq!(read(301).ok(), Some(301));
        assert!(read(302).is_err());
    }

    #[test]
    fn declarations_hold_at_most_as_many_keys_as_a_ruleset_declares() {
        let many: Vec<String> = (0..100).map(|i| format!(r#""k{i}":{{"met":true}}"#)).collect();
        let text = format!("{{{}}}", many.join(","));
        assert!(at_most_the_declared_criteria(&mut serde_json::Deserializer::from_str(&text)).is_err());
        let mut de = serde_json::Deserializer::from_str(r#"{"a":{"met":true},"a":{"met":false}}"#);
        assert_eq!(at_most_the_declared_criteria(&mut de).map(|m| m.len()).ok(), Some(1));
    }

    #[test]
    fn dates_are_read_in_one_spelling_only() {
        let date = |text: &str| strict_date(&mut serde_json::Deserializer::from_str(text)).ok();
        assert_eq!(date(r#""2025-06-30""#), NaiveDate::from_ymd_opt(2025, 6, 30));
        assert_eq!(date(r#""2025-6-30""#), None);
        assert_eq!(date(r#""+2025-06-30""#), None);
    }
}
