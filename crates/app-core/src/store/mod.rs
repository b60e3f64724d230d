//! The dossier store: the stored dossiers in memory, every change written through to storage.
//!
//! Rules that keep a user's work safe, whatever the browser does:
//! - an entry that cannot be read is never deleted or overwritten: it is set aside (left where it
//!   is, listed for the user with its raw text to download);
//! - a write is read back to confirm it; a failed write (a full quota) keeps the edit in memory,
//!   marked unsaved, so it stays on screen;
//! - a write never replaces a revision this tab has not seen: that is a conflict the user settles;
//! - storage that can be read but not written is shown read-only, and every change is refused.
//!
//! Opening a store reads nothing: the pages that show dossiers read them in steps
//! ([`Store::load_some`]).

mod external;
mod kv;
mod load;
mod record;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::rc::Rc;

use criteria::dossier::Dossier;
use criteria::validate::{parse_dossier, ValidationError};

pub use kv::{KeyValue, MemoryStorage, StorageFault};
pub use load::Load;
use record::{dossier_key, read_entry, stored_revision, Index, RecordOut, INDEX_KEY};
pub use record::{Unreadable, PREFIX};

/// Where the store keeps its data, as the shell found the browser at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// The browser's storage: survives a reload.
    Persistent,
    /// The browser's storage, which can be read but refuses writes: the stored dossiers are shown
    /// and can be exported, and every change is refused.
    ReadOnly,
    /// Memory only, because the browser blocks storage.
    MemoryBlocked,
    /// Memory only, on purpose: nothing typed may stay behind (a kiosk).
    Ephemeral,
}

/// A stored entry that could not be read, left untouched in storage.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    pub key: String,
    /// The entry's text as stored; empty when the browser would not even give it.
    pub raw: String,
    pub reason: Unreadable,
}

/// Why a change was not written.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    QuotaFull,
    Refused(String),
    /// The value read back differs from the one written.
    NotConfirmed,
    /// Another tab saved this dossier since this tab read it; `theirs` is that version.
    Conflict {
        theirs: Box<Option<Dossier>>,
    },
    /// The key belongs to an entry that is set aside, which must not be overwritten.
    KeyHeld,
    /// The dossier breaks the format (e.g. an empty name): it is not kept, in memory or storage,
    /// because it could not be read back or exported.
    Invalid(ValidationError),
    /// Storage was cleared from outside (another tab, the browser's tools): this tab's copy is
    /// the only one left and is written again by its next save.
    Cleared,
    /// Storage here can be read but not written (see [`Durability::ReadOnly`]).
    ReadOnly,
    /// No dossier with this id is held.
    NotFound,
}

#[derive(Debug, Clone)]
struct Entry {
    dossier: Dossier,
    /// The stored revision this tab's copy is based on; 0 if never stored.
    revision: u64,
}

/// What an external change (another tab) did to this tab's store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum External {
    Nothing,
    Updated(String),
    Removed(String),
    Conflict(String),
    Reloaded,
}

pub struct Store {
    kv: Rc<dyn KeyValue>,
    durability: Durability,
    entries: BTreeMap<String, Entry>,
    /// Ids in creation order (the index), once loaded; before, the ids made in this tab.
    order: Vec<String>,
    set_aside: Vec<SetAside>,
    /// Ids whose latest change is only in memory, with why.
    unsaved: BTreeMap<String, SaveError>,
    /// Index ids whose entry was not found in storage, in the index's order.
    missing: Vec<String>,
    /// Why storage could not be listed at all, if it could not.
    list_fault: Option<StorageFault>,
    progress: load::Progress,
    /// While [`Store::with_index_once`] runs: the ids added, whose index write waits for its end.
    index_pending: Option<Vec<String>>,
}

impl Store {
    /// A store over `kv`, which reads nothing yet (see [`Store::load_some`]).
    pub fn open(kv: Rc<dyn KeyValue>, durability: Durability) -> Store {
        Store {
            kv,
            durability,
            entries: BTreeMap::new(),
            order: Vec::new(),
            set_aside: Vec::new(),
            unsaved: BTreeMap::new(),
            missing: Vec::new(),
            list_fault: None,
            progress: load::Progress::default(),
            index_pending: None,
        }
    }

    pub fn durability(&self) -> Durability {
        self.durability
    }

