//! What a refused input says: where (a JSON path), what kind of fault, and why in both languages.

use std::fmt;

use crate::text::Message;

/// One fault in an input, at one place.
///
/// `path` locates the faulty value the way a reader of the file would write it: object fields
/// joined by `.`, array items as `[i]`, map keys as `["key"]` (JSON-quoted, because criterion ids
/// hold `/` and `-`): `years[1].titles[0]`, `declarations["btnmt-dhtt-2023-2025/cn-1"]`. Paths of
/// an array of dossiers start with `[2].`, of an export with `dossiers[0].`. The root itself is the
/// empty path; `Display` then prints the message alone rather than inventing a name for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub kind: ErrorKind,
    pub message: Message,
}

/// The kinds of fault, so a caller can react to one (the app says "made by a newer version of the
/// app" for [`ErrorKind::NewerFormatVersion`]) without reading messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The file's bytes are not UTF-8 text ([`super::decode_text`]).
    NotUtf8,
    /// The text is not JSON at all.
    NotJson,
    /// `format` is not the tag expected here.
    WrongFormat,
    /// `format_version` is higher than this crate knows: the file comes from a newer app. A
    /// malformed version (`"1"`, `0`, `1.5`) is [`ErrorKind::WrongType`] or [`ErrorKind::OutOfRange`].
    NewerFormatVersion,
    /// A required field is absent.
    MissingField,
    /// A value of the wrong JSON type (a number where a string belongs, `null` where not allowed).
    WrongType,
    /// A number outside its range, or not a whole number where one is needed.
    OutOfRange,
    /// A code that is not one of its vocabulary (ruleset, subject kind, rating, title, …).
    UnknownCode,
    /// Two `years[]` entries for the same year.
    DuplicateYear,
    /// `subject.name` empty (after trimming) or longer than 200 characters.
    BadName,
    /// An id that is not 1–64 of `A-Z a-z 0-9 _ -`.
    BadId,
    /// A text longer than its cap ([`super::limits`], and the `profile` fields' caps).
    TooLong,
    /// The ruleset does not cover the subject kind.
    SubjectNotCovered,
    /// `period.from > period.to`.
    PeriodReversed,
    /// The period reaches outside the ruleset's span.
    PeriodOutsideSpan,
    /// A title that a subject of this kind cannot receive (a collective's title on an individual).
    TitleNotForSubject,
    /// `subject.sector` set under a ruleset without sector criteria.
    SectorNotAllowed,
    /// `subject.unit_head` true on a subject that is not an individual.
    UnitHeadNotIndividual,
    /// A declaration keyed by an id that is not a `declared` criterion of the dossier's ruleset.
    UnknownDeclaration,
    /// A timestamp that is not RFC 3339.
    BadTimestamp,
    /// A date that is not `YYYY-MM-DD`.
    BadDate,
    /// Two dossiers with the same id in one export or array.
    DuplicateId,
    /// An export's assessments are not one per dossier, in the dossiers' order.
    AssessmentMismatch,
    /// The fields of one object that this version does not know (kept for a newer version) take
    /// more than [`crate::extra::EXTRA_MAX`] bytes.
    UnknownFieldsTooBig,
    /// Not a fault of its own: the last of [`super::parse_input_all`]'s list when more faults were
    /// found than it lists ([`super::MAX_FAULTS`]), saying how many more.
    MoreFaults,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 25] = [
        ErrorKind::NotUtf8,
        ErrorKind::NotJson,
        ErrorKind::WrongFormat,
        ErrorKind::NewerFormatVersion,
        ErrorKind::MissingField,
        ErrorKind::WrongType,
        ErrorKind::OutOfRange,
        ErrorKind::UnknownCode,
        ErrorKind::DuplicateYear,
        ErrorKind::BadName,
        ErrorKind::BadId,
        ErrorKind::TooLong,
        ErrorKind::SubjectNotCovered,
        ErrorKind::PeriodReversed,
        ErrorKind::PeriodOutsideSpan,
        ErrorKind::TitleNotForSubject,
        ErrorKind::SectorNotAllowed,
        ErrorKind::UnitHeadNotIndividual,
        ErrorKind::UnknownDeclaration,
        ErrorKind::BadTimestamp,
        ErrorKind::BadDate,
        ErrorKind::DuplicateId,
        ErrorKind::AssessmentMismatch,
        ErrorKind::UnknownFieldsTooBig,
        ErrorKind::MoreFaults,
    ];

    /// A stable snake_case name, for tests written as data and for logs.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::NotUtf8 => "not_utf8",
            ErrorKind::NotJson => "not_json",
            ErrorKind::WrongFormat => "wrong_format",
            ErrorKind::NewerFormatVersion => "newer_format_version",
            ErrorKind::MissingField => "missing_field",
            ErrorKind::WrongType => "wrong_type",
            ErrorKind::OutOfRange => "out_of_range",
            ErrorKind::UnknownCode => "unknown_code",
            ErrorKind::DuplicateYear => "duplicate_year",
            ErrorKind::BadName => "bad_name",
            ErrorKind::BadId => "bad_id",
            ErrorKind::TooLong => "too_long",
            ErrorKind::SubjectNotCovered => "subject_not_covered",
            ErrorKind::PeriodReversed => "period_reversed",
            ErrorKind::PeriodOutsideSpan => "period_outside_span",
            ErrorKind::TitleNotForSubject => "title_not_for_subject",
            ErrorKind::SectorNotAllowed => "sector_not_allowed",
            ErrorKind::UnitHeadNotIndividual => "unit_head_not_individual",
            ErrorKind::UnknownDeclaration => "unknown_declaration",
            ErrorKind::BadTimestamp => "bad_timestamp",
            ErrorKind::BadDate => "bad_date",
            ErrorKind::DuplicateId => "duplicate_id",
            ErrorKind::AssessmentMismatch => "assessment_mismatch",
            ErrorKind::UnknownFieldsTooBig => "unknown_fields_too_big",
            ErrorKind::MoreFaults => "more_faults",
        }
    }

    /// The kind named by [`ErrorKind::code`].
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

impl ValidationError {
    pub fn new(path: impl Into<String>, kind: ErrorKind, vi: impl Into<String>, en: impl Into<String>) -> Self {
        ValidationError {
            path: path.into(),
            kind,
            message: Message::new(vi, en),
        }
    }
}

/// `path: English message`, or the message alone at the root. The Vietnamese message is in
/// `message.vi`; [`ValidationError::display_vi`] formats it the same way.
impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&located(&self.path, &self.message.en))
    }
}

impl std::error::Error for ValidationError {}

impl ValidationError {
    /// `path: Vietnamese message`, or the message alone at the root.
    pub fn display_vi(&self) -> String {
        located(&self.path, &self.message.vi)
    }
}

fn located(path: &str, message: &str) -> String {
    if path.is_empty() {
        message.to_string()
    } else {
        format!("{path}: {message}")
    }
}

/// The path of field `name` of the object at `base`.
pub(crate) fn field(base: &str, name: &str) -> String {
    if base.is_empty() {
        name.to_string()
    } else {
        format!("{base}.{name}")
    }
}

/// The path of item `i` of the array at `base`.
pub(crate) fn index(base: &str, i: usize) -> String {
    format!("{base}[{i}]")
}

/// A user's string as a message quotes it: JSON-escaped, so the message stays on one line, and cut
/// to 60 characters, so a huge value cannot flood it.
pub(crate) fn quote(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", json_string(&s[..cut])),
        None => json_string(s),
    }
}

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
