//! Milestone dates: when each milestone of a ruleset falls on the calendar, and where it stands on a
//! given day (past, now, next), with the days left to its end.
//!
//! The catalogue states milestones the way the documents do (`When`: "trước ngày", a window, "hàng
//! năm", "định kỳ 06 tháng"); the time line needs concrete days. This module turns the one into the
//! other and knows nothing of Leptos, so its rules are tested on their own.

use chrono::NaiveDate;
use criteria::catalogue::{Day, Milestone, Ruleset, When};

/// What kind of date range an occurrence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Work done over a stretch of time, e.g. "Quý II/2025".
    Window,
    /// Something due by its last day, e.g. a report "trước ngày 31/5/2025".
    Deadline,
}

/// Where an occurrence stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Its last day is behind us.
    Past,
    /// Today lies inside it, both ends included.
    Now,
    /// It has not begun.
    Next,
}

/// One concrete date range of a milestone: a milestone that recurs ("hàng năm") has several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The first day, included.
    pub start: NaiveDate,
    /// The last day, included; for a deadline, the day it is due.
    pub end: NaiveDate,
    pub kind: Kind,
}

/// A calendar day of the catalogue as a date. The catalogue's days are checked by a test, so a day
/// that does not exist is a bug in the catalogue, not something a user can cause.
pub fn date(day: Day) -> NaiveDate {
    NaiveDate::from_ymd_opt(day.year, day.month, day.day).expect("the catalogue's days are real calendar days")
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    date(Day { year, month, day })
}

/// The concrete date ranges of `milestone` under `ruleset`, in date order.
///
/// - `Before(d)`: a deadline due on `d`.
///   *Interpretation*: the documents give no start, and each deadline sits in one year's work (the
///   year's plan, interim or final report), so it counts as current from 1 January of its year.
/// - `Between(a, b)`: the window from `a` to `b`.
/// - `EveryYear { from, to }`: one window per year it names, 1 January to 31 December.
/// - `HalfYearly`: two deadlines per span year, 30 June and 31 December, each current over its
///   half year.
pub fn occurrences(ruleset: &Ruleset, milestone: &Milestone) -> Vec<Occurrence> {
    match milestone.when {
        When::Before(due) => {
            let end = date(due);
            vec![Occurrence {
                start: ymd(due.year, 1, 1),
                end,
                kind: Kind::Deadline,
            }]
        }
        When::Between(from, to) => vec![Occurrence {
            start: date(from),
            end: date(to),
            kind: Kind::Window,
        }],
        When::EveryYear { from, to } => (from..=to)
            .map(|y| Occurrence {
                start: ymd(y, 1, 1),
                end: ymd(y, 12, 31),
                kind: Kind::Window,
            })
            .collect(),
        When::HalfYearly => (ruleset.span.0..=ruleset.span.1)
            .flat_map(|y| {
                [
                    Occurrence {
                        start: ymd(y, 1, 1),
                        end: ymd(y, 6, 30),
                        kind: Kind::Deadline,
                    },
                    Occurrence {
                        start: ymd(y, 7, 1),
                        end: ymd(y, 12, 31),
                        kind: Kind::Deadline,
                    },
                ]
            })
            .collect(),
    }
}

impl Occurrence {
    pub fn phase(&self, today: NaiveDate) -> Phase {
        if today > self.end {
            Phase::Past
        } else if today < self.start {
            Phase::Next
        } else {
            Phase::Now
        }
    }

    /// Days from `today` to the last day (0 on the last day itself, negative once it is past).
    pub fn days_to_end(&self, today: NaiveDate) -> i64 {
        (self.end - today).num_days()
    }

    /// Days from `today` to the first day (negative once it has begun).
    pub fn days_to_start(&self, today: NaiveDate) -> i64 {
        (self.start - today).num_days()
    }
}

/// One occurrence of one milestone on a ruleset's time line.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub milestone: &'static Milestone,
    pub occurrence: Occurrence,
    pub phase: Phase,
}

/// Every occurrence of every milestone of `ruleset`, ordered by first day then last day (catalogue
/// order breaks ties), each with its phase on `today`.
pub fn time_line(ruleset: &'static Ruleset, today: NaiveDate) -> Vec<Entry> {
    let mut entries: Vec<Entry> = ruleset
        .milestones
        .iter()
        .flat_map(|milestone| {
            occurrences(ruleset, milestone)
                .into_iter()
                .map(move |occurrence| Entry {
                    milestone,
                    occurrence,
                    phase: occurrence.phase(today),
                })
        })
        .collect();
    // A stable sort, so milestones with the same days keep the catalogue's order.
    entries.sort_by_key(|e| (e.occurrence.start, e.occurrence.end));
    entries
}

/// Where the "today" mark goes in a [`time_line`]: before the first entry that has not begun
/// (`entries.len()` when every entry has begun).
pub fn today_index(entries: &[Entry]) -> usize {
    entries
        .iter()
        .position(|e| e.phase == Phase::Next)
        .unwrap_or(entries.len())
}

