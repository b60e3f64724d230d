//! A page that shows stored dossiers waits for the store here: its content appears once every entry
//! is read (in steps that keep the page responsive), with a line saying so meanwhile. Pages that do
//! not show dossiers never mount this, so they never wait.

use leptos::prelude::*;

use crate::i18n::{msg, tr};
use crate::state::use_app_state;

#[component]
pub fn WithStore(children: ChildrenFn) -> impl IntoView {
    let state = use_app_state();
    state.request_load();
    let progress = move || {
        state
            .progress
            .get()
            .filter(|(_, total)| *total > 0)
            .map(|(read, total)| format!(" {read}/{total}"))
    };
    view! {
        <Show
            when=move || state.loaded()
            fallback=move || view! {
                <p class="store-loading muted" role="status" data-testid="store-loading">
                    {tr(msg::storage::LOADING)} {progress}
                </p>
            }
        >
            {children()}
        </Show>
    }
}
