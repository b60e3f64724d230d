//! Hồ sơ: every dossier in this browser with its verdict, to sort, filter, open, duplicate or delete.
//!
//! The dossiers are assessed once per change of the store, in one memo
//! ([`app_core::list::assessed_rows`]); filters, sorting and paging work on those rows only. The
//! first screen of rows is drawn before the rest of the first page.

mod actions;
mod filters;
pub(super) mod notice;
mod sort;
mod table;

use app_core::list::{assessed_rows, distinct_units, Filters, Sort};
use app_core::prefs;
use criteria::dossier::Dossier;
use leptos::prelude::*;

use crate::env::use_env;
use crate::i18n::{msg, tr};
use crate::pages::transfer::{BackupNotice, ExportBar};
use crate::state::use_app_state;
use actions::{RowActions, UndoBar};
use filters::FilterBar;
use notice::SaveErrorNotice;
use table::{DossierTable, FIRST_SCREEN, PAGE};

#[component]
pub fn DossierList() -> impl IntoView {
    let state = use_app_state();
    let env = use_env();
    let today = env.today();
    let rows = Memo::new(move |_| {
        let dossiers: Vec<Dossier> = state.with_store(|s| s.dossiers().cloned().collect());
        assessed_rows(&dossiers, today, &*env.collator())
    });
    let units = Memo::new(move |_| rows.with(|r| distinct_units(r, &*env.collator())));
    let filters = RwSignal::new(Filters::default());
    let sort = RwSignal::new(Sort::default());
    // One screen of rows first, then the rest of the first page a screen at a time.
    let limit = RwSignal::new(FIRST_SCREEN);
    grow_after_paint(limit);
    let matching = Memo::new(move |_| {
        let sort = sort.get();
        filters.with(|f| rows.with(|r| f.apply(r, sort)))
    });
    let total = Signal::derive(move || rows.with(Vec::len));
    let actions = RowActions::new(state);
    let selected = RwSignal::new(std::collections::BTreeSet::<String>::new());
    let exported = RwSignal::new(prefs::exported(&*env.kv()));
    let export_error = RwSignal::new(None);
    // A deleted dossier leaves the selection, so an export never names what is gone.
    Effect::new(move |_| {
        let ids: std::collections::BTreeSet<String> = rows.with(|r| r.iter().map(|row| row.id.clone()).collect());
        if selected.with_untracked(|s| s.iter().any(|id| !ids.contains(id))) {
            selected.update(|s| s.retain(|id| ids.contains(id)));
        }
    });

    view! {
        <div class="dossier-list">
            <div class="page-head">
                <h1>{tr(msg::shell::DOSSIERS_HEADING)}</h1>
                <a href="/ho-so/moi" class="button primary" data-testid="new-dossier">
                    {tr(msg::dossier_list::CREATE)}
                </a>
            </div>
            <p class="lead">{tr(msg::dossier_list::LEAD)}</p>
            <SaveErrorNotice error=actions.error />
            <UndoBar actions />
            // Where no file may be left behind (a kiosk): no backup, no export.
            <Show when=move || env.downloads()>
                <BackupNotice exported error=export_error />
            </Show>
            <Show
                when=move || { total.get() > 0 }
                fallback=move || view! {
                    <EmptyState />
                    // Where this computer's files may not be opened (a kiosk): no way to the import.
                    <Show when=move || env.host_files()><ImportLink /></Show>
                }
            >
                <Show when=move || env.downloads()>
                    <ExportBar selected exported error=export_error />
                </Show>
                <FilterBar filters sort limit units />
                <Show when=move || matching.with(|m| !m.is_empty()) fallback=move || view! { <NoMatch filters limit /> }>
                    <DossierTable matching sort limit total actions selected />
                </Show>
            </Show>
        </div>
    }
}

/// Once the rows shown are painted, shows another screen of them, until the first page is shown:
/// drawing 200 rows at once would hold a slow phone's frame for long.
fn grow_after_paint(limit: RwSignal<usize>) {
    request_animation_frame(move || {
        set_timeout(
            move || {
                let grown = limit.try_update(|l| {
                    let more = *l < PAGE;
                    if more {
                        *l = (*l + FIRST_SCREEN).min(PAGE);
                    }
                    more
                });
                if grown == Some(true) {
                    grow_after_paint(limit);
                }
            },
            std::time::Duration::ZERO,
        );
    });
}

/// No dossier yet: what a dossier is, and the way to make the first one.
#[component]
fn EmptyState() -> impl IntoView {
    use msg::dossier_list as m;
    view! {
        <section class="empty-state" data-testid="empty-state" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{tr(m::EMPTY_HEADING)}</h2>
            <p>{tr(m::EMPTY_BODY)}</p>
            <p class="muted">{tr(m::EMPTY_PRIVACY)}</p>
            <a href="/ho-so/moi" class="button primary">{tr(m::EMPTY_START)}</a>
        </section>
    }
}

/// With no dossier yet, the way to bring some in from a file.
#[component]
fn ImportLink() -> impl IntoView {
    view! {
        <p>
            <a href="/ho-so/nhap" class="button" data-testid="import-link">{tr(msg::transfer::IMPORT_LINK)}</a>
        </p>
    }
}

/// Dossiers exist but none passes the filters.
#[component]
fn NoMatch(filters: RwSignal<Filters>, limit: RwSignal<usize>) -> impl IntoView {
    view! {
        <div class="no-match" data-testid="no-match">
            <p>{tr(msg::dossier_list::NO_MATCH)}</p>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    filters.set(Filters::default());
                    limit.set(PAGE);
                }
            >
                {tr(msg::dossier_list::CLEAR_FILTERS)}
            </button>
        </div>
    }
}
