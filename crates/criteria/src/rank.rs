//! `rank_key`: how candidates of one unit are ordered, larger first (CRITERIA.md, Ranking).
//!
//! Only element 2 comes from a document (000: "ưu tiên những cá nhân được công nhận danh hiệu cao
//! hơn"); elements 1 and 3–6 are this app's own tie-breakers.

use crate::assessment::Verdict;
use crate::codes::Ladder;
use crate::dossier::Dossier;
use crate::years::period_entries;

/// The six elements, in order:
/// 1. the verdict: `eligible` 3, `on_track` 2, `incomplete` 1, `not_eligible` 0;
/// 2. the highest title held in any period year on the subject's ladder, rung 1–4, 0 for none;
/// 3. the number of period years in which that highest title was held;
/// 4. the highest commendation in the period, 1–3, 0 for none;
/// 5. the highest scope of an initiative in the period, 1–3, 0 for none;
/// 6. the number of initiatives in the period.
///
/// Only period years count, for titles and initiatives alike.
pub(crate) fn rank_key(dossier: &Dossier, verdict: Verdict) -> Vec<u32> {
    let ladder = dossier.subject.kind.ladder();
    let highest_on = |ladder: Ladder| {
        period_entries(dossier)
            .flat_map(|e| e.titles.iter())
            .filter(|t| t.ladder() == ladder)
            .map(|t| u32::from(t.rung()))
            .max()
            .unwrap_or(0)
    };
    let title = highest_on(ladder);
    let years_with_title = if title == 0 {
        0
    } else {
        period_entries(dossier)
            .filter(|e| {
                e.titles
                    .iter()
                    .any(|t| t.ladder() == ladder && u32::from(t.rung()) == title)
            })
            .count()
    };
    let in_period: Vec<_> = dossier
        .initiatives
        .iter()
        .flatten()
        .filter(|i| dossier.period.contains(i.year))
        .collect();
    let scope = in_period.iter().map(|i| u32::from(i.scope.rank())).max().unwrap_or(0);
    vec![
        verdict.rank(),
        title,
        count(years_with_title),
        highest_on(Ladder::Commendation),
        scope,
        count(in_period.len()),
    ]
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
    use crate::dossier::Initiative;
    use crate::rules::fixtures::{collective, individual, year};

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
        assert_eq!(rank_key(&d, Verdict::Eligible)[0], 3);
        assert_eq!(rank_key(&d, Verdict::OnTrack)[0], 2);
        assert_eq!(rank_key(&d, Verdict::Incomplete)[0], 1);
        assert_eq!(rank_key(&d, Verdict::NotEligible)[0], 0);
    }

    #[test]
    fn an_empty_dossier_ranks_on_its_verdict_alone() {
        let d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        assert_eq!(rank_key(&d, Verdict::Incomplete), vec![1, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn the_highest_title_and_the_years_it_was_held() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.years = vec![
            year(2023, None, &[CstdBo, GiayKhen]),
            year(2024, None, &[CstdCoSo, BangKhenBo]),
            year(2025, None, &[CstdBo]),
        ];
        assert_eq!(rank_key(&d, Verdict::Eligible), vec![3, 3, 2, 2, 0, 0]);
    }

    #[test]
    fn titles_of_the_other_ladder_and_outside_the_period_are_ignored() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2022, None, &[CstdToanQuoc, BangKhenThuTuong]),
            year(2023, None, &[CoThiDuaChinhPhu, CstdCoSo]),
        ];
        assert_eq!(rank_key(&d, Verdict::Eligible), vec![3, 2, 1, 0, 0, 0]);
    }

    #[test]
    fn a_collective_ranks_on_the_collective_ladder() {
        let mut d = collective("btnmt-dhtt-2023-2025", 2023, 2024);
        d.years = vec![
            year(2023, None, &[CoThiDuaBo, CstdToanQuoc]),
            year(2024, None, &[CoThiDuaBo]),
        ];
        assert_eq!(rank_key(&d, Verdict::OnTrack), vec![2, 3, 2, 0, 0, 0]);
    }

    #[test]
    fn initiatives_count_in_the_period_only() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2024);
        d.initiatives = Some(vec![
            initiative(2022, Scope::ToanQuoc),
            initiative(2023, Scope::CoSo),
            initiative(2024, Scope::Bo),
        ]);
        assert_eq!(rank_key(&d, Verdict::Eligible), vec![3, 0, 0, 0, 2, 2]);
    }
}
