//! One test per fault kind, plus path formatting and the decisions of the module docs.

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::error::{field, index, quote};
use super::*;

/// A valid individual's dossier under `btnmt-dhtt-2023-2025`, every field filled in.
fn dossier() -> Value {
    json!({
        "format": "dien-hinh.dossier",
        "format_version": 1,
        "id": "d-2024-0001",
        "created_at": "2025-03-02T08:15:00Z",
        "updated_at": "2025-03-02T09:40:12+07:00",
        "ruleset": "btnmt-dhtt-2023-2025",
        "period": { "from": 2023, "to": 2025 },
        "subject": {
            "kind": "ca_nhan", "name": "Nguyễn Thị Hoa", "unit": "Cục Quản lý tài nguyên nước",
            "position": "Chuyên viên chính", "unit_head": false, "unit_dossier": null, "sector": null
        },
        "years": [
            { "year": 2023, "rating": "xuat_sac", "titles": ["cstd_co_so"], "plan_completion_pct": null,
              "evidence": "Quyết định số 15/QĐ-TNN" },
            { "year": 2024, "rating": "xuat_sac", "titles": ["cstd_co_so", "giay_khen"], "plan_completion_pct": null,
              "evidence": "" }
        ],
        "initiatives": [
            { "title": "Số hóa hồ sơ cấp phép", "kind": "sang_kien", "year": 2024, "scope": "co_so", "evidence": "" }
        ],
        "declarations": {
            "btnmt-dhtt-2023-2025/cn-1": { "met": true, "evidence": "Nhận xét của thủ trưởng đơn vị" }
        },
        "notes": ""
    })
}

/// `value` with the field or item at JSON pointer `at` set to `new` (added if absent).
fn with(mut value: Value, at: &str, new: Value) -> Value {
    let (parent, name) = at.rsplit_once('/').expect("a pointer below the root");
    match value.pointer_mut(parent) {
        Some(Value::Object(obj)) => {
            obj.insert(name.replace("~1", "/"), new);
        }
        Some(Value::Array(items)) => items[name.parse::<usize>().expect("an index")] = new,
        _ => panic!("the test fixture has no object or array at {parent}"),
    }
    value
}

fn without(mut value: Value, at: &str) -> Value {
    let (parent, name) = at.rsplit_once('/').expect("a pointer below the root");
    let obj = value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .expect("the parent is an object");
    obj.remove(name);
    value
}

fn refused(value: &Value) -> ValidationError {
    parse_input(&value.to_string()).expect_err("the input should be refused")
}

fn assert_fault(value: &Value, kind: ErrorKind, path: &str) -> ValidationError {
    let e = refused(value);
    assert_eq!((e.kind, e.path.as_str()), (kind, path), "{e}");
    e
}

fn export_of(dossiers: Vec<Value>) -> Value {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real date");
    let parsed: Vec<Dossier> = dossiers
        .iter()
        .map(|d| validate_dossier(d, "").expect("fixture dossiers are valid"))
        .collect();
    let assessments: Vec<Value> = parsed
        .iter()
        .map(|d| serde_json::to_value(crate::assess(d, &parsed, as_of)).expect("assessments serialise"))
        .collect();
    json!({
        "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
        "app_version": "0.1.0", "as_of": "2025-06-30", "dossiers": dossiers, "assessments": assessments
    })
}

#[test]
fn paths_join_fields_with_dots_and_indices_with_brackets() {
    assert_eq!(field("", "id"), "id");
    assert_eq!(field("subject", "name"), "subject.name");
    assert_eq!(index("", 2), "[2]");
    assert_eq!(
        field(&index(&field(&index("dossiers", 0), "years"), 1), "year"),
        "dossiers[0].years[1].year"
    );
}

