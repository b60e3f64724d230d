//! What an assessment as of a date can see (CRITERIA.md, "What `as_of` can see"): the one place
//! that decides which of a dossier's yearly entries and initiatives the rules and the ranking read.
//!
//! An assessment as of a date reads only what could be known on that date. A year entry for a year
//! after the year of `as_of` is read as absent, and an initiative of such a year is not there at
//! all; the year of `as_of` itself is read (a title decided in December counts in December). Every
//! rule and the rank key go through [`Seen`] rather than the dossier's lists, so a result never
//! depends on a year typed in ahead of time. Entries outside the period are still seen here: each
//! rule reads them through [`Seen::period_entry`] or [`Seen::period_entries`], which do not.

use chrono::{Datelike, NaiveDate};

use crate::dossier::{Declaration, Dossier, Initiative, Period, Subject, YearEntry};

/// A dossier as it could be known on `as_of`.
#[derive(Clone, Copy)]
pub(crate) struct Seen<'a> {
    dossier: &'a Dossier,
    as_of: NaiveDate,
}

impl<'a> Seen<'a> {
    pub fn new(dossier: &'a Dossier, as_of: NaiveDate) -> Self {
        Seen { dossier, as_of }
    }

    pub fn as_of(self) -> NaiveDate {
        self.as_of
    }

    pub fn id(self) -> &'a str {
        &self.dossier.id
    }

    pub fn ruleset_id(self) -> &'a str {
        &self.dossier.ruleset
    }

    pub fn period(self) -> Period {
        self.dossier.period
    }

    pub fn subject(self) -> &'a Subject {
        &self.dossier.subject
    }

    pub fn declaration(self, criterion_id: &str) -> Option<&'a Declaration> {
        self.dossier.declarations.get(criterion_id)
    }

    /// Every answer to a declared criterion, by criterion id, in the order of the ids.
    pub fn declarations(self) -> impl Iterator<Item = (&'a str, &'a Declaration)> {
        self.dossier.declarations.iter().map(|(id, d)| (id.as_str(), d))
    }

    /// Whether `year` has ended by `as_of` ([`crate::has_ended`]).
    pub fn has_ended(self, year: i32) -> bool {
        crate::years::has_ended(year, self.as_of)
    }

    /// Whether what is dated `year` can be known on `as_of`: the year has begun.
    fn knows(self, year: i32) -> bool {
        year <= self.as_of.year()
    }

    /// The entry for `year`, if declared and knowable. Should a year appear twice (input the
    /// validator refuses), the first entry counts, as [`Dossier::year`] reads it.
    fn entry(self, year: i32) -> Option<&'a YearEntry> {
        self.knows(year).then(|| self.dossier.year(year)).flatten()
    }

    /// The entry for `year` as the period's rules read it: [`Seen::entry`], and only for a year
    /// of the period (entries outside it are kept in the dossier but not read).
    pub fn period_entry(self, year: i32) -> Option<&'a YearEntry> {
        self.period().contains(year).then(|| self.entry(year)).flatten()
    }

    /// The knowable entries of the period's years, one per year (the first, as [`Seen::entry`]).
    ///
    /// Walks the dossier's entries rather than the period's years, so a hand-built period of
    /// billions of years costs nothing.
    pub fn period_entries(self) -> impl Iterator<Item = &'a YearEntry> {
        let (years, period) = (&self.dossier.years, self.period());
        years.iter().enumerate().filter_map(move |(i, e)| {
            let first = !years[..i].iter().any(|earlier| earlier.year == e.year);
            (first && period.contains(e.year) && self.knows(e.year)).then_some(e)
        })
    }

    /// The knowable initiatives, in the dossier's order; `None` while the section is not filled
    /// in (`initiatives` null).
    pub fn initiatives(self) -> Option<impl Iterator<Item = &'a Initiative> + Clone> {
        let list = self.dossier.initiatives.as_deref()?;
        Some(list.iter().filter(move |i| self.knows(i.year)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{InitiativeKind, Scope, Title, Title::*};
    use crate::rules::fixtures::{day, individual, year};

    fn initiative(year: i32) -> Initiative {
        Initiative {
            title: "X".into(),
            kind: InitiativeKind::SangKien,
            year,
            scope: Scope::CoSo,
            evidence: String::new(),
            extra: Default::default(),
        }
    }

    #[test]
    fn a_year_after_the_year_of_as_of_is_not_read() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.years = vec![year(2024, None, &[CstdCoSo]), year(2025, None, &[CstdCoSo])];
        let seen = Seen::new(&d, day(2024, 12, 31));
        assert!(seen.entry(2024).is_some(), "the year of as_of is read");
        assert!(seen.entry(2025).is_none(), "2025 is typed in ahead of time");
        assert_eq!(seen.period_entries().map(|e| e.year).collect::<Vec<_>>(), [2024]);
        assert!(Seen::new(&d, day(2025, 1, 1)).entry(2025).is_some());
    }

    #[test]
    fn an_initiative_of_a_later_year_is_not_there() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.initiatives = Some(vec![initiative(2023), initiative(2025)]);
        let years = |as_of| -> Vec<i32> {
            let seen = Seen::new(&d, as_of);
            seen.initiatives().expect("filled in").map(|i| i.year).collect()
        };
        assert_eq!(years(day(2024, 6, 30)), [2023]);
        assert_eq!(years(day(2025, 1, 1)), [2023, 2025]);
        d.initiatives = None;
        assert!(Seen::new(&d, day(2025, 1, 1)).initiatives().is_none());
    }

    #[test]
    fn period_entries_skip_other_years_and_keep_the_first_of_a_year() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2022, None, &[CstdBo]),
            year(2023, None, &[CstdCoSo]),
            year(2023, None, &[CstdToanQuoc]),
            year(2025, None, &[CstdBo]),
        ];
        let seen = Seen::new(&d, day(2030, 1, 1));
        let titles: Vec<&[Title]> = seen.period_entries().map(|e| e.titles.as_slice()).collect();
        assert_eq!(titles, [&[CstdCoSo][..]]);
        assert_eq!(
            seen.period_entry(2023).map(|e| e.titles.as_slice()),
            Some(&[CstdCoSo][..])
        );
        assert!(
            seen.entry(2022).is_some() && seen.period_entry(2022).is_none(),
            "kept, not read"
        );
    }
}
