//! Files made to hurt the reader: many faults, deep nesting, huge strings. Each must be refused
//! with the same kind of precise fault as a small one, with a bounded list, and quickly (these
//! tests run in a debug build in well under a second each; timings themselves are in the bench).

use criteria::validate::{parse_input, parse_input_all, ErrorKind, MAX_FAULTS};
use serde_json::{json, Value};

/// A valid dossier with one year entry, to multiply.
fn dossier(id: &str) -> Value {
    json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": id,
        "created_at": "2025-03-02T08:15:00Z", "updated_at": "2025-03-02T08:15:00Z",
        "ruleset": "btnmt-dhtt-2023-2025", "period": { "from": 2023, "to": 2025 },
        "subject": { "kind": "ca_nhan", "name": "Nguyễn Thị Hoa" },
        "years": [{ "year": 2023, "rating": "xuat_sac", "titles": ["cstd_co_so"] }]
    })
}

#[test]
fn a_hundred_thousand_faulty_items_list_a_hundred_faults_and_count_the_rest() {
    let mut d = dossier("d1");
    d["years"] = Value::Array(vec![json!({ "year": "x" }); 100_000]);
    let text = d.to_string();
    let faults = parse_input_all(&text).expect_err("refused");
    assert_eq!(faults.len(), MAX_FAULTS + 1);
    assert_eq!(faults[0].path, "years[0].year");
    assert_eq!(faults[99].path, "years[99].year");
    let last = &faults[MAX_FAULTS];
    assert_eq!(last.kind, ErrorKind::MoreFaults);
    assert_eq!(last.message.en, "… and 99900 more");
    assert_eq!(last.message.vi, "… và 99900 lỗi khác");
    assert_eq!(parse_input(&text).expect_err("refused").path, "years[0].year");
}

#[test]
fn an_array_of_empty_objects_names_the_first_missing_field() {
    let text = format!("[{}]", vec!["{}"; 200_000].join(","));
    let e = parse_input(&text).expect_err("refused");
    assert_eq!((e.kind, e.path.as_str()), (ErrorKind::MissingField, "[0].format"));
    assert_eq!(parse_input_all(&text).expect_err("refused").len(), MAX_FAULTS + 1);
}

#[test]
fn deep_nesting_is_not_json_wherever_it_is() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let e = parse_input(&deep).expect_err("refused");
    assert_eq!(e.kind, ErrorKind::NotJson);
    assert!(e.message.en.contains("recursion limit"), "{e}");
    let mut d = dossier("d1");
    d["notes"] = json!("placeholder");
    let text = d.to_string().replace("\"placeholder\"", &deep);
    assert_eq!(parse_input(&text).expect_err("refused").kind, ErrorKind::NotJson);
}

#[test]
fn a_huge_string_is_quoted_in_a_short_message() {
    let mut d = dossier("d1");
    d["ruleset"] = json!("x".repeat(5_000_000));
    let e = parse_input(&d.to_string()).expect_err("refused");
    assert_eq!((e.kind, e.path.as_str()), (ErrorKind::UnknownCode, "ruleset"));
    assert!(e.message.en.len() < 100, "{}", e.message.en);
}

#[test]
fn many_dossiers_each_faulty_stop_the_first_reader_at_the_first() {
    let mut bad = dossier("d1");
    bad["id"] = json!("not an id");
    let all = Value::Array(vec![bad; 20_000]);
    let e = parse_input(&all.to_string()).expect_err("refused");
    assert_eq!((e.kind, e.path.as_str()), (ErrorKind::BadId, "[0].id"));
}

#[test]
fn a_number_too_large_for_json_is_not_json_as_serde_json_says() {
    let text = dossier("d1").to_string().replace("2023,", "1e400,");
    let e = parse_input(&text).expect_err("refused");
    assert_eq!(e.kind, ErrorKind::NotJson);
    assert!(e.message.en.contains("number out of range"), "{e}");
}

#[test]
fn a_huge_key_is_cut_in_the_path_and_refused_as_an_unknown_field() {
    let key = "k".repeat(1_000_000);
    let mut d = dossier("d1");
    d["declarations"] = json!({ key.clone(): { "met": true } });
    let e = parse_input(&d.to_string()).expect_err("refused");
    assert_eq!(e.kind, ErrorKind::UnknownDeclaration);
    assert!(
        e.path.starts_with(r#"declarations["kkk"#) && e.path.len() < 100,
        "{}",
        e.path
    );
    assert!(e.message.en.len() < 200, "{}", e.message.en);
    let mut d = dossier("d1");
    d[key.as_str()] = json!(1);
    let e = parse_input(&d.to_string()).expect_err("refused");
    assert_eq!((e.kind, e.path.as_str()), (ErrorKind::UnknownFieldsTooBig, ""));
}
