//! Whether the last change was saved, and what to do when it was not (full quota, a conflict
//! with another tab). The edit itself always stays on screen.

use app_core::store::{Durability, External, SaveError};
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn SaveStatus() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let state = editing.state();
    let i18n = use_i18n();
    // A change the store refused as invalid, or because storage is read-only, is not kept
    // anywhere, so it is only in `last_save`; the store remembers every other unsaved change per
    // dossier, also those noticed through another tab.
    let problem = Memo::new(move |_| match editing.last_save.get() {
        Some(Err(refused @ (SaveError::Invalid(_) | SaveError::ReadOnly))) => Some(refused),
        _ => state.with_store(|s| s.unsaved().get(&editing.id.get()).cloned()),
    });
    let memory_only = Memo::new(move |_| state.with_store(|s| s.durability() != Durability::Persistent));
    let updated_elsewhere =
        move || matches!(state.external.get(), Some(External::Updated(id)) if id == editing.id.get());

    let keep_mine = move |_| {
        editing
            .last_save
            .set(Some(state.keep_mine(&editing.id.get_untracked())));
    };
    let take_theirs = move |_| {
        state.take_theirs(&editing.id.get_untracked());
        editing.last_save.set(None);
    };

    move || match problem.get() {
        None => {
            let saved = if memory_only.get() {
                msg::editor::SAVED_MEMORY
            } else {
                msg::editor::SAVED
            };
            view! {
                <p class="save-status ok" role="status" data-testid="save-status" data-state="saved">
                    <span aria-hidden="true">"✓ "</span>
                    {move || i18n.get().pick(saved)}
                    {move || updated_elsewhere().then(|| view! { " " {tr(msg::editor::UPDATED_ELSEWHERE)} })}
                </p>
            }
            .into_any()
        }
        Some(SaveError::Conflict { .. }) => view! {
            <div class="save-status problem" role="alert" data-testid="save-status" data-state="conflict">
                <p>{tr(msg::editor::CONFLICT)}</p>
                <p class="actions">
                    <button type="button" class="button" data-testid="keep-mine" on:click=keep_mine>
                        {tr(msg::editor::CONFLICT_KEEP_MINE)}
                    </button>
                    <button type="button" class="button" data-testid="take-theirs" on:click=take_theirs>
                        {tr(msg::editor::CONFLICT_TAKE_THEIRS)}
                    </button>
                </p>
            </div>
        }
        .into_any(),
        Some(error) => {
            let (state_name, text, detail) = match error {
                SaveError::Invalid(e) => ("invalid", msg::editor::SAVE_INVALID, Some(i18n.get().validation(&e))),
                SaveError::Cleared => ("error", msg::editor::SAVE_CLEARED, None),
                SaveError::QuotaFull => ("quota", msg::editor::SAVE_QUOTA, None),
                SaveError::Refused(m) => ("error", msg::editor::SAVE_REFUSED, Some(m)),
                SaveError::NotConfirmed => ("error", msg::editor::SAVE_NOT_CONFIRMED, None),
                SaveError::KeyHeld => ("error", msg::editor::SAVE_KEY_HELD, None),
                SaveError::ReadOnly => ("read-only", msg::editor::SAVE_READ_ONLY, None),
                SaveError::NotFound => ("error", msg::editor::SAVE_NOT_FOUND, None),
                SaveError::Conflict { .. } => ("conflict", msg::editor::CONFLICT, None),
            };
            view! {
                <p class="save-status problem" role="alert" data-testid="save-status" data-state=state_name>
                    <span aria-hidden="true">"⚠ "</span>
                    {tr(text)}
                    {detail.map(|d| format!(" {d}"))}
                </p>
            }
            .into_any()
        }
    }
}
