//! Browser tests of the app shell, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

mod common;

wasm_bindgen_test_configure!(run_in_browser);

async fn mount_app() -> web_sys::HtmlElement {
    common::mount(dien_hinh_app::App).await
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
    assert!(text.contains(dien_hinh_app::APP_VERSION), "footer reads {text}");
}
