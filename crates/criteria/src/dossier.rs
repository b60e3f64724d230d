//! The dossier ("hồ sơ"): who, which standard, which period, and what they declare (FORMAT.md).
//!
//! Plain serde data. Use [`crate::validate`] to read one from untrusted JSON: these derives alone
//! do not check ranges, codes against the ruleset, or duplicate years. Optional fields take
//! FORMAT.md's empty value when absent; the types that keep unknown fields implement the serde
//! traits by hand ([`crate::extra`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::codes::{InitiativeKind, Rating, Scope, Sector, SubjectKind, Title};
use crate::extra::{keeps_unknown_fields, Extra};
use crate::profile::Profile;

/// The `format` tag of a dossier.
pub const DOSSIER_FORMAT: &str = "dien-hinh.dossier";
/// The newest dossier `format_version` this crate reads and writes.
pub const DOSSIER_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Dossier {
    pub format: String,
    pub format_version: u32,
    /// 1–64 of `A-Z a-z 0-9 _ -`, unique within one store and one export.
    pub id: String,
    /// RFC 3339 timestamps, kept as written so a dossier round-trips byte for byte.
    pub created_at: String,
    pub updated_at: String,
    /// A ruleset id of the catalogue.
    pub ruleset: String,
    pub period: Period,
    pub subject: Subject,
    /// At most one entry per year; a year with no entry is not yet declared.
    #[serde(default, deserialize_with = "crate::validate::at_most_one_entry_per_year")]
    pub years: Vec<YearEntry>,
    /// `None`: the section is not filled in yet; `Some([])`: the subject declares none.
    pub initiatives: Option<Vec<Initiative>>,
    /// Self-declared criteria by criterion id; a missing key means not answered.
    #[serde(default, deserialize_with = "crate::validate::at_most_the_declared_criteria")]
    pub declarations: BTreeMap<String, Declaration>,
    #[serde(default)]
    pub notes: String,
    /// What the achievement report needs and the standards do not read (an added field of format
    /// version 1); absent from the JSON when `None`, so older dossiers round-trip unchanged. Boxed:
    /// most dossiers have none, and a dossier is moved and cloned often.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<Box<Profile>>,
    /// Fields this version does not know, kept for the version that wrote them (FORMAT.md: "Code
    /// may add fields"); filled by the validator, written back by serialisation.
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// The review period ("giai đoạn bình xét"), whole years, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: i32,
    pub to: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Subject {
    pub kind: SubjectKind,
    pub name: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub position: String,
    /// The individual heads a unit ("lãnh đạo thủ trưởng đơn vị").
    #[serde(default)]
    pub unit_head: bool,
    /// For a unit head: the id of the collective dossier of the unit they lead.
    pub unit_dossier: Option<String>,
    /// Khánh Hòa only: the candidate's field of work.
    pub sector: Option<Sector>,
    /// Fields this version does not know, as on [`Dossier::extra`].
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct YearEntry {
    pub year: i32,
    /// `None`: not entered yet.
    pub rating: Option<Rating>,
    /// Titles and commendations received for the year; empty means none (when answered).
    #[serde(default)]
    pub titles: Vec<Title>,
    /// Whether `titles` is the user's answer. `false`: the user has not yet said which titles the
    /// year had (say, a rating was set first), so `titles` is not read: the year counts as a year
    /// with no entry for the title rules and holds no title for ranking. An added field: absent
    /// means `true`, format 1's meaning, and `true` is not written, so older files round-trip
    /// unchanged.
    #[serde(default = "answered", skip_serializing_if = "is_answered")]
    pub titles_answered: bool,
    /// Collectives: share of the year's work plan completed, 0–1000.
    pub plan_completion_pct: Option<f64>,
    #[serde(default)]
    pub evidence: String,
    /// Fields this version does not know, as on [`Dossier::extra`].
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Initiative {
    #[serde(default)]
    pub title: String,
    pub kind: InitiativeKind,
    pub year: i32,
    pub scope: Scope,
    #[serde(default)]
    pub evidence: String,
    /// Fields this version does not know, as on [`Dossier::extra`].
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// A self-declared answer to a `declared` criterion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Declaration {
    pub met: bool,
    #[serde(default)]
    pub evidence: String,
    /// Fields this version does not know, as on [`Dossier::extra`].
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

keeps_unknown_fields!(Dossier, Subject, YearEntry, Initiative, Declaration);

/// The default of [`YearEntry::titles_answered`]: a format-1 entry's titles are its answer.
fn answered() -> bool {
    true
}

fn is_answered(answered: &bool) -> bool {
    *answered
}

impl YearEntry {
    /// The titles the user has answered for the year; `None` while they are not answered.
    pub fn answered_titles(&self) -> Option<&[Title]> {
        self.titles_answered.then_some(self.titles.as_slice())
    }
}

impl Period {
    pub fn years(self) -> impl Iterator<Item = i32> {
        self.from..=self.to
    }

    pub fn contains(self, year: i32) -> bool {
        self.from <= year && year <= self.to
    }

    /// Whether the period's last year has ended by `as_of` ([`crate::has_ended`]): until then an
    /// assessment is at best `on_track`.
    pub fn has_ended(self, as_of: NaiveDate) -> bool {
        crate::years::has_ended(self.to, as_of)
    }

    /// 31 December of the last year; `None` for a year beyond the calendar chrono knows (no valid
    /// dossier has one).
    pub fn last_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.to, 12, 31)
    }

    /// The last day of the period while it has not passed by `as_of` (the day after which an
    /// assessment's result is final); `None` once the period has ended.
    pub fn final_after(self, as_of: NaiveDate) -> Option<NaiveDate> {
        (!self.has_ended(as_of)).then(|| self.last_day()).flatten()
    }
}

impl Dossier {
    /// The entry for `year`, if declared.
    pub fn year(&self, year: i32) -> Option<&YearEntry> {
        self.years.iter().find(|y| y.year == year)
    }
}
