//! Kiosk mode, for a conference stand: strangers try the app on a touch screen and nothing they
//! type may stay behind, nor may they walk out of it.
//!
//! Started by opening `/?kiosk`: the first time, staff choose a PIN (typed twice), kept only as a
//! salted hash in the kiosk marker in local storage (`app_core::kiosk`). The marker holds no visitor
//! data; every tab of the origin reads it at start-up ([`crate::env`]), so a link opened in a new
//! tab, a new window or a reload is a kiosk too: a memory store, no downloads, no access to the
//! computer's files, no visitor text in the address. This module adds the kiosk's screens (the PIN
//! set-up, the invitation with sample dossiers, the idle warning, the staff exit), the idle watch
//! (after [`IDLE_SECONDS`] without input a warning gives [`WARNING_SECONDS`] to continue, then the
//! page is reloaded at [`START`], which drops the wasm memory and everything typed in it) and the
//! seal ([`seal`]: no link opens a new tab, no field is remembered by the browser, no file comes in).

mod idle;
mod screens;
mod seal;
mod staff;

use leptos::prelude::*;

use crate::env::{forget_kiosk, use_env, KioskStart};
use crate::i18n::{msg, tr};

pub use idle::{IDLE_SECONDS, WARNING_SECONDS};
pub use screens::KioskLayer;

/// The kiosk's start: where the idle reset reloads the page. `?kiosk` keeps it a kiosk even if the
/// marker were gone (another tab ended kiosk mode): it then asks for a PIN again.
pub const START: &str = "/?kiosk";

/// The kiosk's reactive state, shared by its screens and its idle watch.
#[derive(Clone, Copy)]
pub struct Kiosk {
    /// Staff have not chosen the PIN yet: the set-up screen shows, over everything.
    pub setup: RwSignal<bool>,
    /// The invitation screen is showing.
    pub attract: RwSignal<bool>,
    /// Seconds left before the reset, while the idle warning shows.
    pub warning: RwSignal<Option<u32>>,
}

/// Starts the kiosk's state, its seal and its idle watch, and marks the page for the kiosk's large
/// touch targets.
fn provide(start: KioskStart) -> Kiosk {
    let kiosk = Kiosk {
        setup: RwSignal::new(matches!(start, KioskStart::Setup)),
        attract: RwSignal::new(true),
        warning: RwSignal::new(None),
    };
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("kiosk");
    }
    seal::seal();
    idle::watch(kiosk);
    kiosk
}

/// Leaves kiosk mode (after the staff PIN): removes the marker and loads the home page, which then
/// opens local storage as usual.
fn exit() {
    forget_kiosk();
    let _ = window().location().replace("/");
}

/// What a page the kiosk does not offer shows instead (the import page: its file picker would open
/// the stand computer's files). Renders `children` where the computer's files may be opened.
#[component]
pub fn NeedsHostFiles(children: Children) -> impl IntoView {
    if use_env().host_files() {
        return children().into_any();
    }
    view! {
        <h1 data-testid="kiosk-unavailable">{tr(msg::kiosk::UNAVAILABLE_TITLE)}</h1>
        <p>{tr(msg::kiosk::UNAVAILABLE_BODY)}</p>
        <p><a href="/" class="button primary">{tr(msg::kiosk::UNAVAILABLE_BACK)}</a></p>
    }
    .into_any()
}
