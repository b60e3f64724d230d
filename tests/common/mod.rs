//! What the browser tests share: mounting a view into a fresh element of the test page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts `view` into a fresh element and waits a tick: with a router, nothing is in the DOM
/// until then.
pub async fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = document();
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("creating a div cannot fail")
        .unchecked_into();
    document
        .body()
        .expect("the test page has a body")
        .append_child(&host)
        .expect("append to body");
    leptos::mount::mount_to(host.clone(), view).forget();
    gloo_timers::future::TimeoutFuture::new(0).await;
    host
}
