//! What a row's buttons do (duplicate, delete) and the undo bar a delete leaves behind.
//!
//! A delete takes effect at once; the bar offers to put the same dossier back until the next delete
//! or [`UNDO_FOR`] has passed. Every failure of the store is kept in `error` for the page to show.

use std::time::Duration;

use app_core::list::copy_of;
use app_core::store::SaveError;
use criteria::dossier::Dossier;
use leptos::html;
use leptos::prelude::*;

use crate::env::{use_env, Env};
use crate::i18n::{msg, tr, use_i18n};
use crate::state::AppState;

/// How long the undo bar stays after a delete.
const UNDO_FOR: Duration = Duration::from_secs(15);

/// The row actions of one list page, shared by every row (a `Copy` handle, no per-row state).
#[derive(Clone, Copy)]
pub struct RowActions {
    state: AppState,
    env: Env,
    /// The dossier deleted last, while it can still be put back.
    pub deleted: RwSignal<Option<Dossier>>,
    /// The last failure, until dismissed or until the next action succeeds.
    pub error: RwSignal<Option<SaveError>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    undo_button: NodeRef<html::Button>,
}

impl RowActions {
    /// Call in the page's component: the undo timer is cleared when the page goes away.
    pub fn new(state: AppState) -> RowActions {
        let actions = RowActions {
            state,
            env: use_env(),
            deleted: RwSignal::new(None),
            error: RwSignal::new(None),
            timer: StoredValue::new(None),
            undo_button: NodeRef::new(),
        };
        on_cleanup(move || actions.stop_timer());
        actions
    }

    pub fn duplicate(self, id: &str) {
        let Some(original) = self.state.with_store(|s| s.get(id).cloned()) else {
            return;
        };
        let copy = copy_of(&original, self.state.new_id(), self.env.now_rfc3339());
        self.report(self.state.insert(copy));
    }

    /// Deletes at once, then offers undo and moves the focus to it (the row and its button are gone).
    pub fn delete(self, id: &str) {
        match self.state.remove(id) {
            Ok(dossier) => {
                self.error.set(None);
                self.deleted.set(Some(dossier));
                self.stop_timer();
                let deleted = self.deleted;
                let handle = set_timeout_with_handle(move || _ = deleted.try_set(None), UNDO_FOR).ok();
                self.timer.set_value(handle);
                let button = self.undo_button;
                request_animation_frame(move || {
                    if let Some(button) = button.get_untracked() {
                        _ = button.focus();
                    }
                });
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// Puts the deleted dossier back as it was. If storage refuses, the bar stays for another try.
    pub fn undo(self) {
        let Some(dossier) = self.deleted.get_untracked() else {
            return;
        };
        let id = dossier.id.clone();
        if self.report(self.state.insert(dossier)) {
            self.deleted.set(None);
            self.stop_timer();
            request_animation_frame(move || focus_row(&id));
        }
    }

    pub fn dismiss(self) {
        self.deleted.set(None);
        self.stop_timer();
    }

    /// Keeps a failure for the page to show, or clears the last one; true on success.
    fn report(self, result: Result<(), SaveError>) -> bool {
        let ok = result.is_ok();
        self.error.set(result.err());
        ok
    }

    fn stop_timer(self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

/// Moves the focus to the name of the dossier `id` in the table, if it is shown.
fn focus_row(id: &str) {
    let selector = format!("tr[data-id=\"{id}\"] a");
    if let Ok(Some(link)) = document().query_selector(&selector) {
        if let Some(link) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&link) {
            _ = link.focus();
        }
    }
}

/// "Đã xóa hồ sơ …" with "Hoàn tác". The live region is always in the page, so screen readers
/// announce the message when it appears.
#[component]
pub fn UndoBar(actions: RowActions) -> impl IntoView {
    use msg::dossier_list as m;
    let i18n = use_i18n();
    view! {
        <div class="undo-region" role="status">
            {move || {
                actions.deleted.with(|d| d.as_ref().map(|d| d.subject.name.clone())).map(|name| {
                    view! {
                        <div class="undo-bar" data-testid="undo-bar">
                            <p>{move || m::deleted(i18n.get(), &name)}</p>
                            <button
                                type="button"
                                class="button primary"
                                data-testid="undo"
                                node_ref=actions.undo_button
                                on:click=move |_| actions.undo()
                            >
                                {tr(m::UNDO)}
                            </button>
                            <button type="button" class="button" on:click=move |_| actions.dismiss()>
                                {tr(m::DISMISS)}
                            </button>
                        </div>
                    }
                })
            }}
        </div>
    }
}
