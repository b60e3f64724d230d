//! The one module that touches the browser's `localStorage` and `sessionStorage`.
//!
//! At start-up it decides what storage the app has ([`detect`]): a kiosk (asked for in the address,
//! or remembered by this tab's session storage), local storage that reads and writes, local storage
//! that reads but refuses writes, or none (blocked, or throwing on every read as Firefox does with a
//! corrupted profile). Every call into the browser's storage can throw; each is caught here and
//! becomes a [`StorageFault`], so no read or write can trap the app.

use app_core::store::{KeyValue, StorageFault};
use wasm_bindgen::JsCast;

/// Session-storage key of the kiosk flag (its value is the PIN).
const KIOSK_KEY: &str = "dien-hinh:kiosk";
/// The key written and removed once at start-up, to learn whether storage accepts writes.
const PROBE_KEY: &str = "dien-hinh:probe";
/// The PIN that ends kiosk mode when none was given in the address.
const DEFAULT_PIN: &str = "0000";

/// The browser's local storage.
pub struct BrowserStorage(web_sys::Storage);

/// What storage this page has, decided once at start-up.
pub enum Startup {
    /// Local storage that reads and writes (a full quota counts: the stored dossiers are there).
    ReadWrite(BrowserStorage),
    /// Local storage that can be read but refuses writes.
    ReadOnly(BrowserStorage),
    /// No usable local storage.
    Blocked,
    /// A kiosk, with its staff PIN: it opens no local storage at all.
    Kiosk { pin: String },
}

/// Reads the address and the storages once: a kiosk, or what local storage allows.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn detect() -> Startup {
    let Some(window) = web_sys::window() else {
        return Startup::Blocked;
    };
    if let Some(pin) = kiosk_pin(&window) {
        return Startup::Kiosk { pin };
    }
    let storage = match window.local_storage() {
        Ok(Some(storage)) => storage,
        _ => return Startup::Blocked,
    };
    let storage = BrowserStorage(storage);
    // Reads first: a browser that throws on reads can show nothing, so it is as good as blocked.
    if storage.keys().is_err() || storage.get(PROBE_KEY).is_err() {
        return Startup::Blocked;
    }
    match storage.set(PROBE_KEY, "1") {
        Ok(()) => {
            let _ = storage.remove(PROBE_KEY);
            Startup::ReadWrite(storage)
        }
        // A full quota refuses the probe too, yet the stored dossiers are there and deleting some
        // makes room: only a refusal of another kind makes storage read-only.
        Err(StorageFault::QuotaFull) => Startup::ReadWrite(storage),
        Err(StorageFault::Refused(_)) => Startup::ReadOnly(storage),
    }
}

/// The kiosk PIN, if this page is a kiosk: `?kiosk` (with `&pin=NNNN`) in the address, or the flag
/// this tab's session storage keeps so a reload stays a kiosk.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
fn kiosk_pin(window: &web_sys::Window) -> Option<String> {
    let session = window.session_storage().ok().flatten();
    let search = window.location().search().unwrap_or_default();
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok();
    if params.as_ref().is_some_and(|p| p.has("kiosk")) {
        let pin = params
            .and_then(|p| p.get("pin"))
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| DEFAULT_PIN.to_owned());
        if let Some(session) = &session {
            let _ = session.set_item(KIOSK_KEY, &pin);
        }
        return Some(pin);
    }
    session.and_then(|s| s.get_item(KIOSK_KEY).ok().flatten())
}

/// Forgets this tab's kiosk flag (the staff PIN was given), so the next load opens local storage.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn forget_kiosk() {
    if let Some(Ok(Some(session))) = web_sys::window().map(|w| w.session_storage()) {
        let _ = session.remove_item(KIOSK_KEY);
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.0.get_item(key).map_err(fault)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.0.set_item(key, value).map_err(fault)
    }

    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.0.remove_item(key).map_err(fault)
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        let length = self.0.length().map_err(fault)?;
        let mut keys = Vec::with_capacity(length as usize);
        for i in 0..length {
            if let Some(key) = self.0.key(i).map_err(fault)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Reads a browser exception: a `QuotaExceededError` becomes [`StorageFault::QuotaFull`].
fn fault(error: wasm_bindgen::JsValue) -> StorageFault {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageFault::QuotaFull,
        _ => StorageFault::Refused(super::js_message(&error)),
    }
}
