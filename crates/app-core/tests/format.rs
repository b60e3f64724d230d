//! One statement of the format: the JSON Schemas the app publishes (`public/schemas/`) say what the
//! criteria crate says. Every code list of a schema is the crate's list, and every list is checked;
//! every field a schema requires is one the crate's validator refuses to do without, and every field
//! it does not require is one the validator accepts missing.

use std::collections::{BTreeMap, BTreeSet};

use app_core::transfer::export::build_export;
use chrono::NaiveDate;
use criteria::assessment::{Status, Verdict};
use criteria::catalogue::{ruleset, Rule, RULESETS};
use criteria::codes::{InitiativeKind, Rating, Scope, Sector, SubjectKind, Title};
use criteria::profile::Gender;
use criteria::validate::{parse_input, validate_assessment};
use serde::Serialize;
use serde_json::{json, Value};

const DOSSIER: &str = include_str!("../../../public/schemas/dossier.schema.json");
const ASSESSMENT: &str = include_str!("../../../public/schemas/assessment.schema.json");
const EXPORT: &str = include_str!("../../../public/schemas/export.schema.json");

fn schema(text: &str) -> Value {
    serde_json::from_str(text).expect("a schema is JSON")
}

fn codes<T: Serialize>(all: impl IntoIterator<Item = T>) -> Vec<Value> {
    all.into_iter()
        .map(|c| serde_json::to_value(c).expect("a code serialises"))
        .collect()
}

/// Every `enum` of a schema, by JSON pointer.
fn enums(node: &Value, pointer: String, found: &mut BTreeMap<String, Vec<Value>>) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Array(list)) = map.get("enum") {
                found.insert(pointer.clone(), list.clone());
            }
            for (key, child) in map {
                enums(child, format!("{pointer}/{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                enums(child, format!("{pointer}/{i}"), found);
            }
        }
        _ => {}
    }
}

fn as_set(list: &[Value]) -> BTreeSet<String> {
    list.iter().map(Value::to_string).collect()
}

#[test]
fn every_code_list_of_the_schemas_is_the_crates() {
    let rulesets: Vec<Value> = RULESETS.iter().map(|r| json!(r.id)).collect();
    let mut ratings = codes(Rating::ALL);
    ratings.push(Value::Null);
    let mut genders = codes(Gender::ALL);
    genders.push(Value::Null);
    let verdicts = codes([
        Verdict::Eligible,
        Verdict::OnTrack,
        Verdict::Incomplete,
        Verdict::NotEligible,
    ]);
    let statuses = codes([Status::Met, Status::NotMet, Status::Unknown, Status::Pending]);
    let expected: [(&str, BTreeMap<&str, Vec<Value>>); 3] = [
        (
            DOSSIER,
            BTreeMap::from([
                ("/properties/subject/properties/kind", codes(SubjectKind::ALL)),
                ("/properties/subject/properties/sector/oneOf/0", codes(Sector::ALL)),
                ("/properties/years/items/properties/rating", ratings),
                ("/properties/years/items/properties/titles/items", codes(Title::ALL)),
                (
                    "/properties/initiatives/oneOf/1/items/properties/kind",
                    codes(InitiativeKind::ALL),
                ),
                (
                    "/properties/initiatives/oneOf/1/items/properties/scope",
                    codes(Scope::ALL),
                ),
                ("/properties/profile/oneOf/1/properties/gender", genders),
                ("/$defs/ruleset", rulesets.clone()),
            ]),
        ),
        (
            ASSESSMENT,
            BTreeMap::from([
                ("/properties/verdict", verdicts),
                ("/properties/criteria/items/properties/status", statuses),
                ("/$defs/ruleset", rulesets),
            ]),
        ),
        (EXPORT, BTreeMap::new()),
    ];
    for (text, lists) in expected {
        let schema = schema(text);
        let mut found = BTreeMap::new();
        enums(&schema, String::new(), &mut found);
        let title = schema["title"].as_str().unwrap_or_default();
        assert_eq!(
            found.keys().map(String::as_str).collect::<Vec<_>>(),
            lists.keys().copied().collect::<Vec<_>>(),
            "{title}: every code list is checked here"
        );
        for (pointer, crates) in &lists {
            let published = &found[*pointer];
            assert_eq!(published.len(), crates.len(), "{title} {pointer}: {published:?}");
            assert_eq!(as_set(published), as_set(crates), "{title} {pointer}");
        }
    }
}