#[test]
fn display_puts_the_path_before_the_english_message_and_display_vi_before_the_vietnamese() {
    let v = with(dossier(), "/years/1/titles/0", json!("cstd_xyz"));
    let e = refused(&v);
    assert_eq!(e.to_string(), r#"years[1].titles[0]: unknown title "cstd_xyz""#);
    assert_eq!(
        e.display_vi(),
        r#"years[1].titles[0]: danh hiệu không hợp lệ "cstd_xyz""#
    );
}

#[test]
fn a_fault_at_the_root_displays_its_message_alone() {
    let e = parse_input("not json").expect_err("refused");
    assert_eq!(e.path, "");
    assert!(e.to_string().starts_with("not valid JSON: "), "{e}");
}

#[test]
fn quoted_user_strings_stay_on_one_line_and_are_cut_when_huge() {
    assert_eq!(quote("a\nb"), r#""a\nb""#);
    let long = "x".repeat(1000);
    assert_eq!(quote(&long), format!("\"{}\"…", "x".repeat(60)));
}

#[test]
fn error_kind_codes_round_trip() {
    for kind in ErrorKind::ALL {
        assert_eq!(ErrorKind::from_code(kind.code()), Some(kind));
    }
    assert_eq!(ErrorKind::from_code("nonsense"), None);
}

#[test]
fn a_full_dossier_reads_as_written() {
    let Input::Dossier(d) = parse_input(&dossier().to_string()).expect("valid") else {
        panic!("a dossier")
    };
    assert_eq!(serde_json::to_value(&d).expect("serialises"), dossier());
}

#[test]
fn a_minimal_dossier_takes_format_md_defaults() {
    let v = json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": "d1",
        "created_at": "2025-03-02T08:15:00Z", "updated_at": "2025-03-02T08:15:00Z",
        "ruleset": "btnmt-dhtt-2023-2025", "period": { "from": 2024, "to": 2024 },
        "subject": { "kind": "tap_the", "name": "Phòng Tổng hợp" }
    });
    let d = validate_dossier(&v, "").expect("valid");
    assert_eq!(
        (d.subject.unit.as_str(), d.subject.unit_head, d.subject.sector),
        ("", false, None)
    );
    assert!(d.years.is_empty() && d.initiatives.is_none() && d.declarations.is_empty() && d.notes.is_empty());
}

#[test]
fn unknown_fields_of_a_dossier_are_kept_and_those_of_an_export_ignored() {
    let v = with(dossier(), "/subject/nickname", json!("Hoa"));
    let v = with(v, "/years/0/remark", json!(42));
    let read = parse_input(&v.to_string()).expect("valid");
    let d = &read.dossiers()[0];
    assert_eq!(d.subject.extra.get("nickname"), Some(json!("Hoa")));
    assert_eq!(d.years[0].extra.get("remark"), Some(json!(42)));
    assert!(d.extra.is_empty() && d.years[1].extra.is_empty());
    let export = with(export_of(vec![v]), "/signed_by", json!("Phòng TĐKT"));
    assert!(parse_input(&export.to_string()).is_ok());
}

#[test]
fn unknown_fields_beyond_their_cap_are_refused_at_their_object() {
    let big = json!("x".repeat(crate::extra::EXTRA_MAX));
    let e = assert_fault(
        &with(dossier(), "/years/1/remark", big),
        ErrorKind::UnknownFieldsTooBig,
        "years[1]",
    );
    assert!(e.message.en.contains("10000 bytes"), "{e}");
}

#[test]
fn not_json_is_refused() {
    let e = parse_input("{ \"format\": ").expect_err("refused");
    assert_eq!(e.kind, ErrorKind::NotJson);
    assert!(e.message.vi.contains("dòng 1"), "{}", e.message.vi);
}

#[test]
fn a_root_that_is_neither_object_nor_array_is_the_wrong_type() {
    assert_fault(&json!("hello"), ErrorKind::WrongType, "");
}

#[test]
fn wrong_format_is_refused_at_the_root_and_inside_an_export() {
    let e = assert_fault(
        &with(dossier(), "/format", json!("dien-hinh.assessment")),
        ErrorKind::WrongFormat,
        "format",
    );
    assert!(e.message.en.contains("dien-hinh.export"), "{e}");
    let export = with(
        export_of(vec![dossier()]),
        "/dossiers/0/format",
        json!("dien-hinh.export"),
    );
    assert_fault(&export, ErrorKind::WrongFormat, "dossiers[0].format");
}

