//! The root component: language context, the router, and the page layout around every route.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Footer, Header, RouteFocus, SkipLink, StorageNotices};
use crate::i18n::{msg, provide_i18n, use_i18n};
use crate::kiosk::KioskLayer;
use crate::pages::{About, CheckAnswers, DossierList, Editor, Home, NewDossier, NotFound, Standards, Timeline, Units};
use crate::state::AppState;

/// The whole app. Routes use Vietnamese slugs without diacritics, so links read well when shared.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // A kiosk must be known before the store opens: it never opens local storage.
    let kiosk_pin = crate::kiosk::detect();
    provide_i18n();
    AppState::provide(kiosk_pin.is_some());
    let i18n = use_i18n();

    view! {
        <Title text=move || i18n.get().pick(msg::shell::APP_TITLE) />
        <Router>
            <KioskLayer pin=kiosk_pin />
            <RouteFocus />
            <SkipLink />
            <Header />
            <main id="main" class="page" tabindex="-1">
                <StorageNotices />
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/ho-so") view=DossierList />
                    <Route path=path!("/ho-so/moi") view=NewDossier />
                    <Route path=path!("/ho-so/nhap") view=crate::pages::transfer::ImportPage />
                    <Route path=path!("/ho-so/:id") view=Editor />
                    <Route path=path!("/ho-so/:id/kiem-tra") view=CheckAnswers />
                    <Route path=path!("/ho-so/:id/in") view=crate::pages::transfer::PrintReport />
                    <Route path=path!("/tieu-chuan") view=Standards />
                    <Route path=path!("/lo-trinh") view=Timeline />
                    <Route path=path!("/don-vi") view=Units />
                    <Route path=path!("/gioi-thieu") view=About />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
