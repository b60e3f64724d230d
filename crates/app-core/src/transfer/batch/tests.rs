use std::rc::Rc;

use chrono::NaiveDate;
use criteria::assessment::Verdict;

use super::*;
use crate::fixtures::dossier;
use crate::store::{Durability, KeyValue, MemoryStorage, SaveError};
use crate::transfer::apply::Applying;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date")
}

/// A loaded store holding `stored`.
fn store_with(stored: &[Dossier]) -> Store {
    let mut store = Store::open(Rc::new(MemoryStorage::default()), Durability::Persistent);
    store.load_all();
    for d in stored {
        store.put(d.clone()).expect("room in memory");
    }
    store
}

fn changed(d: &Dossier, name: &str, updated_at: &str) -> Dossier {
    let mut d = d.clone();
    d.subject.name = name.to_owned();
    d.updated_at = updated_at.to_owned();
    d
}

fn json(dossiers: &[&Dossier]) -> Vec<u8> {
    serde_json::to_vec(&dossiers).expect("dossiers serialise")
}

fn batch(store: &Store, files: &[(&str, Vec<u8>)]) -> Batch {
    let mut batch = Batch::default();
    for (name, bytes) in files {
        batch.add_file((*name).to_owned(), bytes, store);
    }
    batch
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("d-new-{n}")
    }
}

fn ids(steps: &[Step]) -> Vec<String> {
    steps
        .iter()
        .map(|s| match s {
            Step::Add(d) => format!("add {}", d.id),
            Step::Replace(d) => format!("replace {}", d.id),
            Step::Skip(name) => format!("skip {name}"),
        })
        .collect()
}

#[test]
fn dossiers_of_every_file_are_planned_as_new_when_their_ids_are_free() {
    let store = store_with(&[]);
    let (an, binh, cuong) = (
        dossier("d-an", "An"),
        dossier("d-binh", "Bình"),
        dossier("d-cuong", "Cường"),
    );
    let b = batch(&store, &[("a.json", json(&[&an, &binh])), ("c.json", json(&[&cuong]))]);
    let summaries: Vec<FileSummary> = b.files().iter().map(File::summary).collect();
    assert_eq!(
        summaries[0],
        FileSummary {
            dossiers: 2,
            new: 2,
            stored: 0,
            earlier: 0
        }
    );
    assert_eq!(
        summaries[1],
        FileSummary {
            dossiers: 1,
            new: 1,
            stored: 0,
            earlier: 0
        }
    );
    assert_eq!(b.len(), 3);
    assert!(b.clashes().is_empty());
    assert_eq!(
        ids(&b.steps(&Decisions::default(), || unreachable!("nothing kept twice"))),
        ["add d-an", "add d-binh", "add d-cuong"]
    );
}

#[test]
fn a_stored_id_is_a_clash_that_says_which_copy_is_newer() {
    let (an, binh, cuong) = (
        dossier("d-an", "An"),
        dossier("d-binh", "Bình"),
        dossier("d-cuong", "Cường"),
    );
    let store = store_with(&[an.clone(), binh.clone(), cuong.clone()]);
    let newer = changed(&binh, "Bình (mới)", "2025-06-01T00:00:00Z");
    let older = changed(&cuong, "Cường (cũ)", "2024-01-01T00:00:00Z");
    let b = batch(&store, &[("f.json", json(&[&an, &newer, &older]))]);
    let clashes: Vec<Clash> = b.planned().map(|p| p.clash).collect();
    assert_eq!(
        clashes,
        [
            Clash::Stored(Age::Identical),
            Clash::Stored(Age::IncomingNewer),
            Clash::Stored(Age::IncomingOlder)
        ]
    );
    assert_eq!(
        b.files()[0].summary(),
        FileSummary {
            dossiers: 3,
            new: 0,
            stored: 3,
            earlier: 0
        }
    );
    assert_eq!(b.clashes().len(), 3);
}

#[test]
fn the_same_id_in_two_files_is_a_clash_with_the_earlier_file() {
    let store = store_with(&[]);
    let an = dossier("d-an", "An");
    let an_later = changed(&an, "An (sửa)", "2026-01-01T00:00:00Z");
    let b = batch(
        &store,
        &[
            ("1.json", json(&[&an])),
            ("2.json", json(&[&an_later])),
            ("3.json", json(&[&an])),
        ],
    );
    let clashes: Vec<Clash> = b.planned().map(|p| p.clash).collect();
    assert_eq!(
        clashes,
        [
            Clash::New,
            Clash::Earlier {
                file: 0,
                age: Age::IncomingNewer
            },
            Clash::Earlier {
                file: 0,
                age: Age::Identical
            },
        ]
    );
    assert_eq!(b.files()[1].summary().earlier, 1);
    // Replace: the later copy takes the id after the first was added; skip leaves the first.
    let mut decisions = Decisions::default();
    decisions.set(At { file: 1, index: 0 }, Choice::Replace);
    decisions.set(At { file: 2, index: 0 }, Choice::Skip);
    let steps = b.steps(&decisions, || unreachable!("nothing kept twice"));
    assert_eq!(ids(&steps), ["add d-an", "replace d-an", "skip An"]);
    let mut store = store;
    let report = crate::transfer::apply::apply(&mut store, steps);
    assert_eq!(report.failed, None);
    assert_eq!(store.get("d-an").map(|d| d.subject.name.as_str()), Some("An (sửa)"));
}

