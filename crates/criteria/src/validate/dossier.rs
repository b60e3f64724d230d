//! The dossier as a whole: its header, ruleset, period and declarations, and the rules between
//! them and the catalogue. The subject and the yearly record have modules of their own.

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

use super::error::{field, key, quote, ErrorKind};
use super::migrate::header;
use super::read::{boolean, id, nullable, object, string, text, timestamp, year, Faults};
use super::{profile, record, subject};
use crate::catalogue::{self, Rule, Ruleset};
use crate::dossier::{Declaration, Dossier, Period, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION};

pub(crate) fn dossier(f: &mut Faults, v: &Value, base: &str) -> Option<Dossier> {
    let obj = object(f, v, base)?;
    header(f, obj, base, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION)?;
    let id = f.required(obj, base, "id", id);
    let created_at = f.required(obj, base, "created_at", timestamp);
    let updated_at = f.required(obj, base, "updated_at", timestamp);
    let ruleset = f.required(obj, base, "ruleset", ruleset);
    let period = f.required(obj, base, "period", period);
    if let (Some(r), Some(p)) = (ruleset, period) {
        inside_span(f, r, p, &field(base, "period"));
    }
    let subject = f.required(obj, base, "subject", |f, v, path| subject::subject(f, v, path, ruleset));
    let kind = subject.as_ref().map(|s| s.kind);
    let years = f.optional(obj, base, "years", Vec::new(), |f, v, path| {
        record::years(f, v, path, kind)
    });
    let initiatives = f.optional(obj, base, "initiatives", None, nullable(record::initiatives));
    let declarations = f.optional(obj, base, "declarations", BTreeMap::new(), |f, v, path| {
        declarations(f, v, path, ruleset)
    });
    let notes = f.optional(obj, base, "notes", String::new(), text);
    let profile = f.optional(
        obj,
        base,
        "profile",
        None,
        nullable(|f, v, path| profile::profile(f, v, path).map(Box::new)),
    );
    Some(Dossier {
        format: DOSSIER_FORMAT.to_string(),
        format_version: DOSSIER_FORMAT_VERSION,
        id: id?,
        created_at: created_at?,
        updated_at: updated_at?,
        ruleset: ruleset?.id.to_string(),
        period: period?,
        subject: subject?,
        years: years?,
        initiatives: initiatives?,
        declarations: declarations?,
        notes: notes?,
        profile: profile?,
    })
}

/// A ruleset id of the catalogue.
pub(crate) fn ruleset(f: &mut Faults, v: &Value, path: &str) -> Option<&'static Ruleset> {
    let s = string(f, v, path)?;
    match catalogue::ruleset(s) {
        Some(r) => Some(r),
        None => f.fault(
            path,
            ErrorKind::UnknownCode,
            format!("bộ tiêu chuẩn không hợp lệ {}", quote(s)),
            format!("unknown ruleset {}", quote(s)),
        ),
    }
}

/// `{ "from": year, "to": year }` with `from <= to`.
pub(crate) fn period(f: &mut Faults, v: &Value, path: &str) -> Option<Period> {
    let obj = object(f, v, path)?;
    let from = f.required(obj, path, "from", year);
    let to = f.required(obj, path, "to", year);
    let (from, to) = (from?, to?);
    if from > to {
        return f.fault(
            path,
            ErrorKind::PeriodReversed,
            format!("năm bắt đầu {from} sau năm kết thúc {to}"),
            format!("from {from} is after to {to}"),
        );
    }
    Some(Period { from, to })
}

/// The period lies inside the ruleset's span (CRITERIA.md, "Rulesets and review periods"); the
/// fault names the end that reaches out.
fn inside_span(f: &mut Faults, ruleset: &Ruleset, period: Period, path: &str) {
    let (first, last) = ruleset.span;
    let span = first..=last;
    let (end, year) = if !span.contains(&period.from) {
        ("from", period.from)
    } else if !span.contains(&period.to) {
        ("to", period.to)
    } else {
        return;
    };
    f.fault::<()>(
        &field(path, end),
        ErrorKind::PeriodOutsideSpan,
        format!(
            "năm {year} nằm ngoài giai đoạn {first}–{last} của bộ tiêu chuẩn \"{}\"",
            ruleset.id
        ),
        format!(
            "{year} is outside the span {first}–{last} of ruleset \"{}\"",
            ruleset.id
        ),
    );
}

/// Declarations keyed by `declared` criteria of the dossier's ruleset. A criterion for another
/// subject kind is accepted (it is simply not listed for this subject), so switching the subject
/// kind in the app does not make a stored dossier unreadable.
fn declarations(
    f: &mut Faults,
    v: &Value,
    base: &str,
    ruleset: Option<&Ruleset>,
) -> Option<BTreeMap<String, Declaration>> {
    let obj = object(f, v, base)?;
    let read: Vec<Option<(String, Declaration)>> = obj
        .iter()
        .map(|(criterion, v)| {
            let path = key(base, criterion);
            if let Some(r) = ruleset.filter(|r| !is_declared(r, criterion)) {
                return f.fault(
                    &path,
                    ErrorKind::UnknownDeclaration,
                    format!(
                        "{} không phải tiêu chí tự khai của bộ tiêu chuẩn \"{}\"",
                        quote(criterion),
                        r.id
                    ),
                    format!(
                        "{} is not a declared criterion of ruleset \"{}\"",
                        quote(criterion),
                        r.id
                    ),
                );
            }
            let decl = object(f, v, &path)?;
            let met = f.required(decl, &path, "met", boolean);
            let evidence = f.optional(decl, &path, "evidence", String::new(), text);
            Some((
                criterion.clone(),
                Declaration {
                    met: met?,
                    evidence: evidence?,
                },
            ))
        })
        .collect();
    read.into_iter().collect()
}

fn is_declared(r: &Ruleset, criterion: &str) -> bool {
    r.criteria
        .iter()
        .any(|c| c.id == criterion && matches!(c.rule, Rule::Declared))
}

/// A dossier array's or export's dossiers have distinct ids: links and the app's store look
/// dossiers up by id. The fault sits on the later one and names the earlier.
pub(crate) fn unique_ids(f: &mut Faults, dossiers: &[Dossier], path_of: impl Fn(usize) -> String) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, d) in dossiers.iter().enumerate() {
        if let Some(&first) = seen.get(d.id.as_str()) {
            let first = path_of(first);
            f.fault::<()>(
                &field(&path_of(i), "id"),
                ErrorKind::DuplicateId,
                format!("mã hồ sơ {} trùng với {first}", quote(&d.id)),
                format!("dossier id {} is used twice (first at {first})", quote(&d.id)),
            );
        } else {
            seen.insert(&d.id, i);
        }
    }
}
