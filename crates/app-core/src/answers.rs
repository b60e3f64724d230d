//! Xem lại câu trả lời as data: every answer of a dossier in the editor's order, worded in the
//! user's language, each with the link that opens its field.

use criteria::catalogue::Rule;
use criteria::dossier::{Dossier, YearEntry};

use crate::fields::Field;
use crate::i18n::{msg, Lang};
use crate::profile::ProfileQuestion;
use crate::ruleset_of;

/// One answer: what was asked, what was answered, and where to change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub question: String,
    pub answer: String,
    /// The editor URL that opens the field.
    pub link: String,
}

/// Every answer of `d` in the editor's order, worded in `lang`. `linked_name` is the name of the
/// collective dossier a unit head links to, when it is at hand: the user knows it by its name.
pub fn answers(d: &Dossier, linked_name: Option<&str>, lang: Lang) -> Vec<Answer> {
    let at = |field: Field| field.href(&d.id);
    let text = |s: &str| {
        if s.trim().is_empty() {
            lang.pick(msg::editor::NOT_ENTERED).to_owned()
        } else {
            s.to_owned()
        }
    };
    let mut rows = vec![
        Answer {
            question: lang.pick(msg::new_dossier::name_label(d.subject.kind)).into(),
            answer: text(&d.subject.name),
            link: at(Field::Name),
        },
        Answer {
            question: lang.pick(msg::editor::UNIT).into(),
            answer: text(&d.subject.unit),
            link: at(Field::Unit),
        },
    ];
    if !d.subject.position.is_empty() {
        rows.push(Answer {
            question: lang.pick(msg::editor::POSITION).into(),
            answer: d.subject.position.clone(),
            link: at(Field::Position),
        });
    }
    if d.subject.unit_head {
        rows.push(Answer {
            question: lang.pick(msg::editor::UNIT_DOSSIER).into(),
            answer: match (&d.subject.unit_dossier, linked_name) {
                (None, _) => lang.pick(msg::editor::NOT_ENTERED).into(),
                (Some(_), Some(name)) => name.to_owned(),
                (Some(id), None) => id.clone(),
            },
            link: at(Field::UnitDossier),
        });
    }
    if let Some(sector) = d.subject.sector {
        rows.push(Answer {
            question: lang.pick(msg::editor::SECTOR).into(),
            answer: lang.pick(sector.label()).into(),
            link: at(Field::Sector),
        });
    }
    for year in d.period.years() {
        rows.push(year_answer(d, year, lang, None));
    }
    // Entries outside the period are kept and shown apart: the period's rules do not read them.
    for year in d.years.iter().map(|e| e.year).filter(|y| !d.period.contains(*y)) {
        rows.push(year_answer(d, year, lang, Some(msg::editor::OUTSIDE_PERIOD)));
    }
    let initiatives = match &d.initiatives {
        None => lang.pick(msg::editor::INITIATIVES_UNSET).to_owned(),
        Some(list) if list.is_empty() => lang.pick(msg::editor::INITIATIVES_NONE).to_owned(),
        Some(list) => list
            .iter()
            .map(|i| format!("{} ({}, {})", i.title, lang.pick(i.kind.label()), i.year))
            .collect::<Vec<_>>()
            .join("; "),
    };
    rows.push(Answer {
        question: lang.pick(msg::editor::SECTION_INITIATIVES).into(),
        answer: initiatives,
        link: at(Field::Initiatives),
    });
    for c in ruleset_of(d)
        .0
        .criteria_for(&d.subject)
        .filter(|c| matches!(c.rule, Rule::Declared))
    {
        let answer = match d.declarations.get(c.id) {
            None => lang.pick(msg::editor::ANSWER_UNSET).to_owned(),
            Some(decl) => {
                let yes_no = lang.pick(if decl.met { msg::editor::YES } else { msg::editor::NO });
                if decl.evidence.is_empty() {
                    yes_no.to_owned()
                } else {
                    format!("{yes_no}: {}", decl.evidence)
                }
            }
        };
        let short = criteria::catalogue::short_id(c.id);
        rows.push(Answer {
            question: format!("{} ({short})", lang.pick(c.name)),
            answer,
            link: at(Field::Declaration(c.id.to_owned())),
        });
    }
    let empty = criteria::profile::Profile::default();
    let profile = d.profile.as_deref().unwrap_or(&empty);
    for &q in ProfileQuestion::of_kind(d.subject.kind) {
        rows.push(Answer {
            question: lang.pick(q.label(d.subject.kind)).into(),
            answer: q
                .answer(profile, lang)
                .unwrap_or_else(|| lang.pick(msg::editor::NOT_ENTERED).into()),
            link: at(Field::Profile(q)),
        });
    }
    if !d.notes.is_empty() {
        rows.push(Answer {
            question: lang.pick(msg::editor::NOTES).into(),
            answer: d.notes.clone(),
            link: at(Field::Notes),
        });
    }
    rows
}

