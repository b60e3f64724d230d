//! A criterion's source: the verbatim Vietnamese quote (always), the English gloss in English, the
//! citation, and the app's reading where the document is not explicit (CRITERIA.md's
//! *interpretation*), which the user must be told about.

use criteria::catalogue::Criterion;
use leptos::prelude::*;

use crate::i18n::{msg, tr, use_i18n, Lang};

#[component]
pub fn CriterionSource(criterion: &'static Criterion) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <blockquote class="quote" lang="vi" data-testid="quote">{criterion.quote}</blockquote>
        <Show when=move || i18n.get() == Lang::En>
            <p class="gloss" lang="en">{criterion.gloss}</p>
        </Show>
        <p class="citation">
            <span class="muted">{tr(msg::editor::SOURCE)}</span> " " <cite>{criterion.citation}</cite>
        </p>
        {criterion.interpretation.map(|text| view! {
            <p class="interpretation" data-testid="interpretation">
                <strong>{tr(msg::editor::INTERPRETATION)}</strong> " " {move || i18n.get().pick(text)}
            </p>
        })}
        {criterion.note.map(|text| view! {
            <p class="note"><strong>{tr(msg::editor::NOTE)}</strong> " " {move || i18n.get().pick(text)}</p>
        })}
    }
}
