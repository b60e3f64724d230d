//! Kiosk mode, for a conference stand: strangers try the app on a touch screen and nothing they
//! type may stay behind.
//!
//! Started by opening `/?kiosk` (staff PIN `?kiosk&pin=NNNN`, default [`DEFAULT_PIN`]). In kiosk
//! mode the dossier store lives in memory only, the language choice is not remembered, export and
//! download are off, and after a spell of no input a warning gives at least
//! [`WARNING_SECONDS`] seconds to continue before everything is reset to the attract screen. Only
//! the kiosk flag and its PIN are kept, in session storage, so a reload stays in kiosk mode.

mod idle;
mod personas;
mod screens;

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;

pub use idle::{IDLE_SECONDS, WARNING_SECONDS};
pub use personas::personas;
pub use screens::KioskLayer;

/// The PIN that ends kiosk mode when none was given in the address.
pub const DEFAULT_PIN: &str = "0000";

/// Session-storage key of the kiosk flag (its value is the PIN).
const SESSION_KEY: &str = "dien-hinh:kiosk";

/// Set once at start-up, read by code that must refuse to write files (see [`crate::download`]).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Whether the app runs as a kiosk.
pub fn is_active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// The kiosk's reactive state, shared by its screens and its idle watch.
#[derive(Clone, Copy)]
pub struct Kiosk {
    /// The invitation screen is showing.
    pub attract: RwSignal<bool>,
    /// Seconds left before the reset, while the idle warning shows.
    pub warning: RwSignal<Option<u32>>,
    pin: StoredValue<String>,
}

impl Kiosk {
    pub fn pin_matches(&self, typed: &str) -> bool {
        self.pin.with_value(|pin| pin == typed.trim())
    }
}

/// Reads the address and session storage: whether this page is a kiosk, and with which PIN.
/// Call before the store is opened, since a kiosk must not open local storage at all.
pub fn detect() -> Option<String> {
    let window = web_sys::window()?;
    let session = window.session_storage().ok().flatten();
    let search = window.location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    let pin = if params.has("kiosk") {
        let pin = params
            .get("pin")
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| DEFAULT_PIN.to_owned());
        if let Some(session) = &session {
            let _ = session.set_item(SESSION_KEY, &pin);
        }
        Some(pin)
    } else {
        session.and_then(|s| s.get_item(SESSION_KEY).ok().flatten())
    };
    ACTIVE.store(pin.is_some(), Ordering::Relaxed);
    pin
}

/// Starts the kiosk's state and idle watch, and marks the page for the kiosk's large touch targets.
fn provide(pin: String) -> Kiosk {
    let kiosk = Kiosk {
        attract: RwSignal::new(true),
        warning: RwSignal::new(None),
        pin: StoredValue::new(pin),
    };
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("kiosk");
    }
    idle::watch(kiosk);
    kiosk
}

/// Leaves kiosk mode (after the staff PIN): forgets the flag and reloads at the home page, which
/// then opens local storage as usual.
pub fn exit() {
    if let Some(window) = web_sys::window() {
        if let Ok(Some(session)) = window.session_storage() {
            let _ = session.remove_item(SESSION_KEY);
        }
        let _ = window.location().assign("/");
    }
}
