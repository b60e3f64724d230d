//! The rule kinds of CRITERIA.md ("Rule kinds"), one module each, and the one place that decides
//! which criteria apply to a dossier and runs them.
//!
//! Every evaluator returns an [`Outcome`]: the status, a bilingual detail that says why, and the
//! fixes that would change a status other than `met`. [`crate::assess`] keeps the status and the
//! detail; [`crate::what_is_missing`] keeps the fixes. Neither decides anything itself.

mod declared;
#[cfg(test)]
pub(crate) mod fixtures;
mod initiative;
mod plan;
mod rating;
mod title;
mod unit;
mod words;
mod yearly;

use crate::assessment::{Status, Verdict};
use crate::catalogue::{self, Criterion, Rule, Ruleset};
use crate::dossier::Dossier;
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

/// What a rule reads: the dossier as it could be known on the day of the assessment, and the
/// dossiers a unit head's link may point to.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    pub seen: Seen<'a>,
    pub others: &'a [Dossier],
}

/// What one rule says of one dossier.
pub(crate) struct Outcome {
    pub status: Status,
    /// Why: for `met` what satisfies it, otherwise the years or items at fault.
    pub detail: Message,
    /// For a status other than `met`, the smallest changes that would move it, one per year or item
    /// at fault; empty for `met`.
    pub fixes: Vec<Fix>,
}

/// One change that would move a criterion towards `met`, and the dossier field where it is made.
pub(crate) struct Fix {
    pub fix: Message,
    pub field: FieldRef,
}

/// The ruleset of a dossier, when the dossier can be judged against it.
///
/// *Choice*: a dossier whose ruleset id is unknown, whose subject kind the ruleset does not cover,
/// or whose period is not inside the ruleset's span (or runs backwards) cannot be judged: no
/// criterion of any ruleset applies to it as the catalogue means it. The validator refuses such
/// input, so only hand-built data reaches this; `assess` then lists no criteria and says
/// `not_eligible` (see [`crate::assess`]) rather than letting an empty list read as `eligible`.
pub(crate) fn judging_ruleset(dossier: &Dossier) -> Option<&'static Ruleset> {
    let ruleset = catalogue::ruleset(&dossier.ruleset)?;
    let judgeable =
        ruleset.covers(dossier.subject.kind) && ruleset.allows_period(dossier.period.from, dossier.period.to);
    judgeable.then_some(ruleset)
}

/// Every criterion of `ruleset` that applies to the dossier, in catalogue order, with its outcome.
pub(crate) fn evaluate(ruleset: &'static Ruleset, ctx: Context<'_>) -> Vec<(&'static Criterion, Outcome)> {
    ruleset
        .criteria_for(ctx.seen.subject())
        .map(|c| (c, evaluate_one(c, ctx)))
        .collect()
}

fn evaluate_one(criterion: &'static Criterion, ctx: Context<'_>) -> Outcome {
    match criterion.rule {
        Rule::Declared => declared::evaluate(criterion.id, ctx.seen),
        Rule::RatingEachYear(rating) => rating::evaluate(rating, ctx),
        Rule::TitleEachYear(title) => title::evaluate(title, ctx),
        Rule::InitiativeInPeriod(kinds) => initiative::evaluate(kinds, ctx),
        Rule::PlanCompletion { year, min_pct } => plan::evaluate(year, min_pct, ctx),
        Rule::UnitEligible => unit::evaluate(ctx),
    }
}

/// The precedence every row of the Rule kinds table reads in: `met` when nothing is at fault, then
/// `not_met` if any part is, then `unknown`, then `pending`.
///
/// Each part (a period year, say) is judged on its own first; the rule's status is then the first
/// of `not_met`, `unknown`, `pending` that any part has, or `met` if every part is met (an empty
/// list of parts is met: nothing is at fault). This is the very order FORMAT.md gives the verdict
/// over criteria, so it is read from [`Verdict::from_statuses`] rather than written twice.
pub(crate) fn by_precedence(parts: impl IntoIterator<Item = Status>) -> Status {
    match Verdict::from_statuses(parts) {
        Verdict::NotEligible => Status::NotMet,
        Verdict::Incomplete => Status::Unknown,
        Verdict::OnTrack => Status::Pending,
        Verdict::Eligible => Status::Met,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence_is_not_met_then_unknown_then_pending() {
        use Status::*;
        assert_eq!(by_precedence([Met, Pending, Unknown, NotMet]), NotMet);
        assert_eq!(by_precedence([Pending, Unknown, Met]), Unknown);
        assert_eq!(by_precedence([Met, Pending]), Pending);
        assert_eq!(by_precedence([Met, Met]), Met);
    }

    #[test]
    fn nothing_at_fault_is_met() {
        assert_eq!(by_precedence([]), Status::Met);
    }
}
