//! The catalogue: the four source documents' standards as data (CRITERIA.md).
//!
//! Each ruleset lives in its own module, written beside the document it encodes so a reader can put
//! the two side by side. Everything here is `'static` data: no logic beyond look-ups. The rules are
//! evaluated by [`crate::assess`].

mod btnmt_dhtt_2021_2025;
mod btnmt_dhtt_2023_2025;
mod btnmt_thidua_2021;
mod stnmt_khanhhoa_2023_2025;
pub use stnmt_khanhhoa_2023_2025::sector_quote;

use crate::codes::{InitiativeKind, Rating, SubjectKind, Title};
use crate::dossier::Subject;
use crate::text::Text;

/// Every ruleset, newest document first (the order the app offers them in).
pub static RULESETS: [&Ruleset; 4] = [
    &btnmt_dhtt_2023_2025::RULESET,
    &stnmt_khanhhoa_2023_2025::RULESET,
    &btnmt_dhtt_2021_2025::RULESET,
    &btnmt_thidua_2021::RULESET,
];

/// A document's standard: who it covers, over which years, and its criteria in catalogue order.
#[derive(Debug)]
pub struct Ruleset {
    /// e.g. `btnmt-dhtt-2023-2025`; the prefix of each of its criterion ids.
    pub id: &'static str,
    pub document: Document,
    /// First and last year a dossier's period may cover (CRITERIA.md, "span").
    pub span: (i32, i32),
    /// Where the document states the years of its span.
    pub span_source: Clause,
    pub subjects: &'static [SubjectKind],
    /// Why the subjects are what they are, where the document is not explicit.
    pub subjects_interpretation: Option<Text>,
    /// The periods the app offers, each labelled with the step of the plan it serves.
    pub suggested_periods: &'static [SuggestedPeriod],
    pub criteria: &'static [Criterion],
    /// How many exemplars a unit builds or nominates each year, where the document says.
    pub quota: Option<Quota>,
    pub milestones: &'static [Milestone],
}

/// The source document a ruleset encodes.
#[derive(Debug)]
pub struct Document {
    /// File name in `crates/criteria/sources/` (the copies the catalogue tests check quotes in).
    pub source_file: &'static str,
    /// Short name shown next to the ruleset, e.g. "Kế hoạch số 03/KH-BTNMT (2021)".
    pub name: Text,
    /// What the document is, in one line.
    pub title: Text,
    /// The part of the document the criteria come from, e.g. "mục II".
    pub part: &'static str,
}

/// A passage of a source document: where it is, and its words verbatim.
#[derive(Debug, Clone, Copy)]
pub struct Clause {
    /// e.g. "Kế hoạch của Bộ TN&MT (2023), mục III.5.a".
    pub citation: &'static str,
    pub quote: &'static str,
}

#[derive(Debug)]
pub struct SuggestedPeriod {
    pub from: i32,
    pub to: i32,
    pub label: Text,
}

/// One criterion of a ruleset, with the clause it comes from.
#[derive(Debug)]
pub struct Criterion {
    /// `<ruleset id>/<group>-<n>`, e.g. `btnmt-dhtt-2023-2025/cn-5`.
    pub id: &'static str,
    /// A short name in plain words (about 60 characters at most), distinct within the ruleset, for
    /// lists and headings where the full quote does not fit; the quote stays the authority.
    pub name: Text,
    pub applies_to: AppliesTo,
    pub rule: Rule,
    /// Where the clause is, as the assessment's `source` shows it, e.g.
    /// "Tiêu chuẩn điển hình tiên tiến, mục 2.c".
    pub citation: &'static str,
    /// The clause, verbatim from the source (the documents' own spelling kept).
    pub quote: &'static str,
    /// An English gloss of the quote.
    pub gloss: &'static str,
    /// The reading this catalogue chose where the document is not explicit (CRITERIA.md's
    /// *interpretation*); the app shows it next to the criterion.
    pub interpretation: Option<Text>,
    /// A remark that is not an interpretation, e.g. which part of a clause another criterion computes.
    pub note: Option<Text>,
}

