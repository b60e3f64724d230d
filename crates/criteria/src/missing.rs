//! What is missing: for each criterion not yet met, the smallest changes that would move it, and the
//! dossier field where each is made, so the app can link straight to it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::assessment::Status;
use crate::dossier::Dossier;
use crate::links::Links;
use crate::rules::{self, Context, Want};
use crate::seen::Seen;
use crate::text::Message;

/// One change that would move one criterion towards `met`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Missing {
    /// The criterion, e.g. `btnmt-dhtt-2023-2025/cn-5`.
    pub criterion_id: String,
    /// The criterion's status in the assessment (`not_met`, `unknown` or `pending`), the same for
    /// every item of one criterion.
    pub status: Status,
    /// The change, e.g. "Cần danh hiệu Chiến sĩ thi đua cơ sở năm 2025".
    pub fix: Message,
    /// Where in the dossier the change is made.
    pub field: FieldRef,
}

/// A field of the dossier that a [`Missing`] item is fixed in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "field", content = "key")]
pub enum FieldRef {
    /// The answer to a `declared` criterion: `declarations[id]`.
    Declaration(String),
    /// `years[year].rating`.
    YearRating(i32),
    /// `years[year].titles` (or the year's entry, when there is none).
    YearTitles(i32),
    /// `years[year].plan_completion_pct`.
    YearPlanCompletion(i32),
    /// The `initiatives` section.
    Initiatives,
    /// `subject.unit_dossier`, or the linked collective dossier itself.
    UnitDossier,
}

/// What would change each criterion that is not met, in catalogue order.
///
/// *Choice*: one item per fix rather than one per criterion. A rule that fails in several years
/// gives one item per year at fault (every such year, whatever its own reason, so the user sees the
/// whole way to `met`), each pointing at that year's field; other rules give one item. Every item
/// carries the criterion's own status, so the list holds exactly the criteria that are not met
/// (grouping by `criterion_id` gives one entry per such criterion). A dossier that cannot be
/// judged (unknown ruleset; see [`crate::assess`]) has no criteria, so nothing is listed.
pub fn what_is_missing(dossier: &Dossier, others: &[Dossier], as_of: NaiveDate) -> Vec<Missing> {
    missing(dossier, Links::Among(others), as_of)
}

pub(crate) fn missing(dossier: &Dossier, links: Links<'_>, as_of: NaiveDate) -> Vec<Missing> {
    let Some(ruleset) = rules::judging_ruleset(dossier) else {
        return Vec::new();
    };
    let seen = Seen::new(dossier, as_of);
    rules::evaluate(ruleset, Context { seen, links }, Want::Fixes)
        .into_iter()
        .filter(|(_, outcome)| outcome.status != Status::Met)
        .flat_map(|(criterion, outcome)| {
            let status = outcome.status;
            outcome.fixes.into_iter().map(move |f| Missing {
                criterion_id: criterion.id.to_string(),
                status,
                fix: f.fix,
                field: f.field,
            })
        })
        .collect()
}
