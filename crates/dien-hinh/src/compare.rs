//! What differs between the assessment a file states and the one recomputed from its dossier.
//!
//! The two are compared as parsed structs, field by field, so key order, whitespace and fields a
//! newer app added do not count; only what FORMAT.md defines does.

use std::fmt;

use criteria::assessment::{Assessment, CriterionResult};

/// One field that differs, with both values as JSON.
#[derive(Debug, PartialEq)]
pub struct Difference {
    /// Which field: `verdict`, `rank_key`, `btnmt-dhtt-2023-2025/cn-5 status`, …
    pub what: String,
    pub stated: String,
    pub recomputed: String,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: stated {}, recomputed {}",
            self.what, self.stated, self.recomputed
        )
    }
}

/// A value as compact JSON, the way the file writes it.
macro_rules! json {
    ($value:expr) => {
        serde_json::to_string(&$value).expect("assessment fields have only string keys, so they serialise")
    };
}

/// Shown for a criterion one side lists and the other does not.
const ABSENT: &str = "(absent)";

/// Every difference: top-level fields first, then criteria in the recomputed (catalogue) order,
/// then criteria only the file lists, then (if nothing else differs) the criteria's order.
pub fn differences(stated: &Assessment, recomputed: &Assessment) -> Vec<Difference> {
    let (s, r) = (stated, recomputed);
    let mut found = Vec::new();
    let top = [
        ("dossier_id", json!(s.dossier_id), json!(r.dossier_id)),
        ("ruleset", json!(s.ruleset), json!(r.ruleset)),
        ("period", json!(s.period), json!(r.period)),
        ("as_of", json!(s.as_of), json!(r.as_of)),
        ("verdict", json!(s.verdict), json!(r.verdict)),
        ("rank_key", json!(s.rank_key), json!(r.rank_key)),
    ];
    for (what, stated, recomputed) in top {
        differ(&mut found, what.to_string(), stated, recomputed);
    }
    for rc in &r.criteria {
        match s.criteria.iter().find(|sc| sc.id == rc.id) {
            Some(sc) => criterion(&mut found, sc, rc),
            None => differ(&mut found, rc.id.clone(), ABSENT.into(), json!(rc.status)),
        }
    }
    for sc in s
        .criteria
        .iter()
        .filter(|sc| !r.criteria.iter().any(|rc| rc.id == sc.id))
    {
        differ(&mut found, sc.id.clone(), json!(sc.status), ABSENT.into());
    }
    let ids = |a: &Assessment| json!(a.criteria.iter().map(|c| c.id.as_str()).collect::<Vec<_>>());
    if found.is_empty() {
        differ(&mut found, "criteria order".into(), ids(s), ids(r));
    }
    found
}

fn criterion(found: &mut Vec<Difference>, s: &CriterionResult, r: &CriterionResult) {
    let fields = [
        ("status", json!(s.status), json!(r.status)),
        ("detail.vi", json!(s.detail.vi), json!(r.detail.vi)),
        ("detail.en", json!(s.detail.en), json!(r.detail.en)),
        ("source", json!(s.source), json!(r.source)),
    ];
    for (name, stated, recomputed) in fields {
        differ(found, format!("{} {name}", r.id), stated, recomputed);
    }
}

fn differ(found: &mut Vec<Difference>, what: String, stated: String, recomputed: String) {
    if stated != recomputed {
        found.push(Difference {
            what,
            stated,
            recomputed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use criteria::assessment::{Status, Verdict};
    use criteria::dossier::Period;
    use criteria::text::Message;

    fn result(id: &str, status: Status) -> CriterionResult {
        CriterionResult {
            id: id.into(),
            status,
            detail: Message::new("Đã khai", "Declared"),
            source: "mục 1".into(),
        }
    }

    fn assessment(criteria: Vec<CriterionResult>) -> Assessment {
        Assessment {
            format: "dien-hinh.assessment".into(),
            format_version: 1,
            dossier_id: "d1".into(),
            ruleset: "btnmt-dhtt-2023-2025".into(),
            period: Period { from: 2023, to: 2025 },
            as_of: NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real date"),
            verdict: Verdict::Eligible,
            criteria,
            rank_key: criteria::assessment::RankKey::from_array([3, 0, 0, 0, 0, 0]),
        }
    }

    fn shown(stated: &Assessment, recomputed: &Assessment) -> Vec<String> {
        differences(stated, recomputed)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn equal_assessments_have_no_differences() {
        let a = assessment(vec![result("r/a", Status::Met)]);
        assert!(differences(&a, &a.clone()).is_empty());
    }

    #[test]
    fn a_changed_field_is_shown_with_both_values_as_json() {
        let recomputed = assessment(vec![result("r/a", Status::Met)]);
        let mut stated = recomputed.clone();
        stated.verdict = Verdict::OnTrack;
        stated.criteria[0].detail.en = "Yes".into();
        assert_eq!(
            shown(&stated, &recomputed),
            [
                "verdict: stated \"on_track\", recomputed \"eligible\"",
                "r/a detail.en: stated \"Yes\", recomputed \"Declared\""
            ]
        );
    }

    #[test]
    fn criteria_only_one_side_lists_are_shown_as_absent_on_the_other() {
        let stated = assessment(vec![result("r/a", Status::Met), result("r/x", Status::Met)]);
        let recomputed = assessment(vec![result("r/a", Status::Met), result("r/b", Status::Pending)]);
        assert_eq!(
            shown(&stated, &recomputed),
            [
                "r/b: stated (absent), recomputed \"pending\"",
                "r/x: stated \"met\", recomputed (absent)"
            ]
        );
    }

    #[test]
    fn the_same_criteria_in_another_order_or_listed_twice_differ_in_order() {
        let recomputed = assessment(vec![result("r/a", Status::Met), result("r/b", Status::Met)]);
        let swapped = assessment(vec![result("r/b", Status::Met), result("r/a", Status::Met)]);
        assert_eq!(
            shown(&swapped, &recomputed),
            ["criteria order: stated [\"r/b\",\"r/a\"], recomputed [\"r/a\",\"r/b\"]"]
        );
        let twice = assessment(vec![
            result("r/a", Status::Met),
            result("r/b", Status::Met),
            result("r/b", Status::Met),
        ]);
        assert_eq!(differences(&twice, &recomputed).len(), 1);
    }
}
