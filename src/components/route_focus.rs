//! After the user follows a link to another page, the focus moves to the new page's heading, as
//! a full page load would put it at the top: a screen-reader user hears where they are, and a
//! keyboard user's next Tab starts in the new page instead of on `<body>`.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Watches the path; on every change after the first (the first load needs nothing), focuses the
/// page's `<h1>` once the new page is drawn. A link with a fragment is left to
/// [`super::focus_fragment`], which focuses the element it names.
#[component]
pub fn RouteFocus() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let moved = previous.is_some_and(|p| p != path);
        if moved && location.hash.get_untracked().is_empty() {
            request_animation_frame(focus_heading);
        }
        path
    });
}

fn focus_heading() {
    let Ok(Some(heading)) = document().query_selector("main h1") else {
        return;
    };
    let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    // A heading is not focusable by itself; -1 lets a script focus it without adding a Tab stop.
    if !heading.has_attribute("tabindex") {
        let _ = heading.set_attribute("tabindex", "-1");
    }
    let _ = heading.focus();
}
