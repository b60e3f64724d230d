//! The live self-assessment beside the editor: the verdict, each criterion's status and detail,
//! and what is missing, each item a link to the field that fixes it. Re-assessed on every change.

use app_core::fields::{href, locate};
use chrono::NaiveDate;
use criteria::assessment::{Assessment, CriterionResult, Verdict};
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
    let as_of = editing.as_of;
    let result = Memo::new(move |_| evaluate(editing, as_of.get()));
    let verdict = Signal::derive(move || result.with(|r| r.as_ref().map_or(Verdict::Incomplete, |(a, _)| a.verdict)));
    // While the period runs, the verdict is provisional; say when the final one comes.
    let final_after = move || result.with(|r| r.as_ref().and_then(|(a, _)| a.final_after()));
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
                    if let Some(date) = criteria::validate::parse_date(&event_target_value(&ev)) {
                        as_of.set(date)
                    }
                } />
        </div>
        <div class="verdict" aria-live="polite">
            <VerdictBadge verdict=verdict />
            <p data-testid="verdict-sentence">{move || i18n.get().pick(sentence())}</p>
            <p class="muted">{tr(msg::editor::AS_OF)} " " {move || i18n.get().date(as_of.get())}</p>
            {move || final_after().map(|day| view! {
                <p class="hint" data-testid="final-after">{move || msg::editor::final_after(i18n.get(), day)}</p>
            })}
            <p class="council-note">{tr(msg::editor::COUNCIL_NOTE)}</p>
        </div>
        <MissingList result=result />
        <h3>{tr(msg::editor::CRITERIA_HEADING)}</h3>
        <ol class="criteria-results" data-testid="criteria-results">
            // Keyed by the result itself: an edit redraws only the criteria whose status or
            // detail it changed.
            <For
                each=move || result.with(|r| r.as_ref().map(|(a, _)| a.criteria.clone()).unwrap_or_default())
                key=|c| (c.id.clone(), c.status, c.detail.vi.clone())
                let:c
            >
                <CriterionResultItem result=c />
            </For>
        </ol>
    }
}

/// One criterion's result: its name in words, the status, why, and (folded) the clause it quotes.
#[component]
fn CriterionResultItem(result: CriterionResult) -> impl IntoView {
    let i18n = use_i18n();
    let short = criteria::catalogue::short_id(&result.id).to_owned();
    let criterion = criteria::catalogue::criterion(&result.id);
    let detail = result.detail;
    let test_id = format!("result-{short}");
    view! {
        <li data-testid=test_id data-status=result.status.code()>
            <p class="criterion-head">
                <StatusBadge status=result.status />
                " " <strong class="criterion-name">{move || criterion.map(|c| i18n.get().pick(c.name))}</strong>
                " " <span class="criterion-id">{short}</span>
            </p>
            <p class="detail">{move || i18n.get().message(&detail).to_owned()}</p>
            {criterion.map(|criterion| view! {
                <details>
                    <summary>{tr(msg::editor::QUOTE)}</summary>
                    <CriterionSource criterion=criterion />
                </details>
            })}
        </li>
    }
}

/// What is missing, one line per change to make, each naming its criterion in words and linking
/// to the field where the change is made (the text of each link says where it leads).
#[component]
fn MissingList(result: Memo<Option<(Assessment, Vec<Missing>)>>) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let items = Memo::new(move |_| result.with(|r| r.as_ref().map(|(_, m)| m.clone()).unwrap_or_default()));
    view! {
        <h3>{tr(msg::editor::MISSING_HEADING)}</h3>
        <Show
            when=move || !items.with(Vec::is_empty)
            fallback=|| view! { <p data-testid="missing-none">{tr(msg::editor::MISSING_NONE)}</p> }
        >
            <ul class="missing" data-testid="missing">
                <For each=move || items.get() key=|m| (m.criterion_id.clone(), m.field.clone(), m.fix.vi.clone()) let:m>
                    {
                        let (section, anchor) = locate(&m.field);
                        let link = href(&editing.id.get_untracked(), section, &anchor);
                        let criterion = criteria::catalogue::criterion(&m.criterion_id);
                        let short = criteria::catalogue::short_id(&m.criterion_id).to_owned();
                        let fix = m.fix;
                        view! {
                            <li data-status=m.status.code()>
                                <a href=link>
                                    <strong>{move || criterion.map(|c| i18n.get().pick(c.name))}</strong>
                                    ": " {move || i18n.get().message(&fix).to_owned()}
                                </a>
                                " " <span class="criterion-id">{short}</span>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}
