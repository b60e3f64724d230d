//! The app's shared state: the dossier store behind a signal, and the one place it is changed.
//!
//! Components read dossiers through [`AppState::with_store`] and change them only through the
//! methods here, so every change is written through storage the same way and the user hears
//! about every failure.
//!
//! The store is read lazily: pages that show stored dossiers call [`AppState::request_load`] (or
//! sit inside [`crate::components::WithStore`]), which reads it a few entries at a time, giving the
//! browser a frame between steps. The home page, the standards and the time line never wait for it.

use app_core::store::{Durability, External, Load, SaveError, Store};
use criteria::dossier::Dossier;
use leptos::prelude::*;

use crate::env::{request_persistence, yield_to_browser, Env, StorageReport};

/// How long one step of reading the store may run before the browser gets a frame, in ms: well
/// under the 50 ms that browsers count as a long task, and long enough that the yields between
/// steps (a few ms each) do not double the time to read a thousand dossiers.
const LOAD_SLICE_MS: f64 = 25.0;
/// Entries read between two looks at the clock.
const LOAD_BATCH: usize = 8;

#[derive(Clone, Copy)]
pub struct AppState {
    store: RwSignal<Store, LocalStorage>,
    env: Env,
    /// Whether every stored entry has been read.
    loaded: RwSignal<bool>,
    /// Entries read so far and in all, while reading.
    pub progress: RwSignal<Option<(usize, usize)>>,
    /// The last change another tab made to a dossier this tab shows, for a notice.
    pub external: RwSignal<Option<External>>,
    /// What the browser said when asked to keep our data.
    pub storage_report: RwSignal<StorageReport>,
}

impl AppState {
    /// Opens the store over the environment's key-value store (reading nothing yet), listens for
    /// other tabs, and puts the state in the context. Call once at the root.
    pub fn provide(env: Env) -> AppState {
        let mut store = Store::open(env.kv(), env.durability());
        let in_memory = matches!(env.durability(), Durability::MemoryBlocked | Durability::Ephemeral);
        if in_memory {
            // Nothing to read: memory starts empty.
            store.load_all();
        }
        let state = AppState {
            store: RwSignal::new_local(store),
            env,
            loaded: RwSignal::new(in_memory),
            progress: RwSignal::new(None),
            external: RwSignal::new(None),
            storage_report: RwSignal::new(StorageReport::default()),
        };
        if env.durability() == Durability::Persistent {
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
        // closing the page: ask the browser to confirm first. Not where memory is forgotten on
        // purpose (a kiosk).
        let unload = window_event_listener(leptos::ev::beforeunload, move |event| {
            let at_risk = state.store.with_untracked(|s| {
                !s.unsaved().is_empty() || (s.durability() == Durability::MemoryBlocked && !s.is_empty())
            });
            if at_risk && state.env.durability() != Durability::Ephemeral {
                event.prevent_default();
                event.set_return_value("");
            }
        });
        on_cleanup(move || unload.remove());
        provide_context(state);
        state
    }

    /// Starts reading the stored dossiers, in steps that leave the page responsive, unless that
    /// has begun already. [`AppState::loaded`] turns true at the end.
    pub fn request_load(&self) {
        if self.loaded.get_untracked() || self.progress.get_untracked().is_some() {
            return;
        }
        self.progress.set(Some((0, 0)));
        let state = *self;
        leptos::task::spawn_local(async move {
            loop {
                let started = state.env.millis();
                let mut step = Load::Reading { read: 0, total: 0 };
                while state.env.millis() - started < LOAD_SLICE_MS {
                    // Untracked: nothing re-renders until the whole store is read.
                    step = state
                        .store
                        .try_update_untracked(|s| s.load_some(LOAD_BATCH))
                        .unwrap_or(Load::Done);
                    if step == Load::Done {
                        break;
                    }
                }
                match step {
                    Load::Done => break,
                    Load::Reading { read, total } => state.progress.set(Some((read, total))),
                }
                yield_to_browser().await;
            }
            state.store.notify();
            state.loaded.set(true);
            state.progress.set(None);
        });
    }

    /// Whether every stored dossier has been read; reactive.
    pub fn loaded(&self) -> bool {
        self.loaded.get()
    }

    /// Reads the store; reactive: re-runs when any dossier changes.
    pub fn with_store<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with(f)
    }

    /// Reads the store without subscribing to its changes.
    pub fn with_store_untracked<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        self.store.with_untracked(f)
    }

    /// Changes the store through `f` (an import applies its plan here); every reader re-runs.
    pub fn update_store<R>(&self, f: impl FnOnce(&mut Store) -> R) -> Option<R> {
        self.store.try_update(f)
    }

    /// Changes the store through `f` without telling its readers: one step of a long piece of
    /// work (an import in chunks), which calls [`AppState::notify_store`] once at the end.
    pub fn update_store_untracked<R>(&self, f: impl FnOnce(&mut Store) -> R) -> Option<R> {
        self.store.try_update_untracked(f)
    }

    /// Tells every reader of the store that it changed.
    pub fn notify_store(&self) {
        self.store.notify();
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
        dossier.updated_at = self.env.now_rfc3339();
        self.insert(dossier)
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

    /// Forgets every dossier: the kiosk's reset. Only a kiosk's store allows it.
    pub fn reset_memory(&self) {
        self.store.update(|s| {
            s.wipe();
        });
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

/// The state in the context. Panics only if [`AppState::provide`] was not called at the root.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

fn random_id() -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let tail: String = (0..12)
        .map(|_| DIGITS[(js_sys::Math::random() * 36.0) as usize % 36] as char)
        .collect();
    format!("d-{tail}")
}
