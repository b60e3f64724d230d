//! Format versions: reading `format` and `format_version`, and upgrading older documents.

use serde_json::{Map, Value};

use super::error::{field, index, quote, ErrorKind, ValidationError};
use super::read::{string, whole_number, Faults};
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
pub(crate) fn header(f: &mut Faults, obj: &Map<String, Value>, base: &str, expected: &str, current: u32) -> Option<()> {
    let format = f.required(obj, base, "format", string)?;
    if format != expected {
        return wrong_format(f, &field(base, "format"), format, &[expected]);
    }
    let version = f.required(obj, base, "format_version", |f, v, path| {
        whole_number(f, v, path, 1..=i64::MAX)
    })?;
    if version > i64::from(current) {
        return f.push(newer(&field(base, "format_version"), version.unsigned_abs(), current));
    }
    Some(())
}

pub(crate) fn wrong_format<T>(f: &mut Faults, path: &str, found: &str, expected: &[&str]) -> Option<T> {
    let expected = expected.iter().map(|e| format!("\"{e}\"")).collect::<Vec<_>>();
    f.fault(
        path,
        ErrorKind::WrongFormat,
        format!(
            "định dạng phải là {}, nhận được {}",
            expected.join(" hoặc "),
            quote(found)
        ),
        format!("expected format {}, found {}", expected.join(" or "), quote(found)),
    )
}
