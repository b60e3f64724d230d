//! The printed self-assessment as data: what it shows as each criterion's evidence, and the place
//! and date line above the signatures, as administrative papers write them.

use chrono::{Datelike, NaiveDate};
use criteria::catalogue::{Criterion, Rule};
use criteria::dossier::Dossier;

use crate::i18n::{msg, Lang};

/// The evidence a printed self-assessment shows beside a criterion, one line per source, so a
/// reader sees what the result rests on: for a declared criterion its declared evidence; for a
/// yearly rule (rating, title, plan completion) each period year's evidence; for an initiative rule
/// the evidence of the initiatives it counts; for a unit head's unit, the unit's dossier by name.
/// Empty when nothing was entered.
pub fn criterion_evidence(d: &Dossier, criterion: &Criterion, linked: Option<&Dossier>, lang: Lang) -> Vec<String> {
    let year_evidence = |years: &mut dyn Iterator<Item = i32>| -> Vec<String> {
        years
            .filter_map(|year| {
                d.year(year)
                    .filter(|e| !e.evidence.trim().is_empty())
                    .map(|e| (year, &e.evidence))
            })
            .map(|(year, evidence)| format!("{} {year}: {evidence}", lang.pick(msg::editor::YEAR)))
            .collect()
    };
    match criterion.rule {
        Rule::Declared => d
            .declarations
            .get(criterion.id)
            .map(|x| x.evidence.trim())
            .filter(|e| !e.is_empty())
            .map(|e| vec![e.to_owned()])
            .unwrap_or_default(),
        Rule::RatingEachYear(_) | Rule::TitleEachYear(_) => year_evidence(&mut d.period.years()),
        Rule::PlanCompletion { year, .. } => year_evidence(&mut std::iter::once(year)),
        Rule::InitiativeInPeriod(kinds) => d
            .initiatives
            .iter()
            .flatten()
            .filter(|i| kinds.contains(&i.kind) && d.period.contains(i.year) && !i.evidence.trim().is_empty())
            .map(|i| format!("{} ({}): {}", i.title, i.year, i.evidence))
            .collect(),
        Rule::UnitEligible => linked.map(|u| vec![u.subject.name.clone()]).unwrap_or_default(),
    }
}

/// The line above the signatures, "……, ngày 02 tháng 12 năm 2026": the place is left for the
/// signer to write, the day is the day of the assessment.
pub fn place_and_date(day: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("……, ngày {:02} tháng {:02} năm {}", day.day(), day.month(), day.year()),
        Lang::En => format!("……, {}", lang.date(day)),
    }
}

#[cfg(test)]
mod tests {
    use criteria::catalogue::criterion;

    use super::*;

    fn hoa() -> Dossier {
        crate::fixtures::parse(
            r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-hoa","created_at":"2025-03-02T08:15:00Z",
            "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2024},
            "subject":{"kind":"ca_nhan","name":"Nguyễn Thị Hoa"},
            "years":[{"year":2023,"rating":"xuat_sac","titles":["cstd_co_so"],"evidence":"QĐ 15/QĐ-TNN"},
                     {"year":2024,"rating":"xuat_sac","titles":[],"evidence":" "},
                     {"year":2019,"rating":"tot","titles":[],"evidence":"QĐ cũ"}],
            "initiatives":[{"title":"Số hóa","kind":"sang_kien","year":2024,"scope":"co_so","evidence":"QĐ 7"},
                           {"title":"Mô hình","kind":"mo_hinh","year":2024,"scope":"co_so","evidence":"QĐ 8"}],
            "declarations":{"btnmt-dhtt-2023-2025/cn-1":{"met":true,"evidence":"Nhận xét"}}}"#,
        )
    }

    fn of(id: &str) -> Vec<String> {
        let c = criterion(&format!("btnmt-dhtt-2023-2025/{id}")).expect("a criterion of the catalogue");
        criterion_evidence(&hoa(), c, None, Lang::Vi)
    }

    #[test]
    fn a_yearly_rule_shows_each_period_year_s_evidence_and_no_other() {
        assert_eq!(of("cn-4"), ["Năm 2023: QĐ 15/QĐ-TNN"]);
    }

    #[test]
    fn an_initiative_rule_shows_the_initiatives_it_counts() {
        assert_eq!(of("cn-2"), ["Số hóa (2024): QĐ 7"]);
    }

    #[test]
    fn a_declared_criterion_shows_its_own_evidence() {
        assert_eq!(of("cn-1"), ["Nhận xét"]);
        assert!(of("cn-3").is_empty());
    }

    #[test]
    fn the_date_line_leaves_the_place_blank() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).expect("a day");
        assert_eq!(place_and_date(day, Lang::Vi), "……, ngày 02 tháng 12 năm 2026");
    }
}
