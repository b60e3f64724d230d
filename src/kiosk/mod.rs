//! Kiosk mode, for a conference stand: strangers try the app on a touch screen and nothing they
//! type may stay behind.
//!
//! Started by opening `/?kiosk` (staff PIN `?kiosk&pin=NNNN`, 0000 if none is given). The start-up
//! environment ([`crate::env`]) makes a kiosk what it is: the dossier store and the preferences live
//! in memory only, and downloads are off. This module adds the kiosk's own screens: the invitation
//! with sample dossiers, the idle watch (after a spell of no input a warning gives at least
//! [`WARNING_SECONDS`] seconds to continue before everything is reset to the invitation), and the
//! staff exit behind the PIN. Only the kiosk flag and its PIN are kept, in session storage, so a
//! reload stays in kiosk mode.

mod idle;
mod screens;

use leptos::prelude::*;

pub use idle::{IDLE_SECONDS, WARNING_SECONDS};
pub use screens::KioskLayer;

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
    crate::env::forget_kiosk();
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign("/");
    }
}
