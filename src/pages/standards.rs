//! Tiêu chuẩn: the rulesets of the catalogue, each with its document and number of criteria.
//! The full, searchable standards browser comes with the nominations issue.

use criteria::catalogue::RULESETS;
use leptos::prelude::*;

use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn Standards() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{tr(msg::shell::STANDARDS_HEADING)}</h1>
        <p>{tr(msg::shell::STANDARDS_LEAD)}</p>
        <ul class="ruleset-list" data-testid="ruleset-list">
            {RULESETS
                .iter()
                .map(|ruleset| {
                    view! {
                        <li>
                            <h2>{move || i18n.get().pick(ruleset.document.name)}</h2>
                            <p>{move || i18n.get().pick(ruleset.document.title)}</p>
                            <p class="muted">
                                {ruleset.span.0} "–" {ruleset.span.1} " · " {ruleset.criteria.len()} " "
                                {tr(msg::shell::STANDARDS_CRITERIA_COUNT)}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
