//! Dossiers for the unit tests of the rules: valid, empty of results, to be filled in by each test.

use std::collections::BTreeMap;

use crate::codes::{Rating, SubjectKind, Title};
use crate::dossier::{Dossier, Period, Subject, YearEntry, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION};

pub(crate) fn dossier(kind: SubjectKind, ruleset: &str, from: i32, to: i32) -> Dossier {
    Dossier {
        format: DOSSIER_FORMAT.into(),
        format_version: DOSSIER_FORMAT_VERSION,
        id: "d-test".into(),
        created_at: "2025-01-01T00:00:00Z".into(),
        updated_at: "2025-01-01T00:00:00Z".into(),
        ruleset: ruleset.into(),
        period: Period { from, to },
        subject: Subject {
            kind,
            name: "Test".into(),
            unit: String::new(),
            position: String::new(),
            unit_head: false,
            unit_dossier: None,
            sector: None,
            extra: Default::default(),
        },
        years: Vec::new(),
        initiatives: None,
        declarations: BTreeMap::new(),
        notes: String::new(),
        profile: None,
        extra: Default::default(),
    }
}

pub(crate) fn individual(ruleset: &str, from: i32, to: i32) -> Dossier {
    dossier(SubjectKind::CaNhan, ruleset, from, to)
}

pub(crate) fn collective(ruleset: &str, from: i32, to: i32) -> Dossier {
    dossier(SubjectKind::TapThe, ruleset, from, to)
}

pub(crate) fn year(year: i32, rating: Option<Rating>, titles: &[Title]) -> YearEntry {
    YearEntry {
        rating,
        titles: titles.to_vec(),
        titles_answered: true,
        ..YearEntry::empty(year)
    }
}

pub(crate) fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("tests name real calendar days")
}

/// The context of a dossier assessed on its own, with no other dossiers to link to.
pub(crate) fn alone(dossier: &Dossier, as_of: chrono::NaiveDate) -> super::Context<'_> {
    super::Context {
        seen: crate::seen::Seen::new(dossier, as_of),
        links: crate::links::Links::Among(&[]),
    }
}

/// An outcome with both its detail and its fixes, as [`crate::assess`] and
/// [`crate::what_is_missing`] each get their half.
pub(crate) fn explained(evaluate: impl Fn(super::Want) -> super::Outcome) -> super::Outcome {
    let fixes = evaluate(super::Want::Fixes).fixes;
    super::Outcome {
        fixes,
        ..evaluate(super::Want::Detail)
    }
}
