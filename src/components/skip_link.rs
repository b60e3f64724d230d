//! The skip link: the first Tab stop of every page, so a keyboard user can pass the header.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::i18n::{msg, tr};

/// A link to `#main` that moves the keyboard focus there.
///
/// The router takes over every same-origin link click and only changes the address, so without
/// this handler a press of Enter would leave the focus in the header. Usage: first in the layout,
/// before the header, with a `<main id="main" tabindex="-1">` below.
#[component]
pub fn SkipLink() -> impl IntoView {
    let to_main = |ev: leptos::ev::MouseEvent| {
        let main = document()
            .get_element_by_id("main")
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(main) = main {
            ev.prevent_default();
            // Focusing an element scrolls it into view; a failure leaves the page as it was.
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=to_main>{tr(msg::shell::SKIP_TO_CONTENT)}</a>
    }
}
