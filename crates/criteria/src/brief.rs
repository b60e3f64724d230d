//! The lean assessment: the verdict, the rank key and each criterion's status, for callers that
//! read nothing else (ranking a unit's candidates, a list of dossiers, the kiosk). No detail or
//! fix is built and nothing is allocated: a [`Brief`] is a small `Copy` value.
//!
//! It is the full assessment's own first half: [`crate::assess`] takes its statuses from the very
//! status functions this calls, then explains them (a property test holds the two together).

use chrono::NaiveDate;

use crate::assessment::{RankKey, Status, Verdict};
use crate::catalogue::{Criterion, Ruleset};
use crate::dossier::{Dossier, Period};
use crate::links::Links;
use crate::rank::rank_key;
use crate::rules::{self, Context};
use crate::seen::Seen;

/// The most criteria one ruleset may have for a [`Brief`] to hold all their statuses (the largest
/// has 19; a test keeps the catalogue under this).
pub(crate) const MAX_CRITERIA: usize = 32;

/// What an assessment decides, without its texts (FORMAT.md's `verdict`, `rank_key` and each
/// criterion's `status`).
#[derive(Debug, Clone, Copy)]
pub struct Brief {
    pub verdict: Verdict,
    pub rank_key: RankKey,
    period: Period,
    as_of: NaiveDate,
    ruleset: Option<&'static Ruleset>,
    /// Bit `i` set: the ruleset's `i`th criterion applies to the dossier.
    applying: u32,
    /// By the criterion's position in its ruleset.
    statuses: [Status; MAX_CRITERIA],
}

impl Brief {
    /// Every criterion that applies, in catalogue order, with its status (the assessment's
    /// `criteria`, without details).
    pub fn statuses(&self) -> impl Iterator<Item = (&'static Criterion, Status)> + '_ {
        let criteria = self.ruleset.map_or(&[][..], |r| r.criteria);
        criteria
            .iter()
            .enumerate()
            .filter(|(i, _)| self.applying & (1 << i) != 0)
            .map(|(i, c)| (c, self.statuses[i]))
    }

    /// As [`crate::assessment::Assessment::final_after`].
    pub fn final_after(&self) -> Option<NaiveDate> {
        (!self.period.has_ended(self.as_of))
            .then(|| self.period.last_day())
            .flatten()
    }

    /// As [`crate::assessment::Assessment::is_capped`].
    pub fn is_capped(&self) -> bool {
        self.verdict == Verdict::OnTrack
            && !self.period.has_ended(self.as_of)
            && self.applying != 0
            && self.statuses().all(|(_, s)| s == Status::Met)
    }
}

/// The brief of `dossier` on `as_of`, links looked up in `links`.
pub(crate) fn brief(dossier: &Dossier, links: Links<'_>, as_of: NaiveDate) -> Brief {
    let seen = Seen::new(dossier, as_of);
    let mut statuses = [Status::Met; MAX_CRITERIA];
    let mut applying = 0;
    let ruleset = rules::judging_ruleset(dossier);
    let verdict = match ruleset {
        Some(r) => {
            let ctx = Context { seen, links };
            for (i, c) in r.criteria.iter().enumerate() {
                if c.applies_to.includes(&dossier.subject) {
                    let slot = statuses
                        .get_mut(i)
                        .expect("no ruleset has more than MAX_CRITERIA criteria (a test holds it)");
                    *slot = rules::status(c, ctx);
                    applying |= 1 << i;
                }
            }
            let applied = (0..MAX_CRITERIA).filter(|i| applying & (1 << i) != 0);
            Verdict::of(applied.map(|i| statuses[i]), dossier.period, as_of)
        }
        // As `assess`: a dossier that cannot be judged is not eligible, with no criteria.
        None => Verdict::NotEligible,
    };
    Brief {
        verdict,
        rank_key: rank_key(seen, verdict),
        period: dossier.period,
        as_of,
        ruleset,
        applying,
        statuses,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::RULESETS;
    use crate::rules::fixtures::{day, individual};

    #[test]
    fn every_ruleset_fits_in_a_brief() {
        for r in RULESETS {
            assert!(
                r.criteria.len() <= MAX_CRITERIA,
                "{} has {} criteria",
                r.id,
                r.criteria.len()
            );
        }
    }

    #[test]
    fn a_brief_lists_the_applying_criteria_in_order() {
        let d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        let b = brief(&d, Links::Among(&[]), day(2024, 1, 1));
        let ids: Vec<&str> = b.statuses().map(|(c, _)| crate::catalogue::short_id(c.id)).collect();
        assert_eq!(
            ids,
            ["dt-1", "chung-1", "chung-2", "chung-3", "cn-1", "cn-2", "cn-3", "cn-4", "cn-5", "cn-6"]
        );
        assert_eq!(b.verdict, Verdict::Incomplete);
    }

    #[test]
    fn a_dossier_that_cannot_be_judged_has_no_criteria() {
        let d = individual("no-such-ruleset", 2023, 2025);
        let b = brief(&d, Links::Among(&[]), day(2024, 1, 1));
        assert_eq!((b.verdict, b.statuses().count()), (Verdict::NotEligible, 0));
        assert!(!b.is_capped());
    }
}
