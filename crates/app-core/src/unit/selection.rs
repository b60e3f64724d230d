//! The officer's selection of nominees checked against the document: its yearly number of exemplars
//! and each nominee's verdict. Everything here is a warning to read, never a refusal: the unit's
//! council decides, and 001's "01–02" is a number to build, not a cap on nominations.
//!
//! The number counts only the subject kinds the document names: 002's "(tập thể hoặc cá nhân)"
//! counts collectives and individuals, not households (CRITERIA.md, Ranking).

use criteria::assessment::Verdict;
use criteria::catalogue::Quota;
use criteria::codes::SubjectKind;
use criteria::dossier::Period;

use crate::i18n::msg::unit as m;
use crate::i18n::Lang;

/// Something the officer should look at before sending the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// More nominees than the document's yearly number.
    AboveQuota { min: u32, max: u32, chosen: usize },
    /// Fewer nominees than the document's yearly number.
    BelowQuota { min: u32, max: Option<u32>, chosen: usize },
    /// Nominees of a kind the document's number does not count (households under "tập thể hoặc cá
    /// nhân"): they are on the list but not in the number.
    NotCounted { kind: SubjectKind, chosen: usize },
    /// A nominee whose self-assessment is `not_eligible`.
    NotEligible { name: String },
}

/// One selected nominee as the check sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nominee<'a> {
    pub name: &'a str,
    pub kind: SubjectKind,
    pub verdict: Verdict,
}

/// The warnings for `chosen` under the ruleset's `quota`: the number first (counting only the kinds
/// the quota counts), then the kinds it leaves out, then each not-eligible nominee in the order
/// given.
pub fn warnings(quota: Option<&Quota>, chosen: &[Nominee]) -> Vec<Warning> {
    let mut found = Vec::new();
    if let Some(q) = quota {
        let count = chosen.iter().filter(|n| q.counts_kind(n.kind)).count();
        if count < q.min as usize {
            found.push(Warning::BelowQuota {
                min: q.min,
                max: q.max,
                chosen: count,
            });
        } else if let Some(max) = q.max.filter(|&max| count > max as usize) {
            found.push(Warning::AboveQuota {
                min: q.min,
                max,
                chosen: count,
            });
        }
        for kind in SubjectKind::ALL.into_iter().filter(|k| !q.counts_kind(*k)) {
            let chosen = chosen.iter().filter(|n| n.kind == kind).count();
            if chosen > 0 {
                found.push(Warning::NotCounted { kind, chosen });
            }
        }
    }
    found.extend(
        chosen
            .iter()
            .filter(|n| n.verdict == Verdict::NotEligible)
            .map(|n| Warning::NotEligible {
                name: n.name.to_owned(),
            }),
    );
    found
}

/// Where the document's number is for each year and `period` spans several, the words saying so:
/// the list is for the whole period, the number for one year.
pub fn per_year_note(quota: Option<&Quota>, period: Period, lang: Lang) -> Option<String> {
    let years = period.to - period.from + 1;
    quota
        .filter(|q| q.per_year && years > 1)
        .map(|_| m::per_year(lang, period.from, period.to, years))
}

impl Warning {
    /// A stable name for tests and styles.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::AboveQuota { .. } => "above-quota",
            Warning::BelowQuota { .. } => "below-quota",
            Warning::NotCounted { .. } => "not-counted",
            Warning::NotEligible { .. } => "not-eligible",
        }
    }

    /// The warning in words.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Warning::AboveQuota { min, max, chosen } => m::off_quota(lang, *min, Some(*max), *chosen),
            Warning::BelowQuota { min, max, chosen } => m::off_quota(lang, *min, *max, *chosen),
            Warning::NotCounted { kind, chosen } => m::not_counted(lang, lang.pick(kind.label()), *chosen),
            Warning::NotEligible { name } => m::not_eligible(lang, name),
        }
    }
}

#[cfg(test)]
mod tests {
    use criteria::catalogue::ruleset;

    use super::*;

