//! The bar of labelled controls that narrows the list ([`Filters`]), with the sort select beside it.

use app_core::codes;
use app_core::list::{Filters, Sort};
use app_core::RulesetRef;
use leptos::prelude::*;

use super::sort::SortSelect;
use super::table::PAGE;
use crate::i18n::{msg, tr, use_i18n};

/// An empty select value means "all".
fn chosen(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

/// The filter controls. Each change also goes back to the first page of rows.
#[component]
pub fn FilterBar(
    filters: RwSignal<Filters>,
    sort: RwSignal<Sort>,
    limit: RwSignal<usize>,
    units: Memo<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let change = move |f: &dyn Fn(&mut Filters)| {
        filters.update(f);
        limit.set(PAGE);
    };
    view! {
        <div class="dossier-filters" role="search" aria-label=tr(msg::dossier_list::FILTERS_LABEL)>
            <div class="field">
                <label for="filter-search">{tr(msg::dossier_list::SEARCH)}</label>
                <input
                    id="filter-search"
                    type="search"
                    data-testid="filter-search"
                    autocomplete="off"
                    prop:value=move || filters.with(|f| f.query.clone())
                    on:input=move |ev| {
                        let query = event_target_value(&ev);
                        change(&|f| f.query = query.clone());
                    }
                />
            </div>
            <div class="field">
                <label for="filter-verdict">{tr(msg::dossier_list::FILTER_VERDICT)}</label>
                <select
                    id="filter-verdict"
                    data-testid="filter-verdict"
                    on:change=move |ev| {
                        let code = event_target_value(&ev);
                        let verdict = Filters::VERDICTS.into_iter().find(|v| codes::verdict(*v) == code);
                        change(&|f| f.verdict = verdict);
                    }
                >
                    <option value="" prop:selected=move || filters.with(|f| f.verdict.is_none())>
                        {tr(msg::dossier_list::ALL)}
                    </option>
                    {Filters::VERDICTS
                        .into_iter()
                        .map(|v| {
                            view! {
                                <option value=codes::verdict(v) prop:selected=move || filters.with(|f| f.verdict == Some(v))>
                                    {tr(msg::verdict::verdict(v))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-ruleset">{tr(msg::dossier_list::FILTER_RULESET)}</label>
                <select
                    id="filter-ruleset"
                    data-testid="filter-ruleset"
                    on:change=move |ev| {
                        let ruleset = RulesetRef::by_id(&event_target_value(&ev));
                        change(&|f| f.ruleset = ruleset);
                    }
                >
                    <option value="" prop:selected=move || filters.with(|f| f.ruleset.is_none())>
                        {tr(msg::dossier_list::ALL)}
                    </option>
                    {RulesetRef::all()
                        .map(|r| {
                            view! {
                                <option value=r.id prop:selected=move || filters.with(|f| f.ruleset == Some(r))>
                                    {move || i18n.get().pick(r.document.name)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-unit">{tr(msg::dossier_list::FILTER_UNIT)}</label>
                <select
                    id="filter-unit"
                    data-testid="filter-unit"
                    on:change=move |ev| {
                        let unit = chosen(event_target_value(&ev));
                        change(&|f| f.unit = unit.clone());
                    }
                >
                    <option value="" prop:selected=move || filters.with(|f| f.unit.is_none())>
                        {tr(msg::dossier_list::ALL)}
                    </option>
                    {move || {
                        units
                            .get()
                            .into_iter()
                            .map(|unit| {
                                let selected = filters.with_untracked(|f| f.unit.as_ref() == Some(&unit));
                                view! { <option value=unit.clone() selected=selected>{unit.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <SortSelect sort />
            <Show when=move || filters.with(Filters::is_active)>
                <button
                    type="button"
                    class="button"
                    data-testid="clear-filters"
                    on:click=move |_| change(&|f| *f = Filters::default())
                >
                    {tr(msg::dossier_list::CLEAR_FILTERS)}
                </button>
            </Show>
        </div>
    }
}
