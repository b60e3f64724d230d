//! The live self-assessment beside the editor: the verdict, each criterion's status and detail,
//! and what is missing, each item a link to the field that fixes it. Re-assessed on every change.

use app_core::fields::{href, locate};
use chrono::{Datelike, NaiveDate};
use criteria::assessment::{Assessment, Verdict};
use criteria::{assess, what_is_missing, Missing};
use leptos::prelude::*;

use super::Editing;
use crate::components::{CriterionSource, StatusBadge, VerdictBadge};
use crate::i18n::{msg, tr, use_i18n};

/// The assessment and the missing list of the edited dossier at `as_of`, with its unit-head link
/// resolved in the store.
fn evaluate(editing: Editing, as_of: NaiveDate) -> Option<(Assessment, Vec<Missing>)> {
    let state = editing.state();
    editing.dossier.with(|d| {
        let d = d.as_ref()?;
        let others = state.linked(d);
        Some((assess(d, &others, as_of), what_is_missing(d, &others, as_of)))
    })
}

#[component]
pub fn AssessmentPanel() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let as_of = RwSignal::new(crate::env::use_env().today());
    let result = Memo::new(move |_| evaluate(editing, as_of.get()));
    let verdict = Signal::derive(move || result.with(|r| r.as_ref().map_or(Verdict::Incomplete, |(a, _)| a.verdict)));
    let period_open = move || editing.read(false, |d| as_of.get().year() <= d.period.to);
    let sentence = move || match verdict.get() {
        Verdict::Eligible => msg::editor::VERDICT_ELIGIBLE,
        Verdict::OnTrack => msg::editor::VERDICT_ON_TRACK,
        Verdict::Incomplete => msg::editor::VERDICT_INCOMPLETE,
        Verdict::NotEligible => msg::editor::VERDICT_NOT_ELIGIBLE,
    };

    view! {
        <h2 id="panel-heading">{tr(msg::editor::PANEL_HEADING)}</h2>
        <div class="field">
            <label for="as-of">{tr(msg::editor::AS_OF)}</label>
            <input id="as-of" type="date" data-testid="as-of" prop:value=move || as_of.get().to_string()
                on:change=move |ev| {
                    if let Ok(date) = NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d") {
                        as_of.set(date)
                    }
                } />
        </div>
        <div class="verdict" aria-live="polite">
            <VerdictBadge verdict=verdict />
            <p data-testid="verdict-sentence">{move || i18n.get().pick(sentence())}</p>
            <p class="muted">{tr(msg::editor::AS_OF)} " " {move || i18n.get().date(as_of.get())}</p>
            <Show when=period_open>
                <p class="hint">{tr(msg::editor::PERIOD_OPEN)}</p>
            </Show>
            <p class="council-note">{tr(msg::editor::COUNCIL_NOTE)}</p>
        </div>
        <MissingList result=result />
        <h3>{tr(msg::editor::CRITERIA_HEADING)}</h3>
        <ol class="criteria-results" data-testid="criteria-results">
            {move || result.with(|r| r.as_ref().map(|(a, _)| a.criteria.clone()).unwrap_or_default())
                .into_iter()
                .map(|c| {
                    let short = criteria::catalogue::short_id(&c.id).to_owned();
                    let detail = c.detail.clone();
                    let test_id = format!("result-{short}");
                    view! {
                        <li data-testid=test_id data-status=app_core::codes::status(c.status)>
                            <StatusBadge status=c.status />
                            " " <span class="criterion-id">{short}</span>
                            <p class="detail">{move || i18n.get().message(&detail).to_owned()}</p>
                            {criteria::catalogue::criterion(&c.id).map(|criterion| view! {
                                <details>
                                    <summary>{tr(msg::editor::QUOTE)}</summary>
                                    <CriterionSource criterion=criterion />
                                </details>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
fn MissingList(result: Memo<Option<(Assessment, Vec<Missing>)>>) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let items = move || result.with(|r| r.as_ref().map(|(_, m)| m.clone()).unwrap_or_default());
    view! {
        <h3>{tr(msg::editor::MISSING_HEADING)}</h3>
        {move || {
            let items = items();
            if items.is_empty() {
                return view! { <p data-testid="missing-none">{tr(msg::editor::MISSING_NONE)}</p> }.into_any();
            }
            view! {
                <ul class="missing" data-testid="missing">
                    {items.into_iter().map(|m| {
                        let (section, anchor) = locate(&m.field);
                        let link = href(&editing.id.get_untracked(), section, &anchor);
                        let fix = m.fix.clone();
                        let short = criteria::catalogue::short_id(&m.criterion_id).to_owned();
                        view! {
                            <li>
                                <span class="criterion-id">{short}</span> " "
                                <a href=link>{move || i18n.get().message(&fix).to_owned()}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}
