//! The notice that tells the user a change was not saved, in plain words, until dismissed.
//! Shared with the new-dossier page, whose "Tạo hồ sơ" can fail the same ways.

use app_core::store::SaveError;
use leptos::prelude::*;

use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn SaveErrorNotice(error: RwSignal<Option<SaveError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            let detail = match &e {
                SaveError::Refused(message) => Some(message.clone()),
                _ => None,
            };
            view! {
                <div class="save-error" role="alert" data-testid="save-error">
                    <p>
                        {move || i18n.get().pick(msg::dossier_list::save_error(&e))}
                        {detail.map(|d| view! { " " <code>{d}</code> })}
                    </p>
                    <button type="button" class="button" on:click=move |_| error.set(None)>
                        {tr(msg::dossier_list::DISMISS)}
                    </button>
                </div>
            }
        })
    }
}
