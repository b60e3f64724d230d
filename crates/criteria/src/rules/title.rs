//! `title_each_year(T)`: every year of the period lists T or a higher title of T's ladder
//! (CRITERIA.md, Rule kinds; FORMAT.md, title order).
//!
//! | met | every period year lists T or a higher title of T's ladder |
//! | not_met | some ended period year has an entry whose titles hold neither |
//! | unknown | otherwise, some ended period year has no entry |
//! | pending | otherwise: some period year has not ended and does not list it yet |
//!
//! Titles of another ladder never count ("titles of another ladder are ignored"): a `cstd_bo`
//! counts for `cstd_co_so`, a `co_thi_dua_bo` for `tt_lao_dong_xuat_sac`, a `bang_khen_bo` for
//! neither ([`Title::satisfies`]).

use super::yearly::{self, Words};
use super::{Context, Fix, Outcome, Want};
use crate::assessment::Status;
use crate::codes::Title;
use crate::dossier::YearEntry;
use crate::missing::FieldRef;
use crate::text::Message;

/// The highest title of the year that satisfies `required`, so the detail shows when a higher one
/// counted. Titles not answered yet are read as no entry at all: "none" is not what the user said.
fn held(required: Title, entry: Option<&YearEntry>) -> Option<Title> {
    entry
        .and_then(YearEntry::answered_titles)?
        .iter()
        .copied()
        .filter(|t| t.satisfies(required))
        .max_by_key(|t| t.rung())
}

/// One period year: holds `required` (or higher), or waits while the year runs, or lists other
/// titles, or has no entry (or its titles are not answered).
pub(super) fn year_status(required: Title, entry: Option<&YearEntry>, ended: bool) -> Status {
    if held(required, entry).is_some() {
        Status::Met
    } else if !ended {
        // A year that has not ended can only count positively.
        Status::Pending
    } else if entry.and_then(YearEntry::answered_titles).is_some() {
        Status::NotMet
    } else {
        Status::Unknown
    }
}

