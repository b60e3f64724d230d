//! `rating_each_year(R)`: the subject is rated R in every year of the period (CRITERIA.md).
//!
//! | met | every period year has rating R |
//! | not_met | some ended period year has another non-null rating |
//! | unknown | otherwise, some ended period year has no entry or a null rating |
//! | pending | otherwise: some period year has not ended and is not yet R |

use super::yearly::{self, YearPart};
use super::{words, Context, Fix, Outcome};
use crate::assessment::Status;
use crate::codes::Rating;
use crate::missing::FieldRef;
use crate::text::Message;

pub(super) fn evaluate(required: Rating, ctx: Context<'_>) -> Outcome {
    let want = words::lowered(required.label());
    yearly::evaluate(ctx, |year, entry, ended| {
        let rating = entry.and_then(|e| e.rating);
        let field = FieldRef::YearRating(year);
        match rating {
            Some(r) if r == required => YearPart {
                status: Status::Met,
                phrase: want.clone(),
                fix: None,
            },
            // A year that has not ended can only count positively: whatever is entered, it waits.
            _ if !ended => YearPart {
                status: Status::Pending,
                phrase: Message::new(
                    format!("năm chưa kết thúc, chưa được xếp loại {}", want.vi),
                    format!("year not ended, not yet rated {}", want.en),
                ),
                fix: Some(Fix {
                    fix: Message::new(
                        format!("Cần được xếp loại {} năm {year}", want.vi),
                        format!("Needs the rating {} for {year}", want.en),
                    ),
                    field,
                }),
            },
            Some(other) => {
                let got = words::lowered(other.label());
                YearPart {
                    status: Status::NotMet,
                    phrase: Message::new(
                        format!("xếp loại {}, không phải {}", got.vi, want.vi),
                        format!("rated {}, not {}", got.en, want.en),
                    ),
                    fix: Some(Fix {
                        fix: Message::new(
                            format!("Cần xếp loại {} năm {year} (đã nhập: {})", want.vi, got.vi),
                            format!("Needs the rating {} for {year} (entered: {})", want.en, got.en),
                        ),
                        field,
                    }),
                }
            }
            None => YearPart {
                status: Status::Unknown,
                phrase: Message::new("chưa nhập xếp loại", "no rating entered"),
                fix: Some(Fix {
                    fix: Message::new(
                        format!("Cần nhập xếp loại năm {year}"),
                        format!("Needs the rating for {year} entered"),
                    ),
                    field,
                }),
            },
        }
    })
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
        evaluate(XuatSac, alone(&d, as_of)).status
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
        let outcome = evaluate(XuatSac, alone(&d, day(2026, 1, 1)));
        assert_eq!(
            outcome.detail.vi,
            "Năm 2025: xếp loại hoàn thành tốt nhiệm vụ, không phải hoàn thành xuất sắc nhiệm vụ"
        );
        assert_eq!(outcome.fixes.len(), 1);
        assert_eq!(outcome.fixes[0].field, FieldRef::YearRating(2025));
    }
}
