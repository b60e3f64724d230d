//! Tiêu chuẩn: every ruleset, newest document first, and every criterion with its document, clause,
//! verbatim quote, English gloss, reading, rule in plain words, reach, and the stored dossiers it
//! affects; searchable without accents.
//!
//! Deep links: `/tieu-chuan#<ruleset id>` or `/tieu-chuan#<ruleset id>--<group>-<n>` scrolls to and
//! focuses a ruleset or a criterion; `/tieu-chuan?tim=<words>` opens with a search.

mod criterion;
pub(super) mod quota;
mod ruleset;

use app_core::search::SearchIndex;
use criteria::catalogue::RULESETS;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::focus_fragment;
use crate::i18n::msg::standards as m;
use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;
use criterion::affected_dossiers;
use ruleset::RulesetSection;

/// The query parameter that opens the page with a search.
const SEARCH_PARAM: &str = "tim";

#[component]
pub fn Standards() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The dossiers each criterion affects appear once the store is read; the page does not wait.
    state.request_load();
    let index = StoredValue::new(SearchIndex::default());
    let initial = use_query_map()
        .with_untracked(|q| q.get(SEARCH_PARAM))
        .unwrap_or_default();
    let query = RwSignal::new(initial);
    let found = Memo::new(move |_| query.with(|q| index.with_value(|i| i.find(q))));
    let affected = Memo::new(move |_| state.with_store(|s| affected_dossiers(s.dossiers())));
    let total = index.with_value(SearchIndex::criteria_count);
    focus_fragment(|| ());

    view! {
        <h1>{tr(msg::shell::STANDARDS_HEADING)}</h1>
        <p class="lead">{tr(msg::shell::STANDARDS_LEAD)} " " {tr(m::INTRO)}</p>
        <div class="standards-search" role="search">
            <div class="field">
                <label for="standards-search">{tr(m::SEARCH)}</label>
                <input
                    id="standards-search"
                    type="search"
                    data-testid="standards-search"
                    autocomplete="off"
                    aria-describedby="standards-search-hint"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <p id="standards-search-hint" class="hint">{tr(m::SEARCH_HINT)}</p>
            </div>
            <p class="search-count" data-testid="search-count" aria-live="polite">
                {move || found.with(|f| f.as_ref().map(|f| {
                    if f.is_empty() { i18n.get().pick(m::NO_MATCH).to_owned() } else { m::matches(i18n.get(), f.len(), total) }
                }))}
            </p>
            <Show when=move || found.with(Option::is_some)>
                <button type="button" class="button" data-testid="clear-search" on:click=move |_| query.set(String::new())>
                    {tr(m::CLEAR_SEARCH)}
                </button>
            </Show>
        </div>
        <ol class="rulesets" data-testid="ruleset-list">
            {RULESETS.iter().map(|ruleset| view! { <RulesetSection ruleset found affected /> }).collect_view()}
        </ol>
    }
}
