//! Which unit, ruleset and period the unit page shows: what the address or the clerk asks for if
//! the dossiers have it, else what was last shown for that unit ([`Remembered`]), else the newest
//! ruleset the unit has dossiers under and its latest period. Also the period as the address
//! writes it.

use criteria::dossier::{Dossier, Period};

use super::candidates::periods;
use super::groups::{in_unit, UnitGroup};
use super::remembered::Remembered;
use crate::text::Collator;
use crate::RulesetRef;

/// The newest ruleset under which the unit keyed `unit` has dossiers; the newest of all if it has
/// none.
pub fn default_ruleset(dossiers: &[Dossier], unit: Option<&str>, collator: &dyn Collator) -> RulesetRef {
    let has_dossiers = |r: &RulesetRef| {
        dossiers
            .iter()
            .any(|d| d.ruleset == r.id && unit.is_some_and(|u| in_unit(d, u, collator)))
    };
    RulesetRef::all()
        .find(has_dossiers)
        .or_else(|| RulesetRef::all().next())
        .expect("the catalogue has rulesets")
}

/// What is asked for, each part optional: by the address when the page opens, by a control after.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Asked {
    /// A unit's name or key; compared by [`super::unit_key`].
    pub unit: Option<String>,
    pub ruleset: Option<String>,
    pub period: Option<Period>,
    /// The ruleset and period shown before another unit was chosen: kept where that unit has
    /// dossiers under them, so a clerk going through units stays on one standard.
    pub keep: Option<(String, Option<Period>)>,
}

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The unit's key; `None` only when there is no dossier at all.
    pub unit: Option<String>,
    pub ruleset: RulesetRef,
    /// The periods of the unit's dossiers under the ruleset, the latest first.
    pub periods: Vec<Period>,
    /// `None` when the unit has no dossier under the ruleset.
    pub period: Option<Period>,
}

/// The unit, ruleset and period to show among `groups` ([`super::unit_groups`] of `dossiers`).
/// An asked ruleset is shown even where the unit has no dossier under it (the page says so); an
/// asked unit or period that the dossiers do not have is passed over.
pub fn choose(
    dossiers: &[Dossier],
    groups: &[UnitGroup],
    remembered: &Remembered,
    asked: &Asked,
    collator: &dyn Collator,
) -> Choice {
    let known = |key: &str| groups.iter().any(|g| g.key == key);
    let unit = asked
        .unit
        .as_deref()
        .map(|u| super::unit_key(u, collator))
        .filter(|k| known(k))
        .or_else(|| remembered.unit.clone().filter(|k| known(k)))
        .or_else(|| groups.first().map(|g| g.key.clone()));
    let has = |ruleset: &str| {
        unit.as_deref()
            .is_some_and(|u| !periods(dossiers, u, ruleset, collator).is_empty())
    };
    // What was kept or remembered counts only where the unit (still) has dossiers under it.
    let place = unit
        .as_deref()
        .and_then(|u| remembered.place(u))
        .filter(|p| has(&p.ruleset));
    let kept = asked.keep.as_ref().filter(|(r, _)| has(r));
    let ruleset = asked
        .ruleset
        .as_deref()
        .or(kept.map(|(r, _)| r.as_str()))
        .or(place.map(|p| p.ruleset.as_str()))
        .and_then(RulesetRef::by_id)
        .unwrap_or_else(|| default_ruleset(dossiers, unit.as_deref(), collator));
    let periods = unit
        .as_deref()
        .map(|u| periods(dossiers, u, ruleset.id, collator))
        .unwrap_or_default();
    let same_ruleset = |r: &str| r == ruleset.id;
    let kept_period = kept.filter(|(r, _)| same_ruleset(r)).and_then(|(_, p)| *p);
    let remembered_period = place.filter(|p| same_ruleset(&p.ruleset)).and_then(|p| p.period);
    let period = [asked.period, kept_period, remembered_period]
        .into_iter()
        .flatten()
        .find(|p| periods.contains(p))
        .or_else(|| periods.first().copied());
    Choice {
        unit,
        ruleset,
        periods,
        period,
    }
}

/// A period as the address writes it: "2024" or "2023-2025".
pub fn period_param(p: Period) -> String {
    if p.from == p.to {
        p.from.to_string()
    } else {
        format!("{}-{}", p.from, p.to)
    }
}

