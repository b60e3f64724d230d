//! The facts an achievement report ("báo cáo thành tích") asks for that the standards never read:
//! the person's background, or the collective's situation, their tasks, and their own account.
//!
//! The report's template (crates/report/TEMPLATE.md) opens with "I. Sơ lược lý lịch" for a person
//! (born, sex, home town, residence, qualification, academic titles) or with the collective's
//! "đặc điểm, tình hình" (seat, founding, organisation, staff, facilities), then "II. Thành tích
//! đạt được" (the tasks assigned, then the achievements). Only those fields are here: the form asks
//! for nothing else. Every field is optional, so a dossier that never filled one in is unchanged,
//! and the report prints a visible blank ("……") for it instead of inventing text.
//!
//! Individual and collective fields share one object: switching a dossier's subject kind in the app
//! must not make it unreadable, so a field of the other kind is kept, and simply not printed.

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// Longest length of a one-line field (a home town, an address), in characters.
pub const PROFILE_LINE_MAX: usize = 300;
/// Longest length of a free-text field (the tasks, the account of achievements), in characters:
/// about ten pages of the template, well above any real report.
pub const PROFILE_TEXT_MAX: usize = 20_000;
/// Largest staff count a collective may declare.
pub const STAFF_COUNT_MAX: u32 = 1_000_000;

/// The optional `profile` object of a dossier (format version 1, an added field).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    /// Individual: "Sinh ngày, tháng, năm", written `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// Individual: "Giới tính".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Individual: "Quê quán".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_town: Option<String>,
    /// Individual: "Trú quán", where the person lives now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<String>,
    /// Individual: "Trình độ chuyên môn, nghiệp vụ".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualification: Option<String>,
    /// Individual: "Học hàm, học vị, danh hiệu, giải thưởng".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub academic_titles: Option<String>,
    /// Collective: the seat ("trụ sở"), with telephone or web address if the unit wants them shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Collective: the founding date ("thành lập"), written `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founded_on: Option<String>,
    /// Collective: how it is organised ("cơ cấu tổ chức"): its divisions, its leadership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Collective: the number of staff ("tổng số cán bộ, công chức, viên chức, người lao động").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_count: Option<u32>,
    /// Collective: buildings and equipment ("cơ sở vật chất").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facilities: Option<String>,
    /// Both: the tasks assigned ("quyền hạn, nhiệm vụ được giao" for a person, "chức năng, nhiệm
    /// vụ" for a collective).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duties: Option<String>,
    /// Both: the subject's own account of what was achieved, beside the years and initiatives the
    /// report lists from the dossier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub achievements: Option<String>,
}

/// "Giới tính" as the template asks it: `nam` (male) or `nu` (female).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Nam,
    Nu,
}

impl Gender {
    pub const ALL: [Gender; 2] = [Gender::Nam, Gender::Nu];

    pub fn code(self) -> &'static str {
        match self {
            Gender::Nam => "nam",
            Gender::Nu => "nu",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Gender::Nam => Text { vi: "Nam", en: "Male" },
            Gender::Nu => Text {
                vi: "Nữ", en: "Female"
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_profile_serialises_as_an_empty_object() {
        assert_eq!(serde_json::to_string(&Profile::default()).expect("serialises"), "{}");
    }

    #[test]
    fn gender_codes_are_their_serde_spelling() {
        for g in Gender::ALL {
            assert_eq!(serde_json::to_value(g).expect("serialises"), g.code());
        }
    }
}
