//! The idle watch: any input (a touch, a click, a key, typing) counts as activity; after
//! [`IDLE_SECONDS`] without any, a warning counts down [`WARNING_SECONDS`]; at zero, a full reset.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use super::Kiosk;
use crate::state::use_app_state;

/// Seconds of no input before the warning.
pub const IDLE_SECONDS: u32 = 90;
/// Seconds the warning gives to continue (the issue asks for at least 20).
pub const WARNING_SECONDS: u32 = 30;

const ACTIVITY_EVENTS: [&str; 6] = ["pointerdown", "keydown", "input", "touchstart", "wheel", "scroll"];

pub fn watch(kiosk: Kiosk) {
    let state = use_app_state();
    let i18n = crate::i18n::use_i18n();
    let navigate = leptos_router::hooks::use_navigate();
    let idle = Rc::new(Cell::new(0u32));

    for name in ACTIVITY_EVENTS {
        let idle = Rc::clone(&idle);
        let handle = window_event_listener_untyped(name, move |_| {
            idle.set(0);
            if kiosk.warning.get_untracked().is_some() {
                kiosk.warning.set(None);
            }
        });
        on_cleanup(move || handle.remove());
    }

    let tick = set_interval_with_handle(
        move || {
            if kiosk.attract.get_untracked() {
                idle.set(0);
                return;
            }
            let seconds = idle.get() + 1;
            idle.set(seconds);
            if seconds < IDLE_SECONDS {
                return;
            }
            let left = (IDLE_SECONDS + WARNING_SECONDS).saturating_sub(seconds);
            if left > 0 {
                kiosk.warning.set(Some(left));
                return;
            }
            // The reset: forget every dossier, the language and the page; back to the invitation.
            idle.set(0);
            kiosk.warning.set(None);
            state.reset_memory();
            i18n.reset();
            kiosk.attract.set(true);
            navigate("/", Default::default());
        },
        std::time::Duration::from_secs(1),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }
}
