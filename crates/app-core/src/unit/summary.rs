//! The words beside a candidate: the one-line "trích ngang thành tích" of the nomination list, and
//! its `rank_key` explained element by element.

use criteria::assessment::Verdict;
use criteria::codes::{Ladder, Rating, Scope, SubjectKind, Title};
use criteria::dossier::Dossier;

use crate::i18n::msg::unit::{self as m, RankWords};
use crate::i18n::{msg, Lang};

/// Years written "2023, 2024".
fn year_list(years: impl Iterator<Item = i32>) -> String {
    years.map(|y| y.to_string()).collect::<Vec<_>>().join(", ")
}

/// The "trích ngang thành tích" of a nominee: a one-line summary of achievements that accompanies
/// each name on a nomination list (document 002, IV.1, asks for one with every nominee).
///
/// In order: the name and position; each title and commendation held in the period with its years
/// ("CSTĐ cơ sở 2023, 2024"); each rating with its years; the plan completion of collectives; the
/// initiatives of the period with their year and level. Only period years count, as in the
/// assessment. A dossier with none of these says so rather than leave a bare name.
pub fn achievement_summary(d: &Dossier, lang: Lang) -> String {
    let in_period = || d.period.years().filter_map(|y| d.year(y));
    let mut who = d.subject.name.trim().to_owned();
    if !d.subject.position.trim().is_empty() {
        who = format!("{who}, {}", d.subject.position.trim());
    }
    let mut parts = Vec::new();
    for title in Title::ALL {
        let years = year_list(in_period().filter(|e| e.titles.contains(&title)).map(|e| e.year));
        if !years.is_empty() {
            parts.push(format!("{} {years}", lang.pick(m::title_short(title))));
        }
    }
    for rating in Rating::ALL {
        let years = year_list(in_period().filter(|e| e.rating == Some(rating)).map(|e| e.year));
        if !years.is_empty() {
            parts.push(format!("{} {years}", lang.pick(rating.label())));
        }
    }
    let plan: Vec<String> = in_period()
        .filter_map(|e| e.plan_completion_pct.map(|pct| format!("{pct}% ({})", e.year)))
        .collect();
    if !plan.is_empty() {
        parts.push(format!("{} {}", lang.pick(m::PLAN), plan.join(", ")));
    }
    let initiatives: Vec<String> = d
        .initiatives
        .iter()
        .flatten()
        .filter(|i| d.period.contains(i.year))
        .map(|i| {
            format!(
                "{} “{}” ({}, {})",
                lang.pick(i.kind.label()),
                i.title.trim(),
                i.year,
                lang.pick(i.scope.label())
            )
        })
        .collect();
    if !initiatives.is_empty() {
        parts.push(format!("{}: {}", lang.pick(m::INITIATIVES), initiatives.join(", ")));
    }
    if parts.is_empty() {
        parts.push(lang.pick(m::NOTHING_ENTERED).to_owned());
    }
    format!("{who}: {}.", parts.join("; "))
}

/// The title at `rung` of `ladder` (elements 2 and 4 of the rank key); none for 0.
fn title_at(ladder: Ladder, rung: u32) -> Option<Title> {
    Title::ALL
        .into_iter()
        .find(|t| t.ladder() == ladder && u32::from(t.rung()) == rung)
}

/// The six elements of `rank_key` in words (CRITERIA.md, Ranking).
pub fn rank_lines(key: &[u32], kind: SubjectKind, verdict: Verdict, lang: Lang) -> [String; 6] {
    let at = |i: usize| key.get(i).copied().unwrap_or(0);
    let label = |t: Option<Title>| t.map(|t| lang.pick(t.label()));
    m::rank_lines(
        lang,
        &RankWords {
            verdict: lang.pick(msg::verdict::verdict(verdict)),
            title: label(title_at(kind.ladder(), at(1))),
            title_years: at(2),
            commendation: label(title_at(Ladder::Commendation, at(3))),
            scope: Scope::ALL
                .into_iter()
                .find(|s| u32::from(s.rank()) == at(4))
                .map(|s| lang.pick(s.label())),
            initiatives: at(5),
        },
    )
}

