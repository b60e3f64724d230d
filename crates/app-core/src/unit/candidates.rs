//! A unit's candidates: its stored dossiers of one ruleset and period, each assessed on one day and
//! ranked by `rank_key` (CRITERIA.md, Ranking), with a unit head's collective dossier beside them.

use std::cmp::Reverse;

use chrono::NaiveDate;
use criteria::assessment::{Assessment, Verdict};
use criteria::codes::SubjectKind;
use criteria::dossier::{Dossier, Period};

use super::groups::in_unit;
#[cfg(doc)]
use super::groups::unit_key;
use crate::text::Collator;

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

/// The periods of the dossiers of the unit keyed `unit` ([`unit_key`]) under `ruleset`, the latest
/// first (by last year, then the shorter period first).
pub fn periods(dossiers: &[Dossier], unit: &str, ruleset: &str, collator: &dyn Collator) -> Vec<Period> {
    let mut periods: Vec<Period> = dossiers
        .iter()
        .filter(|d| d.ruleset == ruleset && in_unit(d, unit, collator))
        .map(|d| d.period)
        .collect();
    periods.sort_unstable_by_key(|p| (Reverse(p.to), Reverse(p.from)));
    periods.dedup();
    periods
}

/// The dossiers of the unit keyed `unit` ([`unit_key`]) of `ruleset` over `period`, assessed on `as_of` against every stored dossier (a
/// unit head's verdict depends on the unit's), best `rank_key` first; equal keys in Vietnamese
/// alphabetical order of names (then by id, so the order never depends on the store's).
pub fn ranked(
    dossiers: &[Dossier],
    unit: &str,
    ruleset: &str,
    period: Period,
    as_of: NaiveDate,
    collator: &dyn Collator,
) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = dossiers
        .iter()
        .filter(|d| d.ruleset == ruleset && d.period == period && in_unit(d, unit, collator))
        .map(|d| Candidate {
            assessment: criteria::assess(d, dossiers, as_of),
            unit_link: d.subject.unit_head.then(|| unit_link(d, dossiers, as_of)),
            dossier: d.clone(),
        })
        .collect();
    // Unstable (a smaller sort in the wasm): ids are unique, so the order is total.
    candidates.sort_unstable_by(|a, b| {
        b.assessment
            .rank_key
            .cmp(&a.assessment.rank_key)
            .then_with(|| collator.compare(&a.dossier.subject.name, &b.dossier.subject.name))
            .then_with(|| a.dossier.id.cmp(&b.dossier.id))
    });
    candidates
}

/// The subject kinds in the order the page lists them: collectives, individuals, households.
pub const KIND_ORDER: [SubjectKind; 3] = [SubjectKind::TapThe, SubjectKind::CaNhan, SubjectKind::HoGiaDinh];

