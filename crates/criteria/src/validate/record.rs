//! The subject's record: yearly results (`years[]`) and initiatives.

use std::collections::HashMap;

use super::container::{items, object_keeping};
use super::error::ErrorKind;
use super::faults::Faults;
use super::fields::fields_of;
use super::json::Json;
use super::limits::{EVIDENCE_MAX, INITIATIVE_TITLE_MAX};
use super::path::Path;
use super::read::{boolean, code, nullable, number_in, text_up_to, year};
use crate::codes::{SubjectKind, Title};
use crate::dossier::{Initiative, YearEntry};

/// The years already entered, each with the index of its entry.
pub(super) type Seen = HashMap<i32, usize>;

pub(super) fn years(f: &mut Faults, v: Json, at: &Path, kind: Option<SubjectKind>) -> Option<Vec<YearEntry>> {
    let mut seen = Seen::new();
    let mut next = 0;
    items(f, v, at, |f, v, entry| {
        let i = next;
        next += 1;
        let (obj, extra) = object_keeping(f, v, entry, fields_of(YearEntry::deserialize))?;
        let year = f.required(&obj, entry, "year", |f, v, path| {
            let y = year(f, v, path)?;
            entry_year(f, y, &mut seen, (at, i), path)
        });
        let rating = f.optional(&obj, entry, "rating", None, nullable(code("xếp loại", "rating")));
        let titles = f.optional(&obj, entry, "titles", Vec::new(), |f, v, path| {
            items(f, v, path, |f, v, path| {
                let t = code("danh hiệu", "title")(f, v, path)?;
                title_for(f, t, kind, path)
            })
        });
        let titles_answered = f.optional(&obj, entry, "titles_answered", true, boolean);
        let plan_completion_pct = f.optional(
            &obj,
            entry,
            "plan_completion_pct",
            None,
            nullable(|f, v, path| number_in(f, v, path, PLAN_COMPLETION)),
        );
        let evidence = f.optional(&obj, entry, "evidence", String::new(), text_up_to(EVIDENCE_MAX));
        Some(YearEntry {
            year: year?,
            rating: rating?,
            titles: titles?,
            titles_answered: titles_answered?,
            plan_completion_pct: plan_completion_pct?,
            evidence: evidence?,
            extra: extra?,
        })
    })
}

/// The range of `years[].plan_completion_pct`.
pub(super) const PLAN_COMPLETION: std::ops::RangeInclusive<f64> = 0.0..=1000.0;

/// The `year` (at `at`) of entry `i` of the array at `years`, not entered before (`seen` holds each
/// year read so far, with its entry's index). A year outside the period is valid and kept
/// (CRITERIA.md, "What `as_of` can see"): a record is longer than one period, and the period's
/// rules simply do not read it.
pub(super) fn entry_year(
    f: &mut Faults,
    y: i32,
    seen: &mut Seen,
    (years, i): (&Path, usize),
    at: &Path,
) -> Option<i32> {
    if let Some(&first) = seen.get(&y) {
        let first = years.index(first);
        let first = first.field("year");
        return f.fault(at, ErrorKind::DuplicateYear, || {
            (
                format!("năm {y} đã nhập tại {first}"),
                format!("year {y} is entered twice (first at {first})"),
            )
        });
    }
    seen.insert(y, i);
    Some(y)
}

/// A title that a subject of `kind` can receive: its own ladder or a commendation.
pub(super) fn title_for(f: &mut Faults, title: Title, kind: Option<SubjectKind>, at: &Path) -> Option<Title> {
    match kind {
        Some(k) if !Title::for_subject(k).any(|t| t == title) => f.fault(at, ErrorKind::TitleNotForSubject, || {
            (
                format!(
                    "danh hiệu \"{}\" không dành cho đối tượng \"{}\" ({})",
                    title.code(),
                    k.code(),
                    k.label().vi
                ),
                format!(
                    "title \"{}\" is not for subject kind \"{}\" ({})",
                    title.code(),
                    k.code(),
                    k.label().en
                ),
            )
        }),
        _ => Some(title),
    }
}

pub(super) fn initiatives(f: &mut Faults, v: Json, at: &Path) -> Option<Vec<Initiative>> {
    items(f, v, at, |f, v, at| {
        let (obj, extra) = object_keeping(f, v, at, fields_of(Initiative::deserialize))?;
        let title = f.optional(&obj, at, "title", String::new(), text_up_to(INITIATIVE_TITLE_MAX));
        let kind = f.required(&obj, at, "kind", code("loại sáng kiến", "initiative kind"));
        let year = f.required(&obj, at, "year", year);
        let scope = f.required(&obj, at, "scope", code("cấp công nhận", "scope"));
        let evidence = f.optional(&obj, at, "evidence", String::new(), text_up_to(EVIDENCE_MAX));
        Some(Initiative {
            title: title?,
            kind: kind?,
            year: year?,
            scope: scope?,
            evidence: evidence?,
            extra: extra?,
        })
    })
}
