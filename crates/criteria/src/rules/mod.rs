//! The rule kinds of CRITERIA.md ("Rule kinds"), one module each, and the one place that decides
//! which criteria apply to a dossier and runs them.
//!
//! Each rule kind decides a status on its own, without building any text or allocating
//! ([`status`]: what [`crate::brief`] and ranking read), and explains it on request ([`evaluate`]):
//! the bilingual detail [`crate::assess`] writes, or the fixes [`crate::what_is_missing`] lists,
//! each built only when asked for. The explanation starts from the very same status function, so
//! the two paths cannot disagree.

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
use crate::links::Links;
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

/// What a rule reads: the dossier as it could be known on the day of the assessment, and where a
/// unit head's link is looked up.
#[derive(Clone, Copy)]
pub(crate) struct Context<'a> {
    pub seen: Seen<'a>,
    pub links: Links<'a>,
}

/// What the caller of [`evaluate`] reads besides the status; the other text is not built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// The detail (for an assessment).
    Detail,
    /// The fixes (for what is missing).
    Fixes,
}

/// What one rule says of one dossier.
pub(crate) struct Outcome {
    pub status: Status,
    /// Why: for `met` what satisfies it, otherwise the years or items at fault. Empty unless
    /// [`Want::Detail`].
    pub detail: Message,
    /// For a status other than `met`, the smallest changes that would move it, one per year or item
    /// at fault; empty for `met`, and unless [`Want::Fixes`].
    pub fixes: Vec<Fix>,
}

impl Outcome {
    /// An outcome of `status` with only what `want` asks for built.
    pub fn new(
        status: Status,
        want: Want,
        detail: impl FnOnce() -> Message,
        fixes: impl FnOnce() -> Vec<Fix>,
    ) -> Outcome {
        Outcome {
            status,
            detail: if want == Want::Detail {
                detail()
            } else {
                Message::new("", "")
            },
            fixes: if want == Want::Fixes && status != Status::Met {
                fixes()
            } else {
                Vec::new()
            },
        }
    }
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
pub(crate) fn evaluate(ruleset: &'static Ruleset, ctx: Context<'_>, want: Want) -> Vec<(&'static Criterion, Outcome)> {
    ruleset
        .criteria_for(ctx.seen.subject())
        .map(|c| (c, evaluate_one(c, ctx, want)))
        .collect()
}

fn evaluate_one(criterion: &'static Criterion, ctx: Context<'_>, want: Want) -> Outcome {
    match criterion.rule {
        Rule::Declared => declared::evaluate(criterion.id, ctx.seen, want),
        Rule::RatingEachYear(rating) => rating::evaluate(rating, ctx, want),
        Rule::TitleEachYear(title) => title::evaluate(title, ctx, want),
        Rule::InitiativeInPeriod(kinds) => initiative::evaluate(kinds, ctx, want),
        Rule::PlanCompletion { year, min_pct } => plan::evaluate(year, min_pct, ctx, want),
        Rule::UnitEligible => unit::evaluate(ctx, want),
    }
}

pub(crate) use declared::{answers, of_answer};

/// The status of one criterion, with no text built and nothing allocated.
pub(crate) fn status(criterion: &'static Criterion, ctx: Context<'_>) -> Status {
    match criterion.rule {
        Rule::Declared => declared::status(criterion.id, ctx.seen),
        Rule::RatingEachYear(rating) => {
            yearly::status(ctx, |_, entry, ended| rating::year_status(rating, entry, ended))
        }
        Rule::TitleEachYear(title) => yearly::status(ctx, |_, entry, ended| title::year_status(title, entry, ended)),
        Rule::InitiativeInPeriod(kinds) => initiative::status(kinds, ctx.seen),
        Rule::PlanCompletion { year, min_pct } => plan::status(year, min_pct, ctx.seen),
        Rule::UnitEligible => unit::status(ctx),
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
