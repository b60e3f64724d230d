//! Fuzzing the reader with mutated valid files (proptest): JSON edits (any value set to a value
//! from a pool of awkward ones, fields removed, unknown and prototype-like keys added, deep
//! nesting, long strings, huge numbers) and byte edits (truncation, flipped bits, a BOM, Latin-1
//! bytes). Every input goes decode → validate → assess, and must:
//!
//! - never panic, and give the same answer twice;
//! - refuse with at most [`MAX_FAULTS`] faults and one last count, each on one line, the first of
//!   them the one `parse_input` gives;
//! - on the fast path, accept only what the walk accepts, reading the same values (the walk is the
//!   reference for what is valid);
//! - when accepted, assess every dossier and read back what it writes.
//!
//! A few hundred cases run in a couple of seconds inside `cargo test`; `PROPTEST_CASES` runs more.

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::{json, Value};

use super::faults::Faults;
use super::{decode_text, parse_input, parse_input_all, typed, walk_text, ErrorKind, Input, MAX_FAULTS};

/// The valid scenario files, as the seeds to mutate.
fn seeds() -> Vec<Value> {
    [
        include_str!("../../tests/bad_input/valid_dossier.json"),
        include_str!("../../tests/bad_input/valid_export.json"),
        include_str!("../../tests/bad_input/valid_array_with_unit_head.json"),
        include_str!("../../tests/bad_input/valid_extra_fields_and_old_initiative.json"),
        include_str!("../../tests/bad_input/valid_minimal_dossier.json"),
        include_str!("../../tests/bad_input/valid_dossier_with_profile.json"),
        include_str!("../../tests/bad_input/valid_titles_not_answered.json"),
        include_str!("../../tests/bad_input/valid_year_outside_period.json"),
    ]
    .iter()
    .map(|case| {
        let case: Value = serde_json::from_str(case).expect("a scenario file is JSON");
        case["input"].clone()
    })
    .collect()
}

/// Values that have broken readers before, or could.
fn awkward(i: usize) -> Value {
    let deep = (0..150).fold(json!(0), |v, _| json!([v]));
    let pool = [
        Value::Null,
        json!(true),
        json!(0),
        json!(-1),
        json!(2023),
        json!(2024.5),
        json!(1e300),
        json!(-1e300),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(""),
        json!("  "),
        json!("ạ".repeat(12_000)),
        json!("cstd_co_so"),
        json!("tt_lao_dong_xuat_sac"),
        json!("tap_the"),
        json!("2025-06-30"),
        json!("2025-6-30"),
        json!("2025-03-02T08:15:00Z"),
        json!("btnmt-dhtt-2023-2025"),
        json!("stnmt-khanhhoa-2023-2025"),
        json!([]),
        json!([2023, 2025]),
        json!({}),
        json!({ "giay_khen": null }),
        json!({ "from": 2025, "to": 2023 }),
        json!({ "__proto__": { "polluted": true }, "constructor": { "prototype": 1 } }),
        json!({ "year": 2023 }),
        json!({ "met": true }),
        deep,
    ];
    pool[i % pool.len()].clone()
}

/// Every JSON pointer in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(obj) => {
            for (k, child) in obj {
                pointers(child, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[derive(Debug, Clone)]
enum Edit {
    /// Set the node at pointer `.0` (modulo their number) to awkward value `.1`.
    Set(usize, usize),
    /// Remove the node at pointer `.0`, or empty it when it is the root.
    Remove(usize),
    /// Add key `.1` (an unknown or prototype-like name) with awkward value `.2` to the object at or
    /// above pointer `.0`.
    Add(usize, usize, usize),
}

#[derive(Debug, Clone)]
enum Bytes {
    Truncate(usize),
    FlipBit(usize, u8),
    Bom,
    /// The byte at `.0` replaced by a Latin-1 letter (not UTF-8 on its own).
    Latin1(usize),
    /// A key repeated: `.0`th `{` gets a copy of the file's first field.
    RepeatKey(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(p, v)| Edit::Set(p, v)),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), any::<usize>(), any::<usize>()).prop_map(|(p, k, v)| Edit::Add(p, k, v)),
    ]
}

fn bytes() -> impl Strategy<Value = Bytes> {
    prop_oneof![
        any::<usize>().prop_map(Bytes::Truncate),
        (any::<usize>(), 0u8..8).prop_map(|(i, b)| Bytes::FlipBit(i, b)),
        Just(Bytes::Bom),
        any::<usize>().prop_map(Bytes::Latin1),
        any::<usize>().prop_map(Bytes::RepeatKey),
    ]
}

const KEYS: [&str; 6] = ["__proto__", "constructor", "prototype", "added_later", "year", "format"];

