//! Changes a person makes to a dossier, as methods on it, so every editor (the app's sections, the
//! kiosk's samples, tests) makes them the same way and they are tested here, natively.
//!
//! Each method keeps the dossier valid for the format where the change alone can: years stay in
//! order with at most one entry each, a plan completion stays in its range, an answer and its
//! evidence stay together. What only the user can fix (an empty name) is left to the validator.
//! The profile's fields have their own setters (`profile`).

mod profile;

use std::collections::BTreeMap;

use crate::catalogue::Ruleset;
use crate::codes::{Rating, SubjectKind, Title};
use crate::dossier::{
    Declaration, Dossier, Initiative, Period, Subject, YearEntry, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION,
};

pub use profile::ProfileEditError;

/// The largest `plan_completion_pct` the format allows (FORMAT.md: 0–1000).
pub const PLAN_COMPLETION_MAX: f64 = 1000.0;

/// What the user said about a dossier's initiatives (FORMAT.md: `null`, `[]` or a list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitiativesChoice {
    /// Not filled in yet (`null`).
    NotAnswered,
    /// The subject declares none (`[]`).
    None,
    /// A list of at least one initiative.
    List,
}

/// Why a typed plan completion was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanCompletionError {
    NotANumber,
    OutOfRange,
}

impl Dossier {
    /// A new dossier with nothing declared yet: no year entries (a year with no entry is "not yet
    /// declared", whereas an entry with no titles would say "received none"), initiatives not
    /// filled in, no answers. `now` is an RFC 3339 timestamp for both `created_at` and `updated_at`.
    /// The unit-head flag is kept only for an individual under a ruleset that asks it.
    pub fn blank(
        id: String,
        ruleset: &Ruleset,
        period: Period,
        kind: SubjectKind,
        name: String,
        unit_head: bool,
        now: String,
    ) -> Dossier {
        Dossier {
            format: DOSSIER_FORMAT.to_owned(),
            format_version: DOSSIER_FORMAT_VERSION,
            id,
            created_at: now.clone(),
            updated_at: now,
            ruleset: ruleset.id.to_owned(),
            period,
            subject: Subject {
                kind,
                name,
                unit: String::new(),
                position: String::new(),
                unit_head: unit_head && kind == SubjectKind::CaNhan && ruleset.asks_unit_head(),
                unit_dossier: None,
                sector: None,
                extra: Default::default(),
            },
            years: Vec::new(),
            initiatives: None,
            declarations: BTreeMap::new(),
            notes: String::new(),
            profile: None,
            extra: Default::default(),
        }
    }

    /// The entry of `year`, created empty if there is none yet, keeping the entries in year order.
    pub fn year_mut(&mut self, year: i32) -> &mut YearEntry {
        let at = match self.years.iter().position(|y| y.year >= year) {
            Some(i) if self.years[i].year == year => i,
            Some(i) => {
                self.years.insert(i, YearEntry::empty(year));
                i
            }
            None => {
                self.years.push(YearEntry::empty(year));
                self.years.len() - 1
            }
        };
        &mut self.years[at]
    }

    pub fn set_rating(&mut self, year: i32, rating: Option<Rating>) {
        self.year_mut(year).rating = rating;
    }

    /// Adds or removes one title of `year`, keeping the list sorted and without repeats. The
    /// year's titles count as answered while one is held; removing the last one leaves them not
    /// answered again (the user has not said "none": that is [`Dossier::set_no_titles`]).
    pub fn set_title(&mut self, year: i32, title: Title, held: bool) {
        let entry = self.year_mut(year);
        entry.titles.retain(|t| *t != title);
        if held {
            entry.titles.push(title);
            entry.titles.sort();
        }
        entry.titles_answered = !entry.titles.is_empty();
    }

    /// Says that `year` had no title or commendation (`true`: titles answered, none held), or takes
    /// that answer back (`false`: not answered).
    pub fn set_no_titles(&mut self, year: i32, none: bool) {
        let entry = self.year_mut(year);
        entry.titles.clear();
        entry.titles_answered = none;
    }

    /// Takes the plan completion as typed ("105", "97,5", or empty to clear it). A value that is
    /// not a number or is outside 0–[`PLAN_COMPLETION_MAX`] changes nothing, so a typo never erases
    /// what was stored.
    pub fn set_plan_completion(&mut self, year: i32, typed: &str) -> Result<(), PlanCompletionError> {
        let text = typed.trim().replace(',', ".");
        let pct = if text.is_empty() {
            None
        } else {
            let pct = text.parse::<f64>().map_err(|_| PlanCompletionError::NotANumber)?;
            if !(0.0..=PLAN_COMPLETION_MAX).contains(&pct) {
                return Err(PlanCompletionError::OutOfRange);
            }
            Some(pct)
        };
        self.year_mut(year).plan_completion_pct = pct;
        Ok(())
    }

