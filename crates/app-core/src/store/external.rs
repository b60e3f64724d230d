//! Changes another tab made to storage (the browser's `storage` event), taken into this tab's store
//! without losing this tab's unsaved work, and the user's "take theirs" after a conflict.

use super::record::{dossier_key, id_of_key, read_entry};
use super::{load, Entry, External, SaveError, SetAside, Store};

impl Store {
    /// Replaces this tab's copy with the stored one: the user chose "take theirs".
    pub fn take_theirs(&mut self, id: &str) {
        self.unsaved.remove(id);
        self.reload_entry(id);
    }

    /// Takes in a change another tab made (the `storage` event); `key` None means storage was cleared.
    pub fn external_change(&mut self, key: Option<&str>) -> External {
        if matches!(self.progress, load::Progress::NotStarted) {
            // Nothing read yet: loading will read storage as it is then.
            return External::Nothing;
        }
        let Some(key) = key else {
            // Storage was cleared elsewhere. This tab's copies are now the only ones: keep them,
            // marked unsaved, so each is written again by its next save (and can be exported).
            for (id, entry) in &mut self.entries {
                entry.revision = 0;
                self.unsaved.insert(id.clone(), SaveError::Cleared);
            }
            return External::Reloaded;
        };
        let Some(id) = id_of_key(key).map(str::to_owned) else {
            return External::Nothing;
        };
        if self.unsaved.contains_key(&id) {
            let theirs = self
                .kv
                .get(key)
                .ok()
                .flatten()
                .and_then(|t| read_entry(key, &t).ok())
                .map(|r| r.dossier);
            self.unsaved.insert(
                id.clone(),
                SaveError::Conflict {
                    theirs: Box::new(theirs),
                },
            );
            return External::Conflict(id);
        }
        self.reload_entry(&id)
    }

    fn reload_entry(&mut self, id: &str) -> External {
        let key = dossier_key(id);
        let raw = match self.kv.get(&key) {
            Ok(Some(raw)) => raw,
            Ok(None) => {
                self.entries.remove(id);
                self.order.retain(|x| x != id);
                return External::Removed(id.to_owned());
            }
            // The browser would not say: keep what this tab has.
            Err(_) => return External::Nothing,
        };
        match read_entry(&key, &raw) {
            Ok(record) => {
                // A readable entry again: no longer set aside, and saves may write it.
                self.set_aside.retain(|s| s.key != key);
                if !self.order.iter().any(|x| x == id) {
                    self.order.push(id.to_owned());
                }
                self.entries.insert(
                    id.to_owned(),
                    Entry {
                        dossier: record.dossier,
                        revision: record.revision,
                    },
                );
                External::Updated(id.to_owned())
            }
            Err(reason) => {
                self.entries.remove(id);
                self.order.retain(|x| x != id);
                self.set_aside.retain(|s| s.key != key);
                self.set_aside.push(SetAside { key, raw, reason });
                External::Removed(id.to_owned())
            }
        }
    }
}
