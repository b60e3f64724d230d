//! `rank_key`: how candidates of one unit are ordered, larger first (CRITERIA.md, Ranking).
//!
//! Only element 2 comes from a document (000: "ưu tiên những cá nhân được công nhận danh hiệu cao
//! hơn"); elements 1 and 3–6 are this app's own tie-breakers.

use crate::assessment::{RankKey, Verdict};
use crate::codes::Ladder;
use crate::seen::Seen;

/// The dossier's [`RankKey`] under `verdict`. Only period years count, for titles and initiatives
/// alike, and only what could be known on the day of the assessment ([`Seen`]).
pub(crate) fn rank_key(seen: Seen<'_>, verdict: Verdict) -> RankKey {
    let ladder = seen.subject().kind.ladder();
    // One pass over the period's years and their titles: the highest title on the subject's ladder,
    // the years it was held, and the highest commendation.
    let (mut title, mut title_years, mut commendation) = (0, 0, 0);
    for entry in seen.period_entries() {
        let mut best = 0;
        for &t in entry.answered_titles().unwrap_or_default() {
            let rung = u32::from(t.rung());
            match t.ladder() {
                l if l == ladder => best = best.max(rung),
                Ladder::Commendation => commendation = commendation.max(rung),
                _ => {}
            }
        }
        if best > title {
            (title, title_years) = (best, 1);
        } else if best == title && best > 0 {
            title_years += 1;
        }
    }
    let period = seen.period();
    let in_period = seen
        .initiatives()
        .into_iter()
        .flatten()
        .filter(move |i| period.contains(i.year));
    let (mut initiative_scope, mut initiatives) = (0, 0);
    for i in in_period {
        initiative_scope = initiative_scope.max(u32::from(i.scope.rank()));
        initiatives += 1;
    }
    RankKey {
        verdict: verdict.rank(),
        title,
        title_years: count(title_years),
        commendation,
        initiative_scope,
        initiatives: count(initiatives),
    }
}

/// A count as a key element; no dossier holds 4 billion years or initiatives, and should one, the
/// key saturates rather than wraps.
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::{InitiativeKind, Scope, Title::*};
    use crate::dossier::{Initiative, YearEntry};
    use crate::rules::fixtures::{collective, individual, year};

    /// The key of `d` seen long after its period.
    fn key(d: &crate::dossier::Dossier, verdict: Verdict) -> RankKey {
        rank_key(Seen::new(d, crate::rules::fixtures::day(2030, 1, 1)), verdict)
    }

    fn initiative(year: i32, scope: Scope) -> Initiative {
        Initiative {
            title: "X".into(),
            kind: InitiativeKind::SangKien,
            year,
            scope,
            evidence: String::new(),
            extra: Default::default(),
        }
    }

    #[test]
    fn element_one_is_the_verdict() {
        let d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        assert_eq!(key(&d, Verdict::Eligible).verdict, 3);
        assert_eq!(key(&d, Verdict::OnTrack).verdict, 2);
        assert_eq!(key(&d, Verdict::Incomplete).verdict, 1);
        assert_eq!(key(&d, Verdict::NotEligible).verdict, 0);
    }

    #[test]
    fn an_empty_dossier_ranks_on_its_verdict_alone() {
        let d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        assert_eq!(key(&d, Verdict::Incomplete).to_array(), [1, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn the_highest_title_and_the_years_it_was_held() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.years = vec![
            year(2023, None, &[CstdBo, GiayKhen]),
            year(2024, None, &[CstdCoSo, BangKhenBo]),
            year(2025, None, &[CstdBo]),
        ];
        assert_eq!(key(&d, Verdict::Eligible).to_array(), [3, 3, 2, 2, 0, 0]);
    }

    #[test]
    fn titles_of_the_other_ladder_and_outside_the_period_are_ignored() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2022, None, &[CstdToanQuoc, BangKhenThuTuong]),
            year(2023, None, &[CoThiDuaChinhPhu, CstdCoSo]),
        ];
        assert_eq!(key(&d, Verdict::Eligible).to_array(), [3, 2, 1, 0, 0, 0]);
    }

    #[test]
    fn a_year_whose_titles_are_not_answered_holds_no_title() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2023, None, &[CstdCoSo]),
            YearEntry {
                titles_answered: false,
                ..year(2024, None, &[CstdBo, BangKhenBo])
            },
        ];
        assert_eq!(key(&d, Verdict::Incomplete).to_array(), [1, 2, 1, 0, 0, 0]);
    }

    #[test]
    fn a_collective_ranks_on_the_collective_ladder() {
        let mut d = collective("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2023, None, &[CoThiDuaBo, CstdToanQuoc]),
            year(2024, None, &[CoThiDuaBo]),
        ];
        assert_eq!(key(&d, Verdict::OnTrack).to_array(), [2, 3, 2, 0, 0, 0]);
    }

    #[test]
    fn only_what_as_of_sees_counts() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.years = vec![
            year(2023, None, &[CstdCoSo]),
            year(2025, None, &[CstdToanQuoc, BangKhenBo]),
        ];
        d.initiatives = Some(vec![initiative(2024, Scope::CoSo), initiative(2025, Scope::ToanQuoc)]);
        let on = |as_of| rank_key(Seen::new(&d, as_of), Verdict::OnTrack).to_array();
        assert_eq!(on(crate::rules::fixtures::day(2024, 12, 31)), [2, 2, 1, 0, 1, 1]);
        assert_eq!(on(crate::rules::fixtures::day(2025, 1, 1)), [2, 4, 1, 2, 3, 2]);
    }

    #[test]
    fn initiatives_count_in_the_period_only() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.initiatives = Some(vec![
            initiative(2022, Scope::ToanQuoc),
            initiative(2023, Scope::CoSo),
            initiative(2024, Scope::Bo),
        ]);
        assert_eq!(key(&d, Verdict::Eligible).to_array(), [3, 0, 0, 0, 2, 2]);
    }
}