    pub fn set_year_evidence(&mut self, year: i32, evidence: String) {
        self.year_mut(year).evidence = evidence;
    }

    /// Answers a declared criterion: `Some(met)`, or `None` to withdraw the answer. The evidence
    /// already typed stays with a changed answer.
    pub fn answer(&mut self, criterion_id: &str, met: Option<bool>) {
        match met {
            None => {
                self.declarations.remove(criterion_id);
            }
            Some(met) => {
                self.declarations
                    .entry(criterion_id.to_owned())
                    .or_insert_with(|| Declaration {
                        met,
                        evidence: String::new(),
                        extra: Default::default(),
                    })
                    .met = met;
            }
        }
    }

    /// The evidence of an answered criterion; an unanswered one has no evidence to keep.
    pub fn set_declaration_evidence(&mut self, criterion_id: &str, evidence: String) {
        if let Some(declaration) = self.declarations.get_mut(criterion_id) {
            declaration.evidence = evidence;
        }
    }

    pub fn initiatives_choice(&self) -> InitiativesChoice {
        match &self.initiatives {
            None => InitiativesChoice::NotAnswered,
            Some(list) if list.is_empty() => InitiativesChoice::None,
            Some(_) => InitiativesChoice::List,
        }
    }

    /// Sets the initiatives section to `choice`. Choosing a list when there is none starts one
    /// blank initiative; choosing a list when there is one keeps it.
    pub fn set_initiatives_choice(&mut self, choice: InitiativesChoice) {
        if choice == self.initiatives_choice() {
            return;
        }
        self.initiatives = match choice {
            InitiativesChoice::NotAnswered => None,
            InitiativesChoice::None => Some(Vec::new()),
            InitiativesChoice::List => Some(vec![self.blank_initiative()]),
        };
    }

    /// Appends a blank initiative dated the period's last year.
    pub fn add_initiative(&mut self) {
        let blank = self.blank_initiative();
        self.initiatives.get_or_insert_with(Vec::new).push(blank);
    }

    /// Removes the initiative at `index`; removing the last one leaves "none declared" (`[]`).
    pub fn remove_initiative(&mut self, index: usize) {
        if let Some(list) = self.initiatives.as_mut().filter(|l| index < l.len()) {
            list.remove(index);
        }
    }

    pub fn initiative_mut(&mut self, index: usize) -> Option<&mut Initiative> {
        self.initiatives.as_mut()?.get_mut(index)
    }

    fn blank_initiative(&self) -> Initiative {
        Initiative {
            title: String::new(),
            kind: crate::codes::InitiativeKind::SangKien,
            year: self.period.to,
            scope: crate::codes::Scope::CoSo,
            evidence: String::new(),
            extra: Default::default(),
        }
    }
}

