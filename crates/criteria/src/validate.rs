//! Reading untrusted JSON (an imported file, a browser's storage, a command-line argument) into the
//! crate's types, refusing anything that does not keep FORMAT.md's contract, and saying where.
//!
//! Why not plain serde alone: a derive says "invalid type at line 3 column 17" and stops there. A
//! person fixing a file, or the app listing what is wrong with an import, needs the JSON path of
//! each fault (`years[1].titles[0]`), its kind, and a message in Vietnamese and English; and the
//! rules that tie fields to the catalogue (a period inside the ruleset's span, titles for the
//! subject kind) are not type rules at all.
//!
//! So there are two paths. Most files are valid: they are parsed by serde straight into the types
//! and the other rules are checked on the typed values (the private `typed` module), which is
//! fast. A file that fails either is read again by the walk (the documents' modules: `dossier`,
//! `subject`, `record`, `export`), which finds each fault with its path and message. The walk is
//! the reference: the fast path only ever accepts what the walk accepts, reading the same values
//! (tested by the fuzzing harness, `fuzz`), and the rules are functions both call.
//!
//! ```
//! use criteria::validate::{parse_input, ErrorKind, Input};
//!
//! let err = parse_input(r#"{ "format": "dien-hinh.dossier", "format_version": 2 }"#).unwrap_err();
//! assert_eq!(err.kind, ErrorKind::NewerFormatVersion);
//! assert_eq!(err.path, "format_version");
//! ```
//!
//! # Required and optional fields
//!
//! Required (a missing one is [`ErrorKind::MissingField`]):
//! - dossier: `format`, `format_version`, `id`, `created_at`, `updated_at`, `ruleset`,
//!   `period.from`, `period.to`, `subject.kind`, `subject.name`; `years[].year`;
//!   `initiatives[].kind`, `.year`, `.scope`; `declarations[…].met`;
//! - export and assessment: every field FORMAT.md shows (they are written by code, never by hand),
//!   except an export's `criteria_version`, an added field.
//!
//! Everything else may be absent and then takes FORMAT.md's empty value: strings `""`,
//! `unit_head` false, `unit_dossier`, `sector`, `rating`, `plan_completion_pct` and `initiatives`
//! null, `years` and `titles` `[]`, `declarations` `{}`, `profile` and each of its fields absent
//! (crate::profile; null reads as absent); and the added field `years[].titles_answered` true (a
//! boolean when present). A field that is present must have its type: `null` is accepted only
//! where FORMAT.md allows it.
//!
//! Fields FORMAT.md does not name (FORMAT.md: "Code may add fields") are kept in a dossier, its
//! subject, year entries, initiatives and declarations ([`crate::extra`]), so a file from a newer
//! version comes back out of this one whole; at most [`crate::extra::EXTRA_MAX`] bytes of them per
//! object. Those of an export, an assessment, a period or a profile are ignored.
//!
//! # Decisions where FORMAT.md is silent
//!
//! - Years (`period`, `years[].year`, `initiatives[].year`) are whole numbers of 1900–2200.
//! - Free texts have caps, in characters ([`limits`]): 200 for the name, unit and position, 500 for
//!   an initiative's title, 2,000 for evidence, 10,000 for the notes. FORMAT.md caps only the name.
//! - `years[].year` and `initiatives[].year` only have to be sane years: an entry or an
//!   initiative outside the period is part of the subject's record (a record is longer than one
//!   period, and a user may change the period), and the period's rules simply do not read it
//!   (CRITERIA.md, "What `as_of` can see"). At most one entry per year still holds.
//! - A title must be one the subject kind can receive ([`crate::codes::Title::for_subject`]): its
//!   own ladder or a commendation. A collective's title on an individual is a data-entry error,
//!   not a title that would be ignored.
//! - `subject.sector` is refused under a ruleset without sector criteria; `subject.unit_head` is
//!   refused on a subject that is not an individual. `unit_dossier` without `unit_head` is
//!   accepted (the app may keep the link while the box is unticked), and a link to a dossier that
//!   is not there is not a fault (CRITERIA.md: the criterion is then `unknown`).
//! - A declaration must be keyed by a `declared` criterion of the dossier's own ruleset; one for
//!   another subject kind of that ruleset is accepted and not listed.
//! - `plan_completion_pct` is accepted on any subject kind; only collectives' rules read it.
//! - An assessment's criterion ids are not looked up: a file made with other rules is reported as
//!   differing by `dien-hinh verify`, not refused.
//!
//! # Which fault comes first
//!
//! Faults are found in document order, fields in FORMAT.md's order. A `format_version` newer than
//! this crate reads is found by [`migrate`] before anything else (nothing else in such a file can
//! be judged); faults that compare dossiers (duplicate ids, assessments that do not match) are
//! looked for only once every dossier reads. The first fault is what [`parse_input`] returns (it
//! stops reading there); [`parse_input_all`] returns the first [`MAX_FAULTS`] and counts the rest.
//!
//! # Untrusted input in bounded time and memory
//!
//! A file may be hostile: hundreds of thousands of faulty items, deep nesting, huge strings. The
//! input is checked as JSON once, then read lazily from its text (the private `json` module): no
//! `serde_json::Value` tree is built, arrays are walked item by item, and once a fault is found no
//! value read after it is kept. Faults beyond [`MAX_FAULTS`] are counted, not kept, and a message
//! quotes at most 60 characters of the input. So reading takes time and memory in proportion to
//! the file (about the file's size again for a faulty one).