#[test]
fn a_newer_format_version_is_told_apart_from_a_malformed_one() {
    let e = assert_fault(
        &with(dossier(), "/format_version", json!(2)),
        ErrorKind::NewerFormatVersion,
        "format_version",
    );
    assert!(e.message.en.contains("newer version of the app"), "{e}");
    assert_fault(
        &with(dossier(), "/format_version", json!("1")),
        ErrorKind::WrongType,
        "format_version",
    );
    assert_fault(
        &with(dossier(), "/format_version", json!(0)),
        ErrorKind::OutOfRange,
        "format_version",
    );
    assert_fault(
        &with(dossier(), "/format_version", json!(1.5)),
        ErrorKind::OutOfRange,
        "format_version",
    );
}

#[test]
fn a_newer_version_is_found_before_other_faults() {
    let bad_first = with(dossier(), "/id", json!("not valid!"));
    let newer_second = with(with(dossier(), "/id", json!("d2")), "/format_version", json!(7));
    assert_fault(
        &json!([bad_first, newer_second]),
        ErrorKind::NewerFormatVersion,
        "[1].format_version",
    );
}

#[test]
fn a_newer_version_is_found_first_even_behind_an_escaped_key_or_many_small_items() {
    let escaped = r#"[{}, {"format": "dien-hinh.dossier", "format\u005fversion": 3}]"#;
    let e = parse_input(escaped).expect_err("refused");
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::NewerFormatVersion, "[1].format_version")
    );
    let many = format!(
        r#"[{}, {{"format": "dien-hinh.dossier", "format_version": 2}}]"#,
        vec!["{}"; 1000].join(",")
    );
    let e = parse_input(&many).expect_err("refused");
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::NewerFormatVersion, "[1000].format_version")
    );
}

#[test]
fn migrate_leaves_a_current_document_unchanged_and_refuses_a_newer_nested_one() {
    let export = export_of(vec![dossier()]);
    assert_eq!(migrate(export.clone()).expect("current"), export);
    let newer = with(export, "/assessments/0/format_version", json!(2));
    let e = migrate(newer).expect_err("newer");
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::NewerFormatVersion, "assessments[0].format_version")
    );
    let malformed = with(dossier(), "/format_version", json!("two"));
    assert_eq!(migrate(malformed.clone()).expect("left for validation"), malformed);
}

#[test]
fn missing_required_fields_are_named_by_their_path() {
    assert_fault(&without(dossier(), "/format"), ErrorKind::MissingField, "format");
    assert_fault(
        &without(dossier(), "/created_at"),
        ErrorKind::MissingField,
        "created_at",
    );
    assert_fault(
        &without(dossier(), "/subject/name"),
        ErrorKind::MissingField,
        "subject.name",
    );
    assert_fault(&without(dossier(), "/period/to"), ErrorKind::MissingField, "period.to");
    assert_fault(
        &without(dossier(), "/initiatives/0/scope"),
        ErrorKind::MissingField,
        "initiatives[0].scope",
    );
}

#[test]
fn a_value_of_the_wrong_type_is_refused_and_null_only_where_allowed() {
    assert_fault(&with(dossier(), "/years", json!({})), ErrorKind::WrongType, "years");
    assert_fault(
        &with(dossier(), "/subject/unit", Value::Null),
        ErrorKind::WrongType,
        "subject.unit",
    );
    assert_fault(
        &with(dossier(), "/subject/unit_head", json!("no")),
        ErrorKind::WrongType,
        "subject.unit_head",
    );
    let e = assert_fault(
        &with(dossier(), "/years/0/year", json!("2023")),
        ErrorKind::WrongType,
        "years[0].year",
    );
    assert_eq!(e.message.en, "expected a number, found a string");
    assert!(parse_input(&with(dossier(), "/initiatives", Value::Null).to_string()).is_ok());
}

