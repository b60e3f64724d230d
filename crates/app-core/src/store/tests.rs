//! The store's promises, each tested against memory (with a quota where it matters) or against a
//! key-value double that fails the way browsers do.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use criteria::dossier::Dossier;

use super::record::{dossier_key, INDEX_KEY};
use super::*;
use crate::fixtures::dossier;

fn record(revision: u64, d: &Dossier) -> String {
    serde_json::to_string(&RecordOut { revision, dossier: d }).expect("a record serialises")
}

fn index(ids: &[&str]) -> String {
    serde_json::to_string(&Index::new(ids.iter().map(|s| (*s).to_owned()).collect())).expect("serialises")
}

/// A store over `kv`, read at once, as a page that lists dossiers has it.
fn loaded(kv: &Rc<dyn KeyValue>, durability: Durability) -> Store {
    let mut store = Store::open(Rc::clone(kv), durability);
    store.load_all();
    store
}

fn memory() -> Rc<dyn KeyValue> {
    Rc::new(MemoryStorage::default())
}

/// Fills `kv` (whose quota is `quota`) with a foreign entry, leaving `room` UTF-16 units free.
fn fill_leaving(kv: &Rc<dyn KeyValue>, quota: usize, room: usize) {
    let used: usize = kv
        .keys()
        .expect("listed")
        .iter()
        .map(|k| k.encode_utf16().count() + kv.get(k).ok().flatten().map_or(0, |v| v.encode_utf16().count()))
        .sum();
    kv.set("filler", &"x".repeat(quota - used - "filler".len() - room))
        .expect("room for the filler");
}

fn names(store: &Store) -> Vec<&str> {
    store.dossiers().map(|d| d.subject.name.as_str()).collect()
}

/// Local storage as a misbehaving browser has it: each failure switched on by a test.
#[derive(Default)]
struct Flaky {
    inner: MemoryStorage,
    /// Keys whose read throws.
    unreadable: RefCell<BTreeSet<String>>,
    /// Listing the keys throws.
    unlistable: Cell<bool>,
    /// Every write throws a security error.
    refuse_writes: Cell<bool>,
    /// Writes report success but keep nothing (read-back differs).
    lose_writes: Cell<bool>,
    /// How many operations were asked for.
    calls: Cell<usize>,
}

