//! Where each field of the editor is: its section and its element id, so the "what is missing"
//! list, the check-your-answers page and the sections agree on every link.

use criteria::FieldRef;

/// The editor's sections, one shown at a time; the query parameter `muc` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Subject,
    Years,
    Initiatives,
    Declarations,
    /// Lý lịch: what the achievement report asks that the standards do not.
    Profile,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Subject,
        Section::Years,
        Section::Initiatives,
        Section::Declarations,
        Section::Profile,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Section::Subject => "thong-tin",
            Section::Years => "cac-nam",
            Section::Initiatives => "sang-kien",
            Section::Declarations => "tieu-chi",
            Section::Profile => "ly-lich",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// Element ids of fields. Criterion ids hold `/`, which is fine in an id but not pretty in a URL
/// fragment, so it becomes `--`.
pub fn declaration_id(criterion_id: &str) -> String {
    format!("f-decl-{}", criterion_id.replace('/', "--"))
}

pub fn year_rating_id(year: i32) -> String {
    format!("f-year-{year}-rating")
}

pub fn year_titles_id(year: i32) -> String {
    format!("f-year-{year}-titles")
}

pub fn year_plan_id(year: i32) -> String {
    format!("f-year-{year}-plan")
}

pub const INITIATIVES_ID: &str = "f-initiatives";
pub const UNIT_DOSSIER_ID: &str = "f-unit-dossier";

/// The section and element that fix a missing item.
pub fn locate(field: &FieldRef) -> (Section, String) {
    match field {
        FieldRef::Declaration(id) => (Section::Declarations, declaration_id(id)),
        FieldRef::YearRating(y) => (Section::Years, year_rating_id(*y)),
        FieldRef::YearTitles(y) => (Section::Years, year_titles_id(*y)),
        FieldRef::YearPlanCompletion(y) => (Section::Years, year_plan_id(*y)),
        FieldRef::Initiatives => (Section::Initiatives, INITIATIVES_ID.to_owned()),
        FieldRef::UnitDossier => (Section::Subject, UNIT_DOSSIER_ID.to_owned()),
    }
}

/// The editor URL that opens `section` and focuses the element `anchor`.
pub fn href(dossier_id: &str, section: Section, anchor: &str) -> String {
    format!("/ho-so/{dossier_id}?muc={}#{anchor}", section.slug())
}
