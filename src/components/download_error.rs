//! Why a file was not downloaded, until the next try: downloads are off here, or the browser
//! refused (its message shown for support).

use app_core::transfer::DownloadError;
use leptos::prelude::*;

use crate::i18n::{msg, tr};

#[component]
pub fn DownloadErrorNote(error: RwSignal<Option<DownloadError>>) -> impl IntoView {
    move || {
        error.get().map(|e| {
            let body = match e {
                DownloadError::Off => view! { {tr(msg::transfer::DOWNLOADS_OFF)} }.into_any(),
                DownloadError::Refused(detail) => {
                    view! { {tr(msg::transfer::EXPORT_FAILED)} " " <code>{detail}</code> }.into_any()
                }
            };
            view! { <p class="save-error" role="alert" data-testid="download-error">{body}</p> }
        })
    }
}
