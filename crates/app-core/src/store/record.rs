//! How one dossier is written in storage, and the index beside the dossiers.
//!
//! A record wraps the dossier (which carries its own `format_version`) with a `revision` that goes
//! up by one on every write: two tabs that both edit a dossier notice that the stored revision is
//! not the one they started from, instead of overwriting each other.

use criteria::dossier::Dossier;
use criteria::validate::{parse_dossier, ValidationError};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::kv::StorageFault;

/// Every key this app writes starts with this, so foreign keys of the same origin are left alone.
pub const PREFIX: &str = "dien-hinh:";
/// The key of the index.
pub const INDEX_KEY: &str = "dien-hinh:index";
const DOSSIER_PREFIX: &str = "dien-hinh:dossier:";

pub fn dossier_key(id: &str) -> String {
    format!("{DOSSIER_PREFIX}{id}")
}

/// The dossier id a key stores, if it is a dossier key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(DOSSIER_PREFIX)
}

/// The stored form of one dossier.
#[derive(Debug, Clone, Serialize)]
pub struct RecordOut<'a> {
    pub revision: u64,
    pub dossier: &'a Dossier,
}

/// A record read back: the dossier migrated to the current format and validated.
#[derive(Debug, Clone)]
pub struct RecordIn {
    pub revision: u64,
    pub dossier: Dossier,
}

/// Why a stored entry could not be read. Each is shown to the user in their language
/// ([`crate::i18n::msg::storage::unreadable`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// The browser threw when asked for the entry's text, so even the raw text is unknown.
    ReadFailed(StorageFault),
    /// The text is not JSON; where the parser stopped (both 1-based).
    NotJson { line: usize, column: usize },
    /// The record has no whole-number `revision`.
    NoRevision,
    /// A readable dossier whose id is not the one its key names (`found`): written by hand or by
    /// another program. Loading it under either id could overwrite something, so it is set aside.
    KeyMismatch { found: String },
    /// The dossier breaks the format.
    Invalid(ValidationError),
}

/// A record as stored, its parts still as their JSON text: the dossier is read from its text by the
/// criteria crate, so no `serde_json::Value` is built (and none of its code is in the wasm).
#[derive(Deserialize)]
struct Stored<'a> {
    #[serde(default, borrow)]
    revision: Option<&'a RawValue>,
    #[serde(default, borrow)]
    dossier: Option<&'a RawValue>,
}

/// The record's parts, or why it is not a record: not JSON at all, or JSON of another shape (which
/// has no revision).
fn stored(text: &str) -> Result<Stored<'_>, Unreadable> {
    serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            Unreadable::NotJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            Unreadable::NoRevision
        }
    })
}

/// A whole number written as JSON, as `serde_json::Value::as_u64` reads one.
fn whole(raw: &RawValue) -> Option<u64> {
    raw.get().parse().ok()
}

/// Parses the record stored under `key`; a dossier from a newer format version is refused, and the
/// dossier must carry the id its key names.
pub fn read_entry(key: &str, text: &str) -> Result<RecordIn, Unreadable> {
    let stored = stored(text)?;
    let revision = stored.revision.and_then(whole).ok_or(Unreadable::NoRevision)?;
    let dossier =
        parse_dossier(stored.dossier.map_or("null", RawValue::get), "dossier").map_err(Unreadable::Invalid)?;
    if id_of_key(key) != Some(dossier.id.as_str()) {
        return Err(Unreadable::KeyMismatch { found: dossier.id });
    }
    Ok(RecordIn { revision, dossier })
}

/// Only the revision of a stored record, for the conflict check before a write.
pub fn stored_revision(text: &str) -> Option<u64> {
    stored(text).ok()?.revision.and_then(whole)
}

/// The index: which dossiers the store holds, in the order they were created.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    pub format: String,
    pub format_version: u32,
    pub ids: Vec<String>,
}

pub const INDEX_FORMAT: &str = "dien-hinh.store-index";

impl Index {
    pub fn new(ids: Vec<String>) -> Index {
        Index {
            format: INDEX_FORMAT.into(),
            format_version: 1,
            ids,
        }
    }

    pub fn parse(text: &str) -> Option<Index> {
        serde_json::from_str::<Index>(text)
            .ok()
            .filter(|i| i.format == INDEX_FORMAT && i.format_version == 1)
    }
}
