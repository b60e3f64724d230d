//! Keeping dossiers in the browser: the [`Store`] and where it writes.

mod kv;
mod quota;
mod record;
mod store;

pub use kv::{BrowserStorage, KeyValue, MemoryStorage, StorageFault};
pub use quota::{request_persistence, StorageReport};
pub use record::{Unreadable, PREFIX};
pub use store::{Durability, External, SaveError, SetAside, Store};
