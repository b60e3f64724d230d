//! Where the store's text lives: the browser's local storage, or memory.
//!
//! The store and the preferences talk to a small [`KeyValue`] trait, so the same logic runs on real
//! local storage (the shell's implementation), on memory where the browser blocks storage or in
//! kiosk mode, and in tests. Its methods take `&self`, as local storage's do: it is one shared place
//! (other tabs write it too), and the store and the preferences hold it side by side.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a storage operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFault {
    /// The browser's quota for this site is used up.
    QuotaFull,
    /// Any other refusal by the browser, with its message.
    Refused(String),
}

/// A string-to-string store with the operations local storage has. Every operation can fail: a
/// browser may throw on a read as well as on a write (Firefox does on a corrupted profile).
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault>;
    fn remove(&self, key: &str) -> Result<(), StorageFault>;
    fn keys(&self) -> Result<Vec<String>, StorageFault>;
}

/// Storage that lasts as long as the page: for kiosk mode, blocked storage, and tests.
/// `quota` (in UTF-16 units, as browsers count) lets tests fill it up.
#[derive(Default)]
pub struct MemoryStorage {
    entries: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
}

impl MemoryStorage {
    /// Memory that refuses a write once keys and values would pass `quota` UTF-16 units, as a
    /// browser's full local storage does.
    ///
    /// ```
    /// use app_core::store::{KeyValue, MemoryStorage, StorageFault};
    /// let kv = MemoryStorage::with_quota(6);
    /// assert_eq!(kv.set("a", "bc"), Ok(()));
    /// assert_eq!(kv.set("d", "efghi"), Err(StorageFault::QuotaFull));
    /// ```
    pub fn with_quota(quota: usize) -> MemoryStorage {
        MemoryStorage {
            entries: RefCell::default(),
            quota: Some(quota),
        }
    }
}

/// Keys and values count as browsers count them: in UTF-16 code units.
fn size(key: &str, value: &str) -> usize {
    key.encode_utf16().count() + value.encode_utf16().count()
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        let mut entries = self.entries.borrow_mut();
        if let Some(quota) = self.quota {
            let used: usize = entries.iter().map(|(k, v)| size(k, v)).sum();
            let old = entries.get(key).map_or(0, |v| size(key, v));
            if used - old + size(key, value) > quota {
                return Err(StorageFault::QuotaFull);
            }
        }
        entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}
