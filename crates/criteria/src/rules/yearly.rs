//! What the "each year" rules (`rating_each_year`, `title_each_year`) share: each period year is
//! judged on its own, then the years are put together in the Rule kinds precedence.

use super::{by_precedence, words, Context, Fix, Outcome};
use crate::assessment::Status;
use crate::dossier::YearEntry;
use crate::text::Message;

/// What a rule says of one period year.
pub(super) struct YearPart {
    pub status: Status,
    /// For a met year, what satisfies it; otherwise what is at fault.
    pub phrase: Message,
    /// The change that would fix the year; `None` for a met year.
    pub fix: Option<Fix>,
}

/// Judges every year of the period with `judge` (given the year, its entry if any, and whether it
/// has ended) and puts the years together.
///
/// Only years inside the period count (CRITERIA.md, Rule kinds): entries for other years are never
/// read, and a period year after the year of `as_of` has no entry yet ([`crate::seen`]). The detail of a met rule names every year and what satisfies it; otherwise it names only
/// the years at fault, each with its own reason, and there is one fix per such year.
pub(super) fn evaluate(ctx: Context<'_>, judge: impl Fn(i32, Option<&YearEntry>, bool) -> YearPart) -> Outcome {
    let seen = ctx.seen;
    let parts: Vec<(i32, YearPart)> = seen
        .period()
        .years()
        .map(|y| (y, judge(y, seen.entry(y), seen.has_ended(y))))
        .collect();
    let status = by_precedence(parts.iter().map(|(_, p)| p.status));
    let shown: Vec<(i32, Message)> = parts
        .iter()
        .filter(|(_, p)| (status == Status::Met) == (p.status == Status::Met))
        .map(|(y, p)| (*y, p.phrase.clone()))
        .collect();
    let fixes = parts.into_iter().filter_map(|(_, p)| p.fix).collect();
    Outcome {
        status,
        detail: words::by_year(&shown),
        fixes,
    }
}
