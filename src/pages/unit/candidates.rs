//! A unit's candidates: its stored dossiers of one ruleset and period, each assessed on one day and
//! ranked by `rank_key` (CRITERIA.md, Ranking), with a unit head's collective dossier beside them.

use std::cmp::Reverse;

use chrono::NaiveDate;
use criteria::assessment::{Assessment, Verdict};
use criteria::dossier::{Dossier, Period};

use crate::collate::ViCollator;

/// For a unit head, the collective dossier of the unit they lead (`subject.unit_dossier`).
#[derive(Debug, Clone, PartialEq)]
pub enum UnitLink {
    /// The head names no collective dossier.
    Unset,
    /// The named dossier is not in this browser.
    NotFound(String),
    Found {
        id: String,
        name: String,
        verdict: Verdict,
    },
}

/// One dossier of the unit, assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub dossier: Dossier,
    pub assessment: Assessment,
    /// `Some` only for a unit head.
    pub unit_link: Option<UnitLink>,
}

/// The unit of a dossier as the page compares it: without surrounding spaces.
fn unit_of(d: &Dossier) -> &str {
    d.subject.unit.trim()
}

/// The distinct non-empty units of `dossiers`, in Vietnamese alphabetical order.
pub fn distinct_units(dossiers: &[Dossier]) -> Vec<String> {
    let collator = ViCollator::default();
    let mut units: Vec<String> = dossiers
        .iter()
        .map(unit_of)
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .collect();
    units.sort_by(|a, b| collator.compare(a, b));
    units.dedup();
    units
}

/// The periods of `unit`'s dossiers under `ruleset`, the latest first (by last year, then the
/// shorter period first).
pub fn periods(dossiers: &[Dossier], unit: &str, ruleset: &str) -> Vec<Period> {
    let mut periods: Vec<Period> = dossiers
        .iter()
        .filter(|d| unit_of(d) == unit && d.ruleset == ruleset)
        .map(|d| d.period)
        .collect();
    periods.sort_by_key(|p| (Reverse(p.to), Reverse(p.from)));
    periods.dedup();
    periods
}

/// `unit`'s dossiers of `ruleset` over `period`, assessed on `as_of` against every stored dossier (a
/// unit head's verdict depends on the unit's), best `rank_key` first; equal keys in Vietnamese
/// alphabetical order of names.
pub fn ranked(dossiers: &[Dossier], unit: &str, ruleset: &str, period: Period, as_of: NaiveDate) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = dossiers
        .iter()
        .filter(|d| unit_of(d) == unit && d.ruleset == ruleset && d.period == period)
        .map(|d| Candidate {
            assessment: criteria::assess(d, dossiers, as_of),
            unit_link: d.subject.unit_head.then(|| unit_link(d, dossiers, as_of)),
            dossier: d.clone(),
        })
        .collect();
    let collator = ViCollator::default();
    candidates.sort_by(|a, b| {
        b.assessment
            .rank_key
            .cmp(&a.assessment.rank_key)
            .then_with(|| collator.compare(&a.dossier.subject.name, &b.dossier.subject.name))
    });
    candidates
}

fn unit_link(head: &Dossier, dossiers: &[Dossier], as_of: NaiveDate) -> UnitLink {
    let Some(id) = &head.subject.unit_dossier else {
        return UnitLink::Unset;
    };
    match dossiers.iter().find(|d| &d.id == id) {
        None => UnitLink::NotFound(id.clone()),
        Some(unit) => UnitLink::Found {
            id: unit.id.clone(),
            name: unit.subject.name.clone(),
            verdict: criteria::assess(unit, dossiers, as_of).verdict,
        },
    }
}
