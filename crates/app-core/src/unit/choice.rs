//! What the unit page shows when its address does not say: the ruleset to start with, and the
//! period as the address writes it.

use criteria::dossier::{Dossier, Period};

use crate::RulesetRef;

/// The newest ruleset under which `unit` has dossiers; the newest of all if it has none.
pub fn default_ruleset(dossiers: &[Dossier], unit: Option<&str>) -> RulesetRef {
    let has_dossiers = |r: &RulesetRef| {
        dossiers
            .iter()
            .any(|d| Some(d.subject.unit.trim()) == unit && d.ruleset == r.id)
    };
    RulesetRef::all()
        .find(has_dossiers)
        .or_else(|| RulesetRef::all().next())
        .expect("the catalogue has rulesets")
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
        assert_eq!(default_ruleset(&dossiers, Some("Vụ Pháp chế")).id, "btnmt-thidua-2021");
        assert_eq!(
            default_ruleset(&dossiers, Some("Khác")),
            RulesetRef::all().next().expect("a ruleset")
        );
    }
}
