//! Format versions: reading `format` and `format_version`, and upgrading older documents.

use std::ops::ControlFlow;

use serde_json::{Map, Value};

use super::error::{field, index, quote, ErrorKind, ValidationError};
use super::faults::Faults;
use super::json::{Fields, Json, Kind};
use super::path::Path;
use super::read::{string, whole_in, whole_number};
use crate::assessment::{ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION};
use crate::dossier::{DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION};
use crate::export::{EXPORT_FORMAT, EXPORT_FORMAT_VERSION};

/// Upgrades a document written by an older app to the current format version, so that everything
/// after it (validation, assessment, storage) deals with one version only.
///
/// Takes what [`super::parse_input`] takes: a dossier, an assessment, an export (its dossiers and
/// assessments too) or an array of dossiers. Today version 1 is the only one, so this changes
/// nothing; when `format_version` is raised, the step from the old version goes here.
///
/// Its only refusal is [`ErrorKind::NewerFormatVersion`]: a document from a newer app cannot be
/// read, and the app should say exactly that. Anything else it does not recognise (no `format`, a
/// malformed version) it returns unchanged, for validation to name the fault.
pub fn migrate(value: Value) -> Result<Value, ValidationError> {
    migrate_at(value, "")
}

fn migrate_at(mut value: Value, path: &str) -> Result<Value, ValidationError> {
    match &mut value {
        Value::Array(dossiers) => {
            for (i, d) in dossiers.iter_mut().enumerate() {
                *d = migrate_at(d.take(), &index(path, i))?;
            }
        }
        Value::Object(obj) => match obj.get("format").and_then(Value::as_str) {
            Some(DOSSIER_FORMAT) => check_not_newer(obj, path, DOSSIER_FORMAT_VERSION)?,
            Some(ASSESSMENT_FORMAT) => check_not_newer(obj, path, ASSESSMENT_FORMAT_VERSION)?,
            Some(EXPORT_FORMAT) => {
                check_not_newer(obj, path, EXPORT_FORMAT_VERSION)?;
                for part in ["dossiers", "assessments"] {
                    if let Some(Value::Array(docs)) = obj.get_mut(part) {
                        for (i, d) in docs.iter_mut().enumerate() {
                            *d = migrate_at(d.take(), &index(&field(path, part), i))?;
                        }
                    }
                }
            }
            _ => {}
        },
        _ => {}
    }
    Ok(value)
}

fn check_not_newer(obj: &Map<String, Value>, base: &str, current: u32) -> Result<(), ValidationError> {
    match obj.get("format_version").and_then(Value::as_u64) {
        Some(v) if v > u64::from(current) => Err(newer(&field(base, "format_version"), v, current)),
        _ => Ok(()),
    }
}

/// What [`migrate`] refuses, found in a document read lazily: the first document, in the file's
/// order, whose `format_version` is newer than this crate reads. (Today nothing needs upgrading;
/// when a version 2 comes, the step from version 1 is made on the typed values.)
pub(crate) fn find_newer(v: Json, at: &Path) -> Result<(), ValidationError> {
    const PARTS: &[&str] = &["format", "format_version", "dossiers", "assessments"];
    match v.kind() {
        Kind::Array => each_newer(v, at),
        // An object whose text never spells the key (even escaped) has no version: most items of
        // a hostile array of small objects are passed over without being parsed.
        Kind::Object if !v.raw().contains("format_version") && !v.raw().contains("\\u") => Ok(()),
        Kind::Object => {
            let Ok(obj) = v.fields(PARTS, |_, _| ControlFlow::Continue(())) else {
                return Ok(());
            };
            let format = obj.get("format").and_then(|f| f.as_str().ok());
            let current = match format.as_deref() {
                Some(DOSSIER_FORMAT) => DOSSIER_FORMAT_VERSION,
                Some(ASSESSMENT_FORMAT) => ASSESSMENT_FORMAT_VERSION,
                Some(EXPORT_FORMAT) => EXPORT_FORMAT_VERSION,
                _ => return Ok(()),
            };
            let version = obj.get("format_version").and_then(|v| v.as_number().ok());
            if let Some(v) = version.and_then(|n| n.as_u64()).filter(|v| *v > u64::from(current)) {
                return Err(newer(&at.field("format_version").to_string(), v, current));
            }
            if format.as_deref() == Some(EXPORT_FORMAT) {
                for part in ["dossiers", "assessments"] {
                    if let Some(docs) = obj.get(part).filter(|d| d.kind() == Kind::Array) {
                        each_newer(docs, &at.field(part))?;
                    }
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn each_newer(v: Json, at: &Path) -> Result<(), ValidationError> {
    let mut found = Ok(());
    // The text was checked, so a walk cannot fail; if it did, validation names the fault.
    let _ = v.items(|i, d| {
        found = find_newer(d, &at.index(i));
        if found.is_err() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    found
}

fn newer(path: &str, version: u64, current: u32) -> ValidationError {
    ValidationError::new(
        path,
        ErrorKind::NewerFormatVersion,
        format!("format_version {version} thuộc một phiên bản mới hơn của ứng dụng; phiên bản này đọc đến {current}"),
        format!("format_version {version} is from a newer version of the app; this one reads up to {current}"),
    )
}

/// Checks `format` is `expected` and `format_version` is one this crate reads (after
/// [`migrate`], the current one). `None` (with the fault recorded) if not: nothing else in such
/// a document can be judged.
pub(crate) fn header(f: &mut Faults, obj: &Fields, at: &Path, expected: &str, current: u32) -> Option<()> {
    let format = f.required(obj, at, "format", string)?;
    if format != expected {
        return wrong_format(f, &at.field("format"), &format, &[expected]);
    }
    let version = f.required(obj, at, "format_version", |f, v, at| {
        whole_number(f, v, at, 1..=i64::MAX)
    })?;
    not_newer(f, version, at, current)
}

/// [`header`] of a document already read into its type.
pub(crate) fn header_ok(
    f: &mut Faults,
    format: &str,
    version: u32,
    at: &Path,
    expected: &str,
    current: u32,
) -> Option<()> {
    if format != expected {
        return wrong_format(f, &at.field("format"), format, &[expected]);
    }
    let version = whole_in(f, &version.into(), &at.field("format_version"), 1..=i64::MAX)?;
    not_newer(f, version, at, current)
}

fn not_newer(f: &mut Faults, version: i64, at: &Path, current: u32) -> Option<()> {
    if version > i64::from(current) {
        return f.push(newer(
            &at.field("format_version").to_string(),
            version.unsigned_abs(),
            current,
        ));
    }
    Some(())
}

pub(crate) fn wrong_format<T>(f: &mut Faults, at: &Path, found: &str, expected: &[&str]) -> Option<T> {
    let expected = expected.iter().map(|e| format!("\"{e}\"")).collect::<Vec<_>>();
    f.fault(at, ErrorKind::WrongFormat, || {
        (
            format!(
                "định dạng phải là {}, nhận được {}",
                expected.join(" hoặc "),
                quote(found)
            ),
            format!("expected format {}, found {}", expected.join(" or "), quote(found)),
        )
    })
}
