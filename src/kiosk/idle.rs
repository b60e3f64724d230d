//! The idle watch: any input (a touch, a click, a key, typing) counts as activity; after
//! [`IDLE_SECONDS`] without any, a warning counts down [`WARNING_SECONDS`]; at zero, a full reset:
//! the page is reloaded at the kiosk's start, so the wasm memory, and every copy of what the
//! visitor typed in it, is dropped with it.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use super::{Kiosk, START};
use crate::state::use_app_state;

/// Seconds of no input before the warning.
pub const IDLE_SECONDS: u32 = 90;
/// Seconds the warning gives to continue (the issue asks for at least 20).
pub const WARNING_SECONDS: u32 = 30;

const ACTIVITY_EVENTS: [&str; 6] = ["pointerdown", "keydown", "input", "touchstart", "wheel", "scroll"];

pub fn watch(kiosk: Kiosk) {
    let state = use_app_state();
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
            if kiosk.attract.get_untracked() || kiosk.setup.get_untracked() {
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
            // The reset: forget every dossier at once, then load the kiosk's start afresh, which
            // drops this page's memory. `replace`: the visited page leaves no history entry.
            idle.set(0);
            state.reset_memory();
            let _ = window().location().replace(START);
        },
        std::time::Duration::from_secs(1),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }
}
