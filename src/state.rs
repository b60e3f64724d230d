//! The app's shared state: the dossier store behind a signal, and the one place it is changed.
//!
//! Components read dossiers through [`AppState::with_store`] and change them only through the
//! methods here, so every change is written through storage the same way and the user hears
//! about every failure.

use chrono::Utc;
use criteria::dossier::Dossier;
use leptos::prelude::*;

use crate::storage::{
    request_persistence, BrowserStorage, Durability, External, MemoryStorage, SaveError, StorageReport, Store,
};

#[derive(Clone, Copy)]
pub struct AppState {
    store: RwSignal<Store, LocalStorage>,
    /// The last change another tab made to a dossier this tab shows, for a notice.
    pub external: RwSignal<Option<External>>,
    /// What the browser said when asked to keep our data.
    pub storage_report: RwSignal<StorageReport>,
}

impl AppState {
    /// Opens local storage (or memory, if the browser blocks it or this is a kiosk), listens for
    /// other tabs, and puts the state in the context. Call once at the root.
    pub fn provide(kiosk: bool) -> AppState {
        // A kiosk does not even probe local storage.
        let store = if kiosk {
            memory_store(Durability::MemoryKiosk)
        } else {
            match BrowserStorage::open() {
                Ok(browser) => Store::open(Box::new(browser), Durability::Persistent),
                Err(_) => memory_store(Durability::MemoryBlocked),
            }
        };
        let persistent = store.durability() == Durability::Persistent;
        let state = AppState {
            store: RwSignal::new_local(store),
            external: RwSignal::new(None),
            storage_report: RwSignal::new(StorageReport::default()),
        };
        if persistent {
            leptos::task::spawn_local(async move { state.storage_report.set(request_persistence().await) });
        }
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            let change = state.store.try_update(|s| s.external_change(key.as_deref()));
            if let Some(change) = change.filter(|c| *c != External::Nothing) {
                state.external.set(Some(change));
            }
        });
        on_cleanup(move || handle.remove());
        // Changes only in memory (a full quota, a conflict, storage blocked) would be lost by
        // closing the page: ask the browser to confirm first. Not in a kiosk, which forgets on purpose.
        let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
            let at_risk = state.store.with_untracked(|s| {
                !s.unsaved().is_empty() || (s.durability() == Durability::MemoryBlocked && !s.is_empty())
            });
            if at_risk && !kiosk {
                event.prevent_default();
                event.set_return_value("");
            }
        });
        on_cleanup(move || unload.remove());
        provide_context(state);
        state
    }

    /// Reads the store; reactive: re-runs when any dossier changes.
    pub fn with_store<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with(f)
    }

    /// Reads the store without subscribing to its changes.
    pub fn with_store_untracked<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with_untracked(f)
    }

    /// The dossier `id`, cloned; reactive.
    pub fn dossier(&self, id: &str) -> Option<Dossier> {
        self.store.with(|s| s.get(id).cloned())
    }

    /// The dossiers `d` links to (a unit head's collective), as `assess` wants them: only what the
    /// rules read, so assessing one dossier does not copy the whole store. Reactive.
    pub fn linked(&self, d: &Dossier) -> Vec<Dossier> {
        let Some(link) = &d.subject.unit_dossier else {
            return Vec::new();
        };
        self.store.with(|s| s.get(link).cloned().into_iter().collect())
    }

    /// Saves a changed dossier (stamping `updated_at`). On error the change stays in memory.
    pub fn save(&self, mut dossier: Dossier) -> Result<(), SaveError> {
        dossier.updated_at = now_rfc3339();
        self.store
            .try_update(|s| s.put(dossier))
            .unwrap_or(Err(SaveError::NotConfirmed))
    }

    /// Saves a dossier exactly as given (creation, undo of a delete, duplicates).
    pub fn insert(&self, dossier: Dossier) -> Result<(), SaveError> {
        self.store
            .try_update(|s| s.put(dossier))
            .unwrap_or(Err(SaveError::NotConfirmed))
    }

    pub fn remove(&self, id: &str) -> Result<Dossier, SaveError> {
        self.store
            .try_update(|s| s.remove(id))
            .unwrap_or(Err(SaveError::NotConfirmed))
    }

    pub fn keep_mine(&self, id: &str) -> Result<(), SaveError> {
        self.store
            .try_update(|s| s.keep_mine(id))
            .unwrap_or(Err(SaveError::NotConfirmed))
    }

    pub fn take_theirs(&self, id: &str) {
        self.store.update(|s| s.take_theirs(id));
    }

    /// Forgets every dossier: the kiosk's reset. Only for a memory store.
    pub fn reset_memory(&self) {
        self.store.set(memory_store(Durability::MemoryKiosk));
        self.external.set(None);
    }

    /// A fresh dossier id that is not in use: `d-` and twelve random base-36 digits.
    pub fn new_id(&self) -> String {
        loop {
            let id = random_id();
            if self.store.with_untracked(|s| s.id_is_free(&id)) {
                return id;
            }
        }
    }
}

fn memory_store(durability: Durability) -> Store {
    Store::open(Box::<MemoryStorage>::default(), durability)
}

/// The state in the context. Panics only if [`AppState::provide`] was not called at the root.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

pub fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn random_id() -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let tail: String = (0..12)
        .map(|_| DIGITS[(js_sys::Math::random() * 36.0) as usize % 36] as char)
        .collect();
    format!("d-{tail}")
}
