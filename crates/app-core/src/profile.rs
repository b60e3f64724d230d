//! The questions of the editor's "Lý lịch" section: which ones a subject kind is asked, in the report's
//! order, each with its element id, its label and its answer as the check page words it. The
//! section and the check page both read this list, so they never disagree.

use criteria::codes::SubjectKind;
use criteria::profile::{Profile, ProfileDate, ProfileText};
use criteria::text::Text;

use crate::i18n::{msg::profile as m, Lang};

/// One question of the profile, by the kind of input that asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileQuestion {
    Date(ProfileDate),
    Gender,
    Text(ProfileText),
    StaffCount,
}

const PERSON: [ProfileQuestion; 8] = [
    ProfileQuestion::Date(ProfileDate::BirthDate),
    ProfileQuestion::Gender,
    ProfileQuestion::Text(ProfileText::HomeTown),
    ProfileQuestion::Text(ProfileText::Residence),
    ProfileQuestion::Text(ProfileText::Qualification),
    ProfileQuestion::Text(ProfileText::AcademicTitles),
    ProfileQuestion::Text(ProfileText::Duties),
    ProfileQuestion::Text(ProfileText::Achievements),
];

const COLLECTIVE: [ProfileQuestion; 7] = [
    ProfileQuestion::Text(ProfileText::Address),
    ProfileQuestion::Date(ProfileDate::FoundedOn),
    ProfileQuestion::Text(ProfileText::Organisation),
    ProfileQuestion::StaffCount,
    ProfileQuestion::Text(ProfileText::Facilities),
    ProfileQuestion::Text(ProfileText::Duties),
    ProfileQuestion::Text(ProfileText::Achievements),
];

impl ProfileQuestion {
    /// The questions for `kind` in the order of its report (crates/report/TEMPLATE.md); none for a
    /// household, which has no report form.
    pub fn of_kind(kind: SubjectKind) -> &'static [ProfileQuestion] {
        match kind {
            SubjectKind::CaNhan => &PERSON,
            SubjectKind::TapThe => &COLLECTIVE,
            SubjectKind::HoGiaDinh => &[],
        }
    }

    /// The id of the element to focus (the input; the group of radios for the sex).
    pub fn id(self) -> &'static str {
        match self {
            ProfileQuestion::Date(ProfileDate::BirthDate) => "f-profile-birth-date",
            ProfileQuestion::Date(ProfileDate::FoundedOn) => "f-profile-founded-on",
            ProfileQuestion::Gender => "f-profile-gender",
            ProfileQuestion::StaffCount => "f-profile-staff-count",
            ProfileQuestion::Text(t) => match t {
                ProfileText::HomeTown => "f-profile-home-town",
                ProfileText::Residence => "f-profile-residence",
                ProfileText::Qualification => "f-profile-qualification",
                ProfileText::AcademicTitles => "f-profile-academic-titles",
                ProfileText::Address => "f-profile-address",
                ProfileText::Organisation => "f-profile-organisation",
                ProfileText::Facilities => "f-profile-facilities",
                ProfileText::Duties => "f-profile-duties",
                ProfileText::Achievements => "f-profile-achievements",
            },
        }
    }

    /// The label; the tasks are worded as the person's or the collective's form words them.
    pub fn label(self, kind: SubjectKind) -> Text {
        match self {
            ProfileQuestion::Date(ProfileDate::BirthDate) => m::BIRTH_DATE,
            ProfileQuestion::Date(ProfileDate::FoundedOn) => m::FOUNDED_ON,
            ProfileQuestion::Gender => m::GENDER,
            ProfileQuestion::StaffCount => m::STAFF_COUNT,
            ProfileQuestion::Text(t) => match t {
                ProfileText::HomeTown => m::HOME_TOWN,
                ProfileText::Residence => m::RESIDENCE,
                ProfileText::Qualification => m::QUALIFICATION,
                ProfileText::AcademicTitles => m::ACADEMIC_TITLES,
                ProfileText::Address => m::ADDRESS,
                ProfileText::Organisation => m::ORGANISATION,
                ProfileText::Facilities => m::FACILITIES,
                ProfileText::Duties if kind == SubjectKind::TapThe => m::DUTIES_COLLECTIVE,
                ProfileText::Duties => m::DUTIES_PERSON,
                ProfileText::Achievements => m::ACHIEVEMENTS,
            },
        }
    }

    /// A line of help under the input, where the label alone does not say enough.
    pub fn hint(self) -> Option<Text> {
        match self {
            ProfileQuestion::Text(ProfileText::Address) => Some(m::ADDRESS_HINT),
            ProfileQuestion::Text(ProfileText::Organisation) => Some(m::ORGANISATION_HINT),
            ProfileQuestion::Text(ProfileText::Achievements) => Some(m::ACHIEVEMENTS_HINT),
            ProfileQuestion::Text(t) if t.is_long() => Some(m::PARAGRAPHS_HINT),
            _ => None,
        }
    }

    /// The answer in `lang` (a date as people write it), or None when there is none.
    pub fn answer(self, profile: &Profile, lang: Lang) -> Option<String> {
        match self {
            ProfileQuestion::Date(d) => {
                let iso = d.get(profile)?;
                Some(criteria::validate::parse_date(iso).map_or_else(|| iso.to_owned(), |day| lang.date(day)))
            }
            ProfileQuestion::Gender => profile.gender.map(|g| lang.pick(g.label()).to_owned()),
            ProfileQuestion::StaffCount => profile.staff_count.map(|n| n.to_string()),
            ProfileQuestion::Text(t) => t.get(profile).filter(|s| !s.trim().is_empty()).map(str::to_owned),
        }
    }
}
