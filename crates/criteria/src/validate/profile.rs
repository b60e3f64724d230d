//! The optional `profile` object (crate::profile): every field optional, `null` read as absent,
//! strings capped in length, dates written `YYYY-MM-DD`.
//!
//! Fields of the other subject kind are accepted (a person's birth date on a collective): the app
//! keeps them while a user switches the kind back and forth, and the report does not print them.

use serde::Deserialize;

use super::container::object;
use super::faults::Faults;
use super::fields::fields_of;
use super::json::{Fields, Json};
use super::path::Path;
use super::read::{code, date, date_in, length_ok, nullable, string, whole_in, whole_number};
use crate::profile::{Profile, PROFILE_LINE_MAX, PROFILE_TEXT_MAX, STAFF_COUNT_MAX};

pub(super) fn profile(f: &mut Faults, v: Json, at: &Path) -> Option<Profile> {
    let obj = object(f, v, at, fields_of(Profile::deserialize))?;
    let line = |f: &mut Faults, name: &str| text_field(f, &obj, at, name, PROFILE_LINE_MAX);
    let birth_date = date_field(f, &obj, at, "birth_date");
    let gender = f.optional(&obj, at, "gender", None, nullable(code("giới tính", "gender")));
    let home_town = line(f, "home_town");
    let residence = line(f, "residence");
    let qualification = line(f, "qualification");
    let academic_titles = line(f, "academic_titles");
    let address = line(f, "address");
    let founded_on = date_field(f, &obj, at, "founded_on");
    let organisation = text_field(f, &obj, at, "organisation", PROFILE_TEXT_MAX);
    let staff_count = f.optional(
        &obj,
        at,
        "staff_count",
        None,
        nullable(|f, v, at| {
            whole_number(f, v, at, 0..=i64::from(STAFF_COUNT_MAX))
                .map(|n| u32::try_from(n).expect("STAFF_COUNT_MAX fits in u32"))
        }),
    );
    let facilities = text_field(f, &obj, at, "facilities", PROFILE_TEXT_MAX);
    let duties = text_field(f, &obj, at, "duties", PROFILE_TEXT_MAX);
    let achievements = text_field(f, &obj, at, "achievements", PROFILE_TEXT_MAX);
    Some(Profile {
        birth_date: birth_date?,
        gender: gender?,
        home_town: home_town?,
        residence: residence?,
        qualification: qualification?,
        academic_titles: academic_titles?,
        address: address?,
        founded_on: founded_on?,
        organisation: organisation?,
        staff_count: staff_count?,
        facilities: facilities?,
        duties: duties?,
        achievements: achievements?,
    })
}

/// An optional string of at most `max` characters (Unicode scalar values, as a person counts the
/// letters of precomposed Vietnamese).
fn text_field(f: &mut Faults, obj: &Fields, at: &Path, name: &str, max: usize) -> Option<Option<String>> {
    f.optional(
        obj,
        at,
        name,
        None,
        nullable(|f, v, at| {
            let s = string(f, v, at)?;
            length_ok(f, &s, at, max)?;
            Some(s.into_owned())
        }),
    )
}

/// An optional date written `YYYY-MM-DD`, kept as written.
fn date_field(f: &mut Faults, obj: &Fields, at: &Path, name: &str) -> Option<Option<String>> {
    f.optional(
        obj,
        at,
        name,
        None,
        nullable(|f, v, at| {
            let s = string(f, v, at)?;
            date(f, v, at).map(|_| s.into_owned())
        }),
    )
}

