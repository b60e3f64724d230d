//! The root component: language context, the router, and the page layout around every route.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::{Footer, Header, RouteFocus, SkipLink, StorageNotices, WithStore};
use crate::env::Env;
use crate::i18n::{msg, provide_i18n, use_i18n};
use crate::kiosk::{KioskLayer, NeedsHostFiles};
use crate::pages::transfer::{ImportPage, PrintReport};
use crate::pages::{
    About, AchievementReport, CheckAnswers, DossierList, Editor, Home, NewDossier, NotFound, Standards, Timeline, Units,
};
use crate::state::AppState;

/// The whole app. Routes use Vietnamese slugs without diacritics, so links read well when shared.
/// The routes that show stored dossiers wait for the store ([`WithStore`]); the others never do.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Decided once, before anything reads storage: a kiosk never opens local storage.
    let (env, kiosk) = Env::start();
    provide_i18n();
    AppState::provide(env);
    let i18n = use_i18n();

    view! {
        <Title text=move || i18n.get().pick(msg::shell::APP_TITLE) />
        <Router>
            <KioskLayer start=kiosk />
            <RouteFocus />
            <SkipLink />
            <Header />
            <main id="main" class="page" tabindex="-1">
                <StorageNotices />
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/ho-so") view=|| view! { <WithStore><DossierList /></WithStore> } />
                    <Route path=path!("/ho-so/moi") view=NewDossier />
                    <Route path=path!("/ho-so/nhap") view=|| view! { <NeedsHostFiles><WithStore><ImportPage /></WithStore></NeedsHostFiles> } />
                    <Route path=path!("/ho-so/:id") view=|| view! { <WithStore><Editor /></WithStore> } />
                    <Route path=path!("/ho-so/:id/kiem-tra") view=|| view! { <WithStore><CheckAnswers /></WithStore> } />
                    <Route path=path!("/ho-so/:id/in") view=|| view! { <WithStore><PrintReport /></WithStore> } />
                    <Route path=path!("/ho-so/:id/bao-cao") view=|| view! { <WithStore><AchievementReport /></WithStore> } />
                    <Route path=path!("/tieu-chuan") view=Standards />
                    <Route path=path!("/lo-trinh") view=Timeline />
                    <Route path=path!("/don-vi") view=|| view! { <WithStore><Units /></WithStore> } />
                    <Route path=path!("/gioi-thieu") view=About />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
