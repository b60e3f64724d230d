//! The `dien-hinh` binary run as a user runs it: on files, reading exit status, stdout and stderr.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use criteria::assessment::{Assessment, Status, Verdict};
use serde_json::{json, Value};

const AS_OF: &str = "2025-06-30";
const UNIT_HEAD_LINK: &str = "btnmt-dhtt-2021-2025/ld-1";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A fresh directory of its own for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("dien-hinh-cli").join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("the target directory is writable");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("the scratch directory is writable");
    path
}

fn run(args: &[&str], files: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dien-hinh"))
        .args(args)
        .args(files)
        .output()
        .expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_lines(o: &Output) -> Vec<String> {
    String::from_utf8(o.stderr.clone())
        .expect("stderr is UTF-8")
        .lines()
        .map(str::to_string)
        .collect()
}

fn assessments(o: &Output) -> Vec<Assessment> {
    assert_eq!(o.status.code(), Some(0), "stderr: {:?}", stderr_lines(o));
    stdout(o)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn status_of(a: &Assessment, criterion: &str) -> Status {
    a.criteria
        .iter()
        .find(|c| c.id == criterion)
        .unwrap_or_else(|| panic!("{criterion} listed"))
        .status
}

/// Asserts a refused call: exit 2, nothing on stdout, one stderr line that starts with `starts`.
fn assert_refused(o: &Output, starts: &str) -> String {
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(o), "", "nothing on stdout for a refused call");
    let lines = stderr_lines(o);
    assert_eq!(lines.len(), 1, "one line on stderr: {lines:?}");
    assert!(
        lines[0].starts_with(starts),
        "{:?} should start with {starts:?}",
        lines[0]
    );
    lines[0].clone()
}

/// An export of the fixtures as `dien-hinh assess` assesses them, as the app would write it.
fn consistent_export() -> Value {
    let files = [fixture("staff.json"), fixture("unit.json"), fixture("unit_head.json")];
    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let out = run(&["assess", "--as-of", AS_OF], &paths);
    let assessments: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("assess prints JSON"))
        .collect();
    let mut dossiers = Vec::new();
    for f in &files {
        match serde_json::from_str(&fs::read_to_string(f).expect("fixture")).expect("fixture JSON") {
            Value::Array(ds) => dossiers.extend(ds),
            d => dossiers.push(d),
        }
    }
    json!({
        "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
        "app_version": "0.1.0", "as_of": AS_OF, "dossiers": dossiers, "assessments": assessments
    })
}

#[test]
fn assess_prints_one_assessment_per_dossier_in_input_order() {
    let out = run(
        &["assess", "--as-of", AS_OF],
        &[&fixture("staff.json"), &fixture("unit.json")],
    );
    let all = assessments(&out);
    let ids: Vec<&str> = all.iter().map(|a| a.dossier_id.as_str()).collect();
    assert_eq!(ids, ["d-chuyen-vien-a", "d-chuyen-vien-b", "u-phong-cap-phep"]);
    assert!(all.iter().all(|a| a.as_of.to_string() == AS_OF));
    assert_eq!(all[2].verdict, Verdict::Eligible);
}

#[test]
fn assess_resolves_a_unit_heads_link_to_a_collective_in_another_file() {
    let together = assessments(&run(
        &["assess", "--as-of", AS_OF],
        &[&fixture("unit_head.json"), &fixture("unit.json")],
    ));
    assert_eq!(together[0].dossier_id, "d-truong-phong");
    assert_eq!(status_of(&together[0], UNIT_HEAD_LINK), Status::Met);
    let alone = assessments(&run(&["assess", "--as-of", AS_OF], &[&fixture("unit_head.json")]));
    assert_eq!(status_of(&alone[0], UNIT_HEAD_LINK), Status::Unknown);
}

#[test]
fn assess_reads_the_dossiers_of_an_export_too() {
    let dir = scratch("assess_export");
    let export = write(&dir, "export.json", &consistent_export().to_string());
    let ids: Vec<String> = assessments(&run(&["assess", "--as-of", AS_OF], &[&export]))
        .into_iter()
        .map(|a| a.dossier_id)
        .collect();
    assert_eq!(
        ids,
        [
            "d-chuyen-vien-a",
            "d-chuyen-vien-b",
            "u-phong-cap-phep",
            "d-truong-phong"
        ]
    );
}

#[test]
fn assess_without_as_of_assesses_on_today() {
    let before = chrono::Local::now().date_naive();
    let all = assessments(&run(&["assess"], &[&fixture("unit.json")]));
    let after = chrono::Local::now().date_naive();
    assert!(all[0].as_of == before || all[0].as_of == after, "{}", all[0].as_of);
}

#[test]
fn verify_of_a_consistent_export_exits_0_whatever_its_key_order_and_whitespace() {
    let dir = scratch("verify_consistent");
    // serde_json's Value sorts keys and pretty-printing changes every space: only meaning is compared.
    let text = serde_json::to_string_pretty(&consistent_export()).expect("serialises");
    let export = write(&dir, "export.json", &text);
    let out = run(&["verify"], &[&export]);
    assert_eq!(out.status.code(), Some(0), "stdout: {}", stdout(&out));
    assert!(stdout(&out).contains("all 4 assessments agree"), "{}", stdout(&out));
}