mod bounded;
mod container;
mod decode;
mod dossier;
mod error;
mod export;
mod faults;
mod fields;
#[cfg(test)]
mod fuzz;
mod json;
pub mod limits;
mod migrate;
mod path;
mod profile;
mod read;
mod record;
mod strict;
mod subject;
#[cfg(test)]
mod tests;
mod typed;

use serde_json::Value;

pub use decode::decode_text;
pub use error::{ErrorKind, ValidationError};
pub use faults::MAX_FAULTS;
pub use migrate::migrate;
pub use read::parse_date;

pub(crate) use bounded::{at_most_one_entry_per_year, at_most_the_declared_criteria, sound_dossiers, strict_date};

use crate::assessment::Assessment;
use crate::dossier::{Dossier, DOSSIER_FORMAT};
use crate::export::{Export, EXPORT_FORMAT};
use crate::text::Text;
use container::items;
use error::index;
use faults::Faults;
use json::{Json, Kind};
use migrate::wrong_format;
use path::Path;
use read::{string, wrong_type};

/// What one file may hold (FORMAT.md, Command line): a dossier, an array of dossiers, or an export.
// One Input per file read: a boxed dossier would save nothing worth an API change.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Dossier(Dossier),
    Dossiers(Vec<Dossier>),
    Export(Export),
}

impl Input {
    /// The dossiers, in the order of the file.
    pub fn dossiers(&self) -> &[Dossier] {
        match self {
            Input::Dossier(d) => std::slice::from_ref(d),
            Input::Dossiers(ds) => ds,
            Input::Export(e) => &e.dossiers,
        }
    }

    pub fn into_dossiers(self) -> Vec<Dossier> {
        match self {
            Input::Dossier(d) => vec![d],
            Input::Dossiers(ds) => ds,
            Input::Export(e) => e.dossiers,
        }
    }

    /// The JSON path of the `i`th dossier in the file (`""`, `[i]` or `dossiers[i]`), to name a
    /// dossier in a message the way a validation fault would.
    pub fn dossier_path(&self, i: usize) -> String {
        match self {
            Input::Dossier(_) => String::new(),
            Input::Dossiers(_) => index("", i),
            Input::Export(_) => index("dossiers", i),
        }
    }
}

/// Reads a file's text: a dossier, an array of dossiers, or an export; older format versions are
/// migrated. Returns the first fault (see the module docs for the order). A file's bytes become
/// its text through [`decode_text`].
pub fn parse_input(text: &str) -> Result<Input, ValidationError> {
    read_text(text, Faults::first()).map_err(first)
}

/// Like [`parse_input`], but returns every fault found (up to [`MAX_FAULTS`], then a last
/// [`ErrorKind::MoreFaults`] that counts the rest), for an import screen that lists them.
/// One fault can hide others below it (a dossier with an unknown ruleset is not checked against a
/// ruleset); the list is what can be said, not a promise that fixing it is enough.
pub fn parse_input_all(text: &str) -> Result<Input, Vec<ValidationError>> {
    read_text(text, Faults::all())
}

fn read_text(text: &str, f: Faults) -> Result<Input, Vec<ValidationError>> {
    match typed::input(text) {
        Some(input) => Ok(input),
        None => walk_text(text, f),
    }
}

/// The walk: every fault, with its path, in order (see the module docs).
fn walk_text(text: &str, mut f: Faults) -> Result<Input, Vec<ValidationError>> {
    json::check_syntax(text).map_err(|e| vec![not_json(&e)])?;
    let root = Json::parse(text).map_err(|e| vec![not_json(&e)])?;
    let at = Path::Root("");
    migrate::find_newer(root, &at).map_err(|e| vec![e])?;
    let input = read_input(&mut f, root, &at);
    f.finish(input)
}