#[test]
fn a_refused_file_never_blocks_the_good_ones_and_says_why() {
    let store = store_with(&[]);
    let an = dossier("d-an", "An");
    let latin1: Vec<u8> = serde_json::to_string(&dossier("d-ly", "Lê Hoàng Lý"))
        .expect("serialises")
        .chars()
        .map(|c| c as u8)
        .collect();
    let mut b = batch(
        &store,
        &[
            ("hong.json", b"{ not json".to_vec()),
            ("latin1.json", latin1),
            ("rong.json", b"[]".to_vec()),
            (
                "sai-dang.json",
                br#"{"format":"something.else","format_version":1}"#.to_vec(),
            ),
            ("tot.json", json(&[&an])),
        ],
    );
    b.add_refused("lon.json".to_owned(), Refusal::TooBig { bytes: 6 << 20 });
    let codes: Vec<&str> = b
        .files()
        .iter()
        .map(|f| f.outcome.as_ref().err().map_or("read", Refusal::code))
        .collect();
    assert_eq!(codes, ["faults", "faults", "empty", "faults", "read", "too-big"]);
    let Err(Refusal::Faults(latin)) = &b.files()[1].outcome else {
        panic!("latin-1 refused with a fault")
    };
    assert_eq!(latin[0].kind, criteria::validate::ErrorKind::NotUtf8);
    assert_eq!(b.len(), 1);
    assert!(!b.is_empty());
    assert_eq!(ids(&b.steps(&Decisions::default(), counter())), ["add d-an"]);
}

#[test]
fn a_batch_of_only_empty_or_refused_files_has_nothing_to_import() {
    let store = store_with(&[]);
    let b = batch(
        &store,
        &[("rong.json", b"[]".to_vec()), ("hong.json", b"nope".to_vec())],
    );
    assert!(b.is_empty());
    assert!(b.steps(&Decisions::default(), counter()).is_empty());
}

#[test]
fn apply_to_all_decides_every_clash_and_a_single_choice_wins_over_it() {
    let (an, binh) = (dossier("d-an", "An"), dossier("d-binh", "Bình"));
    let store = store_with(&[an.clone(), binh.clone()]);
    let b = batch(&store, &[("1.json", json(&[&an])), ("2.json", json(&[&binh, &an]))]);
    let clashes = b.clashes();
    assert_eq!(clashes.len(), 3);
    let mut decisions = Decisions::default();
    assert!(!decisions.cover(&clashes), "nothing decided yet");
    decisions.set(At { file: 0, index: 0 }, Choice::Replace);
    assert!(!decisions.cover(&clashes), "one of three");
    decisions.set_all(Choice::KeepBoth);
    assert!(decisions.cover(&clashes));
    assert_eq!(
        decisions.choice(At { file: 0, index: 0 }),
        Some(Choice::KeepBoth),
        "apply to all replaces earlier picks"
    );
    decisions.set(At { file: 1, index: 0 }, Choice::Skip);
    let steps = b.steps(&decisions, counter());
    assert_eq!(ids(&steps), ["add d-new-1", "skip Bình", "add d-new-2"]);
}

/// A collective, d-phong, and Hoa, the head of its unit, linked to it.
fn collective_and_head() -> (Dossier, Dossier) {
    let phong = crate::fixtures::parse(
        r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-phong","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2025},
        "subject":{"kind":"tap_the","name":"Phòng Đo đạc"}}"#,
    );
    let mut hoa = dossier("d-hoa", "Hoa");
    hoa.subject.unit_head = true;
    hoa.subject.unit_dossier = Some("d-phong".into());
    (phong, hoa)
}

#[test]
fn keeping_both_gives_fresh_ids_and_moves_the_links_of_the_same_file() {
    let (phong, hoa) = collective_and_head();
    let store = store_with(std::slice::from_ref(&phong));
    let mut other_head = dossier("d-khac", "Khác");
    other_head.subject.unit_head = true;
    other_head.subject.unit_dossier = Some("d-phong".into());
    let b = batch(
        &store,
        &[("1.json", json(&[&hoa, &phong])), ("2.json", json(&[&other_head]))],
    );
    let mut decisions = Decisions::default();
    decisions.set_all(Choice::KeepBoth);
    // The counter first offers an id the batch holds: it is passed over.
    let mut offered = vec!["d-new".to_owned(), "d-hoa".to_owned()];
    let steps = b.steps(&decisions, move || offered.pop().expect("two offers are enough"));
    let [Step::Add(hoa), Step::Add(phong), Step::Add(other)] = &steps[..] else {
        panic!("three additions: {steps:?}")
    };
    assert_eq!(phong.id, "d-new");
    assert_eq!(hoa.subject.unit_dossier.as_deref(), Some("d-new"));
    assert_eq!(
        other.subject.unit_dossier.as_deref(),
        Some("d-phong"),
        "another file keeps its link"
    );
}

