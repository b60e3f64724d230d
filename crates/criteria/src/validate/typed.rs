//! The fast path: the file parsed straight into the crate's types by serde, then the rules that
//! are not type rules checked on the typed values.
//!
//! Most files are valid, and for them this is all the reading there is: one pass of serde over
//! the text, several times faster than walking it (issue 13). It never names a fault: any
//! refusal, by serde or by a rule, sends the file to the walk, which finds every fault with its
//! path and message in the order the module docs give. So the two paths must agree on what is
//! valid; the walk is the reference, and the tests check this path accepts only what it accepts,
//! reading the same values.
//!
//! The rules are the walk's own functions (`id_ok`, `inside_span`, …), called here on typed
//! values, so each rule is written once. Those of each dossier of an array or an export are
//! checked as soon as it is parsed ([`super::bounded::sound_dossiers`]): a file of many
//! faulty but well-typed dossiers stops the parse at the first, instead of being built whole.

use std::borrow::Cow;
use std::cell::Cell;
use std::fmt;

use serde::de::{Deserializer as _, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use super::bounded::sound_dossiers;
use super::dossier::{declared, forwards, inside_span, ruleset_of, unique_ids};
use super::export::one_per_dossier;
use super::faults::Faults;
use super::limits::{EVIDENCE_MAX, INITIATIVE_TITLE_MAX, NOTES_MAX, POSITION_MAX, UNIT_MAX};
use super::migrate::header_ok;
use super::path::Path;
use super::profile::profile_ok;
use super::read::{fraction_in, id_ok, length_ok, timestamp_ok, year_in};
use super::record::{entry_year, title_for, Seen, PLAN_COMPLETION};
use super::strict::Strict;
use super::subject::{covered, head_of_unit, name_ok, sector_allowed};
use super::Input;
use crate::assessment::{Assessment, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION};
use crate::catalogue::Ruleset;
use crate::codes::SubjectKind;
use crate::dossier::{Dossier, Period, Subject, YearEntry, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION};
use crate::export::{Export, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};

/// The file's input, if it is valid in every respect.
pub(super) fn input(text: &str) -> Option<Input> {
    let input = match text.trim_start_matches([' ', '\t', '\n', '\r']).as_bytes().first()? {
        b'[' => {
            let mut de = serde_json::Deserializer::from_str(text);
            let dossiers = sound_dossiers(Strict(&mut de)).ok()?;
            de.end().ok()?;
            Input::Dossiers(dossiers)
        }
        b'{' => match format_tag(text)?.as_str() {
            EXPORT_FORMAT => Input::Export(from_text(text)?),
            DOSSIER_FORMAT => Input::Dossier(from_text(text)?),
            _ => return None,
        },
        _ => return None,
    };
    let mut f = Faults::first();
    let root = Path::Root("");
    match &input {
        Input::Dossier(d) => dossier(&mut f, d, &root),
        Input::Dossiers(ds) => unique_ids(&mut f, ds, &root),
        Input::Export(e) => export(&mut f, e, &root),
    }
    f.is_clean().then_some(input)
}

/// The value read as a `T` sitting at `at` in its document (its rules checked by `check`), if it is
/// valid in every respect.
pub(super) fn value<T: for<'de> Deserialize<'de>>(
    v: &Value,
    at: &Path,
    check: impl FnOnce(&mut Faults, &T, &Path),
) -> Option<T> {
    let value = T::deserialize(Strict(v)).ok()?;
    let mut f = Faults::first();
    check(&mut f, &value, at);
    f.is_clean().then_some(value)
}

/// The text read as a `T` sitting at `at` in its document (its rules checked by `check`), if it
/// is valid in every respect.
pub(super) fn text<'a, T: Deserialize<'a>>(
    text: &'a str,
    at: &Path,
    check: impl FnOnce(&mut Faults, &T, &Path),
) -> Option<T> {
    let value = from_text(text)?;
    let mut f = Faults::first();
    check(&mut f, &value, at);
    f.is_clean().then_some(value)
}

fn from_text<'a, T: Deserialize<'a>>(text: &'a str) -> Option<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Strict(&mut de)).ok()?;
    de.end().ok()?;
    Some(value)
}

/// The `format` of a document, to know which type to parse it into. The app writes it first, and
/// then reading stops there; elsewhere in the object it costs a pass over the text.
fn format_tag(text: &str) -> Option<String> {
    let found = Cell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    // Stopping early leaves the object unread, which serde_json reports as an error: the answer
    // is what was found.
    let _ = de.deserialize_map(FormatTag(&found));
    found.take()
}

struct FormatTag<'c>(&'c Cell<Option<String>>);

