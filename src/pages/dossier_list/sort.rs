//! The two controls that change the list's order ([`Sort`]): the "Sắp xếp" select and the sortable
//! column headers, which show the order through `aria-sort`.

use app_core::list::{Sort, SortKey};
use criteria::text::Text;
use leptos::prelude::*;

use crate::i18n::{msg, tr, use_i18n};

/// The "Sắp xếp" select: every order the list knows, each by its name.
#[component]
pub fn SortSelect(sort: RwSignal<Sort>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="dossier-sort">{tr(msg::dossier_list::SORT)}</label>
            <select
                id="dossier-sort"
                data-testid="sort"
                on:change=move |ev| {
                    if let Some(chosen) = Sort::from_code(&event_target_value(&ev)) {
                        sort.set(chosen);
                    }
                }
            >
                {Sort::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.code() prop:selected=move || sort.get() == option>
                                {move || i18n.get().pick(option.label())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A column header that sorts by its column when pressed, and says how it is sorted.
#[component]
pub fn SortHeader(sort: RwSignal<Sort>, key: SortKey, label: Text) -> impl IntoView {
    view! {
        <th scope="col" aria-sort=move || sort.get().aria_sort(key)>
            <button type="button" class="sort-header" on:click=move |_| sort.update(|s| *s = s.toggled(key))>
                {tr(label)}
                <span class="sort-mark" aria-hidden="true">
                    {move || match sort.get().aria_sort(key) {
                        Some("ascending") => "▲",
                        Some(_) => "▼",
                        None => "↕",
                    }}
                </span>
            </button>
        </th>
    }
}
