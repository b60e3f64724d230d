//! The list's rows: each dossier reduced to what the table shows, sorts and filters by, with its
//! verdict computed once.
//!
//! The page keeps the rows in one memo that re-runs only when the store changes, so sorting,
//! filtering and paging never assess a dossier again.

use std::sync::Arc;

use chrono::{DateTime, Local, NaiveDate};
use criteria::assessment::Verdict;
use criteria::catalogue::RULESETS;
use criteria::codes::SubjectKind;
use criteria::dossier::{Dossier, Period};

use crate::collate::{fold, ViCollator};

/// One dossier as the list sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub kind: SubjectKind,
    /// The subject's unit; may be empty.
    pub unit: String,
    /// The ruleset id, as the dossier spells it.
    pub ruleset: String,
    pub period: Period,
    /// RFC 3339, as stored.
    pub updated_at: String,
    pub verdict: Verdict,
    /// The name's place in Vietnamese alphabetical order among all rows (0 first).
    pub name_rank: usize,
    /// The name folded for search (see [`fold`]).
    pub search_key: String,
    /// `updated_at` in milliseconds since 1970; unreadable dates sort as the oldest.
    pub updated_ms: i64,
}

impl Row {
    /// The local calendar day of the last change, if `updated_at` can be read.
    pub fn updated_day(&self) -> Option<NaiveDate> {
        DateTime::parse_from_rfc3339(&self.updated_at)
            .ok()
            .map(|t| t.with_timezone(&Local).date_naive())
    }

    /// The ruleset's place in the catalogue (newest document first); unknown ids come last.
    pub fn ruleset_rank(&self) -> usize {
        RULESETS
            .iter()
            .position(|r| r.id == self.ruleset)
            .unwrap_or(RULESETS.len())
    }
}

/// Every dossier as a row, in store order, each assessed on `today` against all the others
/// (a unit head's verdict depends on the unit's collective dossier).
pub fn assessed_rows(dossiers: &[Dossier], today: NaiveDate) -> Vec<Arc<Row>> {
    let collator = ViCollator::default();
    let mut by_name: Vec<usize> = (0..dossiers.len()).collect();
    by_name.sort_by(|&a, &b| collator.compare(&dossiers[a].subject.name, &dossiers[b].subject.name));
    let mut name_rank = vec![0; dossiers.len()];
    for (rank, &index) in by_name.iter().enumerate() {
        name_rank[index] = rank;
    }
    dossiers
        .iter()
        .zip(name_rank)
        .map(|(d, name_rank)| {
            Arc::new(Row {
                id: d.id.clone(),
                name: d.subject.name.clone(),
                kind: d.subject.kind,
                unit: d.subject.unit.trim().to_owned(),
                ruleset: d.ruleset.clone(),
                period: d.period,
                updated_at: d.updated_at.clone(),
                verdict: criteria::assess(d, dossiers, today).verdict,
                name_rank,
                search_key: fold(&d.subject.name),
                updated_ms: DateTime::parse_from_rfc3339(&d.updated_at).map_or(i64::MIN, |t| t.timestamp_millis()),
            })
        })
        .collect()
}

/// The distinct non-empty units of the rows, in Vietnamese alphabetical order: the unit filter's options.
pub fn distinct_units(rows: &[Arc<Row>]) -> Vec<String> {
    let collator = ViCollator::default();
    let mut units: Vec<String> = rows.iter().map(|r| r.unit.clone()).filter(|u| !u.is_empty()).collect();
    units.sort_by(|a, b| collator.compare(a, b));
    units.dedup();
    units
}

/// A row for the unit tests of sorting and filtering: an individual under the 2023 plan.
#[cfg(test)]
pub fn sample(id: &str, name: &str, name_rank: usize, verdict: Verdict) -> Row {
    Row {
        id: id.to_owned(),
        name: name.to_owned(),
        kind: SubjectKind::CaNhan,
        unit: String::new(),
        ruleset: "btnmt-dhtt-2023-2025".to_owned(),
        period: Period { from: 2023, to: 2025 },
        updated_at: "2025-01-01T00:00:00Z".to_owned(),
        verdict,
        name_rank,
        search_key: fold(name),
        updated_ms: 0,
    }
}