#[test]
fn dossiers_are_assessed_a_few_at_a_time_and_a_tampered_export_is_flagged() {
    let store = store_with(&[]);
    let many: Vec<Dossier> = (0..7)
        .map(|i| dossier(&format!("d-{i}"), &format!("Người {i}")))
        .collect();
    let an = dossier("d-an", "An");
    let assessment = criteria::assess(&an, &[], NaiveDate::from_ymd_opt(2025, 6, 30).expect("a date"));
    let mut tampered = assessment.clone();
    tampered.verdict = if assessment.verdict == Verdict::Eligible {
        Verdict::NotEligible
    } else {
        Verdict::Eligible
    };
    let export = |a: &criteria::assessment::Assessment| {
        serde_json::to_vec(&serde_json::json!({
            "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
            "app_version": "0.1.0", "as_of": "2025-06-30", "dossiers": [an], "assessments": [a],
        }))
        .expect("serialises")
    };
    let refs: Vec<&Dossier> = many.iter().collect();
    let mut b = batch(
        &store,
        &[
            ("many.json", json(&refs)),
            ("bad.json", b"x".to_vec()),
            ("export.json", export(&tampered)),
        ],
    );
    assert!(b.planned().all(|p| p.verdict.is_none()));
    assert_eq!(b.assess_some(3, today()), Progress { done: 3, total: 8 });
    assert_eq!(b.assess_some(3, today()), Progress { done: 6, total: 8 });
    let last = b.assess_some(3, today());
    assert!(last.is_done(), "{last:?}");
    assert!(b.planned().all(|p| p.verdict.is_some()));
    assert_eq!(b.mismatched(), ["An"]);

    let mut sound = Batch::default();
    sound.add_file("export.json".into(), &export(&assessment), &store);
    sound.assess_some(usize::MAX, today());
    assert!(sound.mismatched().is_empty());
}

#[test]
fn a_unit_head_is_assessed_with_the_stored_collective_she_links_to() {
    let (phong, hoa) = collective_and_head();
    let store = store_with(std::slice::from_ref(&phong));
    let mut b = batch(&store, &[("hoa.json", json(&[&hoa]))]);
    b.assess_some(usize::MAX, today());
    let expected = criteria::assess(&hoa, std::slice::from_ref(&phong), today()).verdict;
    assert_eq!(b.planned().next().and_then(|p| p.verdict), Some(expected));
    assert_eq!(b.len(), 1, "the linked collective is read, not imported");
}

#[test]
fn a_failure_half_way_through_a_chunked_import_keeps_the_store_as_it_was_before_that_dossier() {
    const QUOTA: usize = 30_000;
    let kv: Rc<dyn KeyValue> = Rc::new(MemoryStorage::with_quota(QUOTA));
    let mut store = Store::open(Rc::clone(&kv), Durability::Persistent);
    store.load_all();
    let an = dossier("d-an", "An");
    store.put(an.clone()).expect("room for one");
    let small: Vec<Dossier> = (0..4)
        .map(|i| dossier(&format!("d-s{i}"), &format!("Nhỏ {i}")))
        .collect();
    let mut big = dossier("d-big", "Lớn");
    big.notes = "B".repeat(9_000);
    let after: Vec<Dossier> = (0..3)
        .map(|i| dossier(&format!("d-t{i}"), &format!("Sau {i}")))
        .collect();
    let first: Vec<&Dossier> = small.iter().collect();
    let mut second: Vec<&Dossier> = vec![&big];
    second.extend(after.iter());
    let b = batch(&store, &[("1.json", json(&first)), ("2.json", json(&second))]);
    // Fill storage so that the small dossiers (about 500 characters each) fit and the big one does not.
    let used: usize = kv
        .keys()
        .expect("listed")
        .iter()
        .map(|k| k.len() + kv.get(k).ok().flatten().map_or(0, |v| v.encode_utf16().count()))
        .sum();
    kv.set("filler", &"x".repeat(QUOTA - used - "filler".len() - 6_000))
        .expect("room for the filler");
    let mut applying = Applying::new(b.steps(&Decisions::default(), counter()));
    let mut rounds = 0;
    while !applying.run(&mut store, 2).is_done() {
        rounds += 1;
    }
    assert!(rounds >= 2, "ran in several chunks");
    let report = applying.into_report();
    assert_eq!(report.added.len(), 4, "{report:?}");
    assert_eq!(report.failed.as_ref().map(|(_, e)| e), Some(&SaveError::QuotaFull));
    assert_eq!(report.not_attempted, ["Sau 0", "Sau 1", "Sau 2"]);
    assert!(store.get("d-big").is_none());
    let mut reread = Store::open(Rc::clone(&kv), Durability::Persistent);
    reread.load_all();
    let names: Vec<&str> = reread.dossiers().map(|d| d.subject.name.as_str()).collect();
    assert_eq!(names, ["An", "Nhỏ 0", "Nhỏ 1", "Nhỏ 2", "Nhỏ 3"]);
}
