//! Reading the stored dossiers, a few at a time.
//!
//! Reading, migrating and validating a thousand records takes long enough to freeze a page, and
//! most pages (home, standards, timeline, a kiosk's invitation) never show a dossier. So opening a
//! store reads nothing; the pages that list dossiers call [`Store::load_some`] in small steps,
//! giving the browser a frame between steps, until it says [`Load::Done`]. The first step lists the
//! keys and reads the index, so dossiers are read in the order they were created.

use std::collections::{BTreeSet, VecDeque};

use super::record::{id_of_key, read_entry, Index, INDEX_KEY};
use super::{Durability, Entry, SetAside, Store};
use crate::store::record::Unreadable;

/// How far the reading of stored dossiers has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// `read` of `total` entries are read.
    Reading { read: usize, total: usize },
    /// Every stored entry is read (or set aside), and the order of the index is known.
    Done,
}

/// Where the store is in reading storage.
#[derive(Debug, Clone, Default)]
pub(super) enum Progress {
    #[default]
    NotStarted,
    Reading {
        /// Keys still to read, in index order, then the keys the index does not list.
        queue: VecDeque<String>,
        /// The index as stored when reading began.
        index: Vec<String>,
        total: usize,
    },
    Done,
}

impl Store {
    /// Reads up to `max` more stored entries (at least one step is always made). Entries that
    /// cannot be read are set aside, never removed. Call again until it returns [`Load::Done`].
    pub fn load_some(&mut self, max: usize) -> Load {
        if matches!(self.progress, Progress::NotStarted) {
            self.start_loading();
        }
        let Progress::Reading { queue, .. } = &mut self.progress else {
            return Load::Done;
        };
        let batch: Vec<String> = queue.drain(..max.min(queue.len())).collect();
        for key in batch {
            self.read_one(key);
        }
        match &self.progress {
            Progress::Reading { queue, total, .. } if !queue.is_empty() => Load::Reading {
                read: total - queue.len(),
                total: *total,
            },
            _ => {
                self.finish_loading();
                Load::Done
            }
        }
    }

    /// Reads everything still unread, at once: for stores in memory and before a change that
    /// needs the whole picture (a delete rewrites the index).
    pub fn load_all(&mut self) {
        while self.load_some(usize::MAX) != Load::Done {}
    }

    pub fn is_loaded(&self) -> bool {
        matches!(self.progress, Progress::Done)
    }

    fn start_loading(&mut self) {
        let keys = match self.kv.keys() {
            Ok(keys) => keys,
            Err(fault) => {
                // Storage cannot even be listed: show nothing, and write nothing, since a write of
                // the index could drop what this tab cannot see.
                self.list_fault = Some(fault);
                self.durability = Durability::ReadOnly;
                self.progress = Progress::Done;
                return;
            }
        };
        let index = self
            .kv
            .get(INDEX_KEY)
            .ok()
            .flatten()
            .and_then(|t| Index::parse(&t))
            .unwrap_or_default()
            .ids;
        let stored: BTreeSet<&str> = keys.iter().filter_map(|k| id_of_key(k)).collect();
        let listed: BTreeSet<&str> = index.iter().map(String::as_str).collect();
        let mut queue: VecDeque<String> = index
            .iter()
            .filter(|id| stored.contains(id.as_str()))
            .map(|id| super::record::dossier_key(id))
            .collect();
        queue.extend(
            keys.iter()
                .filter(|k| id_of_key(k).is_some_and(|id| !listed.contains(id)))
                .cloned(),
        );
        // An index listing an id twice must not read it twice.
        let mut seen = BTreeSet::new();
        queue.retain(|k| seen.insert(k.clone()));
        let total = queue.len();
        self.progress = Progress::Reading { queue, index, total };
    }

    /// Reads one entry, unless this tab already holds its dossier (made or changed here while
    /// loading: the stored text is not newer than this tab's copy, and reading it would undo an
    /// unsaved change).
    fn read_one(&mut self, key: String) {
        let Some(id) = id_of_key(&key).map(str::to_owned) else {
            return;
        };
        if self.entries.contains_key(&id) {
            return;
        }
        let raw = match self.kv.get(&key) {
            Ok(Some(raw)) => raw,
            // Removed by another tab since the keys were listed.
            Ok(None) => return,
            Err(fault) => {
                self.set_aside.push(SetAside {
                    key,
                    raw: String::new(),
                    reason: Unreadable::ReadFailed(fault),
                });
                return;
            }
        };
        match read_entry(&key, &raw) {
            Ok(record) => {
                self.entries.insert(
                    id,
                    Entry {
                        dossier: record.dossier,
                        revision: record.revision,
                    },
                );
            }
            Err(reason) => self.set_aside.push(SetAside { key, raw, reason }),
        }
    }

    /// Puts the dossiers in the index's order (those it does not list after them, as read) and
    /// notes the ids the index lists whose entry has vanished.
    fn finish_loading(&mut self) {
        let index = match std::mem::replace(&mut self.progress, Progress::Done) {
            Progress::Reading { index, .. } => index,
            _ => Vec::new(),
        };
        let held: BTreeSet<&str> = self.set_aside.iter().filter_map(|s| id_of_key(&s.key)).collect();
        let mut seen = BTreeSet::new();
        let mut listed = BTreeSet::new();
        self.missing = index
            .iter()
            .filter(|id| !self.entries.contains_key(*id) && !held.contains(id.as_str()) && listed.insert(*id))
            .cloned()
            .collect();
        let mut order: Vec<String> = index
            .into_iter()
            .filter(|id| self.entries.contains_key(id) && seen.insert(id.clone()))
            .collect();
        // Made in this tab while loading, or stored without being listed: after the listed ones,
        // in the order this tab made them, then by id.
        let made_here: Vec<String> = self.order.iter().filter(|id| !seen.contains(*id)).cloned().collect();
        for id in made_here {
            seen.insert(id.clone());
            order.push(id);
        }
        order.extend(self.entries.keys().filter(|id| !seen.contains(*id)).cloned());
        self.order = order;
    }
}