/// A dossier with every field of the format filled in: a unit head linked to a collective,
/// with a year, an initiative and a declaration.
fn full_dossier() -> Value {
    let declared = ruleset("btnmt-dhtt-2021-2025")
        .expect("in the catalogue")
        .criteria
        .iter()
        .find(|c| matches!(c.rule, Rule::Declared))
        .expect("the plan has a declared criterion");
    json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": "d-hoa",
        "created_at": "2025-03-02T08:15:00Z", "updated_at": "2025-03-02T09:40:12Z",
        "ruleset": "btnmt-dhtt-2021-2025", "period": { "from": 2023, "to": 2025 },
        "subject": { "kind": "ca_nhan", "name": "Nguyễn Thị Hoa", "unit": "Cục", "position": "Chuyên viên",
            "unit_head": true, "unit_dossier": "d-phong", "sector": null },
        "years": [{ "year": 2023, "rating": "xuat_sac", "titles": ["cstd_co_so"], "plan_completion_pct": null,
            "evidence": "QĐ 15" }],
        "initiatives": [{ "title": "Số hóa", "kind": "sang_kien", "year": 2024, "scope": "co_so", "evidence": "QĐ 7" }],
        "declarations": { (declared.id): { "met": true, "evidence": "Nhận xét" } },
        "notes": "ghi chú"
    })
}

/// Follows a local `$ref` (`#/$defs/…`); other files' schemas are checked on their own.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> Option<&'a Value> {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => r.strip_prefix('#').and_then(|p| root.pointer(p)),
        None => Some(node),
    }
}

/// For every property of the schema's objects present in `doc` at `at`: removing it must be
/// refused exactly when the schema requires it. Walks into objects, array items, `oneOf` branches
/// and maps.
fn check_required(
    root: &Value,
    node: &Value,
    doc: &Value,
    at: &str,
    accepts: &dyn Fn(&Value) -> bool,
    faults: &mut Vec<String>,
) {
    let Some(node) = resolve(root, node) else { return };
    let Some(here) = doc.pointer(at) else { return };
    if let Some(branches) = node.get("oneOf").and_then(Value::as_array) {
        for branch in branches {
            check_required(root, branch, doc, at, accepts, faults);
        }
        return;
    }
    match here {
        Value::Object(fields) => {
            let required: BTreeSet<&str> = node
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            if let Some(Value::Object(properties)) = node.get("properties") {
                for (name, sub) in properties {
                    if !fields.contains_key(name) {
                        continue;
                    }
                    let mut without = doc.clone();
                    if let Some(Value::Object(object)) = without.pointer_mut(at) {
                        object.remove(name);
                    }
                    let is_required = required.contains(name.as_str());
                    if accepts(&without) == is_required {
                        faults.push(format!(
                            "{at}/{name}: the schema says {}, the crate {} it missing",
                            if is_required { "required" } else { "optional" },
                            if is_required { "accepts" } else { "refuses" }
                        ));
                    }
                    check_required(root, sub, doc, &format!("{at}/{name}"), accepts, faults);
                }
            }
            if let (Some(sub), Some(key)) = (node.get("additionalProperties"), fields.keys().next()) {
                if sub.is_object() {
                    let key = key.replace('~', "~0").replace('/', "~1");
                    check_required(root, sub, doc, &format!("{at}/{key}"), accepts, faults);
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            if let Some(sub) = node.get("items") {
                check_required(root, sub, doc, &format!("{at}/0"), accepts, faults);
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_a_schema_requires_is_required_by_the_crate_and_no_other() {
    let dossier = full_dossier();
    assert!(parse_input(&dossier.to_string()).is_ok(), "the full dossier is valid");
    let typed = parse_input(&dossier.to_string()).expect("valid").into_dossiers();
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a day");
    let assessment = serde_json::to_value(criteria::assess(&typed[0], &typed, as_of)).expect("serialises");
    let export = serde_json::to_value(build_export(&typed, &typed, as_of, "2026-01-01T08:00:00+07:00".into()))
        .expect("serialises");

    let mut faults = Vec::new();
    let dossier_ok = |d: &Value| parse_input(&d.to_string()).is_ok();
    check_required(
        &schema(DOSSIER),
        &schema(DOSSIER),
        &dossier,
        "",
        &dossier_ok,
        &mut faults,
    );
    let assessment_ok = |a: &Value| validate_assessment(a, "").is_ok();
    check_required(
        &schema(ASSESSMENT),
        &schema(ASSESSMENT),
        &assessment,
        "",
        &assessment_ok,
        &mut faults,
    );
    let export_ok = |e: &Value| parse_input(&e.to_string()).is_ok();
    check_required(&schema(EXPORT), &schema(EXPORT), &export, "", &export_ok, &mut faults);
    assert!(faults.is_empty(), "{faults:#?}");
}