#[cfg(test)]
mod tests {
    use criteria::codes::InitiativeKind;
    use criteria::dossier::{Initiative, Period, Subject, YearEntry};

    use super::*;

    fn year(year: i32, rating: Option<Rating>, titles: &[Title]) -> YearEntry {
        YearEntry {
            rating,
            titles: titles.to_vec(),
            titles_answered: true,
            ..YearEntry::empty(year)
        }
    }

    fn hoa() -> Dossier {
        Dossier {
            format: "dien-hinh.dossier".into(),
            format_version: 1,
            id: "d-hoa".into(),
            created_at: String::new(),
            updated_at: String::new(),
            ruleset: "btnmt-dhtt-2023-2025".into(),
            period: Period { from: 2023, to: 2025 },
            subject: Subject {
                kind: SubjectKind::CaNhan,
                name: "Nguyễn Thị Hoa".into(),
                unit: "Cục Quản lý tài nguyên nước".into(),
                position: "Chuyên viên chính".into(),
                unit_head: false,
                unit_dossier: None,
                sector: None,
                extra: Default::default(),
            },
            years: Vec::new(),
            initiatives: None,
            declarations: Default::default(),
            notes: String::new(),
            profile: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn the_summary_names_titles_ratings_and_initiatives_with_their_years() {
        let mut d = hoa();
        d.years = vec![
            year(2022, Some(Rating::XuatSac), &[Title::CstdToanQuoc]),
            year(2023, Some(Rating::XuatSac), &[Title::CstdCoSo, Title::GiayKhen]),
            year(2024, Some(Rating::Tot), &[Title::CstdCoSo]),
        ];
        d.initiatives = Some(vec![Initiative {
            title: "Số hóa hồ sơ cấp phép".into(),
            kind: InitiativeKind::SangKien,
            year: 2024,
            scope: Scope::CoSo,
            evidence: String::new(),
            extra: Default::default(),
        }]);
        assert_eq!(
            achievement_summary(&d, Lang::Vi),
            "Nguyễn Thị Hoa, Chuyên viên chính: CSTĐ cơ sở 2023, 2024; Giấy khen 2023; \
             Hoàn thành xuất sắc nhiệm vụ 2023; Hoàn thành tốt nhiệm vụ 2024; \
             sáng kiến: Sáng kiến “Số hóa hồ sơ cấp phép” (2024, Cấp cơ sở)."
        );
    }

    #[test]
    fn a_dossier_with_nothing_entered_says_so() {
        assert_eq!(
            achievement_summary(&hoa(), Lang::Vi),
            "Nguyễn Thị Hoa, Chuyên viên chính: chưa khai thành tích."
        );
    }

    #[test]
    fn the_rank_key_reads_as_the_titles_and_levels_it_stands_for() {
        let lines = rank_lines(&[3, 3, 2, 2, 2, 1], SubjectKind::CaNhan, Verdict::Eligible, Lang::Vi);
        assert_eq!(lines[0], "Kết quả tự đánh giá: Đạt");
        assert_eq!(
            lines[1],
            "Danh hiệu thi đua cao nhất trong giai đoạn: Chiến sĩ thi đua cấp bộ, ngành, tỉnh"
        );
        assert_eq!(
            lines[3],
            "Hình thức khen thưởng cao nhất: Bằng khen của bộ, ngành, tỉnh"
        );
        assert_eq!(lines[4], "Sáng kiến được công nhận ở cấp cao nhất: Cấp bộ, ngành, tỉnh");
        let collective = rank_lines(&[0, 2, 1, 0, 0, 0], SubjectKind::TapThe, Verdict::NotEligible, Lang::Vi);
        assert_eq!(
            collective[1],
            "Danh hiệu thi đua cao nhất trong giai đoạn: Tập thể lao động xuất sắc"
        );
        assert_eq!(collective[3], "Hình thức khen thưởng cao nhất: chưa có");
    }
}
