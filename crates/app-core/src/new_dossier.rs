//! The choices of the new-dossier page as plain functions: which standards a subject may use, which
//! period to preselect, whether to ask about a unit head, the name check, and the new dossier.

use chrono::{Datelike, NaiveDate};
use criteria::catalogue::{Ruleset, RULESETS};
use criteria::codes::SubjectKind;
use criteria::dossier::{Dossier, Period};

/// The longest name a dossier may have, in characters (FORMAT.md).
pub const NAME_MAX: usize = 200;

/// The rulesets that cover `kind`, newest document first.
pub fn rulesets_for(kind: SubjectKind) -> impl Iterator<Item = &'static Ruleset> {
    RULESETS.iter().copied().filter(move |r| r.covers(kind))
}

/// The suggested period to preselect on `today`, as an index into `suggested_periods`.
///
/// The shortest suggested period that contains this year; if none does, the one that ended
/// latest before this year. *Choice*: among periods that tie (same length, or same last year),
/// the shortest and then the first listed wins, so a single year is preferred to the whole plan:
/// in 2026 a 2023–2025 ruleset preselects 2025, the year whose exemplars are chosen next. If
/// every period is still ahead, the first is preselected.
pub fn current_period(ruleset: &Ruleset, today: NaiveDate) -> Option<usize> {
    let year = today.year();
    let periods = ruleset.suggested_periods;
    let length = |i: &usize| periods[*i].to - periods[*i].from;
    let containing = (0..periods.len()).filter(|&i| periods[i].from <= year && year <= periods[i].to);
    let shortest_containing = containing.min_by_key(length);
    let ended = (0..periods.len()).filter(|&i| periods[i].to < year);
    let latest_ended = ended.min_by_key(|i| (std::cmp::Reverse(periods[*i].to), length(i)));
    shortest_containing
        .or(latest_ended)
        .or((!periods.is_empty()).then_some(0))
}

/// Why a name cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong,
}

/// The name as it will be stored: trimmed, 1 to [`NAME_MAX`] characters.
pub fn checked_name(raw: &str) -> Result<String, NameError> {
    let name = raw.trim();
    match name.chars().count() {
        0 => Err(NameError::Empty),
        n if n > NAME_MAX => Err(NameError::TooLong),
        _ => Ok(name.to_owned()),
    }
}

/// What the page asks before a dossier can be made.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: SubjectKind,
    pub ruleset: &'static Ruleset,
    pub period: Period,
    /// Already checked by [`checked_name`].
    pub name: String,
    /// Kept only for an individual under a ruleset that asks about it (`Ruleset::asks_unit_head`).
    pub unit_head: bool,
}

/// Builds the new dossier from the page's answers: id `id`, created and updated at `now`
/// (RFC 3339), and nothing declared yet ([`Dossier::blank`]: no year entries, initiatives not
/// filled in, the unit-head answer kept only where the ruleset asks it).
pub fn build_dossier(draft: &Draft, id: String, now: String) -> Dossier {
    Dossier::blank(
        id,
        draft.ruleset,
        draft.period,
        draft.kind,
        draft.name.clone(),
        draft.unit_head,
        now,
    )
}

#[cfg(test)]
mod tests {
    use criteria::catalogue::ruleset;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real calendar day")
    }

    fn preselected(id: &str, today: NaiveDate) -> (i32, i32) {
        let r = ruleset(id).expect("a catalogue ruleset");
        let p = &r.suggested_periods[current_period(r, today).expect("the ruleset suggests periods")];
        (p.from, p.to)
    }

    /// A 2023–2025 dossier of `kind` under `ruleset_id`, asked to be a unit head.
    fn built(kind: SubjectKind, ruleset_id: &str) -> Dossier {
        let draft = Draft {
            kind,
            ruleset: ruleset(ruleset_id).expect("a catalogue ruleset"),
            period: Period { from: 2023, to: 2025 },
            name: "Phòng Tài nguyên nước".to_owned(),
            unit_head: true,
        };
        build_dossier(&draft, "d-abc".to_owned(), "2026-11-21T08:00:00Z".to_owned())
    }

    #[test]
    fn households_are_offered_only_khanh_hoa() {
        let ids: Vec<&str> = rulesets_for(SubjectKind::HoGiaDinh).map(|r| r.id).collect();
        assert_eq!(ids, ["stnmt-khanhhoa-2023-2025"]);
        assert_eq!(rulesets_for(SubjectKind::CaNhan).count(), RULESETS.len());
    }

    #[test]
    fn the_shortest_period_holding_this_year_is_preselected() {
        assert_eq!(preselected("btnmt-dhtt-2023-2025", day(2024, 6, 1)), (2024, 2024));
        assert_eq!(preselected("btnmt-dhtt-2021-2025", day(2022, 3, 1)), (2021, 2022));
    }

    #[test]
    fn after_the_plan_the_latest_ended_period_is_preselected() {
        assert_eq!(preselected("btnmt-dhtt-2023-2025", day(2026, 11, 21)), (2025, 2025));
        assert_eq!(preselected("btnmt-dhtt-2021-2025", day(2026, 1, 1)), (2023, 2025));
        assert_eq!(preselected("btnmt-thidua-2021", day(2026, 1, 1)), (2021, 2021));
    }

    #[test]
    fn only_rulesets_with_a_unit_head_criterion_ask_about_it() {
        let asking: Vec<&str> = RULESETS.iter().filter(|r| r.asks_unit_head()).map(|r| r.id).collect();
        assert_eq!(asking, ["btnmt-dhtt-2021-2025", "btnmt-thidua-2021"]);
    }

    #[test]
    fn names_are_trimmed_and_hold_1_to_200_characters() {
        assert_eq!(checked_name("  Nguyễn Thị Hoa "), Ok("Nguyễn Thị Hoa".to_owned()));
        assert_eq!(checked_name("   "), Err(NameError::Empty));
        assert_eq!(checked_name(&"ạ".repeat(200)).map(|n| n.chars().count()), Ok(200));
        assert_eq!(checked_name(&"ạ".repeat(201)), Err(NameError::TooLong));
    }

    #[test]
    fn a_new_dossier_declares_nothing_yet() {
        let d = built(SubjectKind::TapThe, "btnmt-dhtt-2023-2025");
        assert_eq!((d.format.as_str(), d.format_version), ("dien-hinh.dossier", 1));
        assert_eq!(d.created_at, d.updated_at);
        assert!(d.years.is_empty(), "an entry with no titles would declare none");
        assert!(!d.subject.unit_head, "a collective never heads a unit");
        assert_eq!(d.initiatives, None);
        assert!(d.declarations.is_empty());
    }

    #[test]
    fn a_built_dossier_passes_the_crates_validation() {
        let d = built(SubjectKind::CaNhan, "btnmt-dhtt-2021-2025");
        assert!(d.subject.unit_head);
        let json = serde_json::to_value(&d).expect("a dossier serialises");
        assert_eq!(criteria::validate::validate_dossier(&json, "dossier"), Ok(d));
    }
}
