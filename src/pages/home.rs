//! The landing page: what the app does, and the two ways in.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, tr};

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <section class="hero">
            <h1>{tr(msg::shell::HOME_HEADING)}</h1>
            <p class="lead">{tr(msg::shell::HOME_LEAD)}</p>
            <p class="actions">
                <A href="/ho-so" attr:class="button primary">{tr(msg::shell::HOME_START)}</A>
                <A href="/tieu-chuan" attr:class="button">{tr(msg::shell::HOME_STANDARDS)}</A>
            </p>
        </section>
    }
}
