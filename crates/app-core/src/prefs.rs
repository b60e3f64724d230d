//! What the app remembers besides dossiers, as records in the same [`KeyValue`] as the store: the
//! interface language, when each dossier was last exported (for the backup reminder), and the unit
//! page's choices and picks.
//!
//! Every preference is a convenience: a read that fails gives the default, and a write that fails
//! costs only the convenience, so callers may ignore the error. A kiosk remembers nothing simply
//! because its key-value store is memory. Values are JSON, as earlier versions wrote them
//! (`"en"`, `{"d-hoa": "2026-11-21T10:00:00+07:00"}`), so what users have stored still reads.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::i18n::Lang;
use crate::store::{KeyValue, StorageFault};
use crate::transfer::backup::Exported;
use crate::unit::Remembered;

/// The key of the remembered language.
pub const LANG_KEY: &str = "dien-hinh:lang";
/// The key of the export times: a JSON object from dossier id to the RFC 3339 time of its last export.
pub const EXPORTED_KEY: &str = "dien-hinh:exported";
/// The key of the unit page's record ([`Remembered`]).
pub const UNIT_PAGE_KEY: &str = "dien-hinh:unit-page";

fn read<T: DeserializeOwned>(kv: &dyn KeyValue, key: &str) -> Option<T> {
    kv.get(key).ok().flatten().and_then(|t| serde_json::from_str(&t).ok())
}

fn write<T: Serialize>(kv: &dyn KeyValue, key: &str, value: &T) -> Result<(), StorageFault> {
    let text = serde_json::to_string(value).map_err(|e| StorageFault::Refused(e.to_string()))?;
    kv.set(key, &text)
}

/// The remembered language; Vietnamese if none is remembered or it cannot be read.
pub fn language(kv: &dyn KeyValue) -> Lang {
    match read::<String>(kv, LANG_KEY).as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Vi,
    }
}

pub fn set_language(kv: &dyn KeyValue, lang: Lang) -> Result<(), StorageFault> {
    write(kv, LANG_KEY, &lang.tag())
}

/// The remembered export times; empty if none or unreadable.
pub fn exported(kv: &dyn KeyValue) -> Exported {
    read(kv, EXPORTED_KEY).unwrap_or_default()
}

/// Remembers that `ids` were exported `at` (RFC 3339) and returns every remembered time. Kept in
/// the returned map even if storage refuses, so this page still knows.
pub fn record_export(kv: &dyn KeyValue, ids: impl IntoIterator<Item = String>, at: &str) -> Exported {
    let mut times = exported(kv);
    for id in ids {
        times.insert(id, at.to_owned());
    }
    // A failure only costs a reminder.
    let _ = write(kv, EXPORTED_KEY, &times);
    times
}

/// What the unit page remembers; nothing if none is remembered or it cannot be read.
pub fn unit_page(kv: &dyn KeyValue) -> Remembered {
    read(kv, UNIT_PAGE_KEY).unwrap_or_default()
}

pub fn set_unit_page(kv: &dyn KeyValue, remembered: &Remembered) -> Result<(), StorageFault> {
    write(kv, UNIT_PAGE_KEY, remembered)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStorage;

    #[test]
    fn the_language_is_remembered_as_earlier_versions_wrote_it() {
        let kv = MemoryStorage::default();
        assert_eq!(language(&kv), Lang::Vi);
        set_language(&kv, Lang::En).expect("stored");
        assert_eq!(kv.get(LANG_KEY), Ok(Some(r#""en""#.to_owned())));
        assert_eq!(language(&kv), Lang::En);
        kv.set(LANG_KEY, "not json").expect("stored");
        assert_eq!(language(&kv), Lang::Vi);
    }

    #[test]
    fn export_times_add_up_and_survive_a_refusing_storage() {
        let kv = MemoryStorage::default();
        record_export(&kv, ["d-a".to_owned()], "2026-01-01T00:00:00+07:00");
        let times = record_export(&kv, ["d-b".to_owned()], "2026-02-01T00:00:00+07:00");
        assert_eq!(times.len(), 2);
        assert_eq!(exported(&kv), times);

        let full = MemoryStorage::with_quota(10);
        let times = record_export(&full, ["d-a".to_owned()], "2026-01-01T00:00:00+07:00");
        assert_eq!(times.get("d-a").map(String::as_str), Some("2026-01-01T00:00:00+07:00"));
        assert!(exported(&full).is_empty());
    }

    #[test]
    fn the_unit_pages_picks_survive_a_new_start_and_an_unreadable_record_reads_as_none() {
        use criteria::dossier::Period;
        let kv = MemoryStorage::default();
        assert_eq!(unit_page(&kv), Remembered::default());
        let mut r = Remembered::default();
        r.pick(
            "vụ a",
            "btnmt-dhtt-2023-2025",
            Period { from: 2024, to: 2024 },
            "d-an",
            true,
        );
        set_unit_page(&kv, &r).expect("stored");
        assert_eq!(unit_page(&kv), r, "read back as a reload reads it");
        kv.set(UNIT_PAGE_KEY, "[1, 2").expect("stored");
        assert_eq!(unit_page(&kv), Remembered::default());
    }
}
