//! Hồ sơ: the dossier list (built in the dossier-workspace issue).

use leptos::prelude::*;

use crate::i18n::{msg, tr};

#[component]
pub fn Dossiers() -> impl IntoView {
    view! {
        <h1>{tr(msg::DOSSIERS_HEADING)}</h1>
        <p>{tr(msg::COMING_SOON)}</p>
    }
}