    fn quota(id: &str) -> Option<&'static Quota> {
        ruleset(id).expect("a catalogue ruleset").quota.as_ref()
    }

    const OK: Verdict = Verdict::Eligible;

    fn person(name: &str, verdict: Verdict) -> Nominee<'_> {
        Nominee {
            name,
            kind: SubjectKind::CaNhan,
            verdict,
        }
    }

    fn people<'a>(list: &[(&'a str, Verdict)]) -> Vec<Nominee<'a>> {
        list.iter().map(|(name, verdict)| person(name, *verdict)).collect()
    }

    #[test]
    fn one_or_two_under_01_02_is_fine_three_is_a_warning_not_a_refusal() {
        let q = quota("btnmt-dhtt-2023-2025");
        assert_eq!(warnings(q, &people(&[("A", OK)])), []);
        assert_eq!(warnings(q, &people(&[("A", OK), ("B", OK)])), []);
        assert_eq!(
            warnings(q, &people(&[("A", OK), ("B", OK), ("C", OK)])),
            [Warning::AboveQuota {
                min: 1,
                max: 2,
                chosen: 3
            }]
        );
    }

    #[test]
    fn none_under_at_least_01_is_a_warning_and_there_is_no_upper_number() {
        let q = quota("stnmt-khanhhoa-2023-2025");
        assert_eq!(
            warnings(q, &[]),
            [Warning::BelowQuota {
                min: 1,
                max: None,
                chosen: 0
            }]
        );
        assert_eq!(warnings(q, &[person("A", OK); 5]), []);
    }

    #[test]
    fn a_ruleset_without_a_quota_warns_only_about_verdicts() {
        let q = quota("btnmt-dhtt-2021-2025");
        assert_eq!(warnings(q, &[]), []);
        assert_eq!(
            warnings(
                q,
                &people(&[("A", OK), ("B", Verdict::NotEligible), ("C", Verdict::Incomplete)])
            ),
            [Warning::NotEligible { name: "B".to_owned() }]
        );
    }

    #[test]
    fn a_collectives_or_individuals_quota_does_not_count_households() {
        let q = quota("stnmt-khanhhoa-2023-2025");
        let household = |name| Nominee {
            name,
            kind: SubjectKind::HoGiaDinh,
            verdict: OK,
        };
        assert_eq!(
            warnings(q, &[household("Hộ ông Ba"), household("Hộ bà Tư")]),
            [
                Warning::BelowQuota {
                    min: 1,
                    max: None,
                    chosen: 0
                },
                Warning::NotCounted {
                    kind: SubjectKind::HoGiaDinh,
                    chosen: 2
                }
            ]
        );
        let team = Nominee {
            name: "Phòng Đất đai",
            kind: SubjectKind::TapThe,
            verdict: OK,
        };
        assert_eq!(
            warnings(q, &[team, household("Hộ ông Ba")]),
            [Warning::NotCounted {
                kind: SubjectKind::HoGiaDinh,
                chosen: 1
            }],
            "a collective counts"
        );
        assert_eq!(
            Warning::NotCounted {
                kind: SubjectKind::HoGiaDinh,
                chosen: 1
            }
            .words(Lang::Vi),
            "1 hồ sơ Hộ gia đình đã chọn không tính vào số lượng này: văn bản chỉ tính tập thể hoặc cá nhân."
        );
    }

    #[test]
    fn a_yearly_number_over_a_period_of_several_years_says_it_is_per_year() {
        let q = quota("btnmt-dhtt-2023-2025");
        let note = per_year_note(q, Period { from: 2023, to: 2025 }, Lang::Vi);
        assert_eq!(
            note.as_deref(),
            Some("Số lượng văn bản nêu là cho mỗi năm. Giai đoạn 2023–2025 gồm 3 năm; danh sách này là cho cả giai đoạn.")
        );
        assert_eq!(
            per_year_note(q, Period { from: 2024, to: 2024 }, Lang::Vi),
            None,
            "one year"
        );
        assert_eq!(
            per_year_note(quota("btnmt-dhtt-2021-2025"), Period { from: 2023, to: 2025 }, Lang::Vi),
            None,
            "no number"
        );
    }
}
