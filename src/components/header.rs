//! The site header: the product's name, the main navigation and the language switch.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <A href="/" attr:class="brand" attr:data-testid="brand">
                <img src="/favicon.svg" alt="" width="32" height="32" />
                <span>{tr(msg::shell::APP_NAME)}</span>
            </A>
            <nav aria-label=tr(msg::shell::NAV_LABEL) data-testid="main-nav">
                <ul>
                    <li><A href="/ho-so">{tr(msg::shell::NAV_DOSSIERS)}</A></li>
                    <li><A href="/don-vi">{tr(msg::unit::NAV)}</A></li>
                    <li><A href="/tieu-chuan">{tr(msg::shell::NAV_STANDARDS)}</A></li>
                    <li><A href="/lo-trinh">{tr(msg::shell::NAV_TIMELINE)}</A></li>
                    <li><A href="/gioi-thieu">{tr(msg::shell::NAV_ABOUT)}</A></li>
                </ul>
            </nav>
            <button
                type="button"
                class="lang-switch"
                data-testid="lang-switch"
                aria-label=tr(msg::shell::LANG_SWITCH_LABEL)
                on:click=move |_| i18n.toggle()
            >
                {tr(msg::shell::LANG_SWITCH)}
            </button>
        </header>
    }
}
