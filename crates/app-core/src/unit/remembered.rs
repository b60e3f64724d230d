//! What the unit page remembers of the clerk's work between visits: the unit last chosen, the
//! ruleset and period last shown for each unit, and the nominees ticked for each unit, ruleset and
//! period. It is a preference record ([`crate::prefs::unit_page`]) rather than part of the address,
//! so no name typed by a visitor ever lands in an address (a kiosk's rule) and a reload or "Back"
//! from a candidate finds the picks again. In a kiosk the key-value store is memory, so nothing
//! outlives the visit.

use std::collections::BTreeSet;

use criteria::dossier::Period;
use serde::{Deserialize, Serialize};

/// The ruleset and period shown for one unit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// The unit's key ([`super::unit_key`]).
    pub unit: String,
    pub ruleset: String,
    pub period: Option<Period>,
}

/// The nominees ticked for one unit, ruleset and period, by dossier id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picks {
    pub unit: String,
    pub ruleset: String,
    pub period: Period,
    pub ids: BTreeSet<String>,
}

/// The unit page's record. Every field defaults, so a record written by another version reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    /// The key of the unit last chosen.
    #[serde(default)]
    pub unit: Option<String>,
    /// One place per unit, the last shown for it.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Non-empty selections only.
    #[serde(default)]
    pub picks: Vec<Picks>,
}

impl Remembered {
    /// Notes that `place` is shown now.
    pub fn visit(&mut self, place: Place) {
        self.unit = Some(place.unit.clone());
        match self.places.iter_mut().find(|p| p.unit == place.unit) {
            Some(known) => *known = place,
            None => self.places.push(place),
        }
    }

    /// The place last shown for the unit keyed `unit`.
    pub fn place(&self, unit: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.unit == unit)
    }

    /// The ids ticked for `unit`, `ruleset` and `period`.
    pub fn picks(&self, unit: &str, ruleset: &str, period: Period) -> BTreeSet<String> {
        self.picks
            .iter()
            .find(|p| p.unit == unit && p.ruleset == ruleset && p.period == period)
            .map(|p| p.ids.clone())
            .unwrap_or_default()
    }

    /// Ticks (`on`) or unticks `id` for `unit`, `ruleset` and `period`.
    pub fn pick(&mut self, unit: &str, ruleset: &str, period: Period, id: &str, on: bool) {
        let at = self
            .picks
            .iter()
            .position(|p| p.unit == unit && p.ruleset == ruleset && p.period == period);
        let picks = match at {
            Some(i) => &mut self.picks[i],
            None => {
                self.picks.push(Picks {
                    unit: unit.to_owned(),
                    ruleset: ruleset.to_owned(),
                    period,
                    ids: BTreeSet::new(),
                });
                self.picks.last_mut().expect("a selection was just pushed")
            }
        };
        if on {
            picks.ids.insert(id.to_owned());
        } else {
            picks.ids.remove(id);
        }
        self.picks.retain(|p| !p.ids.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P2024: Period = Period { from: 2024, to: 2024 };
    const P2023_25: Period = Period { from: 2023, to: 2025 };

    #[test]
    fn picks_are_kept_apart_per_unit_ruleset_and_period() {
        let mut r = Remembered::default();
        r.pick("vụ a", "btnmt-dhtt-2023-2025", P2024, "d-an", true);
        r.pick("vụ a", "btnmt-dhtt-2023-2025", P2024, "d-binh", true);
        r.pick("vụ a", "btnmt-dhtt-2023-2025", P2023_25, "d-cuong", true);
        r.pick("vụ b", "btnmt-dhtt-2023-2025", P2024, "d-em", true);
        let ids = |unit, period| {
            r.picks(unit, "btnmt-dhtt-2023-2025", period)
                .into_iter()
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("vụ a", P2024), ["d-an", "d-binh"]);
        assert_eq!(ids("vụ a", P2023_25), ["d-cuong"]);
        assert_eq!(ids("vụ b", P2024), ["d-em"]);
        assert!(r.picks("vụ a", "stnmt-khanhhoa-2023-2025", P2024).is_empty());

        r.pick("vụ a", "btnmt-dhtt-2023-2025", P2023_25, "d-cuong", false);
        assert_eq!(r.picks.len(), 2, "an emptied selection is not kept");
    }

    #[test]
    fn the_last_place_of_each_unit_and_the_last_unit_are_remembered() {
        let mut r = Remembered::default();
        let place = |unit: &str, period| Place {
            unit: unit.into(),
            ruleset: "btnmt-dhtt-2023-2025".into(),
            period,
        };
        r.visit(place("vụ a", Some(P2024)));
        r.visit(place("vụ b", None));
        r.visit(place("vụ a", Some(P2023_25)));
        assert_eq!(r.unit.as_deref(), Some("vụ a"));
        assert_eq!(r.places.len(), 2);
        assert_eq!(r.place("vụ a").and_then(|p| p.period), Some(P2023_25));
    }

    #[test]
    fn the_record_reads_back_and_a_record_with_missing_fields_still_reads() {
        let mut r = Remembered::default();
        r.pick("vụ a", "btnmt-dhtt-2023-2025", P2024, "d-an", true);
        let text = serde_json::to_string(&r).expect("serialises");
        assert_eq!(serde_json::from_str::<Remembered>(&text).expect("reads"), r);
        assert_eq!(
            serde_json::from_str::<Remembered>("{}").expect("reads"),
            Remembered::default()
        );
    }
}
