//! Where the store's text lives: the browser's local storage, or memory.
//!
//! The store talks to a small [`KeyValue`] trait so the same logic runs on real local storage, on
//! memory when the browser blocks storage (some private modes) or in kiosk mode, and in tests.

use std::collections::BTreeMap;

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFault {
    /// The browser's quota for this site is used up.
    QuotaFull,
    /// Any other refusal by the browser, with its message.
    Refused(String),
}

/// A string-to-string store with the operations local storage has.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault>;
    fn remove(&mut self, key: &str) -> Result<(), StorageFault>;
    fn keys(&self) -> Result<Vec<String>, StorageFault>;
}

/// The browser's local storage.
pub struct BrowserStorage(web_sys::Storage);

/// The key written and removed to check that storage really accepts writes.
const PROBE_KEY: &str = "dien-hinh:probe";

impl BrowserStorage {
    /// Local storage, if the browser lets this page use it. Checked before gloo is asked for it,
    /// because `LocalStorage::raw()` panics where storage is blocked.
    pub fn open() -> Result<BrowserStorage, String> {
        let window = web_sys::window().ok_or("no window")?;
        let storage = match window.local_storage() {
            Ok(Some(_)) => LocalStorage::raw(),
            Ok(None) => return Err("local storage is not available".into()),
            Err(e) => return Err(js_message(&e)),
        };
        // A full quota refuses the probe too, yet the stored dossiers are there to read: only a
        // refusal of another kind (a security error) means storage is blocked.
        match storage.set_item(PROBE_KEY, "1").map_err(fault) {
            Ok(()) => storage.remove_item(PROBE_KEY).map_err(|e| js_message(&e))?,
            Err(StorageFault::QuotaFull) => {}
            Err(StorageFault::Refused(message)) => return Err(message),
        }
        Ok(BrowserStorage(storage))
    }
}

impl KeyValue for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.0.get_item(key).map_err(fault)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.0.set_item(key, value).map_err(fault)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageFault> {
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

/// Storage that lasts as long as the page: for kiosk mode, blocked storage, and tests.
/// `quota` (in UTF-16 units, as browsers count) lets tests fill it up.
#[derive(Default)]
pub struct MemoryStorage {
    entries: BTreeMap<String, String>,
    quota: Option<usize>,
}

impl MemoryStorage {
    pub fn with_quota(quota: usize) -> MemoryStorage {
        MemoryStorage {
            entries: BTreeMap::new(),
            quota: Some(quota),
        }
    }

    fn used(&self) -> usize {
        self.entries
            .iter()
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    }
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageFault> {
        if let Some(quota) = self.quota {
            let old = self
                .entries
                .get(key)
                .map_or(0, |v| key.encode_utf16().count() + v.encode_utf16().count());
            let new = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used() - old + new > quota {
                return Err(StorageFault::QuotaFull);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageFault> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        Ok(self.entries.keys().cloned().collect())
    }
}

/// Reads a browser exception: a `QuotaExceededError` becomes [`StorageFault::QuotaFull`].
fn fault(error: wasm_bindgen::JsValue) -> StorageFault {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e) if e.name() == "QuotaExceededError" || e.code() == 22 => StorageFault::QuotaFull,
        _ => StorageFault::Refused(js_message(&error)),
    }
}

fn js_message(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
