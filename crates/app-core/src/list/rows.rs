//! The list's rows: each dossier reduced to what the table shows, sorts and filters by, with its
//! verdict computed once.
//!
//! The page keeps the rows in one memo that re-runs only when the store changes, so sorting,
//! filtering and paging never assess a dossier again.

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use criteria::assessment::Verdict;
use criteria::codes::SubjectKind;
use criteria::dossier::{Dossier, Period};

use crate::text::{fold, Collator};
use crate::{ruleset_of, RulesetRef};

/// One dossier as the list sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub kind: SubjectKind,
    /// The subject's unit; may be empty.
    pub unit: String,
    pub ruleset: RulesetRef,
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
    /// The calendar day of the last change at the user's `offset`, if `updated_at` can be read.
    pub fn updated_day(&self, offset: FixedOffset) -> Option<NaiveDate> {
        DateTime::parse_from_rfc3339(&self.updated_at)
            .ok()
            .map(|t| t.with_timezone(&offset).date_naive())
    }
}

/// Every dossier as a row, in store order, each assessed on `today` against all the others
/// (a unit head's verdict depends on the unit's collective dossier).
pub fn assessed_rows(dossiers: &[Dossier], today: NaiveDate, collator: &dyn Collator) -> Vec<Arc<Row>> {
    let mut by_name: Vec<usize> = (0..dossiers.len()).collect();
    // Unstable (a smaller sort in the wasm): equal names keep store order by the index.
    by_name.sort_unstable_by(|&a, &b| {
        collator
            .compare(&dossiers[a].subject.name, &dossiers[b].subject.name)
            .then(a.cmp(&b))
    });
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
                ruleset: ruleset_of(d),
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
pub fn distinct_units(rows: &[Arc<Row>], collator: &dyn Collator) -> Vec<String> {
    let mut units: Vec<String> = rows.iter().map(|r| r.unit.clone()).filter(|u| !u.is_empty()).collect();
    units.sort_unstable_by(|a, b| collator.compare(a, b).then_with(|| a.cmp(b)));
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
        ruleset: RulesetRef::by_id("btnmt-dhtt-2023-2025").expect("a catalogue ruleset"),
        period: Period { from: 2023, to: 2025 },
        updated_at: "2025-01-01T00:00:00Z".to_owned(),
        verdict,
        name_rank,
        search_key: fold(name),
        updated_ms: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FoldedOrder;

    fn dossier(id: &str, name: &str, unit: &str, updated: &str) -> Dossier {
        let text = format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"2025-01-01T00:00:00Z",
            "updated_at":"{updated}","ruleset":"stnmt-khanhhoa-2023-2025","period":{{"from":2024,"to":2024}},
            "subject":{{"kind":"ca_nhan","name":"{name}","unit":"{unit}"}}}}"#
        );
        crate::fixtures::parse(&text)
    }

    #[test]
    fn rows_keep_store_order_and_carry_the_name_rank_verdict_and_times() {
        let mut unreadable_time = dossier("d-a", "An", "", "2025-01-01T00:00:00Z");
        unreadable_time.updated_at = "not a time".into();
        let dossiers = [dossier("d-c", "Cường", " Sở ", "2025-06-01T17:30:00Z"), unreadable_time];
        let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day");
        let rows = assessed_rows(&dossiers, today, &FoldedOrder);
        assert_eq!(
            rows.iter().map(|r| (r.id.as_str(), r.name_rank)).collect::<Vec<_>>(),
            [("d-c", 1), ("d-a", 0)]
        );
        assert_eq!(rows[0].unit, "Sở");
        assert_eq!(rows[0].ruleset.id, "stnmt-khanhhoa-2023-2025");
        assert_eq!(rows[0].verdict, Verdict::Incomplete);
        assert_eq!(rows[1].updated_ms, i64::MIN, "an unreadable time sorts as the oldest");
        let hanoi = FixedOffset::east_opt(7 * 3600).expect("an offset");
        assert_eq!(
            rows[0].updated_day(hanoi),
            NaiveDate::from_ymd_opt(2025, 6, 2),
            "the local day"
        );
        assert_eq!(distinct_units(&rows, &FoldedOrder), ["Sở"]);
    }
}
