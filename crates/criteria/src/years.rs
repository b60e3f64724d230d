//! When a year "has ended".
//!
//! CRITERIA.md, Rule kinds: "Year Y has ended" means `as_of >= 1 January of Y+1`. Titles and ratings
//! are decided after a year ends, so every rule asks this one question before it may say `not_met`
//! or `unknown` about a year, and a verdict is at best `on_track` until the period's last year has
//! ended.

use chrono::{Datelike, NaiveDate};

/// Whether `year` has ended by `as_of`: `as_of >= 1 January of year + 1` (CRITERIA.md, Rule kinds).
/// Public so that the app says "năm chưa kết thúc" by the very rule the assessment uses.
///
/// ```
/// use chrono::NaiveDate;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// assert!(!criteria::has_ended(2025, day(2025, 12, 31)));
/// assert!(criteria::has_ended(2025, day(2026, 1, 1)));
/// ```
///
/// Written as a comparison of years rather than by building 1 January of `year + 1`, which would
/// overflow for a year at the edge of `i32` (input the validator refuses, but `assess` must not
/// panic on it) and is the same thing for every date.
pub fn has_ended(year: i32, as_of: NaiveDate) -> bool {
    as_of.year() > year
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real calendar day")
    }

    #[test]
    fn a_year_has_not_ended_on_its_last_day() {
        assert!(!has_ended(2025, day(2025, 12, 31)));
    }

    #[test]
    fn a_year_has_ended_on_the_first_day_of_the_next() {
        assert!(has_ended(2025, day(2026, 1, 1)));
    }

    #[test]
    fn a_year_has_not_ended_before_it_starts() {
        assert!(!has_ended(2025, day(2024, 6, 30)));
    }

    #[test]
    fn years_at_the_edge_of_i32_do_not_overflow() {
        assert!(!has_ended(i32::MAX, day(2025, 1, 1)));
        assert!(has_ended(i32::MIN, day(2025, 1, 1)));
    }
}
