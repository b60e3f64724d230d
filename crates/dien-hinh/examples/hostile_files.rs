//! Writes the files `scripts/bench-memory` hands to `dien-hinh`: a valid export and files made to
//! exhaust a reader (many faulty items, empty objects, deep nesting, one huge string, well-typed
//! duplicate years, unknown fields at their cap), each at about a size given in megabytes.
//!
//! `cargo run --release -p dien-hinh --example hostile_files -- DIR MB...`

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use criteria::validate::parse_input;
use serde_json::{json, Value};

/// A valid dossier with every section filled; `i` makes it distinct.
fn dossier(i: usize) -> Value {
    let years: Vec<Value> = (2021..=2025)
        .map(|y| {
            json!({ "year": y, "rating": "xuat_sac", "titles": ["cstd_co_so"], "plan_completion_pct": null,
                         "evidence": format!("Quyết định số {i}/QĐ-TNN ngày 10/01/{}", y + 1) })
        })
        .collect();
    json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": format!("d-{i}"),
        "created_at": "2025-03-02T08:15:00+07:00", "updated_at": "2025-03-02T09:40:12+07:00",
        "ruleset": "btnmt-dhtt-2021-2025", "period": { "from": 2021, "to": 2025 },
        "subject": { "kind": "ca_nhan", "name": format!("Nguyễn Thị Hoa {i}"), "unit": "Cục Quản lý tài nguyên nước",
                     "position": "Chuyên viên chính", "unit_head": false, "unit_dossier": null, "sector": null },
        "years": years,
        "initiatives": [{ "title": "Số hóa hồ sơ cấp phép", "kind": "sang_kien", "year": 2023, "scope": "co_so",
                          "evidence": "Quyết định công nhận sáng kiến số 7/QĐ-TNN" }],
        "declarations": {}, "notes": ""
    })
}

fn export(dossiers: Vec<Value>, assessments: Vec<Value>) -> Value {
    json!({
        "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
        "app_version": "0.1.0", "as_of": "2025-06-30", "dossiers": dossiers, "assessments": assessments
    })
}

/// A valid export of about `bytes`, with the crate's own assessments.
fn valid_export(bytes: usize) -> String {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real day");
    let assessed = |d: &criteria::dossier::Dossier, all: &[criteria::dossier::Dossier]| {
        serde_json::to_value(criteria::assess(d, all, as_of)).expect("an assessment serialises")
    };
    let Ok(one) = parse_input(&dossier(0).to_string()) else {
        panic!("the generated dossier is valid");
    };
    let each = dossier(0).to_string().len() + assessed(&one.dossiers()[0], one.dossiers()).to_string().len();
    let dossiers: Vec<Value> = (0..bytes / each).map(dossier).collect();
    let Ok(input) = parse_input(&Value::Array(dossiers.clone()).to_string()) else {
        panic!("the generated dossiers are valid");
    };
    let all = input.dossiers();
    let assessments = all.iter().map(|d| assessed(d, all)).collect();
    export(dossiers, assessments).to_string()
}

/// An export whose dossiers each hold `per` copies of `item` in their years.
fn with_items(bytes: usize, item: Value, per: usize) -> String {
    let mut d = dossier(0);
    d["years"] = Value::Array(vec![item; per]);
    let n = (bytes / d.to_string().len()).max(1);
    let dossiers = (0..n)
        .map(|i| {
            let mut d = d.clone();
            d["id"] = json!(format!("d-{i}"));
            d
        })
        .collect();
    export(dossiers, Vec::new()).to_string()
}

fn files(mb: usize) -> Vec<(String, String)> {
    let bytes = mb * 1_000_000;
    let mut at_cap = dossier(0);
    for key in ["subject", "years"] {
        let target = if key == "years" {
            &mut at_cap["years"][0]
        } else {
            &mut at_cap[key]
        };
        target["added_later"] = json!("x".repeat(9_970));
    }
    let n = bytes / at_cap.to_string().len();
    let at_cap: Vec<Value> = (0..n)
        .map(|i| {
            let mut d = at_cap.clone();
            d["id"] = json!(format!("d-{i}"));
            d
        })
        .collect();
    let deep = format!(
        "{{\"format\":\"dien-hinh.dossier\",\"format_version\":1,\"notes\":{}{}}}",
        "[".repeat(bytes / 2),
        "]".repeat(bytes / 2)
    );
    let mut huge = dossier(0);
    huge["notes"] = json!("ạ".repeat(bytes / 3));
    vec![
        (format!("valid-export-{mb}MB"), valid_export(bytes)),
        (
            format!("faulty-items-{mb}MB"),
            with_items(bytes, json!({ "year": "x", "rating": "bad", "titles": ["nope"] }), 200),
        ),
        (
            format!("duplicate-years-{mb}MB"),
            with_items(bytes, json!({ "year": 2023 }), 300),
        ),
        (
            format!("empty-objects-{mb}MB"),
            format!("[{}]", vec!["{}"; bytes / 3].join(",")),
        ),
        (format!("deep-nesting-{mb}MB"), deep),
        (format!("huge-string-{mb}MB"), huge.to_string()),
        (
            format!("unknown-fields-at-cap-{mb}MB"),
            Value::Array(at_cap).to_string(),
        ),
    ]
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((dir, sizes)) = args.split_first() else {
        eprintln!("usage: hostile_files DIR MB...");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    if let Err(e) = fs::create_dir_all(dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    for mb in sizes {
        let Ok(mb) = mb.parse::<usize>() else {
            eprintln!("not a size in MB: {mb}");
            return ExitCode::from(2);
        };
        for (name, text) in files(mb) {
            let path = dir.join(format!("{name}.json"));
            if let Err(e) = fs::write(&path, text) {
                eprintln!("cannot write {}: {e}", path.display());
                return ExitCode::from(2);
            }
            println!("{}", path.display());
        }
    }
    ExitCode::SUCCESS
}
