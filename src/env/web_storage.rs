//! The one module that touches the browser's `localStorage`.
//!
//! At start-up it decides what storage the app has ([`detect`]): a kiosk (the kiosk marker is in
//! local storage, or `?kiosk` is in the address), local storage that reads and writes, local
//! storage that reads but refuses writes, or none (blocked, or throwing on every read as Firefox
//! does with a corrupted profile). Every call into the browser's storage can throw; each is caught
//! here and becomes a [`StorageFault`], so no read or write can trap the app.

use app_core::kiosk::{KioskMarker, MARKER_KEY};
use app_core::store::{KeyValue, StorageFault};
use wasm_bindgen::JsCast;

/// The key written and removed once at start-up, to learn whether storage accepts writes.
const PROBE_KEY: &str = "dien-hinh:probe";

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
    /// A kiosk: it opens no dossier or preference in local storage at all.
    Kiosk(KioskStart),
}

/// How a kiosk starts.
pub enum KioskStart {
    /// The staff PIN is set: its marker.
    Locked(KioskMarker),
    /// `?kiosk` with no marker yet (or one that cannot be read): staff must choose a PIN first.
    Setup,
}

/// Reads the address and local storage once: a kiosk, or what local storage allows. The kiosk
/// marker is read before anything else, so every tab of the origin started while it is set (a
/// link opened in a new tab, a new window, a reload) is a kiosk too.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn detect() -> Startup {
    let Some(window) = web_sys::window() else {
        return Startup::Blocked;
    };
    let params = clean_address(&window);
    let local = window.local_storage().ok().flatten();
    if let Some(marker) = local.as_ref().and_then(|s| s.get_item(MARKER_KEY).ok().flatten()) {
        return Startup::Kiosk(KioskMarker::parse(&marker).map_or(KioskStart::Setup, KioskStart::Locked));
    }
    if params.as_ref().is_some_and(|p| p.has("kiosk")) {
        return Startup::Kiosk(KioskStart::Setup);
    }
    let Some(storage) = local else {
        return Startup::Blocked;
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

/// The address's query; a `pin=` in it (an old kiosk link) is taken out of the address at once, so
/// the PIN stays out of this entry of the tab's history. The PIN itself is never used: staff choose
/// it on the kiosk's first screen.
fn clean_address(window: &web_sys::Window) -> Option<web_sys::UrlSearchParams> {
    let location = window.location();
    let search = location.search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    if params.has("pin") {
        let kept: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|part| !part.is_empty() && part.split('=').next() != Some("pin"))
            .collect();
        let query = if kept.is_empty() {
            String::new()
        } else {
            format!("?{}", kept.join("&"))
        };
        let path = location.pathname().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        if let Ok(history) = window.history() {
            let _ =
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}{hash}")));
        }
    }
    Some(params)
}

/// The kiosk marker as stored now (another tab may have changed the count of wrong tries).
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn read_kiosk_marker() -> Option<KioskMarker> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    KioskMarker::parse(&storage.get_item(MARKER_KEY).ok().flatten()?)
}

/// Keeps the kiosk marker, which makes every tab of the origin that starts from now on a kiosk.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn write_kiosk_marker(marker: &KioskMarker) -> Result<(), StorageFault> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StorageFault::Refused("no local storage".to_owned()))?;
    storage.set_item(MARKER_KEY, &marker.to_json()).map_err(fault)
}

/// Removes the kiosk marker (the staff PIN was given), so the next load opens local storage.
#[allow(clippy::disallowed_methods, reason = "this module is where the app touches storage")]
pub fn forget_kiosk() {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.remove_item(MARKER_KEY);
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
