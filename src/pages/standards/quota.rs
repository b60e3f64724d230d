//! A ruleset's yearly number of exemplars, with the document's own words, its clause and what the
//! number means; shown on the standards page and beside a unit's selection of nominees.

use criteria::catalogue::Ruleset;
use leptos::prelude::*;

use crate::i18n::msg::standards as m;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn QuotaNote(ruleset: &'static Ruleset) -> impl IntoView {
    let i18n = use_i18n();
    let Some(quota) = ruleset.quota.as_ref() else {
        return view! { <p class="quota-note muted" data-testid="quota">{tr(m::QUOTA_NONE)}</p> }.into_any();
    };
    view! {
        <div class="quota-note" data-testid="quota">
            <blockquote class="quote" lang="vi" data-testid="quota-quote">{quota.quote}</blockquote>
            <p class="citation">
                <span class="muted">{tr(msg::editor::SOURCE)}</span> " " <cite>{quota.citation}</cite>
            </p>
            <p class="note">{move || i18n.get().pick(quota.note)}</p>
            {quota.needs_summary.then(|| view! { <p class="note">{tr(m::QUOTA_SUMMARY_NEEDED)}</p> })}
        </div>
    }
    .into_any()
}
