//! The editor's fields: the one table of where each field is (its section) and what its element id
//! is, used by the editor to render, by the "what is missing" links and by the check-your-answers
//! page, so every link lands on a field that is there.
//!
//! [`Field::is_shown`] says which fields the editor shows for a dossier (only what its ruleset and
//! subject ask); a test checks that every [`FieldRef`] the assessment can point at is one of them.

use criteria::catalogue::Rule;
use criteria::codes::SubjectKind;
use criteria::dossier::Dossier;
use criteria::FieldRef;

use crate::profile::ProfileQuestion;
use crate::ruleset_of;

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

pub const NAME_ID: &str = "f-name";
pub const UNIT_ID: &str = "f-unit";
pub const POSITION_ID: &str = "f-position";
pub const UNIT_HEAD_ID: &str = "f-unit-head";
pub const UNIT_DOSSIER_ID: &str = "f-unit-dossier";
pub const SECTOR_ID: &str = "f-sector";
pub const NOTES_ID: &str = "f-notes";
pub const PERIOD_ID: &str = "f-period";
pub const INITIATIVES_ID: &str = "f-initiatives";

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

pub fn year_evidence_id(year: i32) -> String {
    format!("f-year-{year}-evidence")
}

/// A field of the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Name,
    Unit,
    Position,
    UnitHead,
    UnitDossier,
    Sector,
    /// The review period, changeable after creation.
    Period,
    Notes,
    YearRating(i32),
    YearTitles(i32),
    YearPlan(i32),
    YearEvidence(i32),
    /// The choice "not filled in / none / a list".
    Initiatives,
    /// The answer to a declared criterion, by the criterion's id.
    Declaration(String),
    /// A question of the Lý lịch section.
    Profile(ProfileQuestion),
}

impl Field {
    pub fn section(&self) -> Section {
        match self {
            Field::Name
            | Field::Unit
            | Field::Position
            | Field::UnitHead
            | Field::UnitDossier
            | Field::Sector
            | Field::Period
            | Field::Notes => Section::Subject,
            Field::YearRating(_) | Field::YearTitles(_) | Field::YearPlan(_) | Field::YearEvidence(_) => Section::Years,
            Field::Initiatives => Section::Initiatives,
            Field::Declaration(_) => Section::Declarations,
            Field::Profile(_) => Section::Profile,
        }
    }

    /// The element id the editor gives the field (for a group, its fieldset).
    pub fn id(&self) -> String {
        match self {
            Field::Name => NAME_ID.to_owned(),
            Field::Unit => UNIT_ID.to_owned(),
            Field::Position => POSITION_ID.to_owned(),
            Field::UnitHead => UNIT_HEAD_ID.to_owned(),
            Field::UnitDossier => UNIT_DOSSIER_ID.to_owned(),
            Field::Sector => SECTOR_ID.to_owned(),
            Field::Period => PERIOD_ID.to_owned(),
            Field::Notes => NOTES_ID.to_owned(),
            Field::YearRating(y) => year_rating_id(*y),
            Field::YearTitles(y) => year_titles_id(*y),
            Field::YearPlan(y) => year_plan_id(*y),
            Field::YearEvidence(y) => year_evidence_id(*y),
            Field::Initiatives => INITIATIVES_ID.to_owned(),
            Field::Declaration(id) => declaration_id(id),
            Field::Profile(q) => q.id().to_owned(),
        }
    }

    /// The editor URL that opens the field's section and focuses it.
    pub fn href(&self, dossier_id: &str) -> String {
        href(dossier_id, self.section(), &self.id())
    }

    /// Whether the editor shows this field for `d`: it asks only what the ruleset and the subject
    /// need.
    pub fn is_shown(&self, d: &Dossier) -> bool {
        let ruleset = ruleset_of(d);
        let kind = d.subject.kind;
        let individual = kind == SubjectKind::CaNhan;
        match self {
            Field::Name | Field::Unit | Field::Period | Field::Notes | Field::Initiatives => true,
            Field::Position => individual,
            Field::UnitHead => individual && ruleset.asks_unit_head(),
            Field::UnitDossier => individual && ruleset.asks_unit_head() && d.subject.unit_head,
            Field::Sector => ruleset.asks_sector(),
            Field::YearRating(y) => d.period.contains(*y) && kind != SubjectKind::HoGiaDinh,
            Field::YearTitles(y) | Field::YearEvidence(y) => d.period.contains(*y),
            Field::YearPlan(y) => {
                d.period.contains(*y)
                    && kind == SubjectKind::TapThe
                    && ruleset.uses(|rule| matches!(rule, Rule::PlanCompletion { .. }))
            }
            Field::Declaration(id) => ruleset
                .0
                .criteria_for(&d.subject)
                .any(|c| c.id == id && matches!(c.rule, Rule::Declared)),
            Field::Profile(q) => ProfileQuestion::of_kind(kind).contains(q),
        }
    }
}

impl From<&FieldRef> for Field {
    fn from(field: &FieldRef) -> Field {
        match field {
            FieldRef::Declaration(id) => Field::Declaration(id.clone()),
            FieldRef::YearRating(y) => Field::YearRating(*y),
            FieldRef::YearTitles(y) => Field::YearTitles(*y),
            FieldRef::YearPlanCompletion(y) => Field::YearPlan(*y),
            FieldRef::Initiatives => Field::Initiatives,
            FieldRef::UnitDossier => Field::UnitDossier,
        }
    }
}

