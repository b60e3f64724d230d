//! FORMAT.md: "Code may add fields". A file written by a newer version, with fields this one does
//! not know, goes through read → store → export here and comes out with every one of them, in the
//! objects where they were.

use criteria::validate::{migrate, parse_input, validate_dossier, Input};
use serde_json::{json, Value};

/// A dossier in full (every field written, as the app writes one), with unknown fields at the top
/// level, in the subject, a year entry, an initiative and a declaration.
fn newer_dossier() -> Value {
    json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": "d-hoa",
        "created_at": "2025-03-02T08:15:00Z", "updated_at": "2025-03-02T09:40:12+07:00",
        "ruleset": "btnmt-dhtt-2023-2025", "period": { "from": 2023, "to": 2025 },
        "subject": {
            "kind": "ca_nhan", "name": "Nguyễn Thị Hoa", "unit": "Cục Quản lý tài nguyên nước",
            "position": "Chuyên viên chính", "unit_head": false, "unit_dossier": null, "sector": null,
            "email": "hoa@example.vn", "date_of_birth": { "y": 1985, "m": 4, "d": 30 }
        },
        "years": [
            { "year": 2023, "rating": "xuat_sac", "titles": ["cstd_co_so"], "plan_completion_pct": null,
              "evidence": "Quyết định số 15/QĐ-TNN", "decided_by": ["Cục trưởng", null, 2.5, -7, true] },
            { "year": 2024, "rating": null, "titles": [], "plan_completion_pct": 99.5, "evidence": "" }
        ],
        "initiatives": [
            { "title": "Số hóa hồ sơ", "kind": "sang_kien", "year": 2024, "scope": "co_so", "evidence": "",
              "co_authors": [{ "name": "Lê Văn Ba", "share": 0.25 }] }
        ],
        "declarations": {
            "btnmt-dhtt-2023-2025/cn-1": { "met": true, "evidence": "Nhận xét", "reviewed": "2025-01-05\n\"ok\"" }
        },
        "notes": "",
        "attachments": [], "z_last": { "__proto__": { "polluted": true }, "constructor": "x" }
    })
}

#[test]
fn unknown_fields_survive_read_store_and_export() {
    let original = newer_dossier();
    // Read, as an import does.
    let Ok(Input::Dossier(read)) = parse_input(&original.to_string()) else {
        panic!("a newer dossier with added fields reads");
    };
    assert_eq!(read.subject.extra.get("email"), Some(json!("hoa@example.vn")));
    // Store, as the app's store does: serialise, and validate what it will write.
    let stored = serde_json::to_value(&read).expect("a dossier serialises");
    assert_eq!(stored, original, "stored content");
    let reloaded = validate_dossier(&migrate(stored).expect("current"), "").expect("reads back");
    assert_eq!(reloaded, read);
    // Export, as a file: the text read again holds the same content.
    let exported = serde_json::to_string_pretty(&reloaded).expect("a dossier serialises");
    let again: Value = serde_json::from_str(&exported).expect("JSON");
    assert_eq!(again, original, "exported content");
}

#[test]
fn a_field_this_version_knows_is_never_taken_for_an_unknown_one() {
    let Ok(Input::Dossier(read)) = parse_input(&newer_dossier().to_string()) else {
        panic!("reads");
    };
    let extra_keys = |extra: &criteria::extra::Extra| {
        let value = serde_json::to_value(extra).expect("serialises");
        value
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    assert_eq!(extra_keys(&read.extra), ["attachments", "z_last"]);
    assert_eq!(extra_keys(&read.subject.extra), ["date_of_birth", "email"]);
    assert_eq!(extra_keys(&read.years[0].extra), ["decided_by"]);
    assert!(read.years[1].extra.is_empty());
    let initiatives = read.initiatives.as_ref().expect("declared");
    assert_eq!(extra_keys(&initiatives[0].extra), ["co_authors"]);
    assert_eq!(
        extra_keys(&read.declarations["btnmt-dhtt-2023-2025/cn-1"].extra),
        ["reviewed"]
    );
}
