//! Landing on the element a URL fragment names: a shared link (`/tieu-chuan#…--cn-5`) or a "what
//! is missing" link (`/ho-so/<id>?muc=cac-nam#f-year-2024-rating`) scrolls to it and focuses it.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Whenever the fragment changes, or `redraw` does (the view that holds the element was rebuilt),
/// focuses the element the fragment names after the next frame is drawn.
pub fn focus_fragment(redraw: impl Fn() + Send + Sync + 'static) {
    let location = use_location();
    Effect::new(move |_| {
        redraw();
        let target = location.hash.get().trim_start_matches('#').to_owned();
        if target.is_empty() {
            return;
        }
        request_animation_frame(move || {
            let Some(element) = document().get_element_by_id(&target) else {
                return;
            };
            element.scroll_into_view();
            if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        });
    });
}