impl YearEntry {
    /// An entry for `year` with nothing entered: no rating, and its titles not answered yet, so
    /// entering a rating first does not read as "received no title".
    pub fn empty(year: i32) -> YearEntry {
        YearEntry {
            year,
            rating: None,
            titles: Vec::new(),
            titles_answered: false,
            plan_completion_pct: None,
            evidence: String::new(),
            extra: Default::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::ruleset;

    pub(super) fn blank() -> Dossier {
        let r = ruleset("btnmt-dhtt-2023-2025").expect("a ruleset of the catalogue");
        Dossier::blank(
            "d-1".into(),
            r,
            Period { from: 2023, to: 2025 },
            SubjectKind::CaNhan,
            "Nguyễn Thị Hoa".into(),
            false,
            "2026-01-05T08:00:00Z".into(),
        )
    }

    #[test]
    fn a_blank_dossier_declares_nothing() {
        let d = blank();
        assert!(d.years.is_empty());
        assert_eq!(d.initiatives_choice(), InitiativesChoice::NotAnswered);
        assert!(d.declarations.is_empty());
        assert_eq!(d.created_at, d.updated_at);
    }

    #[test]
    fn a_blank_dossier_keeps_the_unit_head_flag_only_where_the_ruleset_asks_it() {
        let period = Period { from: 2021, to: 2023 };
        let asks = ruleset("btnmt-dhtt-2021-2025").expect("ruleset");
        let never = ruleset("btnmt-dhtt-2023-2025").expect("ruleset");
        let head = |r, kind| Dossier::blank("d".into(), r, period, kind, "A".into(), true, "t".into());
        assert!(head(asks, SubjectKind::CaNhan).subject.unit_head);
        assert!(!head(asks, SubjectKind::TapThe).subject.unit_head);
        assert!(!head(never, SubjectKind::CaNhan).subject.unit_head);
    }

    #[test]
    fn year_entries_are_created_once_and_kept_in_order() {
        let mut d = blank();
        d.set_rating(2025, Some(Rating::Tot));
        d.set_rating(2023, Some(Rating::XuatSac));
        d.set_year_evidence(2024, "QĐ 1".into());
        d.set_rating(2023, None);
        let years: Vec<i32> = d.years.iter().map(|y| y.year).collect();
        assert_eq!(years, [2023, 2024, 2025]);
        assert_eq!(d.year(2023).and_then(|y| y.rating), None);
        assert_eq!(d.year(2025).and_then(|y| y.rating), Some(Rating::Tot));
    }

    #[test]
    fn titles_stay_sorted_without_repeats() {
        let mut d = blank();
        d.set_title(2023, Title::GiayKhen, true);
        d.set_title(2023, Title::CstdCoSo, true);
        d.set_title(2023, Title::CstdCoSo, true);
        assert_eq!(
            d.year(2023).map(|y| y.titles.clone()),
            Some(vec![Title::CstdCoSo, Title::GiayKhen])
        );
        d.set_title(2023, Title::CstdCoSo, false);
        assert_eq!(d.year(2023).map(|y| y.titles.clone()), Some(vec![Title::GiayKhen]));
    }

    #[test]
    fn a_rating_alone_leaves_the_titles_not_answered() {
        let mut d = blank();
        d.set_rating(2023, Some(Rating::XuatSac));
        assert_eq!(d.year(2023).map(|y| y.titles_answered), Some(false));
    }

    #[test]
    fn titles_are_answered_by_a_title_or_by_none_and_unanswered_by_removing_the_last() {
        let mut d = blank();
        let answered = |d: &Dossier| d.year(2023).map(|y| (y.titles.len(), y.titles_answered));
        d.set_title(2023, Title::CstdCoSo, true);
        assert_eq!(answered(&d), Some((1, true)));
        d.set_title(2023, Title::CstdCoSo, false);
        assert_eq!(answered(&d), Some((0, false)));
        d.set_title(2023, Title::GiayKhen, true);
        d.set_no_titles(2023, true);
        assert_eq!(answered(&d), Some((0, true)));
        d.set_no_titles(2023, false);
        assert_eq!(answered(&d), Some((0, false)));
    }

    #[test]
    fn a_plan_completion_typo_changes_nothing() {
        let mut d = blank();
        assert_eq!(d.set_plan_completion(2023, "97,5"), Ok(()));
        assert_eq!(d.set_plan_completion(2023, "9x"), Err(PlanCompletionError::NotANumber));
        assert_eq!(
            d.set_plan_completion(2023, "1001"),
            Err(PlanCompletionError::OutOfRange)
        );
        assert_eq!(d.set_plan_completion(2023, "-1"), Err(PlanCompletionError::OutOfRange));
        assert_eq!(d.year(2023).and_then(|y| y.plan_completion_pct), Some(97.5));
        assert_eq!(d.set_plan_completion(2023, " "), Ok(()));
        assert_eq!(d.year(2023).and_then(|y| y.plan_completion_pct), None);
    }

    #[test]
    fn an_answer_keeps_its_evidence_when_changed_and_drops_it_when_withdrawn() {
        let mut d = blank();
        let id = "btnmt-dhtt-2023-2025/cn-1";
        d.set_declaration_evidence(id, "ignored: not answered".into());
        assert!(d.declarations.is_empty());
        d.answer(id, Some(true));
        d.set_declaration_evidence(id, "Nhận xét".into());
        d.answer(id, Some(false));
        assert_eq!(
            d.declarations.get(id),
            Some(&Declaration {
                met: false,
                evidence: "Nhận xét".into(),
                extra: Default::default(),
            })
        );
        d.answer(id, None);
        assert!(d.declarations.is_empty());
    }

    #[test]
    fn choosing_a_list_starts_one_initiative_and_keeps_an_existing_list() {
        let mut d = blank();
        d.set_initiatives_choice(InitiativesChoice::None);
        assert_eq!(d.initiatives, Some(Vec::new()));
        d.set_initiatives_choice(InitiativesChoice::List);
        assert_eq!(d.initiatives.as_ref().map(Vec::len), Some(1));
        assert_eq!(d.initiatives.as_ref().map(|l| l[0].year), Some(2025));
        d.add_initiative();
        d.set_initiatives_choice(InitiativesChoice::List);
        assert_eq!(d.initiatives.as_ref().map(Vec::len), Some(2));
        d.remove_initiative(0);
        d.remove_initiative(7);
        assert_eq!(d.initiatives.as_ref().map(Vec::len), Some(1));
        d.remove_initiative(0);
        assert_eq!(d.initiatives_choice(), InitiativesChoice::None);
    }
}
