//! The lean path allocates nothing: a counting allocator watches `Batch::brief` and
//! `criteria::brief` over dossiers of every ruleset (unit heads and their units included), after the
//! batch's index is built.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use criteria::dossier::Dossier;
use criteria::validate::{parse_input, Input};
use criteria::Batch;

/// The system allocator, counting allocations made on this test's thread while `COUNTING` is set.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static COUNTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.with(|c| c.get()) {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Allocations made by `f` on this thread.
fn allocations(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    COUNTING.with(|c| c.set(true));
    f();
    COUNTING.with(|c| c.set(false));
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

/// A unit head of each ruleset that has unit-head criteria, their units, and dossiers of every
/// subject kind with yearly entries, initiatives and declarations.
fn dossiers() -> Vec<Dossier> {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/bad_input/valid_array_with_unit_head.json"
    );
    let text = std::fs::read_to_string(file).expect("the bad-input case file is there");
    let case: serde_json::Value = serde_json::from_str(&text).expect("case files are JSON");
    let Ok(Input::Dossiers(mut dossiers)) = parse_input(&case["input"].to_string()) else {
        panic!("{file} holds a valid array of dossiers")
    };
    let export = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/export.json");
    if let Ok(Input::Export(e)) = parse_input(&std::fs::read_to_string(export).expect("the example export")) {
        dossiers.extend(e.dossiers);
    }
    dossiers
}

#[test]
fn briefs_allocate_nothing() {
    let all = dossiers();
    assert!(all
        .iter()
        .any(|d| d.subject.unit_head && d.subject.unit_dossier.is_some()));
    let batch = Batch::new(&all);
    for as_of in [(2021, 6, 30), (2022, 1, 1), (2024, 3, 1), (2026, 1, 1)] {
        let as_of = NaiveDate::from_ymd_opt(as_of.0, as_of.1, as_of.2).expect("a real day");
        let mut verdicts = 0;
        let counted = allocations(|| {
            for b in batch.briefs(as_of) {
                verdicts += b.statuses().count() + b.rank_key.to_array().len();
            }
            for d in &all {
                verdicts += criteria::brief(d, &all, as_of).statuses().count();
            }
        });
        assert!(verdicts > 0);
        assert_eq!(counted, 0, "the lean path allocated on {as_of}");
        // The full path does allocate (its texts), so the count is not blind.
        assert!(allocations(|| drop(batch.assess(&all[0], as_of))) > 0);
    }
}
