//! The longest text each free-text field of a dossier may hold, in characters (Unicode scalar
//! values, as a person counts the letters of precomposed Vietnamese, and as JSON Schema's
//! `maxLength` counts). The app's inputs use them as `maxlength` (which counts UTF-16 units, never
//! fewer), the schemas in `public/schemas/` state them, and the validator refuses longer text with
//! its path ([`super::ErrorKind::TooLong`], or [`super::ErrorKind::BadName`] for the name).
//!
//! Why caps at all: every field is kept in the browser's storage, shown on screens and printed on
//! an A4 report, and a file is untrusted; without them one field could hold the whole 5 MiB.
//! Why these: each is several times what its use needs, so no honest entry meets it.

/// `subject.name`: a person's full name, a unit's or a household's; the longest real ones are
/// under 100 characters.
pub const NAME_MAX: usize = 200;

/// `subject.unit`: the unit's name, possibly with its parents ("Phòng Đo đạc, Sở Tài nguyên và Môi
/// trường tỉnh Khánh Hòa" is 71).
pub const UNIT_MAX: usize = 200;

/// `subject.position`: a job title ("Phó Trưởng phòng Quản lý đất đai").
pub const POSITION_MAX: usize = 200;

/// `initiatives[].title`: a research topic's title can run to a long sentence or two, as in the
/// decision that recognised it.
pub const INITIATIVE_TITLE_MAX: usize = 500;

/// `evidence` of a year, an initiative or a declaration: the decisions that prove it (number,
/// date, issuer) and a sentence of comment; a third of a printed page.
pub const EVIDENCE_MAX: usize = 2_000;

/// `notes`: the subject's own remarks, a few printed pages at most.
pub const NOTES_MAX: usize = 10_000;
