//! Export buttons: the list's bar (selected dossiers, or everything as a backup), the editor's
//! "Xuất hồ sơ này", and the list's gentle backup reminder.

use std::collections::BTreeSet;

use app_core::prefs;
use app_core::transfer::backup::{self, Exported};
use app_core::transfer::export::export_file;
use app_core::transfer::DownloadError;
use chrono::NaiveDate;
use criteria::dossier::Dossier;
use leptos::prelude::*;

use crate::components::DownloadErrorNote;
use crate::env::{use_env, Env};
use crate::i18n::{msg, tr, use_i18n};
use crate::state::{use_app_state, AppState};

/// Downloads an export, assessed at `as_of`, of the stored dossiers whose ids are in `ids` (all of
/// them if `None`), in store order, and remembers the export for the backup reminder.
pub fn export_dossiers(
    state: AppState,
    env: Env,
    ids: Option<&BTreeSet<String>>,
    as_of: NaiveDate,
) -> Result<Exported, DownloadError> {
    let all: Vec<Dossier> = state.with_store_untracked(|s| s.dossiers().cloned().collect());
    let file = export_file(&all, ids, as_of, env.now());
    env.download(&file.name, "application/json", &file.text)?;
    Ok(prefs::record_export(&*env.kv(), file.ids, &file.exported_at))
}

/// Above the list: export the selected dossiers, download everything, or import a file.
#[component]
pub fn ExportBar(
    selected: RwSignal<BTreeSet<String>>,
    exported: RwSignal<Exported>,
    error: RwSignal<Option<DownloadError>>,
) -> impl IntoView {
    use msg::transfer as m;
    let state = use_app_state();
    let env = use_env();
    let i18n = use_i18n();
    let run = move |ids: Option<BTreeSet<String>>| match export_dossiers(state, env, ids.as_ref(), env.today()) {
        Ok(now) => {
            exported.set(now);
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    view! {
        <div class="export-bar" role="group" aria-label=tr(m::EXPORT_LABEL) data-testid="export-bar">
            <button
                type="button"
                class="button"
                data-testid="export-selected"
                prop:disabled=move || selected.with(BTreeSet::is_empty)
                on:click=move |_| run(Some(selected.get_untracked()))
            >
                {move || m::export_selected(i18n.get(), selected.with(BTreeSet::len))}
            </button>
            <button type="button" class="button" data-testid="backup-all" on:click=move |_| run(None)>
                {tr(m::BACKUP_ALL)}
            </button>
            <a href="/ho-so/nhap" class="button" data-testid="import-link">{tr(m::IMPORT_LINK)}</a>
        </div>
        <DownloadErrorNote error />
    }
}

/// In the editor: export this dossier alone, or open its printable self-assessment or its
/// achievement report.
#[component]
pub fn ExportThis(#[prop(into)] id: Signal<String>) -> impl IntoView {
    use msg::transfer as m;
    let state = use_app_state();
    let env = use_env();
    let error = RwSignal::new(None);
    let export = move |_| {
        let ids = BTreeSet::from([id.get_untracked()]);
        error.set(export_dossiers(state, env, Some(&ids), env.today()).err());
    };
    view! {
        <button type="button" class="button" data-testid="export-this" on:click=export>
            {tr(m::EXPORT_THIS)}
        </button>
        " "
        <a href=move || format!("/ho-so/{}/in", id.get()) class="button" data-testid="print-link">
            {tr(m::PRINT_LINK)}
        </a>
        " "
        <a href=move || format!("/ho-so/{}/bao-cao", id.get()) class="button" data-testid="report-link">
            {tr(msg::report::LINK)}
        </a>
        <DownloadErrorNote error />
    }
}

/// A gentle reminder on the list when some dossiers have gone unbacked-up for a while, with the
/// backup button beside it.
#[component]
pub fn BackupNotice(exported: RwSignal<Exported>, error: RwSignal<Option<DownloadError>>) -> impl IntoView {
    use msg::transfer as m;
    let state = use_app_state();
    let env = use_env();
    let due = Memo::new(move |_| {
        let now = env.now();
        exported.with(|e| {
            state.with_store(|s| {
                backup::needing_backup(s.dossiers(), e, now)
                    .iter()
                    .map(|d| d.subject.name.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let backup = move |_| match export_dossiers(state, env, None, env.today()) {
        Ok(now) => {
            exported.set(now);
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    move || {
        let names = due.get();
        (!names.is_empty()).then(|| {
            view! {
                <aside class="backup-notice" aria-live="polite" data-testid="backup-notice">
                    <p>{tr(m::BACKUP_NOTICE)}</p>
                    <p class="muted">{tr(m::BACKUP_NOTICE_HINT)} " " {names.join(", ")}</p>
                    <button type="button" class="button primary" data-testid="backup-now" on:click=backup>
                        {tr(m::BACKUP_ALL)}
                    </button>
                </aside>
            }
        })
    }
}
