//! One criterion on the standards page: its id and a link to itself, the source (quote, gloss,
//! clause, reading), how it is assessed and whom it reaches, and the stored dossiers it affects.

use std::collections::HashMap;

use criteria::catalogue::{sector_quote, AppliesTo, Criterion};
use criteria::codes::Sector;
use criteria::dossier::Dossier;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::CriterionSource;
use crate::i18n::msg::standards as m;
use crate::i18n::{tr, use_i18n};

/// A stored dossier as the page links to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Affected {
    pub id: String,
    pub name: String,
}

/// For each criterion id, the stored dossiers it applies to: those of its ruleset whose subject it
/// reaches (`Ruleset::criteria_for`), in store order.
pub fn affected_dossiers<'a>(dossiers: impl Iterator<Item = &'a Dossier>) -> HashMap<&'static str, Vec<Affected>> {
    let mut map: HashMap<&'static str, Vec<Affected>> = HashMap::new();
    for d in dossiers {
        for criterion in app_core::ruleset_of(d).0.criteria_for(&d.subject) {
            map.entry(criterion.id).or_default().push(Affected {
                id: d.id.clone(),
                name: d.subject.name.clone(),
            });
        }
    }
    map
}

/// The element id of a criterion, for deep links: `/` becomes `--`, as in the editor's field ids.
pub fn anchor(criterion_id: &str) -> String {
    criterion_id.replace('/', "--")
}

#[component]
pub fn CriterionCard(
    criterion: &'static Criterion,
    /// Whether the search lets it through.
    #[prop(into)]
    shown: Signal<bool>,
    affected: Memo<HashMap<&'static str, Vec<Affected>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let anchor = anchor(criterion.id);
    let short = criteria::catalogue::short_id(criterion.id);
    let dossiers = move || affected.with(|a| a.get(criterion.id).cloned().unwrap_or_default());
    view! {
        <li
            class="criterion-card"
            id=anchor.clone()
            tabindex="-1"
            data-testid="criterion"
            data-criterion=criterion.id
            prop:hidden=move || !shown.get()
        >
            <h4>
                <span class="criterion-id">{short}</span> " "
                <a class="permalink" href=format!("#{anchor}") aria-label=tr(m::PERMALINK)>"#"</a>
            </h4>
            <CriterionSource criterion=criterion />
            <dl class="criterion-facts">
                <dt>{tr(m::RULE)}</dt>
                <dd data-testid="rule">{move || m::rule(i18n.get(), criterion.rule)}</dd>
                <dt>{tr(m::APPLIES)}</dt>
                <dd data-testid="applies-to">{move || m::applies_to(i18n.get(), criterion.applies_to)}</dd>
                <dt>{tr(m::AFFECTED)}</dt>
                <dd data-testid="affected">
                    {move || {
                        let list = dossiers();
                        if list.is_empty() {
                            return view! { <span class="muted">{tr(m::AFFECTED_NONE)}</span> }.into_any();
                        }
                        view! {
                            <ul class="affected-list">
                                {list.into_iter().map(|d| view! {
                                    <li><A href=format!("/ho-so/{}", d.id)>{d.name}</A></li>
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                </dd>
            </dl>
            {matches!(criterion.applies_to, AppliesTo::SectorSet).then(|| view! {
                <details class="sectors">
                    <summary>{tr(m::SECTORS)}</summary>
                    <ul>
                        {Sector::ALL.into_iter().map(|s| view! {
                            <li><strong>{move || i18n.get().pick(s.label())}</strong> ": "
                                <q lang="vi">{sector_quote(s)}</q></li>
                        }).collect_view()}
                    </ul>
                </details>
            })}
        </li>
    }
}
