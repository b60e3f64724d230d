//! The selection check of the unit page: the document's yearly number of exemplars in its words, how
//! many nominees are selected, and the warnings ([`app_core::unit::warnings`]) to read before the
//! list is sent: never a refusal, the unit's council decides.

use app_core::unit::{per_year_note, warnings, Candidate, Nominee};
use leptos::prelude::*;

use super::Shown;
use crate::i18n::msg::unit as m;
use crate::i18n::{tr, use_i18n};
use crate::pages::standards::quota::QuotaNote;

/// The document's number with its words (and, over several years, that it is a yearly number),
/// how many are selected, and the warnings.
#[component]
pub fn SelectionCheck(shown: Shown, chosen: Memo<Vec<Candidate>>) -> impl IntoView {
    let i18n = use_i18n();
    let ruleset = Memo::new(move |_| shown.choice.with(|c| c.ruleset));
    let found = Memo::new(move |_| {
        chosen.with(|c| {
            let named: Vec<Nominee> = c
                .iter()
                .map(|c| Nominee {
                    name: &c.dossier.subject.name,
                    kind: c.dossier.subject.kind,
                    verdict: c.assessment.verdict,
                })
                .collect();
            warnings(ruleset.get().quota.as_ref(), &named)
        })
    });
    let per_year = move || {
        let period = shown.choice.with(|c| c.period)?;
        per_year_note(ruleset.get().quota.as_ref(), period, i18n.get())
    };
    view! {
        <section class="selection-check" aria-labelledby="selection-heading">
            <h2 id="selection-heading">{tr(m::SELECTION)}</h2>
            <h3>{tr(m::QUOTA)}</h3>
            {move || view! { <QuotaNote ruleset=ruleset.get().0 /> }}
            {move || per_year().map(|note| view! { <p class="notice per-year" data-testid="per-year">{note}</p> })}
            <div role="status" data-testid="selection-status">
                <p data-testid="selected-count">{move || m::selected_count(i18n.get(), chosen.with(Vec::len))}</p>
                {move || {
                    let list = found.get();
                    if list.is_empty() {
                        return ruleset.get().quota.is_some().then(|| {
                            view! { <p class="selection-ok" data-testid="selection-ok"><span aria-hidden="true">"✓ "</span>{tr(m::SELECTION_OK)}</p> }
                        }).into_any();
                    }
                    view! {
                        <ul class="notice warning selection-warnings" data-testid="selection-warnings">
                            {list.into_iter().map(|w| {
                                let kind = w.code();
                                view! {
                                    <li data-testid="selection-warning" data-kind=kind>
                                        <span aria-hidden="true">"⚠ "</span>{move || w.words(i18n.get())}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p class="hint">{tr(m::WARNINGS_NOTE)}</p>
                    }
                    .into_any()
                }}
            </div>
        </section>
    }
}
