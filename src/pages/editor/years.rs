//! Các năm: one row per year of the period: rating, titles, plan completion (collectives, where
//! the ruleset computes it) and evidence.

use app_core::fields::{year_evidence_id, year_plan_id, year_rating_id, year_titles_id};
use chrono::Datelike;
use criteria::catalogue::Rule;
use criteria::codes::{Rating, SubjectKind, Title};
use criteria::dossier::{Dossier, YearEntry};
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

/// The entry of `year`, created empty if the dossier has none yet, keeping years in order.
fn year_mut(d: &mut Dossier, year: i32) -> &mut YearEntry {
    let at = match d.years.iter().position(|y| y.year >= year) {
        Some(i) if d.years[i].year == year => i,
        Some(i) => {
            d.years.insert(i, empty_year(year));
            i
        }
        None => {
            d.years.push(empty_year(year));
            d.years.len() - 1
        }
    };
    &mut d.years[at]
}

fn empty_year(year: i32) -> YearEntry {
    YearEntry {
        year,
        rating: None,
        titles: Vec::new(),
        plan_completion_pct: None,
        evidence: String::new(),
    }
}

#[component]
pub fn YearsSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let years = move || editing.read(Vec::new(), |d| d.period.years().collect::<Vec<_>>());
    view! {
        <h2>{tr(msg::editor::SECTION_YEARS)}</h2>
        <div class="years">
            <For each=years key=|y| *y let:year>
                <YearRow year=year />
            </For>
        </div>
    }
}

#[component]
fn YearRow(year: i32) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let kind = editing.read(SubjectKind::CaNhan, |d| d.subject.kind);
    let rated = kind != SubjectKind::HoGiaDinh;
    let asks_plan = kind == SubjectKind::TapThe
        && editing
            .ruleset()
            .is_some_and(|r| r.uses(|rule| matches!(rule, Rule::PlanCompletion { .. })));
    let entry = move || editing.read(None, |d| d.year(year).cloned());
    let rating = move || entry().and_then(|e| e.rating);
    let has_title = move |t: Title| entry().is_some_and(|e| e.titles.contains(&t));
    let not_ended = year >= crate::env::use_env().today().year();

    view! {
        <fieldset class="year" data-testid=format!("year-{year}")>
            <legend>
                {tr(msg::editor::YEAR)} " " {year}
                {not_ended.then(|| view! { " (" {tr(msg::editor::YEAR_NOT_ENDED)} ")" })}
            </legend>
            <Show when=move || rated>
                <div class="field">
                    <label for=year_rating_id(year)>{tr(msg::editor::RATING)}</label>
                    <select id=year_rating_id(year) on:change=move |ev| {
                        let code = event_target_value(&ev);
                        let r = Rating::ALL.into_iter().find(|r| r.code() == code);
                        editing.edit(|d| year_mut(d, year).rating = r)
                    }>
                        <option value="" selected=move || rating().is_none()>{tr(msg::editor::RATING_NONE)}</option>
                        {Rating::ALL.into_iter().map(|r| view! {
                            <option value=r.code() selected=move || rating() == Some(r)>
                                {move || i18n.get().pick(r.label())}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </Show>
            <fieldset class="titles" id=year_titles_id(year) tabindex="-1">
                <legend>{tr(msg::editor::TITLES)}</legend>
                {Title::for_subject(kind).map(|t| {
                    let id = format!("f-year-{year}-title-{}", t.code());
                    view! {
                        <div class="field checkbox">
                            <input id=id.clone() type="checkbox" prop:checked=move || has_title(t)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    editing.edit(|d| {
                                        let titles = &mut year_mut(d, year).titles;
                                        titles.retain(|x| *x != t);
                                        if on { titles.push(t); titles.sort(); }
                                    })
                                } />
                            <label for=id>{move || i18n.get().pick(t.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Show when=move || asks_plan>
                <div class="field">
                    <label for=year_plan_id(year)>{tr(msg::editor::PLAN)}</label>
                    <input id=year_plan_id(year) type="number" min="0" max="1000" step="1" inputmode="decimal"
                        prop:value=move || entry().and_then(|e| e.plan_completion_pct).map(|p| p.to_string()).unwrap_or_default()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            // Empty clears the value; anything else is kept only if it is a number the
                            // format allows (0–1000), so a typo never erases what was stored.
                            let text = text.trim().replace(',', ".");
                            let pct = match text.parse::<f64>() {
                                _ if text.is_empty() => None,
                                Ok(p) if (0.0..=1000.0).contains(&p) => Some(p),
                                _ => return,
                            };
                            editing.edit(|d| year_mut(d, year).plan_completion_pct = pct)
                        } />
                </div>
            </Show>
            <div class="field">
                <label for=year_evidence_id(year)>{tr(msg::editor::EVIDENCE)}</label>
                <input id=year_evidence_id(year) type="text"
                    prop:value=move || entry().map(|e| e.evidence).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); editing.edit(|d| year_mut(d, year).evidence = v) } />
            </div>
        </fieldset>
    }
}