    /// Dossiers in creation order (only those read so far while loading).
    pub fn dossiers(&self) -> impl Iterator<Item = &Dossier> {
        self.order
            .iter()
            .filter_map(|id| self.entries.get(id))
            .map(|e| &e.dossier)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Dossier> {
        self.entries.get(id).map(|e| &e.dossier)
    }

    pub fn set_aside(&self) -> &[SetAside] {
        &self.set_aside
    }

    /// Ids the index lists whose entry has vanished from storage (cleared by the browser or by
    /// hand), in the index's order.
    pub fn missing(&self) -> &[String] {
        &self.missing
    }

    /// Why storage could not be listed, if it could not (the store then shows nothing, read-only).
    pub fn list_fault(&self) -> Option<&StorageFault> {
        self.list_fault.as_ref()
    }

    /// Characters this app holds in storage (keys and values), the unit browsers count quotas in.
    /// Reads every entry: call it when the page is idle, not on every change.
    pub fn chars_used(&self) -> usize {
        let keys = self.kv.keys().unwrap_or_default();
        keys.iter()
            .filter(|k| k.starts_with(PREFIX))
            .map(|k| k.chars().count() + self.kv.get(k).ok().flatten().map_or(0, |v| v.chars().count()))
            .sum()
    }

    pub fn unsaved(&self) -> &BTreeMap<String, SaveError> {
        &self.unsaved
    }

    /// Whether `id` is free for a new dossier: not held here, not the key of a set-aside entry,
    /// and not in storage (which matters before the store is read). A storage that cannot say
    /// counts as taken.
    pub fn id_is_free(&self, id: &str) -> bool {
        !self.entries.contains_key(id) && !self.holds_set_aside(id) && matches!(self.kv.get(&dossier_key(id)), Ok(None))
    }

    fn holds_set_aside(&self, id: &str) -> bool {
        let key = dossier_key(id);
        self.set_aside.iter().any(|s| s.key == key)
    }

    /// Keeps `dossier` in memory and writes it through. On error the change stays in memory,
    /// listed in [`Store::unsaved`], and is written by the next successful save of that dossier.
    /// Needs no loading: a dossier not read yet is a conflict with what is stored, never overwritten.
    pub fn put(&mut self, dossier: Dossier) -> Result<(), SaveError> {
        if self.durability == Durability::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        let text = serde_json::to_string(&dossier).map_err(|e| SaveError::Refused(e.to_string()))?;
        parse_dossier(&text, "").map_err(SaveError::Invalid)?;
        let id = dossier.id.clone();
        if self.holds_set_aside(&id) {
            return Err(SaveError::KeyHeld);
        }
        let base = self.entries.get(&id).map_or(0, |e| e.revision);
        if !self.entries.contains_key(&id) {
            self.order.push(id.clone());
        }
        self.entries.insert(
            id.clone(),
            Entry {
                dossier,
                revision: base,
            },
        );
        let result = self.write(&id, base);
        self.note(&id, result)
    }

    /// Writes this tab's copy over whatever another tab stored: the user chose "keep mine".
    pub fn keep_mine(&mut self, id: &str) -> Result<(), SaveError> {
        if self.durability == Durability::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        let stored = self.read_revision(id);
        let result = self.write(id, stored);
        self.note(id, result)
    }

    fn note(&mut self, id: &str, result: Result<(), SaveError>) -> Result<(), SaveError> {
        match &result {
            Ok(()) => {
                self.unsaved.remove(id);
            }
            Err(e) => {
                self.unsaved.insert(id.to_owned(), e.clone());
            }
        }
        result
    }

    fn read_revision(&self, id: &str) -> u64 {
        self.kv
            .get(&dossier_key(id))
            .ok()
            .flatten()
            .and_then(|t| stored_revision(&t))
            .unwrap_or(0)
    }

    /// Writes the entry `id` if storage still holds revision `base`, then confirms by reading back.
    fn write(&mut self, id: &str, base: u64) -> Result<(), SaveError> {
        let key = dossier_key(id);
        let stored = self.kv.get(&key).map_err(save_error)?;
        let stored_rev = stored.as_deref().and_then(stored_revision).unwrap_or(0);
        if stored_rev != base || (base == 0 && stored.is_some()) {
            let theirs = stored
                .as_deref()
                .and_then(|t| read_entry(&key, t).ok())
                .map(|r| r.dossier);
            return Err(SaveError::Conflict {
                theirs: Box::new(theirs),
            });
        }
        let entry = self.entries.get_mut(id).ok_or(SaveError::NotFound)?;
        let revision = base + 1;
        let text = serde_json::to_string(&RecordOut {
            revision,
            dossier: &entry.dossier,
        })
        .map_err(|e| SaveError::Refused(e.to_string()))?;
        self.kv.set(&key, &text).map_err(save_error)?;
        if self.kv.get(&key).map_err(save_error)?.as_deref() != Some(text.as_str()) {
            return Err(SaveError::NotConfirmed);
        }
        entry.revision = revision;
        if base == 0 {
            match &mut self.index_pending {
                Some(added) => added.push(id.to_owned()),
                None => self.write_index(&[id])?,
            }
        }
        Ok(())
    }

    /// Writes the index. Once loaded it is this tab's order (with the missing ids kept, so the
    /// notice about them survives a reload); before, the stored index with `added` appended, since
    /// this tab does not know the whole order yet.
    fn write_index(&mut self, added: &[&str]) -> Result<(), SaveError> {
        let ids = if self.is_loaded() {
            let mut ids = self.order.clone();
            ids.extend(self.missing.iter().cloned());
            ids
        } else {
            let stored = self.kv.get(INDEX_KEY).map_err(save_error)?;
            let mut ids = stored.and_then(|t| Index::parse(&t)).unwrap_or_default().ids;
            for id in added {
                if !ids.iter().any(|x| x == id) {
                    ids.push((*id).to_owned());
                }
            }
            ids
        };
        let text = serde_json::to_string(&Index::new(ids)).map_err(|e| SaveError::Refused(e.to_string()))?;
        self.kv.set(INDEX_KEY, &text).map_err(save_error)
    }

    /// Runs `f` (many saves in a row: an import) writing the index once, at the end, rather than
    /// after each new dossier: ten thousand new dossiers would otherwise rewrite a growing index ten
    /// thousand times. Each entry is still written and read back at once, and entries are the
    /// truth: a key the index does not list is read all the same (`load`), so a tab closed half-way
    /// loses nothing. A failed index write is not an error of any save, for the same reason; the
    /// next save rewrites it.
    pub fn with_index_once<R>(&mut self, f: impl FnOnce(&mut Store) -> R) -> R {
        let outer = self.index_pending.replace(Vec::new());
        let result = f(self);
        let added = self.index_pending.take().unwrap_or_default();
        match outer {
            Some(mut pending) => {
                pending.extend(added);
                self.index_pending = Some(pending);
            }
            None if !added.is_empty() => {
                let added: Vec<&str> = added.iter().map(String::as_str).collect();
                let _ = self.write_index(&added);
            }
            None => {}
        }
        result
    }

    /// Removes a dossier from memory and storage; returns it so the caller can offer undo.
    pub fn remove(&mut self, id: &str) -> Result<Dossier, SaveError> {
        if self.durability == Durability::ReadOnly {
            return Err(SaveError::ReadOnly);
        }
        self.load_all();
        let entry = self.entries.get(id).cloned().ok_or(SaveError::NotFound)?;
        self.kv.remove(&dossier_key(id)).map_err(save_error)?;
        self.entries.remove(id);
        self.unsaved.remove(id);
        self.order.retain(|x| x != id);
        // The dossier is gone from storage: report success so the caller can offer undo. A stale
        // index only lists the id as missing on the next start, and is rewritten by the next save.
        let _ = self.write_index(&[]);
        Ok(entry.dossier)
    }

    /// Forgets every dossier and removes every key of this app from its key-value store: the
    /// kiosk's reset. Only an [`Durability::Ephemeral`] store allows it; others return false.
    pub fn wipe(&mut self) -> bool {
        if self.durability != Durability::Ephemeral {
            return false;
        }
        for key in self.kv.keys().unwrap_or_default() {
            if key.starts_with(PREFIX) {
                let _ = self.kv.remove(&key);
            }
        }
        *self = Store::open(Rc::clone(&self.kv), self.durability);
        self.load_all();
        true
    }
}

fn save_error(fault: StorageFault) -> SaveError {
    match fault {
        StorageFault::QuotaFull => SaveError::QuotaFull,
        StorageFault::Refused(m) => SaveError::Refused(m),
    }
}
