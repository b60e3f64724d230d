//! The table of dossiers: one plain row per dossier, the first [`PAGE`] of them, then "Hiện thêm".
//!
//! Rows are keyed by id, last change and verdict, so re-sorting moves rows instead of rebuilding
//! them, and a row is rebuilt only when its dossier changed. Row texts are read in the current
//! language once, when the row is built: a language switch rebuilds the table instead of giving
//! every cell its own reactive text. On a phone each row is a card, its cells labelled from their
//! `data-label` and the verdict under the name (style/dossiers.css).

use std::collections::BTreeSet;
use std::sync::Arc;

use app_core::list::{Row, Sort, SortKey};
use chrono::FixedOffset;
use leptos::prelude::*;

use super::actions::RowActions;
use super::sort::SortHeader;
use crate::components::VerdictBadge;
use crate::env::use_env;
use crate::i18n::{msg, tr, use_i18n, Lang};

/// How many rows are shown at first, and how many more each "Hiện thêm" adds.
pub const PAGE: usize = 200;
/// How many rows are drawn before the rest of the first page: more than a tall screen holds.
pub const FIRST_SCREEN: usize = 40;

#[component]
pub fn DossierTable(
    matching: Memo<Vec<Arc<Row>>>,
    sort: RwSignal<Sort>,
    limit: RwSignal<usize>,
    #[prop(into)] total: Signal<usize>,
    actions: RowActions,
    selected: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    use msg::dossier_list as m;
    let i18n = use_i18n();
    let offset = *use_env().now().offset();
    let shown = Memo::new(move |_| matching.with(|rows| rows.iter().take(limit.get()).cloned().collect::<Vec<_>>()));
    let hidden = move || matching.with(Vec::len).saturating_sub(limit.get());
    view! {
        <p class="dossier-count muted" data-testid="dossier-count">
            {move || m::count(i18n.get(), shown.with(Vec::len), matching.with(Vec::len), total.get())}
        </p>
        <div class="table-scroll" role="region" aria-labelledby="dossier-caption" tabindex="0">
            <table class="dossier-table" data-testid="dossier-table">
                <caption id="dossier-caption">{tr(m::CAPTION)}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="select-col">
                            <SelectShown shown selected />
                        </th>
                        <SortHeader sort key=SortKey::Name label=m::COL_NAME />
                        <th scope="col">{tr(m::COL_KIND)}</th>
                        <th scope="col">{tr(m::COL_UNIT)}</th>
                        <SortHeader sort key=SortKey::Ruleset label=m::COL_RULESET />
                        <th scope="col">{tr(m::COL_PERIOD)}</th>
                        <SortHeader sort key=SortKey::Updated label=m::COL_UPDATED />
                        <SortHeader sort key=SortKey::Verdict label=m::COL_VERDICT />
                        <th scope="col">{tr(m::COL_ACTIONS)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = i18n.get();
                        view! {
                            <For
                                each=move || shown.get()
                                key=|row| (row.id.clone(), row.updated_at.clone(), row.verdict)
                                children=move |row| dossier_row(&row, lang, offset, actions, selected)
                            />
                        }
                    }}
                </tbody>
            </table>
        </div>
        <Show when=move || { hidden() > 0 }>
            <button
                type="button"
                class="button show-more"
                data-testid="show-more"
                on:click=move |_| limit.update(|l| *l += PAGE)
            >
                {move || m::show_more(i18n.get(), hidden().min(PAGE), hidden())}
            </button>
        </Show>
    }
}

/// The heading's box: selects (or clears) every row shown.
#[component]
fn SelectShown(shown: Memo<Vec<Arc<Row>>>, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let all = move || shown.with(|rows| !rows.is_empty() && selected.with(|s| rows.iter().all(|r| s.contains(&r.id))));
    view! {
        <input
            type="checkbox"
            data-testid="select-all"
            aria-label=tr(msg::transfer::SELECT_ALL_VISIBLE)
            title=tr(msg::transfer::SELECT_ALL_VISIBLE)
            prop:checked=all
            on:change=move |ev| {
                let on = event_target_checked(&ev);
                let ids: Vec<String> = shown.with(|rows| rows.iter().map(|r| r.id.clone()).collect());
                selected.update(|s| {
                    for id in ids {
                        if on {
                            s.insert(id);
                        } else {
                            s.remove(&id);
                        }
                    }
                });
            }
        />
    }
}

/// One row, its texts fixed in `lang`. Only the buttons and the selection box are live.
fn dossier_row(
    row: &Row,
    lang: Lang,
    offset: FixedOffset,
    actions: RowActions,
    selected: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    use msg::dossier_list as m;
    let ruleset = lang.pick(row.ruleset.document.name);
    let unit = if row.unit.is_empty() {
        lang.pick(m::NO_UNIT).to_owned()
    } else {
        row.unit.clone()
    };
    let updated = row.updated_day(offset).map(|day| lang.date(day));
    let (duplicate_id, delete_id) = (row.id.clone(), row.id.clone());
    let (checked_id, select_id) = (row.id.clone(), row.id.clone());
    view! {
        <tr data-testid="dossier-row" data-id=row.id.clone()>
            <td class="select-col">
                <input
                    type="checkbox"
                    data-testid="select-row"
                    aria-label=msg::transfer::select_label(lang, &row.name)
                    prop:checked=move || selected.with(|s| s.contains(&checked_id))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| {
                            if on {
                                s.insert(select_id.clone());
                            } else {
                                s.remove(&select_id);
                            }
                        });
                    }
                />
            </td>
            <th scope="row">
                <a href=format!("/ho-so/{}", row.id) data-testid="dossier-name">{row.name.clone()}</a>
            </th>
            <td data-testid="dossier-kind" data-label=lang.pick(m::COL_KIND)>{lang.pick(row.kind.label())}</td>
            <td data-testid="dossier-unit" data-label=lang.pick(m::COL_UNIT)>{unit}</td>
            <td data-testid="dossier-ruleset" data-ruleset=row.ruleset.id data-label=lang.pick(m::COL_RULESET)>{ruleset}</td>
            <td data-testid="dossier-period" class="nowrap" data-label=lang.pick(m::COL_PERIOD)>{crate::pages::period_label(row.period)}</td>
            <td class="nowrap" data-label=lang.pick(m::COL_UPDATED)><time datetime=row.updated_at.clone()>{updated}</time></td>
            <td class="verdict-col" data-testid="dossier-verdict" data-label=lang.pick(m::COL_VERDICT)><VerdictBadge verdict=row.verdict /></td>
            <td class="row-actions">
                <button
                    type="button"
                    class="button small"
                    data-testid="duplicate"
                    aria-label=m::duplicate_label(lang, &row.name)
                    on:click=move |_| actions.duplicate(&duplicate_id)
                >
                    {lang.pick(m::DUPLICATE)}
                </button>
                <button
                    type="button"
                    class="button small danger"
                    data-testid="delete"
                    aria-label=m::delete_label(lang, &row.name)
                    on:click=move |_| actions.delete(&delete_id)
                >
                    {lang.pick(m::DELETE)}
                </button>
            </td>
        </tr>
    }
}