#[test]
fn titles_answered_is_an_optional_boolean_written_only_when_false() {
    let d = validate_dossier(&dossier(), "").expect("valid");
    assert!(d.years.iter().all(|y| y.titles_answered), "absent means answered");

    let not_answered = with(dossier(), "/years/1/titles_answered", json!(false));
    let d = validate_dossier(&not_answered, "").expect("valid");
    assert!(!d.years[1].titles_answered);
    assert_eq!(serde_json::to_value(&d).expect("serialises"), not_answered);

    let answered = with(dossier(), "/years/1/titles_answered", json!(true));
    let d = validate_dossier(&answered, "").expect("valid");
    assert_eq!(
        serde_json::to_value(&d).expect("serialises"),
        dossier(),
        "true is not written"
    );

    for wrong in [json!("false"), json!(0), Value::Null] {
        let e = assert_fault(
            &with(dossier(), "/years/1/titles_answered", wrong),
            ErrorKind::WrongType,
            "years[1].titles_answered",
        );
        assert_eq!(e.message.en.split(", found").next(), Some("expected true or false"));
    }
}

#[test]
fn numbers_out_of_range_are_refused() {
    assert_fault(
        &with(dossier(), "/period/from", json!(20233)),
        ErrorKind::OutOfRange,
        "period.from",
    );
    assert_fault(
        &with(dossier(), "/years/0/year", json!(2023.5)),
        ErrorKind::OutOfRange,
        "years[0].year",
    );
    assert_fault(
        &with(dossier(), "/initiatives/0/year", json!(1800)),
        ErrorKind::OutOfRange,
        "initiatives[0].year",
    );
    let pct = "/years/0/plan_completion_pct";
    assert_fault(
        &with(dossier(), pct, json!(1000.5)),
        ErrorKind::OutOfRange,
        "years[0].plan_completion_pct",
    );
    assert_fault(
        &with(dossier(), pct, json!(-1)),
        ErrorKind::OutOfRange,
        "years[0].plan_completion_pct",
    );
    assert!(parse_input(&with(dossier(), pct, json!(99.5)).to_string()).is_ok());
}

#[test]
fn unknown_codes_are_refused_naming_the_vocabulary() {
    let cases = [
        ("/ruleset", "ruleset", "unknown ruleset"),
        ("/subject/kind", "subject.kind", "unknown subject kind"),
        ("/years/0/rating", "years[0].rating", "unknown rating"),
        ("/years/1/titles/0", "years[1].titles[0]", "unknown title"),
        ("/initiatives/0/kind", "initiatives[0].kind", "unknown initiative kind"),
        ("/initiatives/0/scope", "initiatives[0].scope", "unknown scope"),
    ];
    for (at, path, message) in cases {
        let e = assert_fault(&with(dossier(), at, json!("xyz")), ErrorKind::UnknownCode, path);
        assert_eq!(e.message.en, format!("{message} \"xyz\""));
    }
    let khanh_hoa = with(dossier(), "/ruleset", json!("stnmt-khanhhoa-2023-2025"));
    let khanh_hoa = with(khanh_hoa, "/declarations", json!({}));
    assert_fault(
        &with(khanh_hoa, "/subject/sector", json!("xyz")),
        ErrorKind::UnknownCode,
        "subject.sector",
    );
}

#[test]
fn a_year_entered_twice_is_refused_at_the_second_entry() {
    let v = with(dossier(), "/years/1/year", json!(2023));
    let e = assert_fault(&v, ErrorKind::DuplicateYear, "years[1].year");
    assert!(e.message.en.contains("years[0]"), "{e}");
}

#[test]
fn names_must_hold_1_to_200_characters_and_not_only_spaces() {
    assert_fault(
        &with(dossier(), "/subject/name", json!("")),
        ErrorKind::BadName,
        "subject.name",
    );
    assert_fault(
        &with(dossier(), "/subject/name", json!("  \t ")),
        ErrorKind::BadName,
        "subject.name",
    );
    assert_fault(
        &with(dossier(), "/subject/name", json!("ạ".repeat(201))),
        ErrorKind::BadName,
        "subject.name",
    );
    assert!(parse_input(&with(dossier(), "/subject/name", json!("ạ".repeat(200))).to_string()).is_ok());
}