impl<'de> Visitor<'de> for FormatTag<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Cow<str>>()? {
            if key == "format" {
                self.0.set(map.next_value::<String>().ok());
                return Ok(());
            }
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

pub(super) fn dossier(f: &mut Faults, d: &Dossier, at: &Path) {
    header_ok(
        f,
        &d.format,
        d.format_version,
        at,
        DOSSIER_FORMAT,
        DOSSIER_FORMAT_VERSION,
    );
    id_ok(f, &d.id, &at.field("id"));
    timestamp_ok(f, &d.created_at, &at.field("created_at"));
    timestamp_ok(f, &d.updated_at, &at.field("updated_at"));
    let ruleset = ruleset_of(f, &d.ruleset, &at.field("ruleset"));
    let period = period(f, d.period, &at.field("period"));
    if let (Some(r), Some(p)) = (ruleset, period) {
        inside_span(f, r, p, &at.field("period"));
    }
    subject(f, &d.subject, &at.field("subject"), ruleset);
    years(f, &d.years, &at.field("years"), d.subject.kind);
    let initiatives = at.field("initiatives");
    for (i, initiative) in d.initiatives.iter().flatten().enumerate() {
        let at = initiatives.index(i);
        length_ok(f, &initiative.title, &at.field("title"), INITIATIVE_TITLE_MAX);
        year_in(f, &initiative.year.into(), &at.field("year"));
        length_ok(f, &initiative.evidence, &at.field("evidence"), EVIDENCE_MAX);
    }
    let declarations = at.field("declarations");
    for (criterion, declaration) in &d.declarations {
        let at = declarations.key(criterion);
        declared(f, ruleset, criterion, &at);
        length_ok(f, &declaration.evidence, &at.field("evidence"), EVIDENCE_MAX);
    }
    length_ok(f, &d.notes, &at.field("notes"), NOTES_MAX);
    if let Some(p) = &d.profile {
        profile_ok(f, p, &at.field("profile"));
    }
}

fn period(f: &mut Faults, p: Period, at: &Path) -> Option<Period> {
    let from = year_in(f, &p.from.into(), &at.field("from"));
    let to = year_in(f, &p.to.into(), &at.field("to"));
    forwards(f, Period { from: from?, to: to? }, at)
}

fn subject(f: &mut Faults, s: &Subject, at: &Path, ruleset: Option<&Ruleset>) {
    if let Some(r) = ruleset {
        covered(f, r, s.kind, &at.field("kind"));
        sector_allowed(f, s.sector, r, &at.field("sector"));
    }
    name_ok(f, &s.name, &at.field("name"));
    length_ok(f, &s.unit, &at.field("unit"), UNIT_MAX);
    length_ok(f, &s.position, &at.field("position"), POSITION_MAX);
    head_of_unit(f, s.unit_head, s.kind, &at.field("unit_head"));
    if let Some(link) = &s.unit_dossier {
        id_ok(f, link, &at.field("unit_dossier"));
    }
}

fn years(f: &mut Faults, entries: &[YearEntry], at: &Path, kind: SubjectKind) {
    let mut seen = Seen::new();
    for (i, e) in entries.iter().enumerate() {
        let entry = at.index(i);
        let year = entry.field("year");
        if let Some(y) = year_in(f, &e.year.into(), &year) {
            entry_year(f, y, &mut seen, (at, i), &year);
        }
        let titles = entry.field("titles");
        for (j, t) in e.titles.iter().enumerate() {
            title_for(f, *t, Some(kind), &titles.index(j));
        }
        if let Some(pct) = e.plan_completion_pct {
            // NaN and the infinities, which JSON cannot write, are out of range too.
            let n = serde_json::Number::from_f64(pct).unwrap_or_else(|| (-1).into());
            fraction_in(f, &n, &entry.field("plan_completion_pct"), PLAN_COMPLETION);
        }
        length_ok(f, &e.evidence, &entry.field("evidence"), EVIDENCE_MAX);
    }
}

pub(super) fn export(f: &mut Faults, e: &Export, at: &Path) {
    header_ok(f, &e.format, e.format_version, at, EXPORT_FORMAT, EXPORT_FORMAT_VERSION);
    timestamp_ok(f, &e.exported_at, &at.field("exported_at"));
    // Each dossier's rules were checked as it was parsed.
    let assessments = at.field("assessments");
    for (i, a) in e.assessments.iter().enumerate() {
        assessment(f, a, &assessments.index(i));
    }
    unique_ids(f, &e.dossiers, &at.field("dossiers"));
    one_per_dossier(f, &e.dossiers, &e.assessments, at);
}

pub(super) fn assessment(f: &mut Faults, a: &Assessment, at: &Path) {
    header_ok(
        f,
        &a.format,
        a.format_version,
        at,
        ASSESSMENT_FORMAT,
        ASSESSMENT_FORMAT_VERSION,
    );
    id_ok(f, &a.dossier_id, &at.field("dossier_id"));
    ruleset_of(f, &a.ruleset, &at.field("ruleset"));
    period(f, a.period, &at.field("period"));
}
