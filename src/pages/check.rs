//! Xem lại câu trả lời: every answer of a dossier on one page, each with a link to change it.

use criteria::catalogue::{self, Rule};
use criteria::dossier::Dossier;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::i18n::{msg, tr, use_i18n, Lang};
use crate::pages::editor_fields::{self as fields, Section};
use crate::state::use_app_state;

/// One answer: what was asked, what was answered, and where to change it.
#[derive(Clone)]
struct Row {
    question: String,
    answer: String,
    link: String,
}

/// Every answer of `d` in the editor's order, worded in `lang`.
fn rows(d: &Dossier, lang: Lang) -> Vec<Row> {
    let at = |section: Section, anchor: &str| fields::href(&d.id, section, anchor);
    let text = |s: &str| {
        if s.trim().is_empty() {
            lang.pick(msg::editor::NOT_ENTERED).to_owned()
        } else {
            s.to_owned()
        }
    };
    let mut rows = vec![
        Row {
            question: lang.pick(msg::new_dossier::name_label(d.subject.kind)).into(),
            answer: text(&d.subject.name),
            link: at(Section::Subject, "f-name"),
        },
        Row {
            question: lang.pick(msg::editor::UNIT).into(),
            answer: text(&d.subject.unit),
            link: at(Section::Subject, "f-unit"),
        },
    ];
    if !d.subject.position.is_empty() {
        rows.push(Row {
            question: lang.pick(msg::editor::POSITION).into(),
            answer: d.subject.position.clone(),
            link: at(Section::Subject, "f-position"),
        });
    }
    if d.subject.unit_head {
        rows.push(Row {
            question: lang.pick(msg::editor::UNIT_DOSSIER).into(),
            answer: d
                .subject
                .unit_dossier
                .clone()
                .unwrap_or_else(|| lang.pick(msg::editor::NOT_ENTERED).into()),
            link: at(Section::Subject, fields::UNIT_DOSSIER_ID),
        });
    }
    if let Some(sector) = d.subject.sector {
        rows.push(Row {
            question: lang.pick(msg::editor::SECTOR).into(),
            answer: lang.pick(sector.label()).into(),
            link: at(Section::Subject, "f-sector"),
        });
    }
    for year in d.period.years() {
        let entry = d.year(year);
        let rating = entry
            .and_then(|e| e.rating)
            .map_or(lang.pick(msg::editor::NOT_ENTERED), |r| lang.pick(r.label()));
        let titles = entry
            .map(|e| {
                e.titles
                    .iter()
                    .map(|t| lang.pick(t.label()))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default();
        let mut answer = format!(
            "{rating}; {}: {}",
            lang.pick(msg::editor::TITLES),
            if titles.is_empty() {
                lang.pick(msg::editor::NONE)
            } else {
                &titles
            }
        );
        if let Some(pct) = entry.and_then(|e| e.plan_completion_pct) {
            answer.push_str(&format!("; {}: {pct}", lang.pick(msg::editor::PLAN)));
        }
        if let Some(evidence) = entry.map(|e| e.evidence.as_str()).filter(|e| !e.is_empty()) {
            answer.push_str(&format!("; {evidence}"));
        }
        rows.push(Row {
            question: format!("{} {year}", lang.pick(msg::editor::YEAR)),
            answer,
            link: at(Section::Years, &fields::year_rating_id(year)),
        });
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
    rows.push(Row {
        question: lang.pick(msg::editor::SECTION_INITIATIVES).into(),
        answer: initiatives,
        link: at(Section::Initiatives, fields::INITIATIVES_ID),
    });
    if let Some(ruleset) = catalogue::ruleset(&d.ruleset) {
        for c in ruleset
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
            rows.push(Row {
                question: format!("{short}: {}", c.quote),
                answer,
                link: at(Section::Declarations, &fields::declaration_id(c.id)),
            });
        }
    }
    if !d.notes.is_empty() {
        rows.push(Row {
            question: lang.pick(msg::editor::NOTES).into(),
            answer: d.notes.clone(),
            link: at(Section::Subject, "f-notes"),
        });
    }
    rows
}

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let params = use_params_map();
    let state = use_app_state();
    let i18n = use_i18n();
    let id = move || params.read().get("id").unwrap_or_default();
    let dossier = Memo::new(move |_| state.dossier(&id()));
    move || match dossier.get() {
        None => view! {
            <h1>{tr(msg::shell::NOT_FOUND_HEADING)}</h1>
            <p>{tr(msg::editor::NOT_FOUND)}</p>
            <p><A href="/ho-so">{tr(msg::editor::BACK_TO_LIST)}</A></p>
        }
        .into_any(),
        Some(d) => {
            let back = format!("/ho-so/{}", d.id);
            view! {
                <h1>{tr(msg::editor::CHECK_HEADING)}</h1>
                <p class="muted">{d.subject.name.clone()}</p>
                <p>{tr(msg::editor::CHECK_LEAD)}</p>
                <dl class="check-answers" data-testid="check-answers-list">
                    {move || rows(&d, i18n.get()).into_iter().map(|row| view! {
                        <div class="check-row">
                            <dt>{row.question}</dt>
                            <dd>{row.answer}</dd>
                            <dd class="change"><a href=row.link>{tr(msg::editor::CHANGE)}</a></dd>
                        </div>
                    }).collect_view()}
                </dl>
                <p><A href=back attr:class="button">{tr(msg::editor::BACK_TO_EDITOR)}</A></p>
            }
            .into_any()
        }
    }
}