/// Every field the editor could show for `d`: each field of the subject, each field of each period
/// year, the initiatives, and an answer to each criterion of its ruleset.
fn every_field(d: &Dossier) -> Vec<Field> {
    let mut all = vec![
        Field::Name,
        Field::Unit,
        Field::Position,
        Field::UnitHead,
        Field::UnitDossier,
        Field::Sector,
        Field::Period,
        Field::Notes,
    ];
    for y in d.period.years() {
        all.extend([
            Field::YearRating(y),
            Field::YearTitles(y),
            Field::YearPlan(y),
            Field::YearEvidence(y),
        ]);
    }
    all.push(Field::Initiatives);
    all.extend(
        ruleset_of(d)
            .criteria
            .iter()
            .map(|c| Field::Declaration(c.id.to_owned())),
    );
    all.extend(
        ProfileQuestion::of_kind(d.subject.kind)
            .iter()
            .map(|q| Field::Profile(*q)),
    );
    all
}

/// The fields the editor shows for `d`, in the editor's order.
pub fn shown(d: &Dossier) -> Vec<Field> {
    every_field(d).into_iter().filter(|f| f.is_shown(d)).collect()
}

/// The section and element that fix a missing item.
pub fn locate(field: &FieldRef) -> (Section, String) {
    let field = Field::from(field);
    (field.section(), field.id())
}

/// The editor URL that opens `section` and focuses the element `anchor`.
pub fn href(dossier_id: &str, section: Section, anchor: &str) -> String {
    format!("/ho-so/{dossier_id}?muc={}#{anchor}", section.slug())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use chrono::NaiveDate;
    use criteria::codes::{Rating, Title};
    use criteria::dossier::YearEntry;
    use criteria::what_is_missing;

    use super::*;
    use crate::new_dossier::{build_dossier, Draft};
    use crate::RulesetRef;

    /// Every kind of subject under every ruleset that covers it, for each suggested period and
    /// each unit-head answer: empty, and with some years entered (a rating but no title, a title
    /// below the one needed, no plan), so the rules point at every kind of field.
    fn dossiers() -> Vec<Dossier> {
        let mut all = Vec::new();
        for ruleset in RulesetRef::all() {
            for kind in ruleset.subjects {
                for period in ruleset.suggested_periods {
                    for unit_head in [false, true] {
                        let draft = Draft {
                            kind: *kind,
                            ruleset: ruleset.0,
                            period: criteria::dossier::Period {
                                from: period.from,
                                to: period.to,
                            },
                            name: "Thử".to_owned(),
                            unit_head,
                        };
                        let mut d = build_dossier(&draft, "d-test".to_owned(), "2025-01-01T00:00:00Z".to_owned());
                        all.push(d.clone());
                        d.years = d
                            .period
                            .years()
                            .map(|year| YearEntry {
                                year,
                                rating: Some(Rating::HoanThanh),
                                titles: if year % 2 == 0 {
                                    vec![Title::GiayKhen]
                                } else {
                                    Vec::new()
                                },
                                titles_answered: true,
                                plan_completion_pct: None,
                                evidence: String::new(),
                                extra: Default::default(),
                            })
                            .collect();
                        d.subject.unit_dossier = unit_head.then(|| "d-nowhere".to_owned());
                        all.push(d);
                    }
                }
            }
        }
        all
    }

    #[test]
    fn every_missing_item_links_to_a_field_the_editor_shows() {
        let mut kinds = std::collections::HashSet::new();
        for d in dossiers() {
            for as_of in [(2022, 6, 1), (2026, 1, 1)] {
                let as_of = NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2).expect("a day");
                for missing in what_is_missing(&d, &[], as_of) {
                    let field = Field::from(&missing.field);
                    assert!(
                        field.is_shown(&d),
                        "{} ({:?} under {}) links to {field:?}, which the editor does not show",
                        missing.criterion_id,
                        d.subject.kind,
                        d.ruleset
                    );
                    kinds.insert(std::mem::discriminant(&missing.field));
                }
            }
        }
        assert_eq!(
            kinds.len(),
            6,
            "the sample reaches every kind of field a fix can point at"
        );
    }

    #[test]
    fn element_ids_are_unique_within_a_dossier() {
        for d in dossiers() {
            let fields = every_field(&d);
            let ids: BTreeSet<String> = fields.iter().map(Field::id).collect();
            assert_eq!(ids.len(), fields.len());
            assert!(
                shown(&d).len() < fields.len(),
                "the editor asks only what the dossier needs"
            );
        }
    }

    #[test]
    fn a_link_opens_the_section_and_names_the_element() {
        assert_eq!(
            Field::from(&FieldRef::Declaration("btnmt-dhtt-2023-2025/cn-1".into())).href("d-hoa"),
            "/ho-so/d-hoa?muc=tieu-chi#f-decl-btnmt-dhtt-2023-2025--cn-1"
        );
        assert_eq!(
            locate(&FieldRef::YearPlanCompletion(2024)),
            (Section::Years, "f-year-2024-plan".to_owned())
        );
        assert!(Section::ALL.iter().all(|s| Section::from_slug(s.slug()) == Some(*s)));
    }
}
