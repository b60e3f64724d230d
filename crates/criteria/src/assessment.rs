//! The assessment (`dien-hinh.assessment`): what [`crate::assess`] says of one dossier (FORMAT.md).

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::dossier::Period;
use crate::text::Message;

/// The `format` tag of an assessment.
pub const ASSESSMENT_FORMAT: &str = "dien-hinh.assessment";
pub const ASSESSMENT_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub format: String,
    pub format_version: u32,
    pub dossier_id: String,
    pub ruleset: String,
    pub period: Period,
    /// Serialised as `YYYY-MM-DD`, and read only so ([`crate::validate::parse_date`]).
    #[serde(deserialize_with = "crate::validate::strict_date")]
    pub as_of: NaiveDate,
    pub verdict: Verdict,
    /// Every criterion that applies to the dossier, in catalogue order.
    pub criteria: Vec<CriterionResult>,
    /// Compare with `Ord`: the larger ranks first (CRITERIA.md, Ranking).
    pub rank_key: RankKey,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: String,
    pub status: Status,
    /// Why, naming the years or items at fault.
    pub detail: Message,
    /// The criterion's citation, e.g. "Tiêu chuẩn điển hình tiên tiến, mục 2.c".
    pub source: String,
}

impl Assessment {
    /// The last day of the period (31 December of `period.to`) while that day has not passed by
    /// `as_of`: until then the verdict is provisional, at best `on_track`, and the final result
    /// comes after that day ("Giai đoạn bình xét chưa kết thúc: kết quả cuối cùng có sau ngày
    /// 31/12/2025"). `None` once the period has ended.
    pub fn final_after(&self) -> Option<NaiveDate> {
        self.period.final_after(self.as_of)
    }

    /// Whether the verdict is `on_track` only because the period has not ended: every criterion
    /// is met, so it becomes `eligible` on 1 January after [`Assessment::final_after`], unless
    /// something entered by then changes it.
    pub fn is_capped(&self) -> bool {
        self.verdict == Verdict::OnTrack
            && !self.period.has_ended(self.as_of)
            && !self.criteria.is_empty()
            && self.criteria.iter().all(|c| c.status == Status::Met)
    }
}

/// How a candidate ranks among the others of its unit and subject kind (CRITERIA.md, Ranking):
/// six numbers compared in field order, larger first, so the derived `Ord` is the documents'
/// order. Written as the format's array of six integers (`[3, 2, 3, 2, 2, 2]`), and read only from
/// such an array.
///
/// Only `title` comes from a document (000: "ưu tiên những cá nhân được công nhận danh hiệu cao
/// hơn", for individuals); the other elements are this app's own tie-breakers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RankKey {
    /// 1. The verdict: `eligible` 3, `on_track` 2, `incomplete` 1, `not_eligible` 0.
    pub verdict: u32,
    /// 2. The highest title held in any period year on the subject's ladder, rung 1–4, 0 for none.
    pub title: u32,
    /// 3. The number of period years in which that highest title was held.
    pub title_years: u32,
    /// 4. The highest commendation in the period: `giay_khen` 1, `bang_khen_bo` 2,
    ///    `bang_khen_thu_tuong` 3, 0 for none.
    pub commendation: u32,
    /// 5. The highest scope of an initiative in the period: `co_so` 1, `bo` 2, `toan_quoc` 3, 0 for none.
    pub initiative_scope: u32,
    /// 6. The number of initiatives in the period.
    pub initiatives: u32,
}

impl RankKey {
    /// The six elements in order, as the format writes them.
    pub fn to_array(self) -> [u32; 6] {
        [
            self.verdict,
            self.title,
            self.title_years,
            self.commendation,
            self.initiative_scope,
            self.initiatives,
        ]
    }

    pub fn from_array([verdict, title, title_years, commendation, initiative_scope, initiatives]: [u32; 6]) -> Self {
        RankKey {
            verdict,
            title,
            title_years,
            commendation,
            initiative_scope,
            initiatives,
        }
    }
}

impl Serialize for RankKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_array().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RankKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        <[u32; 6]>::deserialize(deserializer).map(RankKey::from_array)
    }
}

/// The status of one criterion (FORMAT.md; CRITERIA.md, Rule kinds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    /// The data needed is not entered.
    Unknown,
    /// Not met yet, but it depends on a year that has not ended, so it still can be.
    Pending,
}

