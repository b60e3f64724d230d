//! Browser tests of the app shell, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and waits a tick: with a router nothing is in the DOM until then.
async fn mount_app() -> web_sys::HtmlElement {
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
    let handle = leptos::mount::mount_to(host.clone(), dien_hinh_app::App);
    handle.forget();
    gloo_timers::future::TimeoutFuture::new(0).await;
    host
}

#[wasm_bindgen_test]
async fn header_has_the_four_vietnamese_sections() {
    let host = mount_app().await;
    let nav = host
        .query_selector("[data-testid=main-nav]")
        .unwrap()
        .expect("the header has a navigation");
    let text = nav.text_content().unwrap_or_default();
    for label in ["Hồ sơ", "Tiêu chuẩn", "Lộ trình", "Giới thiệu"] {
        assert!(text.contains(label), "navigation lacks {label}: {text}");
    }
}

#[wasm_bindgen_test]
async fn footer_shows_the_version() {
    let host = mount_app().await;
    let footer = host
        .query_selector("[data-testid=app-version]")
        .unwrap()
        .expect("the footer shows a version");
    let text = footer.text_content().unwrap_or_default();
    assert!(
        text.contains(dien_hinh_app::APP_VERSION),
        "footer reads {text}"
    );
}
