//! `parse_dossier` (from text) says exactly what `migrate` then `validate_dossier` (from a
//! `serde_json::Value`) say, for every one-object case of `tests/bad_input/` and for the same
//! cases with their faults at a nested path: the same dossier, or the same first fault.

use std::fs;
use std::path::Path;

use chrono::Datelike;

use criteria::validate::{migrate, parse_dossier, validate_dossier};
use serde_json::Value;

fn through_value(text: &str, path: &str) -> Result<criteria::dossier::Dossier, criteria::validate::ValidationError> {
    let value: Value = serde_json::from_str(text).expect("the case is JSON");
    validate_dossier(&migrate(value)?, path)
}

#[test]
fn text_and_value_give_the_same_dossier_or_the_same_fault() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_input");
    let mut compared = 0;
    for entry in fs::read_dir(&dir).expect("the cases") {
        let path = entry.expect("an entry").path();
        let case: Value = serde_json::from_str(&fs::read_to_string(&path).expect("readable")).expect("JSON");
        // Only objects: an array or an export is not one dossier, and raw text is not JSON.
        let Some(input) = case.get("input").filter(|i| i.is_object()) else {
            continue;
        };
        let text = input.to_string();
        for at in ["", "dossier"] {
            assert_eq!(
                parse_dossier(&text, at),
                through_value(&text, at),
                "{} at {at:?}",
                path.display()
            );
        }
        compared += 1;
    }
    assert!(compared > 20, "only {compared} cases compared");
}

#[test]
fn a_valid_dossier_and_text_that_is_not_json() {
    let text = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-1","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2025},
        "subject":{"kind":"ca_nhan","name":"Nguyễn Thị Hoa"}}"#;
    let dossier = parse_dossier(text, "").expect("valid");
    assert_eq!(Ok(dossier), through_value(text, ""));
    let e = parse_dossier("{ not json", "dossier").expect_err("refused");
    assert_eq!(e.kind, criteria::validate::ErrorKind::NotJson);
    let newer = text.replace(r#""format_version":1"#, r#""format_version":7"#);
    let e = parse_dossier(&newer, "dossier").expect_err("refused");
    assert_eq!(e, through_value(&newer, "dossier").expect_err("refused"));
    // Named at the root, as `migrate` names it.
    assert_eq!(e.path, "format_version");
}

#[test]
fn parse_date_takes_what_chrono_takes_in_the_one_spelling() {
    use chrono::NaiveDate;
    use criteria::validate::parse_date;
    let mut day = NaiveDate::from_ymd_opt(1899, 12, 1).expect("a real date");
    while day.year() < 1902 {
        assert_eq!(parse_date(&day.to_string()), Some(day));
        day = day.succ_opt().expect("a next day");
    }
    for text in [
        "2025-02-29",
        "2024-02-30",
        "2025-13-01",
        "2025-00-10",
        "2025-01-00",
        "2025-6-30",
        "2025/06/30",
        "０２０２５-06-30",
        "",
        "2025-06-301",
        " 2025-06-30",
        "2025-06-3a",
    ] {
        let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .filter(|d| d.to_string() == text);
        assert_eq!(parse_date(text), chrono, "{text:?}");
    }
    assert_eq!(parse_date("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
    assert_eq!(parse_date("0000-01-01"), NaiveDate::from_ymd_opt(0, 1, 1));
}
