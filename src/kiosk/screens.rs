//! What a kiosk shows above the app: the PIN set-up, the attract screen that invites visitors, the
//! idle warning, and the staff exit.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use app_core::personas::personas;

use super::staff::{PinSetup, StaffExit};
use super::Kiosk;
use crate::env::KioskStart;
use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

/// Everything the kiosk adds, with its seal and idle watch; renders nothing outside kiosk mode
/// (`start` None). Inside the router, because the screens navigate.
#[component]
pub fn KioskLayer(start: Option<KioskStart>) -> impl IntoView {
    start.map(|start| {
        let kiosk = super::provide(start);
        view! {
            <Show when=move || kiosk.setup.get()>
                <PinSetup kiosk=kiosk />
            </Show>
            <Show when=move || kiosk.attract.get() && !kiosk.setup.get()>
                <Attract kiosk=kiosk />
            </Show>
            <IdleWarning kiosk=kiosk />
            <Show when=move || !kiosk.setup.get()>
                <StaffExit />
            </Show>
        }
    })
}

/// The invitation. A tap anywhere on its background starts ("Chạm để thử") on the home page; the
/// buttons open a sample dossier or a new one.
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
    let on_background = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        let on_control = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button, a").ok().flatten())
            .is_some();
        if !on_control {
            kiosk.attract.set(false);
        }
    };
    view! {
        <div class="kiosk-attract" role="dialog" aria-modal="true" aria-labelledby="kiosk-title" data-testid="kiosk-attract"
            on:click=on_background>
            <div class="kiosk-attract-body">
                <h1 id="kiosk-title">{tr(msg::kiosk::ATTRACT_TITLE)}</h1>
                <p class="lead">{tr(msg::kiosk::ATTRACT_LEAD)}</p>
                <p>
                    <button type="button" class="kiosk-button kiosk-primary" data-testid="kiosk-start"
                        on:click=move |_| open_new("/ho-so/moi".to_owned())>
                        {tr(msg::kiosk::START_OWN)}
                    </button>
                </p>
                <h2>{tr(msg::kiosk::PERSONAS)}</h2>
                <ul class="kiosk-personas">
                    {personas().into_iter().map(|p| {
                        let open = open.clone();
                        let id = p.dossier.id.clone();
                        let dossier = p.dossier;
                        view! {
                            <li>
                                <button type="button" class="kiosk-button" data-testid=format!("persona-{}", p.slug)
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
                <p class="kiosk-tap" aria-hidden="true">{tr(msg::kiosk::TAP_TO_TRY)}</p>
                <p class="kiosk-privacy">{tr(msg::kiosk::PRIVACY)}</p>
            </div>
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
