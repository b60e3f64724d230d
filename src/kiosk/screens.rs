//! What a kiosk shows above the app: the attract screen that invites visitors, the idle warning,
//! and the staff exit behind a PIN.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use app_core::personas::personas;

use super::{exit, Kiosk};
use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

/// Everything the kiosk adds, with its idle watch; renders nothing outside kiosk mode (`pin` None).
/// Inside the router, because a reset navigates.
#[component]
pub fn KioskLayer(pin: Option<String>) -> impl IntoView {
    pin.map(|pin| {
        let kiosk = super::provide(pin);
        view! {
            <Show when=move || kiosk.attract.get()>
                <Attract kiosk=kiosk />
            </Show>
            <IdleWarning kiosk=kiosk />
            <StaffExit kiosk=kiosk />
        }
    })
}

#[component]
fn Attract(kiosk: Kiosk) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let open = {
        let navigate = navigate.clone();
        move |path: String| {
            kiosk.attract.set(false);
            navigate(&path, Default::default());
        }
    };
    let open_new = open.clone();
    view! {
        <div class="kiosk-attract" role="dialog" aria-modal="true" aria-labelledby="kiosk-title" data-testid="kiosk-attract">
            <h1 id="kiosk-title">{tr(msg::kiosk::ATTRACT_TITLE)}</h1>
            <p class="lead">{tr(msg::kiosk::ATTRACT_LEAD)}</p>
            <h2>{tr(msg::kiosk::PERSONAS)}</h2>
            <ul class="kiosk-personas">
                {personas().into_iter().map(|p| {
                    let open = open.clone();
                    let id = p.dossier.id.clone();
                    let dossier = p.dossier;
                    view! {
                        <li>
                            <button type="button" class="button kiosk-button" data-testid=format!("persona-{}", p.slug)
                                on:click=move |_| {
                                    // Memory only: the kiosk's store never touches local storage.
                                    let _ = state.insert(dossier.clone());
                                    open(format!("/ho-so/{id}"));
                                }>
                                {move || i18n.get().pick(p.label)}
                            </button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p>
                <button type="button" class="button primary kiosk-button" data-testid="kiosk-start"
                    on:click=move |_| open_new("/ho-so/moi".to_owned())>
                    {tr(msg::kiosk::START_OWN)}
                </button>
            </p>
            <p class="muted">{tr(msg::kiosk::PRIVACY)}</p>
        </div>
    }
}

#[component]
fn IdleWarning(kiosk: Kiosk) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        kiosk.warning.get().map(|left| {
            view! {
                <div class="kiosk-warning" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" data-testid="kiosk-warning">
                    <h2 id="idle-title">{tr(msg::kiosk::IDLE_TITLE)}</h2>
                    <p data-testid="kiosk-countdown">{msg::kiosk::idle_body(i18n.get(), left)}</p>
                    <button type="button" class="button primary kiosk-button" data-testid="kiosk-continue" autofocus
                        on:click=move |_| kiosk.warning.set(None)>
                        {tr(msg::kiosk::CONTINUE)}
                    </button>
                </div>
            }
        })
    }
}

#[component]
fn StaffExit(kiosk: Kiosk) -> impl IntoView {
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    view! {
        <div class="kiosk-staff">
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" class="kiosk-staff-button" data-testid="kiosk-staff" on:click=move |_| open.set(true)>
                    {tr(msg::kiosk::STAFF)}
                </button>
            }>
                <form on:submit=move |ev| {
                    ev.prevent_default();
                    if kiosk.pin_matches(&pin.get_untracked()) { exit() } else { wrong.set(true) }
                }>
                    <label for="kiosk-pin">{tr(msg::kiosk::PIN)}</label>
                    <input id="kiosk-pin" type="password" inputmode="numeric" autocomplete="off" data-testid="kiosk-pin"
                        prop:value=move || pin.get() on:input=move |ev| pin.set(event_target_value(&ev)) />
                    <button type="submit" class="button" data-testid="kiosk-exit">{tr(msg::kiosk::EXIT)}</button>
                    <button type="button" class="button" on:click=move |_| { open.set(false); pin.set(String::new()); wrong.set(false) }>
                        {tr(msg::kiosk::CANCEL)}
                    </button>
                    <Show when=move || wrong.get()>
                        <p role="alert" class="field-error">{tr(msg::kiosk::WRONG_PIN)}</p>
                    </Show>
                </form>
            </Show>
        </div>
    }
}
