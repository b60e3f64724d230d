//! The lean assessment: the verdict, the rank key and each criterion's status, for callers that
//! read nothing else (ranking a unit's candidates, a list of dossiers, the kiosk). No detail or
//! fix is built and nothing is allocated: a [`Brief`] is a small `Copy` value.
//!
//! It is the full assessment's own first half: [`crate::assess`] takes its statuses from the very
//! status functions this calls, then explains them (a property test holds the two together).

use chrono::NaiveDate;

use crate::assessment::{RankKey, Status, Verdict};
use std::sync::OnceLock;

use crate::catalogue::{Criterion, Rule, Ruleset, RULESETS};
use crate::codes::SubjectKind;
use crate::dossier::{Dossier, Period, Subject};
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
        self.period.final_after(self.as_of)
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
    let decided = decide(dossier, links, as_of);
    Brief {
        verdict: decided.verdict,
        rank_key: rank_key(Seen::new(dossier, as_of), decided.verdict),
        period: dossier.period,
        as_of,
        ruleset: decided.ruleset,
        applying: decided.applying,
        statuses: decided.statuses,
    }
}

/// The verdict alone of `dossier` on `as_of`, as [`brief`] decides it, without the rank key.
pub(crate) fn verdict(dossier: &Dossier, links: Links<'_>, as_of: NaiveDate) -> Verdict {
    decide(dossier, links, as_of).verdict
}

/// What the criteria decide: each status, and the verdict.
struct Decided {
    ruleset: Option<&'static Ruleset>,
    applying: u32,
    statuses: [Status; MAX_CRITERIA],
    verdict: Verdict,
}

/// Bit `i` set: the `i`th criterion of `ruleset` applies to a dossier about `subject`
/// ([`crate::catalogue::AppliesTo::includes`]), from a table worked out once for every ruleset and
/// everything a criterion's reach reads of a subject (its kind, whether it heads a unit, whether it
/// has a sector).
fn applying_to(ruleset: &Ruleset, subject: &Subject) -> u32 {
    // By ruleset, then kind, unit head and sector set; an array, so that even the first call
    // allocates nothing.
    type Masks = [[[u32; 2]; 2]; 3];
    static MASKS: OnceLock<[Masks; RULESETS.len()]> = OnceLock::new();
    let masks = MASKS.get_or_init(|| {
        let mask = |r: &Ruleset, kind, head, sector| {
            let applies = |c: &Criterion| c.applies_to.includes_kind(kind, head, sector);
            (r.criteria.iter().enumerate())
                .filter(|(_, c)| applies(c))
                .fold(0, |m, (i, _)| m | (1 << i))
        };
        RULESETS.map(|r| SubjectKind::ALL.map(|k| [false, true].map(|h| [false, true].map(|s| mask(r, k, h, s)))))
    });
    let kind = SubjectKind::ALL.iter().position(|&k| k == subject.kind);
    let table = RULESETS.iter().position(|r| std::ptr::eq(*r, ruleset));
    match (table.and_then(|t| masks.get(t)), kind) {
        (Some(table), Some(k)) => table[k][usize::from(subject.unit_head)][usize::from(subject.sector.is_some())],
        // Every ruleset and kind is in the table; should one not be, ask each criterion.
        _ => (ruleset.criteria.iter().enumerate())
            .filter(|(_, c)| c.applies_to.includes(subject))
            .fold(0, |m, (i, _)| m | (1 << i)),
    }
}

fn decide(dossier: &Dossier, links: Links<'_>, as_of: NaiveDate) -> Decided {
    let seen = Seen::new(dossier, as_of);
    let mut statuses = [Status::Met; MAX_CRITERIA];
    let mut applying = 0;
    let ruleset = rules::judging_ruleset(dossier);
    let verdict = match ruleset {
        Some(r) => {
            let ctx = Context { seen, links };
            let answers = rules::answers(r, seen);
            applying = applying_to(r, &dossier.subject);
            for (i, c) in r.criteria.iter().enumerate() {
                if applying & (1 << i) != 0 {
                    let slot = statuses
                        .get_mut(i)
                        .expect("no ruleset has more than MAX_CRITERIA criteria (a test holds it)");
                    *slot = match c.rule {
                        Rule::Declared => rules::of_answer(answers[i]),
                        _ => rules::status(c, ctx),
                    };
                }
            }
            let applied = (0..r.criteria.len()).filter(|i| applying & (1 << i) != 0);
            Verdict::of(applied.map(|i| statuses[i]), dossier.period, as_of)
        }
        // As `assess`: a dossier that cannot be judged is not eligible, with no criteria.
        None => Verdict::NotEligible,
    };
    Decided {
        ruleset,
        applying,
        statuses,
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Sector;
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
    fn the_table_of_applying_criteria_asks_each_criterion() {
        for r in RULESETS {
            for kind in SubjectKind::ALL {
                for (unit_head, sector) in [
                    (false, None),
                    (true, None),
                    (false, Some(Sector::TaiChinh)),
                    (true, Some(Sector::TaiChinh)),
                ] {
                    let mut subject = crate::rules::fixtures::dossier(kind, r.id, r.span.0, r.span.0).subject;
                    (subject.unit_head, subject.sector) = (unit_head, sector);
                    let asked = (r.criteria.iter().enumerate())
                        .filter(|(_, c)| c.applies_to.includes(&subject))
                        .fold(0, |m, (i, _)| m | (1 << i));
                    assert_eq!(
                        applying_to(r, &subject),
                        asked,
                        "{} {kind:?} {unit_head} {sector:?}",
                        r.id
                    );
                }
            }
        }
    }

    #[test]
    fn a_dossier_that_cannot_be_judged_has_no_criteria() {
        let d = individual("no-such-ruleset", 2023, 2025);
        let b = brief(&d, Links::Among(&[]), day(2024, 1, 1));
        assert_eq!((b.verdict, b.statuses().count()), (Verdict::NotEligible, 0));
        assert!(!b.is_capped());
    }
}