fn read_input(f: &mut Faults, v: Json, at: &Path) -> Option<Input> {
    match v.kind() {
        Kind::Array => {
            let dossiers = items(f, v, at, dossier::dossier)?;
            dossier::unique_ids(f, &dossiers, at);
            Some(Input::Dossiers(dossiers))
        }
        Kind::Object => {
            let format = v
                .fields(&["format"], |_, _| std::ops::ControlFlow::Continue(()))
                .ok()
                .and_then(|obj| obj.get("format"))
                .filter(|tag| tag.kind() == Kind::String);
            let tag = match format {
                Some(tag) => string(f, tag, &at.field("format"))?,
                // Absent or not a string: the dossier reader names the fault.
                None => return dossier::dossier(f, v, at).map(Input::Dossier),
            };
            match tag.as_ref() {
                EXPORT_FORMAT => export::export(f, v, at).map(Input::Export),
                DOSSIER_FORMAT => dossier::dossier(f, v, at).map(Input::Dossier),
                _ => wrong_format(f, &at.field("format"), &tag, &[DOSSIER_FORMAT, EXPORT_FORMAT]),
            }
        }
        _ => wrong_type(
            f,
            v,
            at,
            Text {
                vi: "hồ sơ, mảng hồ sơ hoặc tệp xuất",
                en: "a dossier, an array of dossiers or an export",
            },
        ),
    }
}

/// Reads one dossier that sits at `path` in its document (`""` for a whole file; faults' paths
/// start with it). Expects a migrated value: run [`migrate`] on stored data first.
pub fn validate_dossier(v: &Value, path: &str) -> Result<Dossier, ValidationError> {
    match typed::value(v, &Path::Root(path), typed::dossier) {
        Some(dossier) => Ok(dossier),
        None => walk_value(v, path, dossier::dossier),
    }
}

/// Like [`validate_dossier`], from the dossier's JSON text, with [`migrate`]'s check for a newer
/// format version (version 1 is the only one, so there is nothing else to migrate): the same
/// dossier or the same first fault, paths starting with `path`. For a caller that has text, so
/// that it builds no `serde_json::Value` (the app stores dossiers as text, and reading them this
/// way keeps `Value` and a second copy of the serde code out of its wasm).
pub fn parse_dossier(text: &str, path: &str) -> Result<Dossier, ValidationError> {
    let at = Path::Root(path);
    if let Some(dossier) = typed::text(text, &at, typed::dossier) {
        return Ok(dossier);
    }
    json::check_syntax(text).map_err(|e| not_json(&e))?;
    let root = Json::parse(text).map_err(|e| not_json(&e))?;
    // At the document's root, as `migrate` names it.
    migrate::find_newer(root, &Path::Root(""))?;
    let mut f = Faults::first();
    let dossier = dossier::dossier(&mut f, root, &at);
    f.finish(dossier).map_err(first)
}

/// Reads one export that sits at `path` (usually `""`), its dossiers and assessments included.
pub fn validate_export(v: &Value, path: &str) -> Result<Export, ValidationError> {
    match typed::value(v, &Path::Root(path), typed::export) {
        Some(export) => Ok(export),
        None => walk_value(v, path, export::export),
    }
}

/// Reads one assessment that sits at `path`: its shape, format, codes, statuses, verdict and dates.
pub fn validate_assessment(v: &Value, path: &str) -> Result<Assessment, ValidationError> {
    match typed::value(v, &Path::Root(path), typed::assessment) {
        Some(assessment) => Ok(assessment),
        None => walk_value(v, path, export::assessment),
    }
}

/// The walk over a value that is already in memory: its text, which the readers then walk as
/// they walk a file's.
fn walk_value<T>(
    v: &Value,
    path: &str,
    read: impl FnOnce(&mut Faults, Json, &Path) -> Option<T>,
) -> Result<T, ValidationError> {
    let text = v.to_string();
    let root = Json::parse(&text).map_err(|e| not_json(&e))?;
    let mut f = Faults::first();
    let value = read(&mut f, root, &Path::Root(path));
    f.finish(value).map_err(first)
}

fn first(faults: Vec<ValidationError>) -> ValidationError {
    faults.into_iter().next().expect("a refusal carries at least one fault")
}

fn not_json(e: &serde_json::Error) -> ValidationError {
    let (line, column) = (e.line(), e.column());
    ValidationError::new(
        "",
        ErrorKind::NotJson,
        format!("không phải JSON hợp lệ (dòng {line}, cột {column})"),
        format!("not valid JSON: {e}"),
    )
}