fn apply(mut doc: Value, edit: &Edit) -> Value {
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    match *edit {
        Edit::Set(p, v) => {
            let at = &all[p % all.len()];
            match doc.pointer_mut(at) {
                Some(node) => *node = awkward(v),
                None => unreachable!("a pointer of this document"),
            }
        }
        Edit::Remove(p) => {
            let at = &all[p % all.len()];
            match at.rsplit_once('/') {
                Some((parent, name)) => match doc.pointer_mut(parent) {
                    Some(Value::Object(obj)) => {
                        obj.remove(&name.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => {
                        items.remove(name.parse::<usize>().expect("an index"));
                    }
                    _ => {}
                },
                None => doc = json!({}),
            }
        }
        Edit::Add(p, k, v) => {
            let mut at = all[p % all.len()].clone();
            loop {
                if let Some(Value::Object(obj)) = doc.pointer_mut(&at) {
                    obj.insert(KEYS[k % KEYS.len()].to_owned(), awkward(v));
                    break;
                }
                match at.rsplit_once('/') {
                    Some((parent, _)) => at = parent.to_owned(),
                    None => break,
                }
            }
        }
    }
    doc
}

fn spoil(mut text: Vec<u8>, b: &Bytes) -> Vec<u8> {
    let at = |i: usize, len: usize| if len == 0 { 0 } else { i % len };
    match *b {
        Bytes::Truncate(i) => text.truncate(at(i, text.len())),
        Bytes::FlipBit(i, bit) => {
            let i = at(i, text.len());
            if let Some(byte) = text.get_mut(i) {
                *byte ^= 1 << bit;
            }
        }
        Bytes::Bom => text.splice(0..0, *b"\xEF\xBB\xBF").for_each(drop),
        Bytes::Latin1(i) => {
            let i = at(i, text.len());
            if let Some(byte) = text.get_mut(i) {
                *byte = 0xE0;
            }
        }
        Bytes::RepeatKey(i) => {
            let braces: Vec<usize> = text
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == b'{')
                .map(|(j, _)| j)
                .collect();
            if let (Some(&open), Some(end)) = (braces.get(at(i, braces.len())), text.iter().position(|c| *c == b',')) {
                if let Some(first) = braces.first().filter(|f| **f < end) {
                    let field = text[first + 1..=end].to_vec();
                    text.splice(open + 1..open + 1, field).for_each(drop);
                }
            }
        }
    }
    text
}

/// Everything the harness asks of one input.
fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let text = match decode_text(bytes) {
        Ok(text) => text,
        Err(e) => {
            prop_assert_eq!(e.kind, ErrorKind::NotUtf8);
            prop_assert_eq!(decode_text(bytes), Err(e));
            return Ok(());
        }
    };
    let all = parse_input_all(text);
    prop_assert_eq!(&all, &parse_input_all(text), "deterministic");
    let first = parse_input(text);
    prop_assert_eq!(
        &first,
        &all.clone().map_err(|faults| faults[0].clone()),
        "the first fault is the first"
    );
    let walked = walk_text(text, Faults::all());
    prop_assert_eq!(&all, &walked, "the fast path reads what the walk reads");
    if let Some(fast) = typed::input(text) {
        prop_assert_eq!(
            Ok(&fast),
            walked.as_ref(),
            "the fast path accepts only what the walk accepts"
        );
    }
    match all {
        Err(faults) => {
            prop_assert!(!faults.is_empty() && faults.len() <= MAX_FAULTS + 1);
            for (i, f) in faults.iter().enumerate() {
                prop_assert!(!f.to_string().contains('\n') && !f.display_vi().contains('\n'), "{}", f);
                prop_assert_eq!(f.kind == ErrorKind::MoreFaults, i == MAX_FAULTS);
            }
        }
        Ok(input) => assessed_and_read_back(&input)?,
    }
    Ok(())
}

fn assessed_and_read_back(input: &Input) -> Result<(), TestCaseError> {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real date");
    let all = input.dossiers();
    for d in all {
        let a = crate::assess(d, all, as_of);
        prop_assert_eq!(&a, &crate::assess(d, all, as_of));
        crate::what_is_missing(d, all, as_of);
        let written = serde_json::to_string(d).expect("a dossier serialises");
        let read = parse_input(&written).map_err(|e| TestCaseError::fail(format!("{e}: {written}")))?;
        prop_assert_eq!(read.dossiers(), std::slice::from_ref(d));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn json_edits_are_read_safely(seed in any::<usize>(), edits in prop::collection::vec(edit(), 1..4)) {
        let seeds = seeds();
        let doc = edits.iter().fold(seeds[seed % seeds.len()].clone(), apply);
        check(doc.to_string().as_bytes())?;
    }

    #[test]
    fn byte_edits_are_read_safely(seed in any::<usize>(), edit in edit(), spoils in prop::collection::vec(bytes(), 1..3)) {
        let seeds = seeds();
        let doc = apply(seeds[seed % seeds.len()].clone(), &edit);
        let text = spoils.iter().fold(doc.to_string().into_bytes(), spoil);
        check(&text)?;
    }
}

#[test]
fn the_seeds_are_valid_on_both_paths() {
    for seed in seeds() {
        let text = seed.to_string();
        assert!(typed::input(&text).is_some(), "{text}");
        check(text.as_bytes()).expect("checks hold");
    }
}