pub(super) fn evaluate(required: Title, ctx: Context<'_>, want: Want) -> Outcome {
    let label = required.label();
    let phrase = |_: i32, entry: Option<&YearEntry>, status: Status| match (status, held(required, entry)) {
        (Status::Met, Some(held)) => Message::new(
            format!("danh hiệu {}", held.label().vi),
            format!("{} title", held.label().en),
        ),
        (Status::Pending, _) => Message::new(
            format!("năm chưa kết thúc, chưa có danh hiệu {}", label.vi),
            format!("year not ended, no {} title yet", label.en),
        ),
        (Status::NotMet, _) => Message::new(
            format!("chưa có danh hiệu {}", label.vi),
            format!("no {} title", label.en),
        ),
        _ if entry.is_some() => Message::new("chưa khai danh hiệu", "titles not answered"),
        _ => Message::new("chưa nhập kết quả năm", "no entry for the year"),
    };
    let fix = |year: i32, entry: Option<&YearEntry>, status: Status| {
        let fix = match status {
            Status::Unknown if entry.is_some() => Message::new(
                format!("Cần khai các danh hiệu năm {year} (hoặc khai là không có)"),
                format!("Needs the titles of {year} answered (or declared as none)"),
            ),
            Status::Unknown => Message::new(
                format!("Cần nhập kết quả năm {year} (các danh hiệu đã nhận)"),
                format!("Needs the entry for {year} (the titles received)"),
            ),
            _ => Message::new(
                format!("Cần danh hiệu {} năm {year}", label.vi),
                format!("Needs the {} title for {year}", label.en),
            ),
        };
        Fix {
            fix,
            field: FieldRef::YearTitles(year),
        }
    };
    let judge = |_: i32, entry: Option<&YearEntry>, ended: bool| year_status(required, entry, ended);
    yearly::evaluate(ctx, want, judge, Words { phrase, fix })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Rating;
    use crate::rules::fixtures::{alone, collective, day, explained, individual, year};
    use Title::*;

    fn individual_status(years: Vec<YearEntry>, as_of: chrono::NaiveDate) -> Status {
        let mut d = individual("btnmt-dhtt-2021-2025", 2021, 2022);
        d.years = years;
        evaluate(CstdCoSo, alone(&d, as_of), Want::Detail).status
    }

    #[test]
    fn a_higher_title_of_the_same_ladder_counts() {
        let years = vec![year(2021, None, &[CstdBo]), year(2022, None, &[CstdToanQuoc])];
        assert_eq!(individual_status(years, day(2023, 1, 1)), Status::Met);
    }

    #[test]
    fn a_title_of_another_ladder_does_not_count() {
        let years = vec![
            year(2021, None, &[CstdCoSo]),
            year(2022, None, &[BangKhenThuTuong, CoThiDuaChinhPhu]),
        ];
        assert_eq!(individual_status(years, day(2023, 1, 1)), Status::NotMet);
    }

    #[test]
    fn a_lower_title_does_not_count() {
        let years = vec![year(2021, None, &[CstdCoSo]), year(2022, None, &[LaoDongTienTien])];
        assert_eq!(individual_status(years, day(2023, 1, 1)), Status::NotMet);
    }

    #[test]
    fn an_absent_title_waits_while_its_year_runs() {
        let years = || vec![year(2021, None, &[CstdCoSo]), year(2022, None, &[])];
        assert_eq!(individual_status(years(), day(2022, 12, 31)), Status::Pending);
        assert_eq!(individual_status(years(), day(2023, 1, 1)), Status::NotMet);
    }

    #[test]
    fn an_ended_year_without_entry_is_unknown() {
        let years = vec![year(2021, None, &[CstdCoSo])];
        assert_eq!(individual_status(years, day(2023, 1, 1)), Status::Unknown);
    }

    #[test]
    fn titles_not_answered_read_as_a_year_without_entry() {
        let unanswered = |y| YearEntry {
            titles_answered: false,
            ..year(y, Some(Rating::XuatSac), &[])
        };
        let years = || vec![year(2021, None, &[CstdCoSo]), unanswered(2022)];
        assert_eq!(individual_status(years(), day(2022, 12, 31)), Status::Pending);
        assert_eq!(individual_status(years(), day(2023, 1, 1)), Status::Unknown);
        // The same entry with its (empty) titles answered says "none": not met.
        let answered = vec![year(2021, None, &[CstdCoSo]), year(2022, Some(Rating::XuatSac), &[])];
        assert_eq!(individual_status(answered, day(2023, 1, 1)), Status::NotMet);
    }

    #[test]
    fn titles_not_answered_are_not_read_even_when_listed() {
        let listed = YearEntry {
            titles_answered: false,
            ..year(2021, None, &[CstdCoSo])
        };
        assert_eq!(individual_status(vec![listed], day(2022, 1, 1)), Status::Unknown);
    }

    #[test]
    fn the_fix_for_titles_not_answered_points_at_the_year_titles() {
        let mut d = individual("btnmt-dhtt-2021-2025", 2021, 2021);
        d.years = vec![YearEntry {
            titles_answered: false,
            ..year(2021, Some(Rating::XuatSac), &[])
        }];
        let outcome = explained(|w| evaluate(CstdCoSo, alone(&d, day(2022, 1, 1)), w));
        assert_eq!(outcome.detail.vi, "Năm 2021: chưa khai danh hiệu");
        assert_eq!(outcome.fixes[0].field, FieldRef::YearTitles(2021));
        assert_eq!(
            outcome.fixes[0].fix.en,
            "Needs the titles of 2021 answered (or declared as none)"
        );
    }

    #[test]
    fn a_flag_counts_for_an_excellent_collective() {
        let mut d = collective("btnmt-dhtt-2021-2025", 2021, 2021);
        d.years = vec![year(2021, None, &[CoThiDuaBo])];
        let outcome = explained(|w| evaluate(TtLaoDongXuatSac, alone(&d, day(2022, 1, 1)), w));
        assert_eq!(outcome.status, Status::Met);
        assert_eq!(outcome.detail.vi, "Năm 2021: danh hiệu Cờ thi đua của bộ, ngành, tỉnh");
    }

    #[test]
    fn the_detail_and_fix_name_the_title_and_year() {
        let mut d = individual("btnmt-dhtt-2021-2025", 2024, 2025);
        d.years = vec![year(2024, None, &[GiayKhen]), year(2025, None, &[CstdCoSo])];
        let outcome = explained(|w| evaluate(CstdCoSo, alone(&d, day(2026, 1, 1)), w));
        assert_eq!(outcome.detail.vi, "Năm 2024: chưa có danh hiệu Chiến sĩ thi đua cơ sở");
        assert_eq!(outcome.detail.en, "2024: no Grassroots emulation fighter title");
        assert_eq!(outcome.fixes[0].fix.vi, "Cần danh hiệu Chiến sĩ thi đua cơ sở năm 2024");
        assert_eq!(outcome.fixes[0].field, FieldRef::YearTitles(2024));
    }
}
