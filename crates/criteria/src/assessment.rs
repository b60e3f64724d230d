//! The assessment (`dien-hinh.assessment`): what [`crate::assess`] says of one dossier (FORMAT.md).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dossier::Period;
use crate::text::Message;

/// The `format` tag of an assessment.
pub const ASSESSMENT_FORMAT: &str = "dien-hinh.assessment";
pub const ASSESSMENT_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub format: String,
    pub format_version: u32,
    pub dossier_id: String,
    pub ruleset: String,
    pub period: Period,
    /// Serialised as `YYYY-MM-DD`, and read only so ([`crate::validate::parse_date`]).
    #[serde(deserialize_with = "crate::validate::strict_date")]
    pub as_of: NaiveDate,
    pub verdict: Verdict,
    /// Every criterion that applies to the dossier, in catalogue order.
    pub criteria: Vec<CriterionResult>,
    /// Compare lexicographically: the larger ranks first (CRITERIA.md, Ranking).
    pub rank_key: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: String,
    pub status: Status,
    /// Why, naming the years or items at fault.
    pub detail: Message,
    /// The criterion's citation, e.g. "Tiêu chuẩn điển hình tiên tiến, mục 2.c".
    pub source: String,
}

/// The status of one criterion (FORMAT.md; CRITERIA.md, Rule kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// The data needed is not entered.
    Unknown,
    /// Not met yet, but it depends on a year that has not ended, so it still can be.
    Pending,
}

/// The overall result, derived from the statuses only (FORMAT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    OnTrack,
    Incomplete,
    NotEligible,
}

impl Verdict {
    /// `not_eligible` if any is `not_met`; else `incomplete` if any is `unknown`; else `on_track`
    /// if any is `pending`; else `eligible`.
    pub fn from_statuses(statuses: impl IntoIterator<Item = Status>) -> Verdict {
        let (mut unknown, mut pending) = (false, false);
        for s in statuses {
            match s {
                Status::NotMet => return Verdict::NotEligible,
                Status::Unknown => unknown = true,
                Status::Pending => pending = true,
                Status::Met => {}
            }
        }
        if unknown {
            Verdict::Incomplete
        } else if pending {
            Verdict::OnTrack
        } else {
            Verdict::Eligible
        }
    }

    /// Element 1 of `rank_key`: `eligible` 3, `on_track` 2, `incomplete` 1, `not_eligible` 0.
    pub fn rank(self) -> u32 {
        match self {
            Verdict::Eligible => 3,
            Verdict::OnTrack => 2,
            Verdict::Incomplete => 1,
            Verdict::NotEligible => 0,
        }
    }
}