#[test]
fn ids_and_links_must_be_1_to_64_safe_characters() {
    assert_fault(&with(dossier(), "/id", json!("")), ErrorKind::BadId, "id");
    assert_fault(&with(dossier(), "/id", json!("d 1")), ErrorKind::BadId, "id");
    assert_fault(&with(dossier(), "/id", json!("d".repeat(65))), ErrorKind::BadId, "id");
    assert_fault(
        &with(dossier(), "/subject/unit_dossier", json!("ô")),
        ErrorKind::BadId,
        "subject.unit_dossier",
    );
    assert!(parse_input(&with(dossier(), "/id", json!("A-z_09".repeat(10))).to_string()).is_ok());
}

#[test]
fn a_subject_kind_the_ruleset_does_not_cover_is_refused() {
    let v = with(dossier(), "/subject/kind", json!("ho_gia_dinh"));
    let v = with(v, "/years", json!([]));
    assert_fault(&v, ErrorKind::SubjectNotCovered, "subject.kind");
}

#[test]
fn a_period_must_run_forwards_inside_the_ruleset_span() {
    assert_fault(
        &with(dossier(), "/period", json!({ "from": 2025, "to": 2023 })),
        ErrorKind::PeriodReversed,
        "period",
    );
    let early = with(dossier(), "/period/from", json!(2019));
    let e = assert_fault(&early, ErrorKind::PeriodOutsideSpan, "period.from");
    assert!(e.message.en.contains("2020–2025"), "{e}");
    let v = with(dossier(), "/ruleset", json!("btnmt-thidua-2021"));
    let v = with(v, "/declarations", json!({}));
    assert_fault(&v, ErrorKind::PeriodOutsideSpan, "period.from");
    let v = with(dossier(), "/period", json!({ "from": 2023, "to": 2026 }));
    assert_fault(&v, ErrorKind::PeriodOutsideSpan, "period.to");
}

#[test]
fn entries_and_initiatives_outside_the_period_are_kept() {
    let v = with(dossier(), "/period/from", json!(2024));
    let d = validate_dossier(&v, "").expect("an entry before the period is valid");
    assert_eq!(d.years.iter().map(|y| y.year).collect::<Vec<_>>(), [2023, 2024]);
    let v = with(dossier(), "/initiatives/0/year", json!(2010));
    assert!(parse_input(&v.to_string()).is_ok());
    let twice = with(v, "/period/from", json!(2024));
    let twice = with(twice, "/years/1/year", json!(2023));
    assert_fault(&twice, ErrorKind::DuplicateYear, "years[1].year");
}

#[test]
fn a_title_of_another_subject_kind_is_refused_and_commendations_fit_all() {
    let v = with(dossier(), "/years/0/titles/0", json!("tt_lao_dong_xuat_sac"));
    let e = assert_fault(&v, ErrorKind::TitleNotForSubject, "years[0].titles[0]");
    assert!(e.message.en.contains("\"ca_nhan\""), "{e}");
    let v = with(dossier(), "/subject/kind", json!("tap_the"));
    assert_fault(&v, ErrorKind::TitleNotForSubject, "years[0].titles[0]");
    let v = with(v, "/years/0/titles", json!(["co_thi_dua_bo", "bang_khen_thu_tuong"]));
    let v = with(v, "/years/1/titles", json!([]));
    let v = with(v, "/declarations", json!({}));
    assert!(parse_input(&v.to_string()).is_ok());
}