/// The rules of a profile already read into its type (the fast path's, [`super::typed`]): what
/// its serde reading does not check.
pub(super) fn profile_ok(f: &mut Faults, p: &Profile, at: &Path) {
    let dates = [("birth_date", &p.birth_date), ("founded_on", &p.founded_on)];
    for (name, date) in dates {
        if let Some(date) = date {
            date_in(f, date, &at.field(name));
        }
    }
    let lines = [
        ("home_town", &p.home_town),
        ("residence", &p.residence),
        ("qualification", &p.qualification),
        ("academic_titles", &p.academic_titles),
        ("address", &p.address),
    ];
    for (name, text) in lines {
        if let Some(text) = text {
            length_ok(f, text, &at.field(name), PROFILE_LINE_MAX);
        }
    }
    let texts = [
        ("organisation", &p.organisation),
        ("facilities", &p.facilities),
        ("duties", &p.duties),
        ("achievements", &p.achievements),
    ];
    for (name, text) in texts {
        if let Some(text) = text {
            length_ok(f, text, &at.field(name), PROFILE_TEXT_MAX);
        }
    }
    if let Some(n) = p.staff_count {
        whole_in(f, &n.into(), &at.field("staff_count"), 0..=i64::from(STAFF_COUNT_MAX));
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::profile::{Gender, Profile, PROFILE_LINE_MAX, PROFILE_TEXT_MAX};
    use crate::validate::{parse_input, ErrorKind, Input, ValidationError};

    fn dossier_with(profile: Value) -> String {
        json!({
            "format": "dien-hinh.dossier", "format_version": 1, "id": "d-1",
            "created_at": "2025-03-02T08:15:00Z", "updated_at": "2025-03-02T08:15:00Z",
            "ruleset": "btnmt-dhtt-2023-2025", "period": { "from": 2023, "to": 2025 },
            "subject": { "kind": "ca_nhan", "name": "Nguyễn Thị Hoa" },
            "profile": profile
        })
        .to_string()
    }

    fn read(profile: Value) -> Option<Profile> {
        match parse_input(&dossier_with(profile)) {
            Ok(Input::Dossier(d)) => d.profile.map(|p| *p),
            other => panic!("expected one valid dossier, got {other:?}"),
        }
    }

    fn refused(profile: Value) -> ValidationError {
        parse_input(&dossier_with(profile)).expect_err("the profile should be refused")
    }

    #[test]
    fn every_field_reads_as_written() {
        let p = read(json!({
            "birth_date": "1985-04-12", "gender": "nu", "home_town": "Ninh Hòa, Khánh Hòa",
            "residence": "Nha Trang", "qualification": "Thạc sĩ Quản lý tài nguyên",
            "academic_titles": "", "address": "", "founded_on": "2008-07-01", "organisation": "",
            "staff_count": 42, "facilities": "", "duties": "Thẩm định hồ sơ", "achievements": "…"
        }))
        .expect("a profile");
        assert_eq!(p.birth_date.as_deref(), Some("1985-04-12"));
        assert_eq!(p.gender, Some(Gender::Nu));
        assert_eq!(p.staff_count, Some(42));
        assert_eq!(p.academic_titles.as_deref(), Some(""));
        assert_eq!(p.duties.as_deref(), Some("Thẩm định hồ sơ"));
    }

    #[test]
    fn null_reads_as_absent_and_an_empty_object_is_an_empty_profile() {
        assert_eq!(read(Value::Null), None);
        assert_eq!(read(json!({})), Some(Profile::default()));
        assert_eq!(
            read(json!({ "gender": null, "duties": null })),
            Some(Profile::default())
        );
    }

    #[test]
    fn a_dossier_without_a_profile_round_trips_without_the_key() {
        let text = dossier_with(Value::Null).replace(r#","profile":null"#, "");
        let Ok(Input::Dossier(d)) = parse_input(&text) else {
            panic!("valid")
        };
        assert!(!serde_json::to_string(&d).expect("serialises").contains("profile"));
    }

    #[test]
    fn faults_name_the_field_inside_the_profile() {
        let e = refused(json!("1985"));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::WrongType, "profile"));
        let e = refused(json!({ "gender": "khac" }));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::UnknownCode, "profile.gender"));
        let e = refused(json!({ "birth_date": "12/04/1985" }));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::BadDate, "profile.birth_date"));
        let e = refused(json!({ "founded_on": 2008 }));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::WrongType, "profile.founded_on"));
        let e = refused(json!({ "staff_count": -1 }));
        assert_eq!(
            (e.kind, e.path.as_str()),
            (ErrorKind::OutOfRange, "profile.staff_count")
        );
        let e = refused(json!({ "staff_count": 2.5 }));
        assert_eq!(
            (e.kind, e.path.as_str()),
            (ErrorKind::OutOfRange, "profile.staff_count")
        );
    }

    #[test]
    fn strings_are_capped_counting_characters_not_bytes() {
        let at_cap = "ữ".repeat(PROFILE_LINE_MAX);
        assert!(read(json!({ "home_town": at_cap })).is_some());
        let e = refused(json!({ "home_town": "ữ".repeat(PROFILE_LINE_MAX + 1) }));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::TooLong, "profile.home_town"));
        assert!(e.message.vi.contains("tối đa 300"), "{}", e.message.vi);
        let e = refused(json!({ "achievements": "a".repeat(PROFILE_TEXT_MAX + 1) }));
        assert_eq!((e.kind, e.path.as_str()), (ErrorKind::TooLong, "profile.achievements"));
    }

    #[test]
    fn every_fault_of_a_profile_is_listed() {
        let faults = crate::validate::parse_input_all(&dossier_with(json!({
            "gender": 1, "residence": [], "staff_count": "many"
        })))
        .expect_err("refused");
        let paths: Vec<&str> = faults.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["profile.gender", "profile.residence", "profile.staff_count"]);
    }
}
