//! Notices about the store shown above every page: storage blocked or read-only, entries set aside
//! (with their raw text to download), dossiers gone missing. Nothing here deletes anything.
//!
//! Entries set aside and missing dossiers are known once the store has been read, so they appear on
//! the pages that read it.

use app_core::store::{Durability, SetAside};
use leptos::prelude::*;

use crate::components::DownloadErrorNote;
use crate::env::use_env;
use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

#[component]
pub fn StorageNotices() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    // Memos: the store changes on every keystroke, these rarely.
    let durability = Memo::new(move |_| state.with_store(|s| s.durability()));
    let list_fault = Memo::new(move |_| state.with_store(|s| s.list_fault().cloned()));
    let set_aside = Memo::new(move |_| state.with_store(|s| s.set_aside().to_vec()));
    let missing = Memo::new(move |_| state.with_store(|s| s.missing().to_vec()));

    view! {
        <div class="storage-notices" data-testid="storage-notices">
            {move || match (durability.get(), list_fault.get()) {
                (_, Some(fault)) => Some(view! {
                    <p class="notice warning" role="alert" data-testid="storage-unlisted">
                        {tr(msg::storage::LIST_FAILED)} " " {move || msg::storage::fault_words(i18n.get(), &fault)}
                    </p>
                }.into_any()),
                (Durability::MemoryBlocked, None) => Some(view! {
                    <p class="notice warning" role="alert" data-testid="storage-blocked">{tr(msg::storage::BLOCKED)}</p>
                }.into_any()),
                (Durability::ReadOnly, None) => Some(view! {
                    <p class="notice warning" role="alert" data-testid="storage-read-only">{tr(msg::storage::READ_ONLY)}</p>
                }.into_any()),
                (Durability::Persistent | Durability::Ephemeral, None) => None,
            }}
            {move || {
                let entries = set_aside.get();
                (!entries.is_empty()).then(|| view! { <SetAsideNotice entries /> })
            }}
            {move || missing.with(|ids| {
                (!ids.is_empty()).then(|| {
                    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                    let text = msg::storage::missing(i18n.get(), &ids);
                    view! { <p class="notice warning" role="alert" data-testid="storage-missing">{text}</p> }
                })
            })}
        </div>
    }
}

/// The entries that could not be read, each with why in plain words and its raw text to download.
#[component]
fn SetAsideNotice(entries: Vec<SetAside>) -> impl IntoView {
    let i18n = use_i18n();
    let env = use_env();
    let download_error = RwSignal::new(None);
    view! {
        <div class="notice warning" role="alert" data-testid="set-aside">
            <p>{tr(msg::storage::SET_ASIDE)}</p>
            <ul>
                {entries.into_iter().map(|entry| {
                    let SetAside { key, raw, reason } = entry;
                    let file = format!("{}.txt", key.replace(':', "_"));
                    // The browser would not even give the text of some entries: nothing to download.
                    let downloadable = env.downloads() && !raw.is_empty();
                    view! {
                        <li data-testid="set-aside-entry">
                            <code>{key}</code> " — " {tr(msg::storage::SET_ASIDE_REASON)} " "
                            <span data-testid="set-aside-reason">{move || msg::storage::unreadable(i18n.get(), &reason)}</span> " "
                            <Show when=move || downloadable>
                                <button type="button" class="button" data-testid="download-raw"
                                    on:click={
                                        let (file, raw) = (file.clone(), raw.clone());
                                        move |_| download_error.set(env.download(&file, "text/plain", &raw).err())
                                    }>
                                    {tr(msg::storage::SET_ASIDE_DOWNLOAD)}
                                </button>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <DownloadErrorNote error=download_error />
        </div>
    }
}

/// How much storage the app uses and whether the browser promised to keep it.
#[component]
pub fn StorageUsage() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    // Counting reads every stored entry, so it is done only on pages that read the store anyway,
    // once the browser is idle after reading it, and again when dossiers are added or removed (not
    // on every keystroke). Other pages read no dossier, so they show no count.
    let count = Memo::new(move |_| state.loaded().then(|| state.with_store(|s| s.len())));
    let chars = RwSignal::new(None::<usize>);
    Effect::new(move |_| {
        if count.get().is_some() {
            request_idle_callback(move || {
                _ = chars.try_set(Some(state.with_store_untracked(|s| s.chars_used())));
            });
        }
    });
    let persisted = move || state.storage_report.get().persisted;
    view! {
        <p class="storage-usage muted" data-testid="storage-usage">
            {move || chars.get().map(|c| {
                // Browsers count local storage in UTF-16 code units, two bytes each.
                let kilobytes = i18n.get().decimal((c * 2) as f64 / 1024.0);
                view! { {tr(msg::storage::USAGE)} " " {kilobytes} " KB " {tr(msg::storage::USAGE_LIMIT)} " " }
            })}
            {move || persisted().map(|p| i18n.get().pick(if p { msg::storage::PERSISTED_YES } else { msg::storage::PERSISTED_NO }))}
        </p>
    }
}