impl KeyValue for Flaky {
    fn get(&self, key: &str) -> Result<Option<String>, StorageFault> {
        self.calls.set(self.calls.get() + 1);
        if self.unreadable.borrow().contains(key) {
            return Err(StorageFault::Refused("NS_ERROR_FILE_CORRUPTED".into()));
        }
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageFault> {
        self.calls.set(self.calls.get() + 1);
        if self.refuse_writes.get() {
            return Err(StorageFault::Refused("SecurityError".into()));
        }
        if self.lose_writes.get() {
            return Ok(());
        }
        self.inner.set(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageFault> {
        self.calls.set(self.calls.get() + 1);
        if self.refuse_writes.get() {
            return Err(StorageFault::Refused("SecurityError".into()));
        }
        self.inner.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageFault> {
        self.calls.set(self.calls.get() + 1);
        if self.unlistable.get() {
            return Err(StorageFault::Refused("NS_ERROR_FILE_CORRUPTED".into()));
        }
        self.inner.keys()
    }
}

#[test]
fn a_saved_dossier_is_read_back_by_the_next_page_with_its_revision() {
    let kv = memory();
    let mut tab = loaded(&kv, Durability::Persistent);
    assert_eq!(tab.put(dossier("d-hoa", "Hoa")), Ok(()));
    assert_eq!(tab.put(dossier("d-hoa", "Hoa (sửa)")), Ok(()));
    let stored = kv.get(&dossier_key("d-hoa")).expect("readable").expect("written");
    assert!(stored.starts_with(r#"{"revision":2,"#), "{stored}");
    let next = loaded(&kv, Durability::Persistent);
    assert_eq!(names(&next), ["Hoa (sửa)"]);
}

#[test]
fn a_save_over_a_revision_another_tab_wrote_is_a_conflict_until_the_user_chooses() {
    let kv = memory();
    let mut first = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa")).expect("saved");
    let mut second = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa, thẻ 1")).expect("saved");

    let result = second.put(dossier("d-hoa", "Hoa, thẻ 2"));
    let Err(SaveError::Conflict { theirs }) = result else {
        panic!("a conflict, not {result:?}")
    };
    assert_eq!(theirs.map(|d| d.subject.name), Some("Hoa, thẻ 1".to_owned()));
    assert_eq!(
        names(&loaded(&kv, Durability::Persistent)),
        ["Hoa, thẻ 1"],
        "storage kept the other tab's"
    );
    assert_eq!(names(&second), ["Hoa, thẻ 2"], "this tab's edit stays on screen");
    assert!(matches!(
        second.unsaved().get("d-hoa"),
        Some(SaveError::Conflict { .. })
    ));

    assert_eq!(second.keep_mine("d-hoa"), Ok(()));
    assert!(second.unsaved().is_empty());
    assert_eq!(names(&loaded(&kv, Durability::Persistent)), ["Hoa, thẻ 2"]);
}

#[test]
fn taking_theirs_replaces_this_tabs_copy_with_the_stored_one() {
    let kv = memory();
    let mut first = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa")).expect("saved");
    let mut second = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa, thẻ 1")).expect("saved");
    assert!(second.put(dossier("d-hoa", "Hoa, thẻ 2")).is_err());
    second.take_theirs("d-hoa");
    assert_eq!(names(&second), ["Hoa, thẻ 1"]);
    assert!(second.unsaved().is_empty());
    assert_eq!(
        second.put(dossier("d-hoa", "Hoa, sau")),
        Ok(()),
        "the next save builds on theirs"
    );
}

#[test]
fn a_full_quota_keeps_the_edit_in_memory_and_the_next_save_with_room_writes_it() {
    let kv: Rc<dyn KeyValue> = Rc::new(MemoryStorage::with_quota(2_000));
    kv.set("another-app", &"x".repeat(1_900)).expect("room for the filler");
    let mut store = loaded(&kv, Durability::Persistent);
    assert_eq!(store.put(dossier("d-hoa", "Hoa")), Err(SaveError::QuotaFull));
    assert_eq!(names(&store), ["Hoa"], "the edit stays on screen");
    assert_eq!(store.unsaved().get("d-hoa"), Some(&SaveError::QuotaFull));
    assert_eq!(kv.get(&dossier_key("d-hoa")), Ok(None));

    kv.remove("another-app").expect("removed");
    assert_eq!(store.put(dossier("d-hoa", "Hoa.")), Ok(()));
    assert!(store.unsaved().is_empty());
    assert_eq!(names(&loaded(&kv, Durability::Persistent)), ["Hoa."]);
}

#[test]
fn an_unreadable_entry_is_set_aside_and_never_overwritten() {
    let kv = memory();
    let broken = r#"{"revision": 3, "dossier": {"format": "dien-hinh.dossier", "id": "#;
    kv.set(&dossier_key("d-broken"), broken).expect("stored");
    kv.set(&dossier_key("d-norev"), r#"{"dossier": {}}"#).expect("stored");
    let mut store = loaded(&kv, Durability::Persistent);
    let reasons: Vec<&Unreadable> = store.set_aside().iter().map(|s| &s.reason).collect();
    assert!(matches!(reasons[0], Unreadable::NotJson { line: 1, .. }), "{reasons:?}");
    assert_eq!(reasons[1], &Unreadable::NoRevision);
    assert_eq!(store.set_aside()[0].raw, broken, "the raw text is kept for download");

    assert!(!store.id_is_free("d-broken"));
    assert_eq!(store.put(dossier("d-broken", "Mới")), Err(SaveError::KeyHeld));
    assert_eq!(kv.get(&dossier_key("d-broken")), Ok(Some(broken.to_owned())));
    assert!(store.is_empty(), "a refused dossier is not kept either");
}

#[test]
fn a_dossier_stored_under_another_ids_key_is_set_aside_as_a_key_mismatch() {
    let kv = memory();
    let text = record(1, &dossier("d-real", "Hoa"));
    kv.set(&dossier_key("d-other"), &text).expect("stored");
    let store = loaded(&kv, Durability::Persistent);
    assert!(store.is_empty());
    assert_eq!(
        store.set_aside(),
        [SetAside {
            key: dossier_key("d-other"),
            raw: text,
            reason: Unreadable::KeyMismatch { found: "d-real".into() },
        }]
    );
}

#[test]
fn an_entry_the_browser_will_not_read_is_set_aside_and_its_key_held() {
    let flaky = Rc::new(Flaky::default());
    flaky
        .inner
        .set(&dossier_key("d-hoa"), &record(1, &dossier("d-hoa", "Hoa")))
        .expect("stored");
    flaky.unreadable.borrow_mut().insert(dossier_key("d-hoa"));
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = loaded(&kv, Durability::Persistent);
    assert!(store.is_empty());
    assert!(matches!(store.set_aside()[0].reason, Unreadable::ReadFailed(_)));
    assert_eq!(store.put(dossier("d-hoa", "Ghi đè")), Err(SaveError::KeyHeld));
    flaky.unreadable.borrow_mut().clear();
    assert_eq!(names(&loaded(&kv, Durability::Persistent)), ["Hoa"], "untouched");
}

#[test]
fn a_write_that_does_not_read_back_is_not_confirmed() {
    let flaky = Rc::new(Flaky::default());
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = loaded(&kv, Durability::Persistent);
    flaky.lose_writes.set(true);
    assert_eq!(store.put(dossier("d-hoa", "Hoa")), Err(SaveError::NotConfirmed));
    assert_eq!(store.unsaved().get("d-hoa"), Some(&SaveError::NotConfirmed));
    assert_eq!(names(&store), ["Hoa"]);
}

#[test]
fn a_read_back_that_throws_is_an_error_not_a_success() {
    let flaky = Rc::new(Flaky::default());
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = loaded(&kv, Durability::Persistent);
    store.put(dossier("d-hoa", "Hoa")).expect("saved");
    flaky.unreadable.borrow_mut().insert(dossier_key("d-hoa"));
    assert!(matches!(
        store.put(dossier("d-hoa", "Hoa 2")),
        Err(SaveError::Refused(_))
    ));
    assert!(store.unsaved().contains_key("d-hoa"));
}

#[test]
fn storage_cleared_from_outside_keeps_this_tabs_copies_and_writes_them_again() {
    let kv = memory();
    let mut store = loaded(&kv, Durability::Persistent);
    store.put(dossier("d-hoa", "Hoa")).expect("saved");
    store.put(dossier("d-binh", "Bình")).expect("saved");
    for key in kv.keys().expect("listed") {
        kv.remove(&key).expect("removed");
    }
    assert_eq!(store.external_change(None), External::Reloaded);
    assert_eq!(names(&store), ["Hoa", "Bình"]);
    assert_eq!(store.unsaved().get("d-hoa"), Some(&SaveError::Cleared));
    assert_eq!(store.put(dossier("d-hoa", "Hoa.")), Ok(()));
    let next = loaded(&kv, Durability::Persistent);
    assert_eq!(names(&next), ["Hoa."]);
    assert_eq!(
        next.missing(),
        ["d-binh"],
        "a page that reloads is told what was not written again"
    );
}

#[test]
fn another_tabs_change_is_taken_in_unless_this_tab_has_an_unsaved_one() {
    let kv: Rc<dyn KeyValue> = Rc::new(MemoryStorage::with_quota(10_000));
    let mut first = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa")).expect("saved");
    let mut second = loaded(&kv, Durability::Persistent);
    first.put(dossier("d-hoa", "Hoa, thẻ 1")).expect("saved");
    let key = dossier_key("d-hoa");
    assert_eq!(second.external_change(Some(&key)), External::Updated("d-hoa".into()));
    assert_eq!(names(&second), ["Hoa, thẻ 1"]);
    assert_eq!(second.external_change(Some("someone-else")), External::Nothing);

    fill_leaving(&kv, 10_000, 5);
    assert_eq!(
        second.put(dossier("d-hoa", "Hoa, thẻ 2, dài hơn")),
        Err(SaveError::QuotaFull)
    );
    kv.remove("filler").expect("removed");
    first.put(dossier("d-hoa", "Hoa, thẻ 1 lần 2")).expect("saved");
    assert_eq!(second.external_change(Some(&key)), External::Conflict("d-hoa".into()));
    assert_eq!(
        names(&second),
        ["Hoa, thẻ 2, dài hơn"],
        "the unsaved edit is not replaced"
    );

    first.remove("d-hoa").expect("removed");
    second.take_theirs("d-hoa");
    assert!(second.is_empty());
}

#[test]
fn opening_reads_nothing_and_loading_goes_in_steps_in_the_order_of_the_index() {
    let flaky = Rc::new(Flaky::default());
    for (id, name) in [("d-a", "An"), ("d-b", "Bình"), ("d-c", "Cường"), ("d-unlisted", "Dũng")] {
        flaky
            .inner
            .set(&dossier_key(id), &record(1, &dossier(id, name)))
            .expect("stored");
    }
    flaky
        .inner
        .set(
            INDEX_KEY,
            &index(&["d-c", "d-gone", "d-a", "d-b", "d-a", "d-also-gone", "d-gone"]),
        )
        .expect("stored");
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = Store::open(kv, Durability::Persistent);
    assert_eq!(flaky.calls.get(), 0, "opening touches no storage");
    assert!(!store.is_loaded());
    assert_eq!(store.load_some(3), Load::Reading { read: 3, total: 4 });
    assert_eq!(names(&store), Vec::<&str>::new(), "the order is known only at the end");
    assert_eq!(store.load_some(3), Load::Done);
    assert!(store.is_loaded());
    assert_eq!(names(&store), ["Cường", "An", "Bình", "Dũng"]);
    assert_eq!(
        store.missing(),
        ["d-gone", "d-also-gone"],
        "in the index's order, once each"
    );
    assert_eq!(store.load_some(3), Load::Done);
}

#[test]
fn a_dossier_made_before_loading_joins_the_stored_index_and_an_unread_one_is_not_overwritten() {
    let kv = memory();
    kv.set(&dossier_key("d-a"), &record(4, &dossier("d-a", "An")))
        .expect("stored");
    kv.set(INDEX_KEY, &index(&["d-a"])).expect("stored");
    let mut store = Store::open(Rc::clone(&kv), Durability::Persistent);
    assert!(!store.id_is_free("d-a"), "taken in storage though not read");
    assert_eq!(store.put(dossier("d-new", "Mới")), Ok(()));
    assert!(matches!(
        store.put(dossier("d-a", "Ghi đè")),
        Err(SaveError::Conflict { theirs }) if theirs.as_ref().as_ref().is_some_and(|d| d.subject.name == "An")
    ));
    store.take_theirs("d-a");
    store.load_all();
    assert_eq!(names(&store), ["An", "Mới"]);
    assert_eq!(names(&loaded(&kv, Durability::Persistent)), ["An", "Mới"]);
}

#[test]
fn read_only_storage_shows_the_dossiers_and_refuses_every_change() {
    let flaky = Rc::new(Flaky::default());
    flaky
        .inner
        .set(&dossier_key("d-hoa"), &record(1, &dossier("d-hoa", "Hoa")))
        .expect("stored");
    flaky.refuse_writes.set(true);
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = loaded(&kv, Durability::ReadOnly);
    assert_eq!(names(&store), ["Hoa"]);
    assert_eq!(store.put(dossier("d-hoa", "Sửa")), Err(SaveError::ReadOnly));
    assert_eq!(store.put(dossier("d-new", "Mới")), Err(SaveError::ReadOnly));
    assert_eq!(store.remove("d-hoa"), Err(SaveError::ReadOnly));
    assert_eq!(store.keep_mine("d-hoa"), Err(SaveError::ReadOnly));
    assert_eq!(names(&store), ["Hoa"], "nothing changed in memory either");
}

#[test]
fn storage_that_cannot_be_listed_shows_nothing_and_writes_nothing() {
    let flaky = Rc::new(Flaky::default());
    flaky
        .inner
        .set(&dossier_key("d-hoa"), &record(1, &dossier("d-hoa", "Hoa")))
        .expect("stored");
    flaky.unlistable.set(true);
    let kv: Rc<dyn KeyValue> = flaky.clone();
    let mut store = loaded(&kv, Durability::Persistent);
    assert!(store.list_fault().is_some());
    assert_eq!(store.durability(), Durability::ReadOnly);
    assert_eq!(store.put(dossier("d-new", "Mới")), Err(SaveError::ReadOnly));
}

#[test]
fn a_dossier_that_breaks_the_format_is_neither_stored_nor_kept() {
    let kv = memory();
    let mut store = loaded(&kv, Durability::Persistent);
    let mut nameless = dossier("d-hoa", "Hoa");
    nameless.subject.name = "  ".into();
    assert!(matches!(store.put(nameless), Err(SaveError::Invalid(_))));
    assert!(store.is_empty());
    assert_eq!(kv.keys().expect("listed"), Vec::<String>::new());
}

#[test]
fn a_removed_dossier_is_returned_for_undo_and_leaves_the_index() {
    let kv = memory();
    let mut store = loaded(&kv, Durability::Persistent);
    store.put(dossier("d-a", "An")).expect("saved");
    store.put(dossier("d-b", "Bình")).expect("saved");
    assert_eq!(store.remove("d-a").map(|d| d.subject.name), Ok("An".to_owned()));
    assert_eq!(store.remove("d-a"), Err(SaveError::NotFound));
    let next = loaded(&kv, Durability::Persistent);
    assert_eq!(names(&next), ["Bình"]);
    assert!(next.missing().is_empty());
}

#[test]
fn only_a_kiosks_store_can_be_wiped() {
    let kv = memory();
    let mut persistent = loaded(&kv, Durability::Persistent);
    persistent.put(dossier("d-a", "An")).expect("saved");
    assert!(!persistent.wipe());
    assert_eq!(persistent.len(), 1);

    let kv = memory();
    kv.set("not-ours", "kept").expect("stored");
    let mut kiosk = loaded(&kv, Durability::Ephemeral);
    kiosk.put(dossier("d-a", "An")).expect("saved");
    assert!(kiosk.wipe());
    assert!(kiosk.is_empty());
    assert_eq!(kv.keys().expect("listed"), ["not-ours"]);
}

#[test]
fn many_saves_in_a_row_write_the_index_once_and_lose_nothing_before_it() {
    let kv = memory();
    let mut store = loaded(&kv, Durability::Persistent);
    store.put(dossier("d-a", "An")).expect("saved");
    store.with_index_once(|s| {
        s.put(dossier("d-b", "Bình")).expect("saved");
        s.put(dossier("d-c", "Cường")).expect("saved");
        assert_eq!(
            kv.get(INDEX_KEY).expect("read").as_deref(),
            Some(index(&["d-a"]).as_str()),
            "not yet"
        );
        // A tab closed here: the entries are read all the same.
        assert_eq!(names(&loaded(&kv, Durability::Persistent)).len(), 3);
    });
    assert_eq!(
        kv.get(INDEX_KEY).expect("read").as_deref(),
        Some(index(&["d-a", "d-b", "d-c"]).as_str())
    );
    // A store not read yet appends to the stored index.
    let mut unread = Store::open(Rc::clone(&kv), Durability::Persistent);
    unread.with_index_once(|s| s.put(dossier("d-d", "Dũng")).expect("saved"));
    assert_eq!(
        kv.get(INDEX_KEY).expect("read").as_deref(),
        Some(index(&["d-a", "d-b", "d-c", "d-d"]).as_str())
    );
    assert_eq!(
        names(&loaded(&kv, Durability::Persistent)),
        ["An", "Bình", "Cường", "Dũng"]
    );
}
