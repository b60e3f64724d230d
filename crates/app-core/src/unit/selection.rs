//! The officer's selection of nominees checked against the document: its yearly number of exemplars
//! and each nominee's verdict. Everything here is a warning to read, never a refusal: the unit's
//! council decides, and 001's "01–02" is a number to build, not a cap on nominations.

use criteria::assessment::Verdict;
use criteria::catalogue::Quota;

use crate::i18n::msg::unit as m;
use crate::i18n::Lang;

/// Something the officer should look at before sending the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// More nominees than the document's yearly number.
    AboveQuota { min: u32, max: u32, chosen: usize },
    /// Fewer nominees than the document's yearly number.
    BelowQuota { min: u32, max: Option<u32>, chosen: usize },
    /// A nominee whose self-assessment is `not_eligible`.
    NotEligible { name: String },
}

/// The warnings for `chosen` (each nominee's name and verdict) under the ruleset's `quota`: the
/// number first, then each not-eligible nominee in the order given.
pub fn warnings(quota: Option<&Quota>, chosen: &[(&str, Verdict)]) -> Vec<Warning> {
    let count = chosen.len();
    let mut found = Vec::new();
    if let Some(q) = quota {
        if count < q.min as usize {
            found.push(Warning::BelowQuota {
                min: q.min,
                max: q.max,
                chosen: count,
            });
        } else if let Some(max) = q.max.filter(|&max| count > max as usize) {
            found.push(Warning::AboveQuota {
                min: q.min,
                max,
                chosen: count,
            });
        }
    }
    found.extend(
        chosen
            .iter()
            .filter(|(_, verdict)| *verdict == Verdict::NotEligible)
            .map(|(name, _)| Warning::NotEligible {
                name: (*name).to_owned(),
            }),
    );
    found
}

impl Warning {
    /// A stable name for tests and styles.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::AboveQuota { .. } => "above-quota",
            Warning::BelowQuota { .. } => "below-quota",
            Warning::NotEligible { .. } => "not-eligible",
        }
    }

    /// The warning in words.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Warning::AboveQuota { min, max, chosen } => m::off_quota(lang, *min, Some(*max), *chosen),
            Warning::BelowQuota { min, max, chosen } => m::off_quota(lang, *min, *max, *chosen),
            Warning::NotEligible { name } => m::not_eligible(lang, name),
        }
    }
}

#[cfg(test)]
mod tests {
    use criteria::catalogue::ruleset;

    use super::*;

    fn quota(id: &str) -> Option<&'static Quota> {
        ruleset(id).expect("a catalogue ruleset").quota.as_ref()
    }

    const OK: Verdict = Verdict::Eligible;

    #[test]
    fn one_or_two_under_01_02_is_fine_three_is_a_warning_not_a_refusal() {
        let q = quota("btnmt-dhtt-2023-2025");
        assert_eq!(warnings(q, &[("A", OK)]), []);
        assert_eq!(warnings(q, &[("A", OK), ("B", OK)]), []);
        assert_eq!(
            warnings(q, &[("A", OK), ("B", OK), ("C", OK)]),
            [Warning::AboveQuota {
                min: 1,
                max: 2,
                chosen: 3
            }]
        );
    }

    #[test]
    fn none_under_at_least_01_is_a_warning_and_there_is_no_upper_number() {
        let q = quota("stnmt-khanhhoa-2023-2025");
        assert_eq!(
            warnings(q, &[]),
            [Warning::BelowQuota {
                min: 1,
                max: None,
                chosen: 0
            }]
        );
        assert_eq!(warnings(q, &[("A", OK); 5]), []);
    }

    #[test]
    fn a_ruleset_without_a_quota_warns_only_about_verdicts() {
        let q = quota("btnmt-dhtt-2021-2025");
        assert_eq!(warnings(q, &[]), []);
        assert_eq!(
            warnings(q, &[("A", OK), ("B", Verdict::NotEligible), ("C", Verdict::Incomplete)]),
            [Warning::NotEligible { name: "B".to_owned() }]
        );
    }
}
