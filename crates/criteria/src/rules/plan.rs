//! `plan_completion(Y, min)`: the share of year Y's work plan completed is at least `min` percent
//! (CRITERIA.md, Rule kinds; document 004 III.1: "hoàn thành 100% kế hoạch năm").
//!
//! | met | year Y has `plan_completion_pct >= min` |
//! | not_met | Y has ended and the value is below min |
//! | unknown | Y has ended and the value is missing |
//! | pending | Y has not ended and the value is missing or below min |
//!
//! Only years inside the period count (CRITERIA.md, Rule kinds, and "What `as_of` can see": the
//! period's rules do not read entries outside it), so year Y's entry is read only when Y is a year
//! of the dossier's period and has begun by `as_of`; otherwise the rule reads it as absent. (Today
//! the only such criterion, `btnmt-thidua-2021/tt-2`, has Y = 2021 in a ruleset whose span is
//! 2021–2021, so every dossier `assess` judges has Y inside its period.)

use super::{words, Context, Fix, Outcome, Want};
use crate::assessment::Status;
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

pub(super) fn status(year: i32, min_pct: u32, seen: Seen<'_>) -> Status {
    match seen.period_entry(year).and_then(|e| e.plan_completion_pct) {
        Some(pct) if pct >= f64::from(min_pct) => Status::Met,
        _ if !seen.has_ended(year) => Status::Pending,
        Some(_) => Status::NotMet,
        None => Status::Unknown,
    }
}

pub(super) fn evaluate(year: i32, min_pct: u32, ctx: Context<'_>, want: Want) -> Outcome {
    let status = status(year, min_pct, ctx.seen);
    let value = ctx.seen.period_entry(year).and_then(|e| e.plan_completion_pct);
    let period = ctx.seen.period();
    let detail = || match (status, value) {
        _ if !period.contains(year) => Message::new(
            format!(
                "Năm {year} nằm ngoài giai đoạn bình xét {}: không được tính",
                words::period(period)
            ),
            format!(
                "{year} is outside the review period {}: not counted",
                words::period(period)
            ),
        ),
        (Status::Met, Some(pct)) => Message::new(
            format!("Năm {year}: hoàn thành {}% kế hoạch", words::pct(pct)),
            format!("{year}: {}% of the plan completed", words::pct(pct)),
        ),
        (Status::NotMet, Some(pct)) => Message::new(
            format!("Năm {year}: hoàn thành {}% kế hoạch, dưới {min_pct}%", words::pct(pct)),
            format!("{year}: {}% of the plan completed, below {min_pct}%", words::pct(pct)),
        ),
        (Status::Pending, Some(pct)) => Message::new(
            format!("Năm {year} chưa kết thúc; mới hoàn thành {}% kế hoạch", words::pct(pct)),
            format!(
                "{year} has not ended; {}% of the plan completed so far",
                words::pct(pct)
            ),
        ),
        (Status::Pending, None) => Message::new(
            format!("Năm {year} chưa kết thúc; chưa nhập tỷ lệ hoàn thành kế hoạch"),
            format!("{year} has not ended; plan completion not entered yet"),
        ),
        _ => Message::new(
            format!("Năm {year}: chưa nhập tỷ lệ hoàn thành kế hoạch"),
            format!("{year}: plan completion not entered"),
        ),
    };
    let fixes = || {
        let fix = if status == Status::Unknown {
            Message::new(
                format!("Cần nhập tỷ lệ hoàn thành kế hoạch năm {year}"),
                format!("Needs the plan completion for {year} entered"),
            )
        } else {
            Message::new(
                format!("Cần hoàn thành ít nhất {min_pct}% kế hoạch năm {year}"),
                format!("Needs at least {min_pct}% of the {year} plan completed"),
            )
        };
        vec![Fix {
            fix,
            field: FieldRef::YearPlanCompletion(year),
        }]
    };
    Outcome::new(status, want, detail, fixes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixtures::{alone, collective, day, year};

    fn status(pct: Option<f64>, as_of: chrono::NaiveDate) -> Status {
        let mut d = collective("btnmt-thidua-2021", 2021, 2021);
        let mut entry = year(2021, None, &[]);
        entry.plan_completion_pct = pct;
        d.years = vec![entry];
        evaluate(2021, 100, alone(&d, as_of), Want::Detail).status
    }

    #[test]
    fn exactly_the_minimum_is_met() {
        assert_eq!(status(Some(100.0), day(2021, 6, 1)), Status::Met);
    }

    #[test]
    fn below_the_minimum_waits_until_the_year_ends() {
        assert_eq!(status(Some(99.9), day(2021, 12, 31)), Status::Pending);
        assert_eq!(status(Some(99.9), day(2022, 1, 1)), Status::NotMet);
    }

    #[test]
    fn a_missing_value_is_unknown_once_the_year_ends() {
        assert_eq!(status(None, day(2021, 12, 31)), Status::Pending);
        assert_eq!(status(None, day(2022, 1, 1)), Status::Unknown);
    }

    #[test]
    fn a_year_typed_in_ahead_is_not_read() {
        assert_eq!(status(Some(100.0), day(2020, 12, 31)), Status::Pending);
    }

    #[test]
    fn the_year_is_not_read_outside_the_period() {
        // Only a hand-built dossier gets here: `assess` judges no dossier whose period lies outside
        // the ruleset's span, and btnmt-thidua-2021's span is 2021 alone.
        let mut d = collective("btnmt-thidua-2021", 2022, 2022);
        let mut entry = year(2021, None, &[]);
        entry.plan_completion_pct = Some(120.0);
        d.years = vec![entry];
        let outcome = evaluate(2021, 100, alone(&d, day(2023, 1, 1)), Want::Detail);
        assert_eq!(outcome.status, Status::Unknown);
        assert_eq!(
            outcome.detail.vi,
            "Năm 2021 nằm ngoài giai đoạn bình xét 2022: không được tính"
        );
        assert_eq!(
            super::status(2021, 100, Seen::new(&d, day(2023, 1, 1))),
            Status::Unknown
        );
    }
}
