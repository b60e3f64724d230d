//! Notices about the store shown above every page: storage blocked, entries set aside (with
//! their raw text to download), dossiers gone missing. Nothing here deletes anything.

use leptos::prelude::*;

use crate::download::download_text;
use crate::i18n::{msg, tr, use_i18n, Lang};
use crate::state::use_app_state;
use crate::storage::{Durability, Unreadable};

fn reason(lang: Lang, why: &Unreadable) -> String {
    match why {
        Unreadable::NotJson(detail) => format!("{} ({detail})", lang.pick(msg::storage::READ_NOT_JSON)),
        Unreadable::NoRevision => lang.pick(msg::storage::READ_NO_REVISION).to_owned(),
        Unreadable::Invalid(error) => lang.validation(error),
    }
}

#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    // Memos: the store changes on every keystroke, these rarely.
    let blocked = Memo::new(move |_| state.with_store(|s| s.durability() == Durability::MemoryBlocked));
    let set_aside =
        Memo::new(move |_| state.with_store(|s| s.set_aside().iter().map(|e| e.key.clone()).collect::<Vec<_>>()));
    let missing = Memo::new(move |_| state.with_store(|s| s.missing().iter().cloned().collect::<Vec<_>>().join(", ")));
    let download_error = RwSignal::new(None::<String>);

    view! {
        <div class="storage-notices" data-testid="storage-notices">
            <Show when=move || blocked.get()>
                <p class="notice warning" role="alert" data-testid="storage-blocked">{tr(msg::storage::BLOCKED)}</p>
            </Show>
            {move || {
                set_aside.track();
                let entries = state.with_store_untracked(|s| s.set_aside().to_vec());
                (!entries.is_empty()).then(|| view! {
                    <div class="notice warning" role="alert" data-testid="set-aside">
                        <p>{tr(msg::storage::SET_ASIDE)}</p>
                        <ul>
                            {entries.into_iter().map(|entry| {
                                let why = entry.reason.clone();
                                let file = format!("{}.txt", entry.key.replace(':', "_"));
                                let raw = entry.raw.clone();
                                view! {
                                    <li>
                                        <code>{entry.key.clone()}</code> " — " {tr(msg::storage::SET_ASIDE_REASON)} " "
                                        {move || reason(i18n.get(), &why)} " "
                                        <button type="button" class="button" data-testid="download-raw" hidden=crate::kiosk::is_active()
                                            on:click=move |_| download_error.set(download_text(&file, "text/plain", &raw).err())>
                                            {tr(msg::storage::SET_ASIDE_DOWNLOAD)}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {move || download_error.get().map(|e| view! { <p>{tr(msg::storage::DOWNLOAD_FAILED)} " " {e}</p> })}
                    </div>
                })
            }}
            {move || {
                let ids = missing.get();
                (!ids.is_empty()).then(|| view! {
                    <p class="notice warning" role="alert" data-testid="storage-missing">{tr(msg::storage::MISSING)} " " {ids}</p>
                })
            }}
        </div>
    }
}

/// How much storage the app uses and whether the browser promised to keep it.
#[component]
pub fn StorageUsage() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    // Re-counted when dossiers are added or removed, not on every keystroke: counting reads every
    // stored entry.
    let count = Memo::new(move |_| state.with_store(|s| s.len()));
    let kilobytes = move || {
        count.track();
        let chars = state.with_store_untracked(|s| s.chars_used());
        // Browsers count local storage in UTF-16 code units, two bytes each.
        format!("{} KB", i18n.get().decimal((chars * 2) as f64 / 1024.0))
    };
    let persisted = move || state.storage_report.get().persisted;
    view! {
        <p class="storage-usage muted" data-testid="storage-usage">
            {tr(msg::storage::USAGE)} " " {kilobytes} " " {tr(msg::storage::USAGE_LIMIT)} " "
            {move || persisted().map(|p| i18n.get().pick(if p { msg::storage::PERSISTED_YES } else { msg::storage::PERSISTED_NO }))}
        </p>
    }
}
