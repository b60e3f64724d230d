//! The command run on mutated files (proptest), as a receiver runs it on files from anyone: the
//! fixtures and an export made from them, with JSON edits (awkward values, removed and
//! prototype-like keys, deep nesting, huge numbers and strings) and byte edits (truncation,
//! flipped bits, a BOM, Latin-1 bytes). Every run must end with status 0, 1 or 2 (never a panic or
//! a signal), print the same thing twice, and keep FORMAT.md's promises: a refused call prints
//! nothing on stdout and one line on stderr naming the file, and `assess` prints assessments.
//!
//! About 150 cases of four runs each take a few seconds; `PROPTEST_CASES` runs more.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use criteria::assessment::Assessment;
use proptest::prelude::*;
use serde_json::{json, Value};

const AS_OF: &str = "2025-06-30";

fn fixture(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    serde_json::from_str(&fs::read_to_string(path).expect("a fixture")).expect("a fixture is JSON")
}

/// A valid export of the fixtures, as the command assesses them.
fn export() -> Value {
    let mut dossiers = Vec::new();
    for name in ["staff.json", "unit.json", "unit_head.json"] {
        match fixture(name) {
            Value::Array(ds) => dossiers.extend(ds),
            d => dossiers.push(d),
        }
    }
    let file = scratch().join("seed-export.json");
    fs::write(&file, Value::Array(dossiers.clone()).to_string()).expect("writable");
    let out = run(&["assess", "--as-of", AS_OF], &file);
    let assessments: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("assess prints JSON"))
        .collect();
    json!({
        "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
        "app_version": "0.1.0", "as_of": AS_OF, "dossiers": dossiers, "assessments": assessments
    })
}

fn seeds() -> Vec<Value> {
    vec![
        fixture("staff.json"),
        fixture("unit.json"),
        fixture("unit_head.json"),
        export(),
    ]
}

fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dien-hinh-fuzz");
    fs::create_dir_all(&dir).expect("the target directory is writable");
    dir
}

fn run(args: &[&str], file: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dien-hinh"))
        .args(args)
        .arg(file)
        .output()
        .expect("the binary runs")
}

fn awkward(i: usize) -> Value {
    let deep = (0..200).fold(json!(0), |v, _| json!([v]));
    let pool = [
        Value::Null,
        json!(true),
        json!(-1),
        json!(2023),
        json!(1e300),
        json!(u64::MAX),
        json!(""),
        json!("ạ".repeat(20_000)),
        json!("cstd_co_so"),
        json!("tap_the"),
        json!("2025-6-30"),
        json!("d-chuyen-vien-a"),
        json!([]),
        json!({}),
        json!({ "giay_khen": null }),
        json!({ "__proto__": { "polluted": true }, "constructor": { "prototype": 1 } }),
        deep,
    ];
    pool[i % pool.len()].clone()
}

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

/// Sets the node at pointer `p` (modulo their number) to awkward value `v`, or adds a
/// prototype-like key to the object there.
fn edit(mut doc: Value, (p, v, add): (usize, usize, bool)) -> Value {
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let at = all[p % all.len()].clone();
    match doc.pointer_mut(&at) {
        Some(Value::Object(obj)) if add => {
            obj.insert(
                ["__proto__", "constructor", "added_later"][v % 3].to_owned(),
                awkward(v),
            );
        }
        Some(node) => *node = awkward(v),
        None => unreachable!("a pointer of this document"),
    }
    doc
}

#[derive(Debug, Clone)]
enum Spoil {
    Truncate(usize),
    FlipBit(usize, u8),
    Bom,
    Latin1(usize),
}

fn spoil(mut text: Vec<u8>, s: &Spoil) -> Vec<u8> {
    let at = |i: usize| if text.is_empty() { 0 } else { i % text.len() };
    match *s {
        Spoil::Truncate(i) => text.truncate(at(i)),
        Spoil::FlipBit(i, bit) => {
            let i = at(i);
            if let Some(b) = text.get_mut(i) {
                *b ^= 1 << bit;
            }
        }
        Spoil::Bom => text.splice(0..0, *b"\xEF\xBB\xBF").for_each(drop),
        Spoil::Latin1(i) => {
            let i = at(i);
            if let Some(b) = text.get_mut(i) {
                *b = 0xFD;
            }
        }
    }
    text
}

fn spoils() -> impl Strategy<Value = Vec<Spoil>> {
    prop::collection::vec(
        prop_oneof![
            any::<usize>().prop_map(Spoil::Truncate),
            (any::<usize>(), 0u8..8).prop_map(|(i, b)| Spoil::FlipBit(i, b)),
            Just(Spoil::Bom),
            any::<usize>().prop_map(Spoil::Latin1),
        ],
        0..2,
    )
}

/// Runs `args` on `file` twice; checks the status, that both runs print the same, and the
/// promises of a refusal. Returns the output.
fn run_twice(args: &[&str], file: &Path) -> Result<Output, TestCaseError> {
    let (a, b) = (run(args, file), run(args, file));
    let code = a.status.code();
    prop_assert!(
        matches!(code, Some(0..=2)),
        "{args:?}: status {:?}, stderr {}",
        a.status,
        String::from_utf8_lossy(&a.stderr)
    );
    prop_assert_eq!(
        (&a.status, &a.stdout, &a.stderr),
        (&b.status, &b.stdout, &b.stderr),
        "deterministic"
    );
    if code == Some(2) {
        prop_assert!(a.stdout.is_empty(), "nothing on stdout for a refused call");
        let stderr = String::from_utf8(a.stderr.clone()).expect("stderr is UTF-8");
        prop_assert_eq!(stderr.lines().count(), 1, "one line: {}", stderr);
        let named = format!("dien-hinh: {}: ", file.display());
        prop_assert!(stderr.starts_with(&named), "{}", stderr);
    }
    Ok(a)
}

static CASE: AtomicUsize = AtomicUsize::new(0);

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn the_command_on_mutated_files_exits_0_1_or_2_and_says_the_same_twice(
        seed in any::<usize>(),
        edits in prop::collection::vec((any::<usize>(), any::<usize>(), any::<bool>()), 0..3),
        spoils in spoils(),
    ) {
        let seeds = seeds();
        let doc = edits.into_iter().fold(seeds[seed % seeds.len()].clone(), edit);
        let bytes = spoils.iter().fold(doc.to_string().into_bytes(), spoil);
        let file = scratch().join(format!("case-{}.json", CASE.fetch_add(1, Ordering::Relaxed)));
        fs::write(&file, &bytes).expect("writable");
        let assess = run_twice(&["assess", "--as-of", AS_OF], &file)?;
        if assess.status.code() == Some(0) {
            for line in String::from_utf8_lossy(&assess.stdout).lines() {
                let parsed = serde_json::from_str::<Assessment>(line);
                prop_assert!(parsed.is_ok(), "{}", line);
            }
        } else {
            prop_assert_eq!(assess.status.code(), Some(2), "assess only accepts or refuses");
        }
        run_twice(&["verify"], &file)?;
        fs::remove_file(&file).expect("removable");
    }
}
