//! Lộ trình: the milestones of each ruleset on a time line (built in the nominations issue).

use leptos::prelude::*;

use crate::i18n::{msg, tr};

#[component]
pub fn Timeline() -> impl IntoView {
    view! {
        <h1>{tr(msg::shell::TIMELINE_HEADING)}</h1>
        <p>{tr(msg::shell::COMING_SOON)}</p>
    }
}
