//! Browser tests of a dossier's milestones (`DossierMilestones`), the short time line the dossier
//! editor shows: mounted on its own in headless Chromium by wasm-bindgen-test, on a fixed day.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use dien_hinh_app::components::DossierMilestones;
use dien_hinh_app::i18n::provide_i18n;
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen_test::*;

mod common;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the milestones of `ruleset_id` seen on `today`.
async fn mount(ruleset_id: &'static str, today: NaiveDate) -> web_sys::HtmlElement {
    common::mount(move || {
        provide_i18n();
        view! { <Router><DossierMilestones ruleset_id=ruleset_id.to_owned() today=today /></Router> }
    })
    .await
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real calendar day")
}

/// The `data-phase` of each milestone inside the first element matching `selector`, in order.
/// (Read from the markup: the test build's web-sys has no `NodeList` to walk.)
fn phases(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let Some(list) = host.query_selector(selector).expect("a valid selector") else {
        return Vec::new();
    };
    list.inner_html()
        .split("data-phase=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[wasm_bindgen_test]
async fn the_current_and_coming_milestones_show_with_today_first_and_the_past_folded() {
    let host = mount("stnmt-khanhhoa-2023-2025", day(2025, 4, 15)).await;
    let open = phases(&host, "[data-testid=dossier-milestones] > ol");
    assert_eq!(
        open,
        ["now", "now", "now"],
        "2025's yearly nomination, final report and congress"
    );
    let marker = host
        .query_selector("[data-testid=today-marker]")
        .unwrap()
        .expect("today is marked");
    assert_eq!(marker.text_content().unwrap_or_default(), "▼ Hôm nay 15/04/2025");
    let past = phases(&host, "details");
    assert!(past.len() == 4 && past.iter().all(|p| p == "past"), "{past:?}");
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Còn 46 ngày đến hạn"), "{text}");
    assert!(text.contains("Các mốc đã qua (4)"), "{text}");
}

#[wasm_bindgen_test]
async fn the_link_to_the_whole_time_line_keeps_the_day() {
    let host = mount("btnmt-thidua-2021", day(2021, 3, 1)).await;
    let link = host.query_selector("a").unwrap().expect("a link to the time line");
    assert_eq!(link.get_attribute("href").as_deref(), Some("/lo-trinh?ngay=2021-03-01"));
    assert_eq!(phases(&host, "[data-testid=dossier-milestones]"), ["now", "next"]);
}

#[wasm_bindgen_test]
async fn an_unknown_ruleset_shows_nothing() {
    let host = mount("no-such-ruleset", day(2025, 4, 15)).await;
    assert!(host
        .query_selector("[data-testid=dossier-milestones]")
        .unwrap()
        .is_none());
}
