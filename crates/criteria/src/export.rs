//! The export (`dien-hinh.export`): what a user downloads to submit and what the app imports.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;
use crate::dossier::Dossier;

pub const EXPORT_FORMAT: &str = "dien-hinh.export";
pub const EXPORT_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub format: String,
    pub format_version: u32,
    /// RFC 3339, with the exporter's offset.
    pub exported_at: String,
    pub app_version: String,
    /// Written exactly `YYYY-MM-DD` ([`crate::validate::parse_date`]).
    #[serde(deserialize_with = "crate::validate::strict_date")]
    pub as_of: NaiveDate,
    /// Read one by one, each refused at once if it breaks a rule ([`crate::validate`]).
    #[serde(deserialize_with = "crate::validate::sound_dossiers")]
    pub dossiers: Vec<Dossier>,
    /// One per dossier, same order, computed at `as_of`.
    pub assessments: Vec<Assessment>,
    /// Added field (FORMAT.md allows added fields): the version of the criteria crate that computed
    /// `assessments`, so a receiver knows which rules to re-run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria_version: Option<String>,
}

/// The version of this crate, written into exports as `criteria_version`.
pub const CRITERIA_VERSION: &str = env!("CARGO_PKG_VERSION");
