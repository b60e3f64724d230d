//! Các năm: one row per year of the period (rating, titles, plan completion where the ruleset
//! computes it, evidence), then any entries for years outside the period, kept and shown apart
//! because the period's rules do not read them (CRITERIA.md, "What `as_of` can see").

use app_core::fields::{year_evidence_id, year_plan_id, year_rating_id, year_titles_id};
use criteria::catalogue::Rule;
use criteria::codes::{Ladder, Rating, SubjectKind, Title};
use criteria::validate::limits;
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn YearsSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let period_years = editing.field(Vec::new(), |d| d.period.years().collect::<Vec<_>>());
    let outside = editing.field(Vec::new(), |d| {
        d.years
            .iter()
            .map(|y| y.year)
            .filter(|y| !d.period.contains(*y))
            .collect::<Vec<_>>()
    });
    view! {
        <h2>{tr(msg::editor::SECTION_YEARS)}</h2>
        <div class="years">
            <For each=move || period_years.get() key=|y| *y let:year>
                <YearRow year=year />
            </For>
        </div>
        <Show when=move || !outside.with(Vec::is_empty)>
            <section class="years-outside" data-testid="years-outside" aria-labelledby="years-outside-heading">
                <h3 id="years-outside-heading">{tr(msg::editor::YEARS_OUTSIDE)}</h3>
                <p class="hint">{tr(msg::editor::YEARS_OUTSIDE_HINT)}</p>
                <div class="years">
                    <For each=move || outside.get() key=|y| *y let:year>
                        <YearRow year=year />
                    </For>
                </div>
            </section>
        </Show>
    }
}

/// The titles the editor offers a subject: an individual's or a collective's ladder and the
/// commendations; a household only the commendations (emulation titles such as Chiến sĩ thi đua
/// are awarded to people at work, not to households). A title already held is always shown, so
/// nothing stored is hidden.
fn offered_titles(kind: SubjectKind, held: &[Title]) -> Vec<Title> {
    Title::for_subject(kind)
        .filter(|t| kind != SubjectKind::HoGiaDinh || t.ladder() == Ladder::Commendation || held.contains(t))
        .collect()
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
    let entry = editing.field(None, move |d| d.year(year).cloned());
    let rating = move || entry.with(|e| e.as_ref().and_then(|e| e.rating));
    let has_title = move |t: Title| entry.with(|e| e.as_ref().is_some_and(|e| e.titles.contains(&t)));
    let titles = offered_titles(
        kind,
        &entry.with_untracked(|e| e.as_ref().map(|e| e.titles.clone()).unwrap_or_default()),
    );
    // Not answered: the user has not ticked a title nor "none" (FORMAT.md's `titles_answered`).
    let answered = move || entry.with(|e| e.as_ref().is_some_and(|e| e.titles_answered));
    let none_held = move || entry.with(|e| e.as_ref().is_some_and(|e| e.titles_answered && e.titles.is_empty()));
    let no_titles_id = format!("f-year-{year}-no-titles");
    let not_ended = move || !criteria::has_ended(year, editing.as_of.get());
    let evidence_id = year_evidence_id(year);

    view! {
        <fieldset class="year" data-testid=format!("year-{year}")>
            <legend>
                {tr(msg::editor::YEAR)} " " {year}
                <Show when=not_ended>" (" {tr(msg::editor::YEAR_NOT_ENDED)} ")"</Show>
            </legend>
            <Show when=move || rated>
                <div class="field">
                    <label for=year_rating_id(year)>{tr(msg::editor::RATING)}</label>
                    <select id=year_rating_id(year) on:change=move |ev| {
                        let code = event_target_value(&ev);
                        let r = Rating::ALL.into_iter().find(|r| r.code() == code);
                        editing.edit(|d| d.set_rating(year, r))
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
                {titles.into_iter().map(|t| {
                    let id = format!("f-year-{year}-title-{}", t.code());
                    view! {
                        <div class="field checkbox">
                            <input id=id.clone() type="checkbox" prop:checked=move || has_title(t)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    editing.edit(|d| d.set_title(year, t, on))
                                } />
                            <label for=id>{move || i18n.get().pick(t.label())}</label>
                        </div>
                    }
                }).collect_view()}
                <div class="field checkbox no-titles">
                    <input id=no_titles_id.clone() type="checkbox" prop:checked=none_held
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            editing.edit(|d| d.set_no_titles(year, on))
                        } />
                    <label for=no_titles_id>{tr(msg::editor::NO_TITLES)}</label>
                </div>
                <Show when=move || !answered()>
                    <p class="hint" data-testid=format!("titles-unanswered-{year}")>{tr(msg::editor::TITLES_NOT_ANSWERED)}</p>
                </Show>
            </fieldset>
            <Show when=move || asks_plan>
                <div class="field">
                    <label for=year_plan_id(year)>{tr(msg::editor::PLAN)}</label>
                    <input id=year_plan_id(year) type="text" inputmode="decimal"
                        prop:value=editing.field(String::new(), move |d| {
                            d.year(year).and_then(|e| e.plan_completion_pct).map(|p| p.to_string()).unwrap_or_default()
                        })
                        on:input=move |ev| {
                            let typed = event_target_value(&ev);
                            // A typo is not saved, so it never erases what was stored.
                            editing.edit_if(|d| d.set_plan_completion(year, &typed).is_ok())
                        } />
                </div>
            </Show>
            <div class="field">
                <label for=evidence_id.clone()>{tr(msg::editor::EVIDENCE)}</label>
                <input id=evidence_id type="text" maxlength=limits::EVIDENCE_MAX
                    prop:value=editing.field(String::new(), move |d| d.year(year).map(|e| e.evidence.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = event_target_value(&ev); editing.edit(|d| d.set_year_evidence(year, v)) } />
            </div>
        </fieldset>
    }
}
