//! The site footer: the version (so a bug report can name it) and where the data lives.

use leptos::prelude::*;

use super::StorageUsage;
use crate::i18n::{msg, tr};
use crate::APP_VERSION;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(msg::shell::FOOTER_PRIVACY)}</p>
            <StorageUsage />
            <p data-testid="app-version">{tr(msg::shell::APP_NAME)} " · " {tr(msg::shell::FOOTER_VERSION)} " " {APP_VERSION}</p>
        </footer>
    }
}