#[cfg(test)]
mod tests {
    use criteria::catalogue::{ruleset, RULESETS};

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real calendar day")
    }

    fn catalogue(id: &str) -> &'static Ruleset {
        ruleset(id).expect("a catalogue ruleset")
    }

    /// The entry of `ruleset` whose milestone has this `when_label` and whose range ends on `end`.
    fn entry(ruleset: &str, label: &str, end: NaiveDate, today: NaiveDate) -> Entry {
        time_line(catalogue(ruleset), today)
            .into_iter()
            .find(|e| e.milestone.when_label.vi == label && e.occurrence.end == end)
            .unwrap_or_else(|| panic!("{ruleset} has a milestone {label} ending {end}"))
    }

    #[test]
    fn every_day_in_the_catalogue_is_a_real_date_and_every_range_runs_forward() {
        for r in RULESETS {
            for m in r.milestones {
                for o in occurrences(r, m) {
                    assert!(o.start <= o.end, "{}: {} starts after it ends", r.id, m.when_label.vi);
                }
            }
        }
    }

    #[test]
    fn a_deadline_is_due_on_its_day_and_current_from_the_first_of_january() {
        let khanh_hoa = catalogue("stnmt-khanhhoa-2023-2025");
        let report = &khanh_hoa.milestones[3];
        assert_eq!(
            occurrences(khanh_hoa, report),
            [Occurrence {
                start: day(2025, 1, 1),
                end: day(2025, 5, 31),
                kind: Kind::Deadline
            }]
        );
    }

    #[test]
    fn a_window_keeps_both_of_its_days() {
        let r = catalogue("btnmt-dhtt-2021-2025");
        let q3 = r.milestones.last().expect("the plan ends with the congress");
        assert_eq!(
            occurrences(r, q3),
            [Occurrence {
                start: day(2025, 7, 1),
                end: day(2025, 9, 30),
                kind: Kind::Window
            }]
        );
    }

    #[test]
    fn every_year_means_each_year_the_milestone_names_not_the_whole_span() {
        // The 2023–2025 plan reviews 2020–2025, but its yearly milestones run from 2023.
        let r = catalogue("btnmt-dhtt-2023-2025");
        let yearly = r
            .milestones
            .iter()
            .find(|m| matches!(m.when, When::EveryYear { .. }))
            .expect("the plan has a yearly milestone");
        let first = occurrences(r, yearly).first().map(|o| o.start);
        assert_eq!(first, Some(day(2023, 1, 1)));
        assert_eq!(occurrences(r, yearly).len(), 3);
    }

    #[test]
    fn every_year_means_each_year_of_the_plan() {
        let r = catalogue("stnmt-khanhhoa-2023-2025");
        let yearly = &r.milestones[2];
        let years: Vec<(NaiveDate, NaiveDate)> = occurrences(r, yearly).iter().map(|o| (o.start, o.end)).collect();
        assert_eq!(
            years,
            [
                (day(2023, 1, 1), day(2023, 12, 31)),
                (day(2024, 1, 1), day(2024, 12, 31)),
                (day(2025, 1, 1), day(2025, 12, 31)),
            ]
        );
    }

    #[test]
    fn half_yearly_means_the_thirtieth_of_june_and_the_thirty_first_of_december() {
        let r = catalogue("btnmt-thidua-2021");
        let dues: Vec<NaiveDate> = occurrences(r, &r.milestones[0]).iter().map(|o| o.end).collect();
        assert_eq!(dues, [day(2021, 6, 30), day(2021, 12, 31)]);
        assert!(occurrences(r, &r.milestones[0])
            .iter()
            .all(|o| o.kind == Kind::Deadline));
    }

    #[test]
    fn the_phase_is_past_after_the_last_day_now_inside_and_next_before() {
        let o = Occurrence {
            start: day(2025, 4, 1),
            end: day(2025, 6, 30),
            kind: Kind::Window,
        };
        assert_eq!(o.phase(day(2025, 3, 31)), Phase::Next);
        assert_eq!(o.phase(day(2025, 4, 1)), Phase::Now);
        assert_eq!(o.phase(day(2025, 6, 30)), Phase::Now);
        assert_eq!(o.phase(day(2025, 7, 1)), Phase::Past);
    }

    #[test]
    fn days_left_count_to_the_last_day() {
        let today = day(2025, 4, 15);
        let report = entry(
            "stnmt-khanhhoa-2023-2025",
            "Trước ngày 31/5/2025",
            day(2025, 5, 31),
            today,
        );
        assert_eq!(report.phase, Phase::Now);
        assert_eq!(report.occurrence.days_to_end(today), 46);
        assert_eq!(report.occurrence.days_to_end(day(2025, 5, 31)), 0);
        let congress = entry("btnmt-dhtt-2021-2025", "Quý III/2025", day(2025, 9, 30), today);
        assert_eq!(congress.phase, Phase::Next);
        assert_eq!(congress.occurrence.days_to_start(today), 77);
    }

    #[test]
    fn on_a_fixed_day_a_2025_quarter_is_now_and_a_2023_one_is_past() {
        let today = day(2025, 4, 15);
        assert_eq!(
            entry("btnmt-dhtt-2023-2025", "Quý II/2025", day(2025, 6, 30), today).phase,
            Phase::Now
        );
        assert_eq!(
            entry("btnmt-dhtt-2021-2025", "Quý I và II/2023", day(2023, 6, 30), today).phase,
            Phase::Past
        );
    }

    #[test]
    fn the_time_line_is_in_date_order_with_today_before_the_first_entry_to_come() {
        let today = day(2024, 2, 1);
        let entries = time_line(catalogue("btnmt-dhtt-2021-2025"), today);
        assert!(entries
            .windows(2)
            .all(|w| (w[0].occurrence.start, w[0].occurrence.end) <= (w[1].occurrence.start, w[1].occurrence.end)));
        let mark = today_index(&entries);
        assert!(entries[..mark].iter().all(|e| e.phase != Phase::Next));
        assert!(entries[mark..].iter().all(|e| e.phase == Phase::Next));
        assert_eq!(
            entries[mark].milestone.when_label.vi,
            "Từ Quý II/2024 đến hết Quý I/2025"
        );
    }

    #[test]
    fn after_the_plan_everything_is_past_and_today_comes_last() {
        let entries = time_line(catalogue("btnmt-thidua-2021"), day(2026, 1, 1));
        assert!(entries.iter().all(|e| e.phase == Phase::Past));
        assert_eq!(today_index(&entries), entries.len());
    }
}
