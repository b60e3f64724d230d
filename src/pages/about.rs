//! Giới thiệu: what the app is, that its results are a self-assessment, and where data lives.

use leptos::prelude::*;

use crate::i18n::{msg, tr};

#[component]
pub fn About() -> impl IntoView {
    view! {
        <h1>{tr(msg::shell::ABOUT_HEADING)}</h1>
        <p>{tr(msg::shell::ABOUT_BODY)}</p>
        <p>{tr(msg::shell::ABOUT_PRIVACY)}</p>
    }
}
