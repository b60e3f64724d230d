//! The kiosk's seal, installed once for the page's life: no way out through a new tab or window,
//! no field the browser remembers, no file of the computer coming in.
//!
//! - A link never opens a new tab or window: a ctrl/meta/shift/alt click, a middle click
//!   (`auxclick`), a `target` on the link, dragging a link to the tab bar, and the context menu
//!   ("Open link in new tab") are all stopped; a link of this app then opens in place, one to
//!   another site not at all. (A tab the visitor opens some other way, such as ctrl+T, starts as a
//!   kiosk anyway: the marker.)
//! - Every input, textarea, select and form gets `autocomplete="off"` as it appears (a
//!   `MutationObserver` over the whole page, so no page has to remember), and a file input, should
//!   one ever appear, is disabled.
//! - Dropping a file on the page does nothing (the browser would otherwise open it in the tab).
//! - A page shown again from the back/forward cache is reloaded at the kiosk's start.
//!
//! The listeners and the observer live as long as the page: their closures are leaked on purpose.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What the page's fields must match to be left alone.
const UNSEALED: &str = "input:not([autocomplete=off]), textarea:not([autocomplete=off]), \
    select:not([autocomplete=off]), form:not([autocomplete=off]), input[type=file]:not([disabled])";

pub(super) fn seal() {
    let navigate = use_navigate();
    let in_place = move |event: web_sys::Event| {
        let Some(anchor) = anchor_of(&event) else {
            return;
        };
        event.prevent_default();
        let Ok(url) = web_sys::Url::new(&anchor.href()) else {
            return;
        };
        if url.origin() == window().location().origin().unwrap_or_default() {
            navigate(
                &format!("{}{}{}", url.pathname(), url.search(), url.hash()),
                Default::default(),
            );
        }
    };
    let on_click = in_place.clone();
    listen("click", move |event| {
        let Some(mouse) = event.dyn_ref::<web_sys::MouseEvent>() else {
            return;
        };
        let new_tab = mouse.ctrl_key() || mouse.meta_key() || mouse.shift_key() || mouse.alt_key();
        let targeted = anchor_of(&event).is_some_and(|a| !a.target().is_empty() || a.has_attribute("download"));
        if new_tab || targeted {
            on_click(event);
        }
    });
    listen("auxclick", move |event| {
        // The middle button; the right one opens the context menu, stopped below.
        if event.dyn_ref::<web_sys::MouseEvent>().is_some_and(|m| m.button() == 1) {
            in_place(event);
        }
    });
    for name in ["contextmenu", "dragstart", "dragover", "drop"] {
        listen(name, |event| event.prevent_default());
    }
    // A page the browser kept in its back/forward cache and shows again (Back after the idle
    // reset) starts afresh: its memory is the one the reset meant to drop.
    listen("pageshow", |event| {
        let restored = event
            .dyn_ref::<web_sys::PageTransitionEvent>()
            .is_some_and(|e| e.persisted());
        if restored {
            let _ = window().location().replace(super::START);
        }
    });
    observe_fields();
}

/// The link an event happened on, if any.
fn anchor_of(event: &web_sys::Event) -> Option<web_sys::HtmlAnchorElement> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("a[href]").ok()??.dyn_into().ok()
}

/// Listens on the window in the capture phase, before any handler of the page (the router's too).
fn listen(name: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = window().add_event_listener_with_callback_and_bool(name, closure.as_ref().unchecked_ref(), true);
    closure.forget();
}

/// Seals the fields there are, then every field added to the page later.
fn observe_fields() {
    let Some(body) = document().body() else {
        return;
    };
    seal_fields(&body);
    let closure = Closure::<dyn Fn(js_sys::Array, web_sys::MutationObserver)>::new(|_, _| {
        if let Some(body) = document().body() {
            seal_fields(&body);
        }
    });
    if let Ok(observer) = web_sys::MutationObserver::new(closure.as_ref().unchecked_ref()) {
        let options = web_sys::MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        let _ = observer.observe_with_options(&body, &options);
    }
    closure.forget();
}

fn seal_fields(root: &web_sys::HtmlElement) {
    let Ok(fields) = root.query_selector_all(UNSEALED) else {
        return;
    };
    for index in 0..fields.length() {
        let Some(field) = fields.item(index).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        let _ = field.set_attribute("autocomplete", "off");
        if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.type_() == "file" {
                input.set_disabled(true);
            }
        }
    }
}
