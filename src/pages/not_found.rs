//! Shown for any address the router does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, tr};

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1>{tr(msg::shell::NOT_FOUND_HEADING)}</h1>
        <p>{tr(msg::shell::NOT_FOUND_BODY)}</p>
        <p><A href="/">{tr(msg::shell::NOT_FOUND_BACK)}</A></p>
    }
}
