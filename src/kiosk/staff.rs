//! The staff's two screens: choosing the PIN on the kiosk's first start, and leaving kiosk mode
//! with it. The PIN is checked in `app_core::kiosk` against the marker as stored now, so the count
//! of wrong tries and the wait they earned are shared by every tab and survive a reload.
//!
//! The PIN fields are text fields drawn as dots (`.pin-field`), not password fields: a browser's
//! password manager ignores `autocomplete="off"` and would offer to save the staff PIN, then offer
//! it to the next visitor who opens the staff exit.

use app_core::kiosk::{choose_pin, KioskMarker, PinTry, SALT_BYTES};
use criteria::text::Text;
use leptos::prelude::*;

use super::{exit, Kiosk};
use crate::env::{random_bytes, read_kiosk_marker, use_env, write_kiosk_marker, Env};
use crate::i18n::{msg, tr, use_i18n};

/// Now, in milliseconds since 1970, on the app's one clock.
fn now_ms(env: Env) -> i64 {
    env.now().timestamp_millis()
}

/// The first screen of a new kiosk: staff choose a PIN, typed twice. There is no default PIN.
#[component]
pub(super) fn PinSetup(kiosk: Kiosk) -> impl IntoView {
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pin = match choose_pin(&first.get_untracked(), &second.get_untracked()) {
            Ok(pin) => pin,
            Err(e) => return error.set(Some(msg::kiosk::pin_error(e))),
        };
        let marker = random_bytes::<SALT_BYTES>().map(|salt| KioskMarker::new(&pin, salt));
        match marker.map(|m| write_kiosk_marker(&m)) {
            Some(Ok(())) => {
                first.set(String::new());
                second.set(String::new());
                error.set(None);
                kiosk.setup.set(false);
            }
            _ => error.set(Some(msg::kiosk::MARKER_REFUSED)),
        }
    };
    view! {
        <div class="kiosk-setup" role="dialog" aria-modal="true" aria-labelledby="kiosk-setup-title" data-testid="kiosk-setup">
            <form on:submit=submit autocomplete="off">
                <h1 id="kiosk-setup-title">{tr(msg::kiosk::SETUP_TITLE)}</h1>
                <p>{tr(msg::kiosk::SETUP_LEAD)}</p>
                <div class="field">
                    <label for="kiosk-pin-new">{tr(msg::kiosk::PIN_NEW)}</label>
                    <PinField id="kiosk-pin-new" value=first />
                </div>
                <div class="field">
                    <label for="kiosk-pin-again">{tr(msg::kiosk::PIN_AGAIN)}</label>
                    <PinField id="kiosk-pin-again" value=second />
                </div>
                {move || error.get().map(|text| view! {
                    <p role="alert" class="field-error" data-testid="kiosk-setup-error">{tr(text)}</p>
                })}
                <button type="submit" class="button primary" data-testid="kiosk-setup-save">{tr(msg::kiosk::SETUP_SAVE)}</button>
            </form>
        </div>
    }
}

/// A PIN field: digits, shown as dots, remembered by nothing.
#[component]
fn PinField(id: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <input id=id data-testid=id type="text" class="pin-field" inputmode="numeric" autocomplete="off"
            spellcheck="false" maxlength=app_core::kiosk::MAX_PIN_DIGITS
            prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
    }
}

/// The staff button, and behind it the PIN that ends kiosk mode. Each wrong try makes the next
/// one wait longer (1, 2, 4 … 60 s); the wait left is shown as it counts down.
#[component]
pub(super) fn StaffExit() -> impl IntoView {
    let env = use_env();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let pin = RwSignal::new(String::new());
    let last = RwSignal::new(None::<PinTry>);
    let now = RwSignal::new(now_ms(env));
    // When the next try is allowed, as the marker says.
    let retry_at = RwSignal::new(0i64);
    let refresh = move || {
        let at = now_ms(env);
        now.set(at);
        let wait = read_kiosk_marker().map_or(0, |m| m.wait_secs(at));
        retry_at.set(at + i64::from(wait) * 1000);
    };
    let tick = set_interval_with_handle(
        move || {
            if open.get_untracked() {
                now.set(now_ms(env));
            }
        },
        std::time::Duration::from_millis(250),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }
    let wait_left = Memo::new(move |_| (retry_at.get() - now.get()).max(0).saturating_add(999) / 1000);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let at = now_ms(env);
        // No marker any more: kiosk mode was ended in another tab.
        let Some(mut marker) = read_kiosk_marker() else {
            return exit();
        };
        let outcome = marker.try_pin(&pin.get_untracked(), at);
        if outcome == PinTry::Right {
            return exit();
        }
        let _ = write_kiosk_marker(&marker);
        pin.set(String::new());
        last.set(Some(outcome));
        refresh();
    };
    let close = move |_| {
        open.set(false);
        pin.set(String::new());
        last.set(None);
    };
    view! {
        <div class="kiosk-staff">
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" class="kiosk-staff-button" data-testid="kiosk-staff"
                    on:click=move |_| { refresh(); open.set(true) }>
                    {tr(msg::kiosk::STAFF)}
                </button>
            }>
                <form on:submit=submit autocomplete="off">
                    <label for="kiosk-pin">{tr(msg::kiosk::PIN)}</label>
                    <PinField id="kiosk-pin" value=pin />
                    <button type="submit" class="button" data-testid="kiosk-exit">{tr(msg::kiosk::EXIT)}</button>
                    <button type="button" class="button" on:click=close>{tr(msg::kiosk::CANCEL)}</button>
                    {move || last.get().map(|outcome| {
                        let (text, wait) = match outcome {
                            PinTry::Wrong { wait_secs } => (msg::kiosk::wrong_pin(i18n.get(), wait_secs), wait_secs),
                            PinTry::TooSoon { wait_secs } => (msg::kiosk::too_soon(i18n.get(), wait_secs), wait_secs),
                            PinTry::Right => return None,
                        };
                        Some(view! { <p role="alert" class="field-error" data-testid="kiosk-pin-error" data-wait=wait>{text}</p> })
                    })}
                    <Show when=move || { wait_left.get() > 0 }>
                        <p class="muted" data-testid="kiosk-pin-wait" data-seconds=move || wait_left.get()>
                            {move || msg::kiosk::too_soon(i18n.get(), wait_left.get() as u32)}
                        </p>
                    </Show>
                </form>
            </Show>
        </div>
    }
}
