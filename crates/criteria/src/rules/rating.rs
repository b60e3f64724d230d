//! `rating_each_year(R)`: the subject is rated R in every year of the period (CRITERIA.md).
//!
//! | met | every period year has rating R |
//! | not_met | some ended period year has another non-null rating |
//! | unknown | otherwise, some ended period year has no entry or a null rating |
//! | pending | otherwise: some period year has not ended and is not yet R |

use super::yearly::{self, Words};
use super::{words, Context, Fix, Outcome, Want};
use crate::assessment::Status;
use crate::codes::Rating;
use crate::dossier::YearEntry;
use crate::missing::FieldRef;
use crate::text::Message;

/// One period year: rated `required`, or waiting while the year runs ("only a positive entry
/// counts"), or rated otherwise, or not rated.
pub(super) fn year_status(required: Rating, entry: Option<&YearEntry>, ended: bool) -> Status {
    match entry.and_then(|e| e.rating) {
        Some(r) if r == required => Status::Met,
        // A year that has not ended can only count positively: whatever is entered, it waits.
        _ if !ended => Status::Pending,
        Some(_) => Status::NotMet,
        None => Status::Unknown,
    }
}

pub(super) fn evaluate(required: Rating, ctx: Context<'_>, want: Want) -> Outcome {
    let want_label = || words::lowered(required.label());
    let entered = |entry: Option<&YearEntry>| {
        let rating = entry.and_then(|e| e.rating);
        rating.map(|r| words::lowered(r.label()))
    };
    let phrase = |_: i32, entry: Option<&YearEntry>, status: Status| {
        let want = want_label();
        match (status, entered(entry)) {
            (Status::Met, _) => want,
            (Status::Pending, _) => Message::new(
                format!("năm chưa kết thúc, chưa được xếp loại {}", want.vi),
                format!("year not ended, not yet rated {}", want.en),
            ),
            (Status::NotMet, Some(got)) => Message::new(
                format!("xếp loại {}, không phải {}", got.vi, want.vi),
                format!("rated {}, not {}", got.en, want.en),
            ),
            _ => Message::new("chưa nhập xếp loại", "no rating entered"),
        }
    };
    let fix = |year: i32, entry: Option<&YearEntry>, status: Status| {
        let want = want_label();
        let fix = match (status, entered(entry)) {
            (Status::NotMet, Some(got)) => Message::new(
                format!("Cần xếp loại {} năm {year} (đã nhập: {})", want.vi, got.vi),
                format!("Needs the rating {} for {year} (entered: {})", want.en, got.en),
            ),
            (Status::Unknown, _) => Message::new(
                format!("Cần nhập xếp loại năm {year}"),
                format!("Needs the rating for {year} entered"),
            ),
            _ => Message::new(
                format!("Cần được xếp loại {} năm {year}", want.vi),
                format!("Needs the rating {} for {year}", want.en),
            ),
        };
        Fix {
            fix,
            field: FieldRef::YearRating(year),
        }
    };
    let judge = |_: i32, entry: Option<&YearEntry>, ended: bool| year_status(required, entry, ended);
    yearly::evaluate(ctx, want, judge, Words { phrase, fix })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixtures::{alone, day, individual, year};
    use Rating::*;

    const RS: &str = "btnmt-dhtt-2023-2025";

    fn status(years: Vec<crate::dossier::YearEntry>, as_of: chrono::NaiveDate) -> Status {
        let mut d = individual(RS, 2024, 2025);
        d.years = years;
        evaluate(XuatSac, alone(&d, as_of), Want::Detail).status
    }

    #[test]
    fn a_lower_rating_in_the_last_year_waits_until_it_ends() {
        let years = || vec![year(2024, Some(XuatSac), &[]), year(2025, Some(Tot), &[])];
        assert_eq!(status(years(), day(2025, 12, 31)), Status::Pending);
        assert_eq!(status(years(), day(2026, 1, 1)), Status::NotMet);
    }

    #[test]
    fn a_missing_rating_is_unknown_only_once_the_year_ends() {
        let years = || vec![year(2024, Some(XuatSac), &[]), year(2025, None, &[])];
        assert_eq!(status(years(), day(2025, 12, 31)), Status::Pending);
        assert_eq!(status(years(), day(2026, 1, 1)), Status::Unknown);
    }

    #[test]
    fn a_fault_outranks_a_gap() {
        let years = vec![year(2024, Some(HoanThanh), &[])];
        assert_eq!(status(years, day(2026, 1, 1)), Status::NotMet);
    }

    #[test]
    fn the_detail_names_the_year_at_fault() {
        let mut d = individual(RS, 2024, 2025);
        d.years = vec![year(2024, Some(XuatSac), &[]), year(2025, Some(Tot), &[])];
        let outcome = evaluate(XuatSac, alone(&d, day(2026, 1, 1)), Want::Detail);
        assert_eq!(
            outcome.detail.vi,
            "Năm 2025: xếp loại hoàn thành tốt nhiệm vụ, không phải hoàn thành xuất sắc nhiệm vụ"
        );
        let fixes = evaluate(XuatSac, alone(&d, day(2026, 1, 1)), Want::Fixes).fixes;
        assert_eq!(fixes.len(), 1);
        assert_eq!(fixes[0].field, FieldRef::YearRating(2025));
    }
}