#[test]
fn verify_of_a_tampered_export_exits_1_naming_the_dossier_and_the_field() {
    let dir = scratch("verify_tampered");
    let mut export = consistent_export();
    export["assessments"][1]["verdict"] = json!("eligible");
    export["assessments"][1]["added_by_a_newer_app"] = json!(true);
    let file = write(&dir, "export.json", &export.to_string());
    let out = run(&["verify"], &[&file]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = format!(
        "{}: d-chuyen-vien-b: verdict: stated \"eligible\", recomputed \"incomplete\"",
        file.display()
    );
    assert!(text.lines().any(|l| l == line), "{text}");
    assert!(text.contains("1 of 4 assessments differ"), "{text}");
    assert_eq!(text.lines().count(), 2, "one difference and the summary: {text}");
}

#[test]
fn verify_reports_a_changed_criterion_status() {
    let dir = scratch("verify_criterion");
    let mut export = consistent_export();
    export["assessments"][2]["criteria"][0]["status"] = json!("not_met");
    let file = write(&dir, "export.json", &export.to_string());
    let out = run(&["verify"], &[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out)
            .contains("u-phong-cap-phep: btnmt-dhtt-2021-2025/dt-1 status: stated \"not_met\", recomputed \"met\""),
        "{}",
        stdout(&out)
    );
}

#[test]
fn verify_refuses_a_file_that_is_not_an_export() {
    let file = fixture("unit.json");
    let line = assert_refused(&run(&["verify"], &[&file]), &format!("dien-hinh: {}: ", file.display()));
    assert!(line.contains("not an export"), "{line}");
}

/// Every scenario of the criteria crate's bad-input tests, handed to the command as a file.
#[test]
fn every_bad_input_scenario_is_refused_with_one_line_naming_the_file_and_the_path() {
    let dir = scratch("bad_input");
    let cases = Path::new(env!("CARGO_MANIFEST_DIR")).join("../criteria/tests/bad_input");
    let mut checked = 0;
    for entry in fs::read_dir(&cases).expect("the criteria crate's scenarios") {
        let path = entry.expect("a directory entry").path();
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).expect("readable")).expect("a case");
        let text = match &case["input"] {
            Value::String(raw) => raw.clone(),
            input => input.to_string(),
        };
        // As the criteria crate's harness writes it: UTF-8, or one byte per character for Latin-1.
        let bytes: Vec<u8> = match case["input_encoding"].as_str() {
            Some("latin1") => text
                .chars()
                .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
                .collect(),
            _ => text.into_bytes(),
        };
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let file = dir.join(&name);
        fs::write(&file, bytes).expect("the scratch directory is writable");
        let out = run(&["assess", "--as-of", AS_OF], &[&file]);
        if let Some(ids) = case["expected_dossier_ids"].as_array() {
            assert_eq!(assessments(&out).len(), ids.len(), "{name}");
        } else {
            let at = case["expected_path"].as_str().expect("expected_path");
            let start = if at.is_empty() {
                format!("dien-hinh: {}: ", file.display())
            } else {
                format!("dien-hinh: {}: {at}: ", file.display())
            };
            let line = assert_refused(&out, &start);
            let contains = case["expected_message_contains"]
                .as_str()
                .expect("expected_message_contains");
            assert!(line.contains(contains), "{name}: {line}");
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} scenarios");
}

#[test]
fn one_refused_file_stops_the_whole_call_before_anything_is_printed() {
    let dir = scratch("one_refused");
    let bad = write(&dir, "bad.json", "[1, 2");
    let out = run(
        &["assess", "--as-of", AS_OF],
        &[&fixture("unit.json"), &bad, &fixture("unit_head.json")],
    );
    assert_refused(&out, &format!("dien-hinh: {}: not valid JSON", bad.display()));
}

#[test]
fn an_unreadable_file_is_refused_with_its_name() {
    let missing = scratch("unreadable").join("missing.json");
    let line = assert_refused(
        &run(&["assess"], &[&missing]),
        &format!("dien-hinh: {}: cannot read", missing.display()),
    );
    assert!(!line.contains('\n'));
}

#[test]
fn a_dossier_id_given_in_two_files_is_refused_in_the_later_one() {
    let out = run(
        &["assess", "--as-of", AS_OF],
        &[&fixture("unit.json"), &fixture("unit.json")],
    );
    let line = assert_refused(&out, &format!("dien-hinh: {}: id: ", fixture("unit.json").display()));
    assert!(line.contains("\"u-phong-cap-phep\" is also in"), "{line}");
}

#[test]
fn usage_errors_exit_2_with_a_usage_line() {
    for args in [
        &[][..],
        &["grade", "x.json"],
        &["assess", "--fast", "x.json"],
        &["assess", "--as-of", "30/06/2025", "x.json"],
    ] {
        let out = run(args, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout(&out), "");
        let lines = stderr_lines(&out);
        assert!(lines[0].starts_with("dien-hinh: "), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("usage: dien-hinh assess")),
            "{lines:?}"
        );
    }
}

#[test]
fn help_and_version_print_on_stdout_and_exit_0() {
    let help = run(&["--help"], &[]);
    assert_eq!(help.status.code(), Some(0));
    assert!(stdout(&help).contains("dien-hinh assess [--as-of YYYY-MM-DD] FILE..."));
    let version = run(&["--version"], &[]);
    assert_eq!(version.status.code(), Some(0));
    assert!(stdout(&version).starts_with(&format!("dien-hinh {}", env!("CARGO_PKG_VERSION"))));
}
