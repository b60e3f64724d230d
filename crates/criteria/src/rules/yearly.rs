//! What the "each year" rules (`rating_each_year`, `title_each_year`) share: each period year is
//! judged on its own, then the years are put together in the Rule kinds precedence.
//!
//! Only years inside the period count (CRITERIA.md, Rule kinds): entries for other years are never
//! read, and a period year after the year of `as_of` has no entry yet ([`crate::seen`]).

use super::{by_precedence, words, Context, Fix, Outcome, Want};
use crate::assessment::Status;
use crate::dossier::YearEntry;
use crate::text::Message;

/// How a rule judges one period year: given the year, its entry if any, and whether it has ended.
pub(super) trait Judge: Fn(i32, Option<&YearEntry>, bool) -> Status {}
impl<F: Fn(i32, Option<&YearEntry>, bool) -> Status> Judge for F {}

/// The rule's status: every period year judged by `judge`, put together. Allocates nothing.
pub(super) fn status(ctx: Context<'_>, judge: impl Judge) -> Status {
    let seen = ctx.seen;
    by_precedence(
        seen.period()
            .years()
            .map(|y| judge(y, seen.period_entry(y), seen.has_ended(y))),
    )
}

/// What a rule says of one period year, given its status: for a met year what satisfies it,
/// otherwise what is at fault; and the change that would fix a year that is not met.
pub(super) struct Words<P, F> {
    pub phrase: P,
    pub fix: F,
}

/// The rule's outcome. The detail of a met rule names every year and what satisfies it; otherwise
/// it names only the years at fault, each with its own reason, and there is one fix per such year.
pub(super) fn evaluate<P, F>(ctx: Context<'_>, want: Want, judge: impl Judge, words: Words<P, F>) -> Outcome
where
    P: Fn(i32, Option<&YearEntry>, Status) -> Message,
    F: Fn(i32, Option<&YearEntry>, Status) -> Fix,
{
    let seen = ctx.seen;
    let years = || {
        seen.period().years().map(|y| {
            let entry = seen.period_entry(y);
            (y, entry, judge(y, entry, seen.has_ended(y)))
        })
    };
    let status = by_precedence(years().map(|(_, _, s)| s));
    let detail = || {
        let shown: Vec<(i32, Message)> = years()
            .filter(|(_, _, s)| (status == Status::Met) == (*s == Status::Met))
            .map(|(y, entry, s)| (y, (words.phrase)(y, entry, s)))
            .collect();
        words::by_year(&shown)
    };
    let fixes = || {
        years()
            .filter(|(_, _, s)| *s != Status::Met)
            .map(|(y, entry, s)| (words.fix)(y, entry, s))
            .collect()
    };
    Outcome::new(status, want, detail, fixes)
}
