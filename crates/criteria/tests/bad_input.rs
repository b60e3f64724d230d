//! Scenario tests written as data: every file in `tests/bad_input/` is one input a person could
//! hand to the app or the command, and what reading it must say. A refused input names the JSON
//! path, the kind and part of the message; an accepted one lists the dossier ids it holds.
//!
//! ```json
//! { "description": "…", "expected_path": "years[1].titles[0]", "expected_kind": "unknown_code",
//!   "expected_message_contains": "cstd_xyz", "input": { … } }
//! ```
//!
//! `input` is the file's JSON, or a string holding the file's raw text (for text that is not JSON).
//! The file's bytes are that text in UTF-8, or, with `"input_encoding": "latin1"`, one byte per
//! character (for a file saved in a legacy encoding); they are read as the app and the command
//! read a file, through `decode_text`. A case with `"expected_more": n` has more faults than
//! `parse_input_all` lists: it lists `MAX_FAULTS` and then "… and n more".
//!
//! Each file is a test of its own name (`cargo test -p criteria --test bad_input -- unknown_title`),
//! run by libtest-mimic as the scenario cases are.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use criteria::validate::{decode_text, parse_input, parse_input_all, ErrorKind, MAX_FAULTS};
use libtest_mimic::{Arguments, Failed, Trial};
use serde_json::Value;

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_input");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no scenario files in {}", dir.display());
    files
}

/// The bytes of a case's file.
fn input_bytes(case: &Value) -> Result<Vec<u8>, String> {
    let text = match &case["input"] {
        Value::String(raw) => raw.clone(),
        Value::Null => return Err("no \"input\"".into()),
        json => json.to_string(),
    };
    match case["input_encoding"].as_str() {
        None => Ok(text.into_bytes()),
        Some("latin1") => text
            .chars()
            .map(|c| u8::try_from(u32::from(c)).map_err(|_| format!("{c:?} is not a Latin-1 character")))
            .collect(),
        Some(other) => Err(format!("unknown input_encoding {other:?}")),
    }
}

/// The full list of faults holds [`MAX_FAULTS`] and a last line counting `more` others.
fn check_more(bytes: &[u8], more: &Value) -> Result<(), String> {
    let more = more.as_u64().ok_or("expected_more is not a count")?;
    let text = decode_text(bytes).map_err(|e| e.to_string())?;
    let faults = parse_input_all(text).err().ok_or("accepted, but should be refused")?;
    let last = faults.last().ok_or("no faults")?;
    let want = format!("… and {more} more");
    if faults.len() != MAX_FAULTS + 1 || last.kind != ErrorKind::MoreFaults || last.message.en != want {
        return Err(format!(
            "{} faults, the last {:?} {:?}; expected {MAX_FAULTS} and {want:?}",
            faults.len(),
            last.kind,
            last.message.en
        ));
    }
    Ok(())
}

/// Checks one case; `Err` says how it failed. Returns the kind the case expects, if refused.
fn check(case: &Value) -> Result<Option<ErrorKind>, String> {
    let bytes = input_bytes(case)?;
    if let Some(more) = case.get("expected_more") {
        check_more(&bytes, more)?;
    }
    let result = decode_text(&bytes).and_then(parse_input);
    if let Some(ids) = case.get("expected_dossier_ids") {
        let input = result.map_err(|e| format!("refused: {e}"))?;
        let got: Vec<&str> = input.dossiers().iter().map(|d| d.id.as_str()).collect();
        let want: Vec<&str> = ids.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        return if got == want {
            Ok(None)
        } else {
            Err(format!("dossier ids {got:?}, expected {want:?}"))
        };
    }
    let want = |field: &str| case[field].as_str().ok_or(format!("no \"{field}\" string"));
    let (path, kind, contains) = (
        want("expected_path")?,
        want("expected_kind")?,
        want("expected_message_contains")?,
    );
    let kind = ErrorKind::from_code(kind).ok_or(format!("expected_kind {kind:?} is no ErrorKind"))?;
    let e = match result {
        Ok(_) => return Err("accepted, but should be refused".into()),
        Err(e) => e,
    };
    if (e.path.as_str(), e.kind) != (path, kind) {
        return Err(format!(
            "got {:?} at {:?} ({e}), expected {kind:?} at {path:?}",
            e.kind, e.path
        ));
    }
    if !e.message.en.contains(contains) {
        return Err(format!("message {:?} lacks {contains:?}", e.message.en));
    }
    if e.message.vi.is_empty() || e.message.vi == e.message.en && !e.message.en.is_empty() {
        return Err(format!("no Vietnamese message: {:?}", e.message.vi));
    }
    let shown = e.to_string();
    let located = if path.is_empty() {
        e.message.en.clone()
    } else {
        format!("{path}: {}", e.message.en)
    };
    if shown != located || shown.contains('\n') {
        return Err(format!("displays as {shown:?}"));
    }
    Ok(Some(kind))
}

/// One case file, read as it says.
fn run(file: &Path) -> Result<(), Failed> {
    let text = fs::read_to_string(file).map_err(|e| e.to_string())?;
    let case: Value = serde_json::from_str(&text).map_err(|e| format!("bad case file: {e}"))?;
    check(&case)?;
    Ok(())
}

/// Every kind of fault has a case, and some cases are valid inputs.
fn every_kind_of_fault_has_a_case_and_some_inputs_are_valid() -> Result<(), Failed> {
    let mut kinds = BTreeSet::new();
    let mut valid = 0;
    for file in case_files() {
        let text = fs::read_to_string(&file).expect("readable case file");
        let case: Value = serde_json::from_str(&text).expect("case files are JSON");
        match case["expected_kind"].as_str().and_then(ErrorKind::from_code) {
            Some(kind) => {
                kinds.insert(kind.code());
            }
            None => valid += 1,
        }
        if case.get("expected_more").is_some() {
            kinds.insert(ErrorKind::MoreFaults.code());
        }
    }
    let missing: Vec<&str> = ErrorKind::ALL
        .iter()
        .map(|k| k.code())
        .filter(|code| !kinds.contains(code))
        .collect();
    if !missing.is_empty() {
        return Err(format!("no case for {missing:?}").into());
    }
    if valid < 2 {
        return Err(format!("only {valid} valid inputs among the cases").into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials: Vec<Trial> = case_files()
        .into_iter()
        .map(|file| {
            let name = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || run(&file))
        })
        .collect();
    trials.push(Trial::test(
        "every_kind_of_fault_has_a_case_and_some_inputs_are_valid",
        every_kind_of_fault_has_a_case_and_some_inputs_are_valid,
    ));
    libtest_mimic::run(&args, trials).exit();
}
