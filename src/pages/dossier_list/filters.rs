//! Narrowing the list: by name, verdict, ruleset and unit, and the bar of labelled controls that
//! sets them (with the sort select beside them).

use std::sync::Arc;

use criteria::assessment::Verdict;
use criteria::catalogue::RULESETS;
use leptos::prelude::*;

use super::rows::Row;
use super::sort::{Sort, SortSelect};
use super::table::PAGE;
use crate::collate::fold;
use crate::i18n::{msg, tr, use_i18n};

/// The verdicts the filter offers, from the best to the worst.
const VERDICTS: [Verdict; 4] = [
    Verdict::Eligible,
    Verdict::OnTrack,
    Verdict::Incomplete,
    Verdict::NotEligible,
];

/// What the list is narrowed to; `None` and an empty query let everything through.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Free text, looked for in the name without regard to case or tone marks.
    pub query: String,
    pub verdict: Option<Verdict>,
    /// A ruleset id.
    pub ruleset: Option<String>,
    pub unit: Option<String>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }

    /// The rows that pass every filter, in `sort` order.
    pub fn apply(&self, rows: &[Arc<Row>], sort: Sort) -> Vec<Arc<Row>> {
        let query = fold(self.query.trim());
        let mut kept: Vec<Arc<Row>> = rows
            .iter()
            .filter(|row| self.lets_through(row, &query))
            .cloned()
            .collect();
        kept.sort_by(|a, b| sort.compare(a, b));
        kept
    }

    fn lets_through(&self, row: &Row, folded_query: &str) -> bool {
        self.verdict.is_none_or(|v| row.verdict == v)
            && self.ruleset.as_deref().is_none_or(|r| row.ruleset == r)
            && self.unit.as_deref().is_none_or(|u| row.unit == u)
            && row.search_key.contains(folded_query)
    }
}

/// The value of a verdict's `<option>`: its code in FORMAT.md.
fn verdict_code(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "eligible",
        Verdict::OnTrack => "on_track",
        Verdict::Incomplete => "incomplete",
        Verdict::NotEligible => "not_eligible",
    }
}

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
                        let verdict = VERDICTS.into_iter().find(|v| verdict_code(*v) == code);
                        change(&|f| f.verdict = verdict);
                    }
                >
                    <option value="" prop:selected=move || filters.with(|f| f.verdict.is_none())>
                        {tr(msg::dossier_list::ALL)}
                    </option>
                    {VERDICTS
                        .into_iter()
                        .map(|v| {
                            view! {
                                <option value=verdict_code(v) prop:selected=move || filters.with(|f| f.verdict == Some(v))>
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
                        let ruleset = chosen(event_target_value(&ev));
                        change(&|f| f.ruleset = ruleset.clone());
                    }
                >
                    <option value="" prop:selected=move || filters.with(|f| f.ruleset.is_none())>
                        {tr(msg::dossier_list::ALL)}
                    </option>
                    {RULESETS
                        .iter()
                        .map(|r| {
                            view! {
                                <option value=r.id prop:selected=move || filters.with(|f| f.ruleset.as_deref() == Some(r.id))>
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

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::pages::dossier_list::rows::sample;

    #[wasm_bindgen_test]
    fn filters_combine_and_search_ignores_case_and_tone_marks() {
        let mut ha = sample("ha", "Đặng Thị Hà", 0, Verdict::Incomplete);
        ha.unit = "Cục Quản lý đất đai".to_owned();
        let mut hoa = sample("hoa", "Nguyễn Thị Hoa", 1, Verdict::Incomplete);
        hoa.unit = "Sở Tài nguyên và Môi trường".to_owned();
        let binh = sample("binh", "Trần Văn Bình", 2, Verdict::NotEligible);
        let rows = [ha, hoa, binh].map(Arc::new);
        let ids = |filters: Filters| -> Vec<String> {
            filters
                .apply(&rows, Sort::natural(super::super::sort::SortKey::Name))
                .iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(ids(Filters::default()), ["ha", "hoa", "binh"]);
        assert_eq!(
            ids(Filters {
                query: " THI ".to_owned(),
                ..Filters::default()
            }),
            ["ha", "hoa"]
        );
        assert_eq!(
            ids(Filters {
                query: "dang".to_owned(),
                ..Filters::default()
            }),
            ["ha"]
        );
        assert_eq!(
            ids(Filters {
                verdict: Some(Verdict::Incomplete),
                unit: Some("Cục Quản lý đất đai".to_owned()),
                ..Filters::default()
            }),
            ["ha"]
        );
        assert_eq!(
            ids(Filters {
                ruleset: Some("btnmt-thidua-2021".to_owned()),
                ..Filters::default()
            }),
            Vec::<String>::new()
        );
    }
}