/// A period from the address, if it reads as one.
pub fn parse_period(text: &str) -> Option<Period> {
    let (from, to) = text.split_once('-').unwrap_or((text, text));
    Some(Period {
        from: from.trim().parse().ok()?,
        to: to.trim().parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::FoldedOrder;
    use crate::unit::Place;

    #[test]
    fn periods_go_into_the_address_and_back() {
        for p in [Period { from: 2024, to: 2024 }, Period { from: 2023, to: 2025 }] {
            assert_eq!(parse_period(&period_param(p)), Some(p));
        }
        assert_eq!(period_param(Period { from: 2024, to: 2024 }), "2024");
        assert_eq!(parse_period("2023 - 2025"), Some(Period { from: 2023, to: 2025 }));
        assert_eq!(parse_period("hai nghìn"), None);
    }

    #[test]
    fn a_unit_starts_on_the_newest_ruleset_it_has_dossiers_under() {
        let text = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-a","created_at":"2025-01-01T00:00:00Z",
            "updated_at":"2025-01-01T00:00:00Z","ruleset":"btnmt-thidua-2021","period":{"from":2021,"to":2021},
            "subject":{"kind":"ca_nhan","name":"An","unit":" Vụ Pháp chế "}}"#;
        let dossiers = criteria::validate::parse_input(text).expect("valid").into_dossiers();
        assert_eq!(
            default_ruleset(&dossiers, Some("vụ pháp chế"), &FoldedOrder).id,
            "btnmt-thidua-2021"
        );
        assert_eq!(
            default_ruleset(&dossiers, Some("khác"), &FoldedOrder),
            RulesetRef::all().next().expect("a ruleset")
        );
    }

    /// An individual of `unit` under `ruleset` over `from`–`to`.
    fn of(id: &str, unit: &str, ruleset: &str, from: i32, to: i32) -> Dossier {
        crate::fixtures::parse(&format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"2025-01-01T00:00:00Z",
            "updated_at":"2025-01-01T00:00:00Z","ruleset":"{ruleset}","period":{{"from":{from},"to":{to}}},
            "subject":{{"kind":"ca_nhan","name":"{id}","unit":"{unit}"}}}}"#
        ))
    }

    fn seed() -> Vec<Dossier> {
        vec![
            of("d-a1", "Vụ A", "btnmt-thidua-2021", 2021, 2021),
            of("d-a2", "Vụ A", "btnmt-dhtt-2023-2025", 2024, 2024),
            of("d-a3", "vụ a", "btnmt-dhtt-2023-2025", 2023, 2025),
            of("d-b1", "Vụ B", "btnmt-thidua-2021", 2021, 2021),
            of("d-n1", "", "btnmt-dhtt-2023-2025", 2024, 2024),
        ]
    }

    fn chosen(
        dossiers: &[Dossier],
        remembered: &Remembered,
        asked: Asked,
    ) -> (Option<String>, &'static str, Option<Period>) {
        let groups = super::super::unit_groups(dossiers, &FoldedOrder);
        let c = choose(dossiers, &groups, remembered, &asked, &FoldedOrder);
        (c.unit, c.ruleset.id, c.period)
    }

    const P2024: Period = Period { from: 2024, to: 2024 };
    const P2023_25: Period = Period { from: 2023, to: 2025 };

    #[test]
    fn choosing_a_unit_picks_a_standard_and_period_that_unit_has() {
        let d = seed();
        let none = Remembered::default();
        let ask_unit = |u: &str| Asked {
            unit: Some(u.into()),
            ..Asked::default()
        };
        assert_eq!(
            chosen(&d, &none, ask_unit("Vụ B")),
            (
                Some("vụ b".into()),
                "btnmt-thidua-2021",
                Some(Period { from: 2021, to: 2021 })
            )
        );
        assert_eq!(
            chosen(&d, &none, ask_unit("VỤ  A")),
            (
                Some("vụ a".into()),
                "btnmt-dhtt-2023-2025",
                Some(Period { from: 2023, to: 2025 })
            ),
            "the newest standard, its latest period (the longer one ends last)"
        );
        assert_eq!(
            chosen(&d, &none, ask_unit("")),
            (Some(String::new()), "btnmt-dhtt-2023-2025", Some(P2024))
        );
        assert_eq!(
            chosen(&d, &none, Asked::default()).0,
            Some("vụ a".into()),
            "the first unit"
        );
        assert_eq!(
            chosen(&d, &none, ask_unit("Vụ Z")).0,
            Some("vụ a".into()),
            "an unknown unit is passed over"
        );
    }

    #[test]
    fn the_remembered_unit_ruleset_and_period_come_back_unless_the_address_asks_otherwise() {
        let d = seed();
        let mut r = Remembered::default();
        r.visit(Place {
            unit: "vụ b".into(),
            ruleset: "btnmt-thidua-2021".into(),
            period: None,
        });
        r.visit(Place {
            unit: "vụ a".into(),
            ruleset: "btnmt-dhtt-2023-2025".into(),
            period: Some(P2024),
        });
        assert_eq!(
            chosen(&d, &r, Asked::default()),
            (Some("vụ a".into()), "btnmt-dhtt-2023-2025", Some(P2024))
        );
        let asked = Asked {
            period: Some(P2023_25),
            ..Asked::default()
        };
        assert_eq!(chosen(&d, &r, asked).2, Some(P2023_25), "the address wins");
        let other = Asked {
            ruleset: Some("btnmt-thidua-2021".into()),
            period: Some(P2024),
            ..Asked::default()
        };
        assert_eq!(
            chosen(&d, &r, other),
            (
                Some("vụ a".into()),
                "btnmt-thidua-2021",
                Some(Period { from: 2021, to: 2021 })
            ),
            "a period the ruleset does not have falls back to its latest"
        );
        let khanh_hoa = Asked {
            ruleset: Some("stnmt-khanhhoa-2023-2025".into()),
            ..Asked::default()
        };
        assert_eq!(
            chosen(&d, &r, khanh_hoa).2,
            None,
            "an asked ruleset without dossiers shows none"
        );
    }
}