/// A year's titles in words: "Chưa khai" while they are not answered, "Không có" when the answer
/// is none, else the titles' names.
pub fn titles_text(entry: Option<&YearEntry>, lang: Lang) -> String {
    match entry.and_then(|e| e.answered_titles()) {
        None => lang.pick(msg::editor::NOT_ANSWERED).to_owned(),
        Some([]) => lang.pick(msg::editor::NONE).to_owned(),
        Some(titles) => titles
            .iter()
            .map(|t| lang.pick(t.label()))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// One year's answer: the rating, the titles (or that they are not answered yet), the plan
/// completion and the evidence; `apart` marks a year outside the period.
fn year_answer(d: &Dossier, year: i32, lang: Lang, apart: Option<criteria::text::Text>) -> Answer {
    let entry = d.year(year);
    let rating = entry
        .and_then(|e| e.rating)
        .map_or(lang.pick(msg::editor::NOT_ENTERED), |r| lang.pick(r.label()));
    let titles = titles_text(entry, lang);
    let mut answer = format!("{rating}; {}: {titles}", lang.pick(msg::editor::TITLES));
    if let Some(pct) = entry.and_then(|e| e.plan_completion_pct) {
        answer.push_str(&format!("; {}: {pct}", lang.pick(msg::editor::PLAN)));
    }
    if let Some(evidence) = entry.map(|e| e.evidence.as_str()).filter(|e| !e.is_empty()) {
        answer.push_str(&format!("; {evidence}"));
    }
    let mut question = format!("{} {year}", lang.pick(msg::editor::YEAR));
    if let Some(apart) = apart {
        question.push_str(&format!(" ({})", lang.pick(apart)));
    }
    Answer {
        question,
        answer,
        link: Field::YearRating(year).href(&d.id),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use criteria::dossier::Declaration;

    use super::*;
    use crate::fields::shown;

    fn hoa() -> Dossier {
        let text = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-hoa","created_at":"2025-03-02T08:15:00Z",
            "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2021-2025","period":{"from":2023,"to":2025},
            "subject":{"kind":"ca_nhan","name":"Nguyễn Thị Hoa","unit":"","position":"Chuyên viên","unit_head":true},
            "years":[{"year":2024,"rating":"tot","titles":["cstd_co_so"],"plan_completion_pct":null,"evidence":"QĐ 7"}],
            "initiatives":[],"notes":"ghi chú"}"#;
        crate::fixtures::parse(text)
    }

    #[test]
    fn every_answer_is_worded_and_links_to_a_field_the_editor_shows() {
        let mut d = hoa();
        let declared = ruleset_of(&d)
            .0
            .criteria_for(&d.subject)
            .find(|c| matches!(c.rule, Rule::Declared))
            .expect("the plan has a declared criterion");
        d.declarations = BTreeMap::from([(
            declared.id.to_owned(),
            Declaration {
                met: true,
                evidence: "Nhận xét".into(),
                extra: Default::default(),
            },
        )]);
        let rows = answers(&d, None, Lang::Vi);
        let find = |q: &str| {
            rows.iter()
                .find(|r| r.question.starts_with(q))
                .unwrap_or_else(|| panic!("{q}"))
        };
        assert_eq!(find("Đơn vị").answer, "Chưa nhập");
        assert_eq!(
            find("Năm 2024").answer,
            "Hoàn thành tốt nhiệm vụ; Danh hiệu, khen thưởng: Chiến sĩ thi đua cơ sở; QĐ 7"
        );
        assert_eq!(find("Năm 2023").answer, "Chưa nhập; Danh hiệu, khen thưởng: Chưa khai");
        assert_eq!(find("Sáng kiến").answer, "Không có");
        assert_eq!(find(declared.name.vi).answer, "Có: Nhận xét");
        assert_eq!(find("Hồ sơ tập thể").answer, "Chưa nhập");
        for row in &rows {
            let (path, anchor) = row.link.split_once('#').expect("a link names its field");
            assert!(path.starts_with("/ho-so/d-hoa?muc="), "{}", row.link);
            let field = shown(&d).into_iter().find(|f| f.id() == anchor);
            assert!(
                field.is_some_and(|f| f.href(&d.id) == row.link),
                "{} is not a shown field",
                row.link
            );
        }
    }
}
