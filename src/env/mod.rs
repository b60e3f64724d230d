//! The app's environment, chosen once at start-up and put in the context: where data is kept, what
//! it may do with files, the clock, and the alphabetical order.
//!
//! [`Env::start`] looks at the browser once ([`web_storage::detect`]) and decides: local storage
//! (read-write or read-only), memory because storage is blocked, or a kiosk. A kiosk is then simply
//! an environment with a memory store, no downloads, no access to the computer's files and no
//! visitor text in the address; pages ask for those capabilities, not whether it is a kiosk. Every
//! page reads today's date from here, so one clock serves the whole app.

mod collator;
mod download;
mod persistence;
mod web_storage;

use std::rc::Rc;

use app_core::store::{Durability, KeyValue, MemoryStorage};
use app_core::text::Collator;
use app_core::transfer::DownloadError;
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use persistence::{request_persistence, StorageReport};
pub use web_storage::{forget_kiosk, read_kiosk_marker, write_kiosk_marker, KioskStart};

struct Inner {
    kv: Rc<dyn KeyValue>,
    durability: Durability,
    downloads: bool,
    collator: Rc<dyn Collator>,
}

/// The environment. `Copy`, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Env(StoredValue<Inner, LocalStorage>);

impl Env {
    /// Decides the environment from the browser and puts it in the context; returns it with how
    /// the kiosk starts when the page is a kiosk. Call once, at the root.
    pub fn start() -> (Env, Option<KioskStart>) {
        let (kv, durability, kiosk): (Rc<dyn KeyValue>, _, _) = match web_storage::detect() {
            web_storage::Startup::ReadWrite(storage) => (Rc::new(storage), Durability::Persistent, None),
            web_storage::Startup::ReadOnly(storage) => (Rc::new(storage), Durability::ReadOnly, None),
            web_storage::Startup::Blocked => (Rc::new(MemoryStorage::default()), Durability::MemoryBlocked, None),
            web_storage::Startup::Kiosk(start) => {
                (Rc::new(MemoryStorage::default()), Durability::Ephemeral, Some(start))
            }
        };
        if kiosk.is_none() {
            become_kiosk_with_the_others();
        }
        let env = Env::new(kv, durability);
        provide_context(env);
        (env, kiosk)
    }

    /// An environment over `kv`. Downloads are allowed unless the store is a kiosk's: a kiosk
    /// leaves no file behind.
    fn new(kv: Rc<dyn KeyValue>, durability: Durability) -> Env {
        Env(StoredValue::new_local(Inner {
            kv,
            durability,
            downloads: durability != Durability::Ephemeral,
            collator: Rc::new(collator::IntlCollator::vietnamese()),
        }))
    }

    /// The key-value store the dossiers and the preferences live in.
    pub fn kv(self) -> Rc<dyn KeyValue> {
        self.0.with_value(|e| Rc::clone(&e.kv))
    }

    pub fn durability(self) -> Durability {
        self.0.with_value(|e| e.durability)
    }

    /// Whether files may be offered for download (exports, backups, printing to PDF).
    pub fn downloads(self) -> bool {
        self.0.with_value(|e| e.downloads)
    }

    /// Whether the user may open this computer's files (the import page's picker, a dropped file).
    /// Not on a kiosk, where strangers use the machine.
    pub fn host_files(self) -> bool {
        self.durability() != Durability::Ephemeral
    }

    /// Vietnamese alphabetical order.
    pub fn collator(self) -> Rc<dyn Collator> {
        self.0.with_value(|e| Rc::clone(&e.collator))
    }

    /// Offers `text` as a file named `file_name`, unless downloads are off here.
    pub fn download(self, file_name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
        if !self.downloads() {
            return Err(DownloadError::Off);
        }
        download::download_text(file_name, mime, text)
    }

    /// Offers `bytes` as a file named `file_name`, unless downloads are off here.
    pub fn download_bytes(self, file_name: &str, mime: &str, bytes: &js_sys::Uint8Array) -> Result<(), DownloadError> {
        if !self.downloads() {
            return Err(DownloadError::Off);
        }
        download::download_bytes(file_name, mime, bytes)
    }

    /// Today, on the user's calendar.
    pub fn today(self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Now, with the offset of the user's clock.
    #[allow(clippy::disallowed_methods, reason = "the one place the app reads the clock")]
    pub fn now(self) -> DateTime<FixedOffset> {
        chrono::Local::now().fixed_offset()
    }

    /// Now in UTC as the format stores times (`2026-11-21T03:00:00Z`).
    pub fn now_rfc3339(self) -> String {
        self.now().to_utc().to_rfc3339_opts(SecondsFormat::Secs, true)
    }

    /// Milliseconds on a monotonic-enough clock, to measure how long a step of work has run.
    pub fn millis(self) -> f64 {
        js_sys::Date::now()
    }
}

/// A tab that is not a kiosk becomes one as soon as another tab starts kiosk mode (the marker
/// appears in local storage): it reloads, and the start-up then finds the marker.
fn become_kiosk_with_the_others() {
    let handle = window_event_listener(leptos::ev::storage, |event| {
        if event.key().as_deref() == Some(app_core::kiosk::MARKER_KEY) && event.new_value().is_some() {
            let _ = window().location().reload();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Random bytes from the browser's cryptographic generator (`crypto.getRandomValues`); None if
/// the browser has none.
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// The environment in the context. Panics only if [`Env::start`] was not called at the root.
pub fn use_env() -> Env {
    expect_context::<Env>()
}

/// Lets the browser paint and handle input before the next step of a long piece of work.
pub async fn yield_to_browser() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// A browser exception's message, for the details a user may pass on to support.
fn js_message(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
