//! The subject's record: yearly results (`years[]`) and initiatives.

use std::collections::HashMap;

use serde_json::Value;

use super::error::ErrorKind;
use super::read::{boolean, code, items, nullable, number_in, object, text, year, Faults};
use crate::codes::{SubjectKind, Title};
use crate::dossier::{Initiative, YearEntry};

pub(super) fn years(f: &mut Faults, v: &Value, path: &str, kind: Option<SubjectKind>) -> Option<Vec<YearEntry>> {
    let mut seen: HashMap<i32, String> = HashMap::new();
    items(f, v, path, |f, v, base| {
        let obj = object(f, v, base)?;
        let year = f.required(obj, base, "year", |f, v, path| entry_year(f, v, path, &mut seen));
        let rating = f.optional(obj, base, "rating", None, nullable(code("xếp loại", "rating")));
        let titles = f.optional(obj, base, "titles", Vec::new(), |f, v, path| {
            items(f, v, path, |f, v, path| title(f, v, path, kind))
        });
        let titles_answered = f.optional(obj, base, "titles_answered", true, boolean);
        let plan_completion_pct = f.optional(
            obj,
            base,
            "plan_completion_pct",
            None,
            nullable(|f, v, path| number_in(f, v, path, 0.0..=1000.0)),
        );
        let evidence = f.optional(obj, base, "evidence", String::new(), text);
        Some(YearEntry {
            year: year?,
            rating: rating?,
            titles: titles?,
            titles_answered: titles_answered?,
            plan_completion_pct: plan_completion_pct?,
            evidence: evidence?,
        })
    })
}

/// A `years[].year` not entered before (`seen` maps each year read so far to the path of its
/// entry). A year outside the period is valid and kept (CRITERIA.md, "What `as_of` can see"): a
/// record is longer than one period, and the period's rules simply do not read it.
fn entry_year(f: &mut Faults, v: &Value, path: &str, seen: &mut HashMap<i32, String>) -> Option<i32> {
    let y = year(f, v, path)?;
    if let Some(first) = seen.get(&y) {
        return f.fault(
            path,
            ErrorKind::DuplicateYear,
            format!("năm {y} đã nhập tại {first}"),
            format!("year {y} is entered twice (first at {first})"),
        );
    }
    seen.insert(y, path.to_string());
    Some(y)
}

/// A title code that a subject of `kind` can receive: its own ladder or a commendation.
fn title(f: &mut Faults, v: &Value, path: &str, kind: Option<SubjectKind>) -> Option<Title> {
    let title: Title = code("danh hiệu", "title")(f, v, path)?;
    match kind {
        Some(k) if !Title::for_subject(k).any(|t| t == title) => f.fault(
            path,
            ErrorKind::TitleNotForSubject,
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
        ),
        _ => Some(title),
    }
}

pub(super) fn initiatives(f: &mut Faults, v: &Value, path: &str) -> Option<Vec<Initiative>> {
    items(f, v, path, |f, v, base| {
        let obj = object(f, v, base)?;
        let title = f.optional(obj, base, "title", String::new(), text);
        let kind = f.required(obj, base, "kind", code("loại sáng kiến", "initiative kind"));
        let year = f.required(obj, base, "year", year);
        let scope = f.required(obj, base, "scope", code("cấp công nhận", "scope"));
        let evidence = f.optional(obj, base, "evidence", String::new(), text);
        Some(Initiative {
            title: title?,
            kind: kind?,
            year: year?,
            scope: scope?,
            evidence: evidence?,
        })
    })
}