/// `ranked` candidates split by subject kind, each list in rank order, in [`KIND_ORDER`], kinds
/// with no candidate left out. CRITERIA.md, Ranking: candidates are ranked within one subject kind,
/// since collectives, individuals and households hold titles of different ladders.
pub fn by_kind(ranked: Vec<Candidate>) -> Vec<(SubjectKind, Vec<Candidate>)> {
    let mut lists: Vec<(SubjectKind, Vec<Candidate>)> = KIND_ORDER.iter().map(|k| (*k, Vec::new())).collect();
    for c in ranked {
        if let Some((_, list)) = lists.iter_mut().find(|(k, _)| *k == c.dossier.subject.kind) {
            list.push(c);
        }
    }
    lists.retain(|(_, list)| !list.is_empty());
    lists
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FoldedOrder;

    fn dossier(id: &str, name: &str, unit: &str, years: &str, head: Option<&str>) -> Dossier {
        let (head, link) = match head {
            Some(link) => ("true", format!("\"{link}\"")),
            None => ("false", "null".to_owned()),
        };
        let kind = if id.starts_with("d-team") { "tap_the" } else { "ca_nhan" };
        let text = format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"2025-01-01T00:00:00Z",
            "updated_at":"2025-01-01T00:00:00Z","ruleset":"btnmt-dhtt-2021-2025","period":{{"from":2021,"to":2022}},
            "subject":{{"kind":"{kind}","name":"{name}","unit":"{unit}","unit_head":{head},"unit_dossier":{link}}},
            "years":[{years}]}}"#
        );
        crate::fixtures::parse(&text)
    }

    const TITLED: &str = r#"{"year":2021,"rating":"xuat_sac","titles":["cstd_bo"]},{"year":2022,"rating":"xuat_sac","titles":["cstd_co_so"]}"#;
    const UNTITLED: &str = r#"{"year":2021,"rating":"tot","titles":[]},{"year":2022,"rating":"tot","titles":[]}"#;

    #[test]
    fn candidates_rank_by_rank_key_then_by_name_and_a_head_shows_the_units_dossier() {
        let period = Period { from: 2021, to: 2022 };
        let dossiers = [
            dossier("d-c", "Cường", " Vụ A ", UNTITLED, None),
            dossier("d-b", "Bình", "Vụ A", TITLED, Some("d-team")),
            dossier("d-a", "An", "Vụ A", UNTITLED, Some("d-gone")),
            dossier("d-x", "Xuân", "Vụ B", TITLED, None),
            dossier("d-team", "Phòng", "Vụ A", "", None),
        ];
        let as_of = NaiveDate::from_ymd_opt(2023, 6, 1).expect("a day");
        let ranked = ranked(&dossiers, "vụ a", "btnmt-dhtt-2021-2025", period, as_of, &FoldedOrder);
        let order: Vec<&str> = ranked.iter().map(|c| c.dossier.id.as_str()).collect();
        assert_eq!(order[0], "d-b", "the higher title ranks first");
        assert!(
            ranked
                .windows(2)
                .all(|w| w[0].assessment.rank_key >= w[1].assessment.rank_key),
            "{order:?}"
        );
        assert!(!order.contains(&"d-x"), "another unit's dossier is not a candidate");
        let link = |id: &str| {
            ranked
                .iter()
                .find(|c| c.dossier.id == id)
                .and_then(|c| c.unit_link.clone())
        };
        assert!(matches!(link("d-b"), Some(UnitLink::Found { name, .. }) if name == "Phòng"));
        assert_eq!(link("d-a"), Some(UnitLink::NotFound("d-gone".into())));
        assert_eq!(link("d-c"), None, "not a unit head");
        assert_eq!(
            periods(&dossiers, "vụ a", "btnmt-dhtt-2021-2025", &FoldedOrder),
            [period]
        );
    }

    #[test]
    fn collectives_individuals_and_households_are_ranked_in_lists_of_their_own() {
        let period = Period { from: 2021, to: 2022 };
        let dossiers = [
            dossier("d-an", "An", "Vụ A", UNTITLED, None),
            dossier("d-team", "Phòng", "Vụ A", UNTITLED, None),
            dossier("d-binh", "Bình", "Vụ A", TITLED, None),
            dossier("d-nha", "Nhà", "Vụ A", TITLED, None),
        ];
        let as_of = NaiveDate::from_ymd_opt(2023, 6, 1).expect("a day");
        let mut all = ranked(&dossiers, "vụ a", "btnmt-dhtt-2021-2025", period, as_of, &FoldedOrder);
        // The 2021 plan has no households; only the split is under test here.
        for c in &mut all {
            if c.dossier.id == "d-nha" {
                c.dossier.subject.kind = SubjectKind::HoGiaDinh;
            }
        }
        let lists: Vec<(SubjectKind, Vec<String>)> = by_kind(all)
            .into_iter()
            .map(|(kind, list)| (kind, list.into_iter().map(|c| c.dossier.id).collect()))
            .collect();
        assert_eq!(
            lists,
            [
                (SubjectKind::TapThe, vec!["d-team".to_owned()]),
                (SubjectKind::CaNhan, vec!["d-binh".to_owned(), "d-an".to_owned()]),
                (SubjectKind::HoGiaDinh, vec!["d-nha".to_owned()]),
            ]
        );
        assert!(by_kind(Vec::new()).is_empty(), "a kind with no candidate has no list");
    }
}