/// Which dossiers a criterion applies to.
#[derive(Debug, Clone, Copy)]
pub enum AppliesTo {
    /// Dossiers whose subject is one of these kinds.
    Subjects(&'static [SubjectKind]),
    /// Individuals who head a unit (`subject.unit_head`): the `ld` group.
    UnitHead,
    /// Dossiers whose `subject.sector` is set (Khánh Hòa's `lv` group).
    SectorSet,
}

/// How a criterion is decided (CRITERIA.md, Rule kinds).
#[derive(Debug, Clone, Copy)]
pub enum Rule {
    /// The subject declares it, with evidence.
    Declared,
    /// Every period year has this rating.
    RatingEachYear(Rating),
    /// Every period year lists this title or a higher one of its ladder.
    TitleEachYear(Title),
    /// An initiative of one of these kinds with a year in the period.
    InitiativeInPeriod(&'static [InitiativeKind]),
    /// The given year's `plan_completion_pct` is at least `min_pct`.
    PlanCompletion { year: i32, min_pct: u32 },
    /// A unit head's unit: the linked collective dossier is eligible.
    UnitEligible,
}

/// A number of exemplars a unit builds or nominates, from the document.
#[derive(Debug)]
pub struct Quota {
    /// The subject kinds the number counts: 002's "(tập thể hoặc cá nhân)" counts collectives and
    /// individuals, not households (CRITERIA.md, Ranking).
    pub counts: &'static [SubjectKind],
    /// Whether the number is for each year ("Hàng năm"), rather than for the whole plan.
    pub per_year: bool,
    pub min: u32,
    /// None where the document sets no upper number.
    pub max: Option<u32>,
    /// Whether each nominee needs a "trích ngang thành tích" (achievement summary).
    pub needs_summary: bool,
    pub citation: &'static str,
    pub quote: &'static str,
    /// What the number means (e.g. built, not a cap on nominations).
    pub note: Text,
}

/// A calendar day, as plain numbers so the catalogue stays `'static` data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// When a milestone falls.
#[derive(Debug, Clone, Copy)]
pub enum When {
    /// Due before this day ("trước ngày").
    Before(Day),
    /// A window, both days included.
    Between(Day, Day),
    /// Every year from `from` to `to`, both included: the years of the plan that recur, which
    /// need not be the ruleset's span (the 2023–2025 plan reviews 2020–2025 but runs 2023–2025).
    EveryYear { from: i32, to: i32 },
    /// Every six months and at the end of the span's year(s).
    HalfYearly,
}

#[derive(Debug)]
pub struct Milestone {
    pub when: When,
    /// The documents' own wording of the time, e.g. "Quý III/2023".
    pub when_label: Text,
    pub what: Text,
    pub citation: &'static str,
}

/// The ruleset with this id.
pub fn ruleset(id: &str) -> Option<&'static Ruleset> {
    RULESETS.iter().copied().find(|r| r.id == id)
}

/// The part of a criterion id after its ruleset, as people cite it within one document:
/// `btnmt-dhtt-2023-2025/cn-5` → `cn-5`.
pub fn short_id(id: &str) -> &str {
    id.rsplit_once('/').map_or(id, |(_, short)| short)
}

/// The criterion with this id, in any ruleset.
pub fn criterion(id: &str) -> Option<&'static Criterion> {
    let (ruleset_id, _) = id.split_once('/')?;
    ruleset(ruleset_id)?.criteria.iter().find(|c| c.id == id)
}

impl Quota {
    /// Whether a nominee of this kind counts towards the number.
    pub fn counts_kind(&self, kind: SubjectKind) -> bool {
        self.counts.contains(&kind)
    }
}

impl AppliesTo {
    /// Whether a criterion with this reach applies to a dossier about `subject` (FORMAT.md:
    /// an assessment lists "every criterion that applies").
    #[inline]
    pub fn includes(self, subject: &Subject) -> bool {
        self.includes_kind(subject.kind, subject.unit_head, subject.sector.is_some())
    }

    /// As [`AppliesTo::includes`], for a subject of `kind` who heads a unit or not, with a sector
    /// or not: all it reads of the subject.
    pub fn includes_kind(self, kind: SubjectKind, unit_head: bool, sector_set: bool) -> bool {
        match self {
            AppliesTo::Subjects(kinds) => kinds.contains(&kind),
            AppliesTo::UnitHead => kind == SubjectKind::CaNhan && unit_head,
            AppliesTo::SectorSet => sector_set,
        }
    }
}

impl Ruleset {
    /// The criteria that apply to a dossier about `subject`, in catalogue order.
    pub fn criteria_for<'a>(&'static self, subject: &'a Subject) -> impl Iterator<Item = &'static Criterion> + 'a {
        self.criteria.iter().filter(move |c| c.applies_to.includes(subject))
    }

    /// Whether the ruleset has a rule for unit heads (the `ld` group), so forms ask whether an
    /// individual heads a unit only where it matters.
    pub fn asks_unit_head(&self) -> bool {
        self.criteria
            .iter()
            .any(|c| matches!(c.applies_to, AppliesTo::UnitHead))
    }

    /// Whether the ruleset has sector criteria (Khánh Hòa's `lv` group), so forms ask for one.
    pub fn asks_sector(&self) -> bool {
        self.criteria
            .iter()
            .any(|c| matches!(c.applies_to, AppliesTo::SectorSet))
    }

    /// Whether any criterion is decided by a rule of this kind.
    pub fn uses(&self, kind: fn(&Rule) -> bool) -> bool {
        self.criteria.iter().any(|c| kind(&c.rule))
    }

    pub fn covers(&self, kind: SubjectKind) -> bool {
        self.subjects.contains(&kind)
    }

    /// Whether `from..=to` lies inside the span, with `from <= to`.
    pub fn allows_period(&self, from: i32, to: i32) -> bool {
        self.span.0 <= from && from <= to && to <= self.span.1
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_id_drops_the_ruleset() {
        assert_eq!(super::short_id("btnmt-dhtt-2023-2025/cn-5"), "cn-5");
        assert_eq!(super::short_id("cn-5"), "cn-5");
    }
}