/// The overall result, derived from the statuses only (FORMAT.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    OnTrack,
    Incomplete,
    NotEligible,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Met, Status::NotMet, Status::Unknown, Status::Pending];

    /// The format's code, as the assessment writes it: `met`, `not_met`, `unknown`, `pending`.
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Unknown => "unknown",
            Status::Pending => "pending",
        }
    }
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Eligible,
        Verdict::OnTrack,
        Verdict::Incomplete,
        Verdict::NotEligible,
    ];

    /// The format's code, as the assessment writes it: `eligible`, `on_track`, `incomplete`,
    /// `not_eligible`.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::OnTrack => "on_track",
            Verdict::Incomplete => "incomplete",
            Verdict::NotEligible => "not_eligible",
        }
    }

    /// `not_eligible` if any is `not_met`; else `incomplete` if any is `unknown`; else `on_track`
    /// if any is `pending`; else `eligible`.
    pub fn from_statuses(statuses: impl IntoIterator<Item = Status>) -> Verdict {
        let (mut unknown, mut pending) = (false, false);
        for s in statuses {
            match s {
                Status::NotMet => return Verdict::NotEligible,
                Status::Unknown => unknown = true,
                Status::Pending => pending = true,
                Status::Met => {}
            }
        }
        if unknown {
            Verdict::Incomplete
        } else if pending {
            Verdict::OnTrack
        } else {
            Verdict::Eligible
        }
    }

    /// The verdict of a dossier over `period` on `as_of` whose criteria have these statuses
    /// (FORMAT.md, Assessment): [`Verdict::from_statuses`], except that what would be `eligible`
    /// is `on_track` until the period's last year has ended. The documents recognise an exemplar
    /// after a review of the period, and a self-declared criterion cannot be known for years that
    /// have not happened (CRITERIA.md, "What `as_of` can see"); so this holds for every subject
    /// kind, households (whose criteria are all declared) included.
    pub fn of(statuses: impl IntoIterator<Item = Status>, period: Period, as_of: NaiveDate) -> Verdict {
        match Verdict::from_statuses(statuses) {
            Verdict::Eligible if !period.has_ended(as_of) => Verdict::OnTrack,
            verdict => verdict,
        }
    }

    /// Element 1 of `rank_key`: `eligible` 3, `on_track` 2, `incomplete` 1, `not_eligible` 0.
    pub fn rank(self) -> u32 {
        match self {
            Verdict::Eligible => 3,
            Verdict::OnTrack => 2,
            Verdict::Incomplete => 1,
            Verdict::NotEligible => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_serialised_forms() {
        for v in Verdict::ALL {
            assert_eq!(serde_json::to_value(v).expect("serialises"), v.code());
        }
        for s in Status::ALL {
            assert_eq!(serde_json::to_value(s).expect("serialises"), s.code());
        }
    }

    #[test]
    fn a_rank_key_is_written_and_read_as_six_integers() {
        let key = RankKey::from_array([3, 2, 3, 2, 2, 2]);
        assert_eq!(key.title_years, 3);
        assert_eq!(serde_json::to_string(&key).expect("serialises"), "[3,2,3,2,2,2]");
        assert_eq!(serde_json::from_str::<RankKey>("[3,2,3,2,2,2]").expect("reads"), key);
        assert!(serde_json::from_str::<RankKey>("[3,2,3,2,2]").is_err());
        assert!(serde_json::from_str::<RankKey>("[3,2,3,2,2,2,0]").is_err());
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real calendar day")
    }

    #[test]
    fn all_met_is_on_track_until_the_period_has_ended() {
        let period = Period { from: 2023, to: 2025 };
        let verdict = |as_of| Verdict::of([Status::Met, Status::Met], period, as_of);
        assert_eq!(verdict(day(2025, 12, 31)), Verdict::OnTrack);
        assert_eq!(verdict(day(2026, 1, 1)), Verdict::Eligible);
        let failing = Verdict::of([Status::NotMet], period, day(2024, 1, 1));
        assert_eq!(failing, Verdict::NotEligible, "only eligible is held back");
    }

    fn assessment(statuses: &[Status], as_of: NaiveDate) -> Assessment {
        let period = Period { from: 2024, to: 2025 };
        Assessment {
            format: ASSESSMENT_FORMAT.into(),
            format_version: ASSESSMENT_FORMAT_VERSION,
            dossier_id: "d".into(),
            ruleset: "btnmt-dhtt-2023-2025".into(),
            period,
            as_of,
            verdict: Verdict::of(statuses.iter().copied(), period, as_of),
            criteria: statuses
                .iter()
                .map(|&status| CriterionResult {
                    id: "x".into(),
                    status,
                    detail: Message::new("", ""),
                    source: String::new(),
                })
                .collect(),
            rank_key: RankKey::default(),
        }
    }

    #[test]
    fn a_capped_verdict_says_so_and_when_it_becomes_final() {
        let capped = assessment(&[Status::Met, Status::Met], day(2025, 3, 1));
        assert!(capped.is_capped());
        assert_eq!(capped.final_after(), Some(day(2025, 12, 31)));

        let pending = assessment(&[Status::Met, Status::Pending], day(2025, 3, 1));
        assert!(!pending.is_capped(), "on track for a criterion of its own");
        assert_eq!(pending.final_after(), Some(day(2025, 12, 31)));

        let over = assessment(&[Status::Met, Status::Met], day(2026, 1, 1));
        assert_eq!(over.verdict, Verdict::Eligible);
        assert!(!over.is_capped());
        assert_eq!(over.final_after(), None);
    }

    #[test]
    fn rank_keys_compare_element_by_element_in_order() {
        let key = RankKey::from_array;
        assert!(key([3, 0, 0, 0, 0, 0]) > key([2, 4, 5, 3, 3, 9]));
        assert!(key([2, 3, 1, 0, 0, 0]) > key([2, 2, 5, 3, 3, 9]));
        assert!(key([2, 2, 1, 0, 0, 2]) > key([2, 2, 1, 0, 0, 1]));
        assert_eq!(key([1, 2, 3, 4, 5, 6]).to_array(), [1, 2, 3, 4, 5, 6]);
    }
}
