//! The dossier as a whole: its header, ruleset, period and declarations, and the rules between
//! them and the catalogue. The subject and the yearly record have modules of their own.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::container::{entries, object, object_keeping};
use super::error::{quote, ErrorKind};
use super::faults::Faults;
use super::fields::fields_of;
use super::json::Json;
use super::limits::{EVIDENCE_MAX, NOTES_MAX};
use super::migrate::header;
use super::path::Path;
use super::read::{boolean, nullable, string, text_up_to, timestamp, year};
use super::{profile, read, record, subject};
use crate::catalogue::{self, Rule, Ruleset};
use crate::dossier::{Declaration, Dossier, Period, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION};

pub(crate) fn dossier(f: &mut Faults, v: Json, at: &Path) -> Option<Dossier> {
    let (obj, extra) = object_keeping(f, v, at, fields_of(Dossier::deserialize))?;
    header(f, &obj, at, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION)?;
    let id = f.required(&obj, at, "id", read::id);
    let created_at = f.required(&obj, at, "created_at", timestamp);
    let updated_at = f.required(&obj, at, "updated_at", timestamp);
    let ruleset = f.required(&obj, at, "ruleset", ruleset);
    let period = f.required(&obj, at, "period", period);
    if let (Some(r), Some(p)) = (ruleset, period) {
        inside_span(f, r, p, &at.field("period"));
    }
    let subject = f.required(&obj, at, "subject", |f, v, at| subject::subject(f, v, at, ruleset));
    let kind = subject.as_ref().map(|s| s.kind);
    let years = f.optional(&obj, at, "years", Vec::new(), |f, v, at| record::years(f, v, at, kind));
    let initiatives = f.optional(&obj, at, "initiatives", None, nullable(record::initiatives));
    let declarations = f.optional(&obj, at, "declarations", BTreeMap::new(), |f, v, at| {
        declarations(f, v, at, ruleset)
    });
    let notes = f.optional(&obj, at, "notes", String::new(), text_up_to(NOTES_MAX));
    let profile = f.optional(
        &obj,
        at,
        "profile",
        None,
        nullable(|f, v, at| profile::profile(f, v, at).map(Box::new)),
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
        extra: extra?,
    })
}

/// A ruleset id of the catalogue.
pub(crate) fn ruleset(f: &mut Faults, v: Json, at: &Path) -> Option<&'static Ruleset> {
    let s = string(f, v, at)?;
    ruleset_of(f, &s, at)
}

/// The ruleset `s` names; a fault if none.
pub(crate) fn ruleset_of(f: &mut Faults, s: &str, at: &Path) -> Option<&'static Ruleset> {
    match catalogue::ruleset(s) {
        Some(r) => Some(r),
        None => f.fault(at, ErrorKind::UnknownCode, || {
            (
                format!("bộ tiêu chuẩn không hợp lệ {}", quote(s)),
                format!("unknown ruleset {}", quote(s)),
            )
        }),
    }
}

/// `{ "from": year, "to": year }` with `from <= to`.
pub(crate) fn period(f: &mut Faults, v: Json, at: &Path) -> Option<Period> {
    let obj = object(f, v, at, fields_of(Period::deserialize))?;
    let from = f.required(&obj, at, "from", year);
    let to = f.required(&obj, at, "to", year);
    forwards(f, Period { from: from?, to: to? }, at)
}

/// A period whose `from <= to`; a fault if not.
pub(crate) fn forwards(f: &mut Faults, period: Period, at: &Path) -> Option<Period> {
    let Period { from, to } = period;
    if from > to {
        return f.fault(at, ErrorKind::PeriodReversed, || {
            (
                format!("năm bắt đầu {from} sau năm kết thúc {to}"),
                format!("from {from} is after to {to}"),
            )
        });
    }
    Some(Period { from, to })
}

/// The period lies inside the ruleset's span (CRITERIA.md, "Rulesets and review periods"); the
/// fault names the end that reaches out.
pub(crate) fn inside_span(f: &mut Faults, ruleset: &Ruleset, period: Period, at: &Path) {
    let (first, last) = ruleset.span;
    let span = first..=last;
    let (end, year) = if !span.contains(&period.from) {
        ("from", period.from)
    } else if !span.contains(&period.to) {
        ("to", period.to)
    } else {
        return;
    };
    f.fault::<()>(&at.field(end), ErrorKind::PeriodOutsideSpan, || {
        (
            format!(
                "năm {year} nằm ngoài giai đoạn {first}–{last} của bộ tiêu chuẩn \"{}\"",
                ruleset.id
            ),
            format!(
                "{year} is outside the span {first}–{last} of ruleset \"{}\"",
                ruleset.id
            ),
        )
    });
}

/// Declarations keyed by `declared` criteria of the dossier's ruleset. A criterion for another
/// subject kind is accepted (it is simply not listed for this subject), so switching the subject
/// kind in the app does not make a stored dossier unreadable.
fn declarations(
    f: &mut Faults,
    v: Json,
    at: &Path,
    ruleset: Option<&Ruleset>,
) -> Option<BTreeMap<String, Declaration>> {
    let read = entries(f, v, at, |f, criterion, v, at| {
        declared(f, ruleset, criterion, at)?;
        let (decl, extra) = object_keeping(f, v, at, fields_of(Declaration::deserialize))?;
        let met = f.required(&decl, at, "met", boolean);
        let evidence = f.optional(&decl, at, "evidence", String::new(), text_up_to(EVIDENCE_MAX));
        Some((
            criterion.to_owned(),
            Declaration {
                met: met?,
                evidence: evidence?,
                extra: extra?,
            },
        ))
    })?;
    // A key given twice keeps its last value, as a JSON object does.
    Some(read.into_iter().collect())
}

/// Whether `criterion` may key a declaration under `ruleset` (any key, if the ruleset is not known);
/// a fault if not.
pub(crate) fn declared(f: &mut Faults, ruleset: Option<&Ruleset>, criterion: &str, at: &Path) -> Option<()> {
    match ruleset.filter(|r| !is_declared(r, criterion)) {
        None => Some(()),
        Some(r) => f.fault(at, ErrorKind::UnknownDeclaration, || {
            (
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
            )
        }),
    }
}

fn is_declared(r: &Ruleset, criterion: &str) -> bool {
    r.criteria
        .iter()
        .any(|c| c.id == criterion && matches!(c.rule, Rule::Declared))
}

/// A dossier array's or export's dossiers (the array at `at`) have distinct ids: links and the
/// app's store look dossiers up by id. The fault sits on the later one and names the earlier.
pub(crate) fn unique_ids(f: &mut Faults, dossiers: &[Dossier], at: &Path) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, d) in dossiers.iter().enumerate() {
        if let Some(&first) = seen.get(d.id.as_str()) {
            let first = at.index(first).to_string();
            f.fault::<()>(&at.index(i).field("id"), ErrorKind::DuplicateId, || {
                (
                    format!("mã hồ sơ {} trùng với {first}", quote(&d.id)),
                    format!("dossier id {} is used twice (first at {first})", quote(&d.id)),
                )
            });
        } else {
            seen.insert(&d.id, i);
        }
    }
}