#[test]
fn a_sector_is_only_for_a_ruleset_with_sector_criteria() {
    let e = assert_fault(
        &with(dossier(), "/subject/sector", json!("tai_chinh")),
        ErrorKind::SectorNotAllowed,
        "subject.sector",
    );
    assert!(e.message.en.contains("stnmt-khanhhoa-2023-2025"), "{e}");
    let v = with(dossier(), "/ruleset", json!("stnmt-khanhhoa-2023-2025"));
    let v = with(
        v,
        "/declarations",
        json!({ "stnmt-khanhhoa-2023-2025/lv-1": { "met": true } }),
    );
    assert!(parse_input(&with(v, "/subject/sector", json!("tai_chinh")).to_string()).is_ok());
}

#[test]
fn only_an_individual_can_be_a_unit_head() {
    let v = with(dossier(), "/subject/unit_head", json!(true));
    assert!(parse_input(&v.to_string()).is_ok());
    let v = with(v, "/subject/kind", json!("tap_the"));
    let v = with(v, "/years", json!([]));
    let v = with(v, "/declarations", json!({}));
    assert_fault(&v, ErrorKind::UnitHeadNotIndividual, "subject.unit_head");
}

#[test]
fn declarations_must_be_keyed_by_a_declared_criterion_of_the_ruleset() {
    let path = |id: &str| format!(r#"declarations["{id}"]"#);
    for id in ["btnmt-dhtt-2023-2025/cn-4", "btnmt-dhtt-2021-2025/cn-1", "cn-1"] {
        let v = with(dossier(), "/declarations", json!({ id: { "met": true } }));
        assert_fault(&v, ErrorKind::UnknownDeclaration, &path(id));
    }
    let collective_criterion = with(
        dossier(),
        "/declarations",
        json!({ "btnmt-dhtt-2023-2025/tt-2": { "met": false } }),
    );
    assert!(parse_input(&collective_criterion.to_string()).is_ok());
    let v = with(dossier(), "/declarations/btnmt-dhtt-2023-2025~1cn-1/met", json!("yes"));
    assert_fault(
        &v,
        ErrorKind::WrongType,
        r#"declarations["btnmt-dhtt-2023-2025/cn-1"].met"#,
    );
}

#[test]
fn timestamps_must_be_rfc_3339() {
    assert_fault(
        &with(dossier(), "/created_at", json!("2025-03-02 08:15")),
        ErrorKind::BadTimestamp,
        "created_at",
    );
    let export = with(export_of(vec![dossier()]), "/exported_at", json!("yesterday"));
    assert_fault(&export, ErrorKind::BadTimestamp, "exported_at");
}

#[test]
fn dates_must_be_written_yyyy_mm_dd() {
    assert_eq!(parse_date("2025-06-30"), NaiveDate::from_ymd_opt(2025, 6, 30));
    for bad in ["2025-6-30", "30/06/2025", "2025-02-30", "2025-06-30T00:00:00Z", ""] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert_fault(
        &with(export_of(vec![dossier()]), "/as_of", json!("2025-6-30")),
        ErrorKind::BadDate,
        "as_of",
    );
    let export = with(export_of(vec![dossier()]), "/assessments/0/as_of", json!(20250630));
    assert_fault(&export, ErrorKind::WrongType, "assessments[0].as_of");
}

#[test]
fn dossier_ids_are_unique_within_an_array_and_an_export() {
    let e = assert_fault(&json!([dossier(), dossier()]), ErrorKind::DuplicateId, "[1].id");
    assert!(e.message.en.contains("first at [0]"), "{e}");
    assert_fault(
        &export_of(vec![dossier(), dossier()]),
        ErrorKind::DuplicateId,
        "dossiers[1].id",
    );
}

#[test]
fn an_export_holds_one_assessment_per_dossier_in_order() {
    let other = with(dossier(), "/id", json!("d2"));
    let export = export_of(vec![dossier(), other]);
    let mut short = export.clone();
    short["assessments"].as_array_mut().expect("an array").pop();
    assert_fault(&short, ErrorKind::AssessmentMismatch, "assessments");
    let mut swapped = export;
    swapped["assessments"].as_array_mut().expect("an array").swap(0, 1);
    assert_fault(&swapped, ErrorKind::AssessmentMismatch, "assessments[0].dossier_id");
}

#[test]
fn assessments_are_checked_for_their_codes_and_numbers() {
    let export = export_of(vec![dossier()]);
    let e = assert_fault(
        &with(export.clone(), "/assessments/0/verdict", json!("great")),
        ErrorKind::UnknownCode,
        "assessments[0].verdict",
    );
    assert_eq!(e.message.en, r#"unknown verdict "great""#);
    let status = "/assessments/0/criteria/0/status";
    assert_fault(
        &with(export.clone(), status, json!("done")),
        ErrorKind::UnknownCode,
        "assessments[0].criteria[0].status",
    );
    let rank = "/assessments/0/rank_key/0";
    assert_fault(
        &with(export.clone(), rank, json!(-1)),
        ErrorKind::OutOfRange,
        "assessments[0].rank_key[0]",
    );
    let e = assert_fault(
        &with(export.clone(), "/assessments/0/rank_key", json!([3, 2, 1])),
        ErrorKind::WrongType,
        "assessments[0].rank_key",
    );
    assert_eq!(e.message.en, "expected an array of 6 whole numbers, found 3 items");
    let detail = "/assessments/0/criteria/0/detail";
    assert_fault(
        &without(export, &format!("{detail}/vi")),
        ErrorKind::MissingField,
        "assessments[0].criteria[0].detail.vi",
    );
}

#[test]
fn validate_assessment_reads_an_assessment_alone_with_paths_below_the_given_one() {
    let export = export_of(vec![dossier()]);
    let a = validate_assessment(&export["assessments"][0], "").expect("valid");
    assert_eq!(a.dossier_id, "d-2024-0001");
    let bad = with(export, "/assessments/0/format", json!("x"));
    let e = validate_assessment(&bad["assessments"][0], "assessments[0]").expect_err("refused");
    assert_eq!(
        (e.kind, e.path.as_str()),
        (ErrorKind::WrongFormat, "assessments[0].format")
    );
}

#[test]
fn paths_inside_an_array_and_an_export_carry_their_prefix() {
    let bad = with(
        with(dossier(), "/id", json!("d2")),
        "/years/1/titles/0",
        json!("cstd_xyz"),
    );
    assert_fault(
        &json!([dossier(), dossier_with_id("d3"), bad.clone()]),
        ErrorKind::UnknownCode,
        "[2].years[1].titles[0]",
    );
    let mut export = export_of(vec![dossier()]);
    export["dossiers"][0] = with(dossier(), "/years/1/titles/0", json!("cstd_xyz"));
    assert_fault(&export, ErrorKind::UnknownCode, "dossiers[0].years[1].titles[0]");
    let e = validate_dossier(&bad, "[2]").expect_err("refused");
    assert_eq!(e.path, "[2].years[1].titles[0]");
}

fn dossier_with_id(id: &str) -> Value {
    with(dossier(), "/id", json!(id))
}

#[test]
fn parse_input_all_lists_every_fault_in_document_order() {
    let v = with(dossier(), "/id", json!(""));
    let v = with(v, "/subject/name", json!(""));
    let v = with(v, "/years/1/titles/0", json!("cstd_xyz"));
    let faults = parse_input_all(&v.to_string()).expect_err("refused");
    let paths: Vec<&str> = faults.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["id", "subject.name", "years[1].titles[0]"]);
}

#[test]
fn the_three_shapes_of_input_read_into_their_dossiers_in_order() {
    let two = json!([dossier(), dossier_with_id("d2")]);
    let input = parse_input(&two.to_string()).expect("valid");
    assert_eq!(
        input.dossiers().iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["d-2024-0001", "d2"]
    );
    assert_eq!(input.dossier_path(1), "[1]");
    let export = parse_input(&export_of(vec![dossier()]).to_string()).expect("valid");
    assert!(matches!(export, Input::Export(_)));
    assert_eq!(export.dossier_path(0), "dossiers[0]");
    assert!(parse_input("[]").expect("valid").dossiers().is_empty());
}
