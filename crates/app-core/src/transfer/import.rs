//! Reading one file to import, before anything is written.
//!
//! The file may hold a dossier, an array of dossiers or an export (FORMAT.md). Reading refuses a
//! file that is too big before parsing it, decodes its bytes as `dien-hinh` does (UTF-8, with or
//! without a BOM; a legacy encoding is refused by name rather than read with "�" for every
//! accented letter), lists the faults by JSON path, and refuses a file that holds no dossier.
//! Many files read together make a [`super::batch::Batch`], which plans what they change.

use chrono::NaiveDate;
use criteria::assessment::Assessment;
use criteria::dossier::Dossier;
use criteria::validate::{decode_text, parse_input_all, ErrorKind, Input, ValidationError};

/// The largest file the app reads: far more than a thousand dossiers need.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file is not imported at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Bigger than [`MAX_BYTES`]; not read.
    TooBig { bytes: u64 },
    /// The browser could not read it (its message).
    Unreadable(String),
    /// Made by a newer version of the app (a higher `format_version`).
    Newer,
    /// The faults found, by JSON path (the first hundred, then how many more).
    Faults(Vec<ValidationError>),
    /// A sound file with no dossier in it (`[]`, or an export of nothing).
    Empty,
}

impl Refusal {
    /// A short code for test hooks (`data-refusal`).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::TooBig { .. } => "too-big",
            Refusal::Unreadable(_) => "unreadable",
            Refusal::Newer => "newer",
            Refusal::Faults(_) => "faults",
            Refusal::Empty => "empty",
        }
    }
}

/// What a readable file holds.
#[derive(Debug, Clone, PartialEq)]
pub struct FileContent {
    /// The dossiers, in the file's order; never empty.
    pub dossiers: Vec<Dossier>,
    /// The export's `as_of`, if the file is an export.
    pub as_of: Option<NaiveDate>,
    /// The export's assessments, one per dossier (empty for other files).
    pub stated: Vec<Assessment>,
}

/// What the user chose for a dossier whose id is already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Import it under a new id; the one holding the id stays.
    KeepBoth,
    /// The incoming dossier takes the id, in place of the one holding it.
    Replace,
    /// Leave the one holding the id; do not import this one.
    Skip,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::KeepBoth, Choice::Replace, Choice::Skip];

    /// The value of its radio button.
    pub fn code(self) -> &'static str {
        match self {
            Choice::KeepBoth => "keep-both",
            Choice::Replace => "replace",
            Choice::Skip => "skip",
        }
    }
}

/// One write the import will make, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Add(Dossier),
    /// Takes the id, replacing the dossier stored under it if there is one.
    Replace(Dossier),
    /// Not imported; the name, for the summary.
    Skip(String),
}

/// Reads a file's bytes.
pub fn read(bytes: &[u8]) -> Result<FileContent, Refusal> {
    let size = bytes.len() as u64;
    if size > MAX_BYTES {
        return Err(Refusal::TooBig { bytes: size });
    }
    let text = decode_text(bytes).map_err(|fault| Refusal::Faults(vec![fault]))?;
    let input = parse_input_all(text).map_err(|faults| {
        if faults.iter().any(|f| f.kind == ErrorKind::NewerFormatVersion) {
            Refusal::Newer
        } else {
            Refusal::Faults(faults)
        }
    })?;
    let (as_of, stated) = match &input {
        Input::Export(export) => (Some(export.as_of), export.assessments.clone()),
        _ => (None, Vec::new()),
    };
    let dossiers = input.into_dossiers();
    if dossiers.is_empty() {
        return Err(Refusal::Empty);
    }
    Ok(FileContent {
        dossiers,
        as_of,
        stated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const HOA: &str = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-hoa","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2025},
        "subject":{"kind":"ca_nhan","name":"Nguyễn Thị Hoa","unit_head":true,"unit_dossier":"d-phong"}}"#;

    #[test]
    fn a_file_that_is_too_big_is_refused_unread() {
        let big = vec![b' '; MAX_BYTES as usize + 1];
        assert_eq!(read(&big), Err(Refusal::TooBig { bytes: MAX_BYTES + 1 }));
    }

    #[test]
    fn a_file_that_is_not_utf8_is_refused_and_a_bom_is_read() {
        let latin1: Vec<u8> = HOA
            .replace("Nguyễn Thị Hoa", "Lê Hoàng Lý")
            .chars()
            .map(|c| c as u8)
            .collect();
        let Err(Refusal::Faults(faults)) = read(&latin1) else {
            panic!("refused with a fault")
        };
        assert_eq!(faults[0].kind, ErrorKind::NotUtf8);
        let bom = format!("\u{feff}{HOA}");
        assert!(read(bom.as_bytes()).is_ok());
    }

    #[test]
    fn a_newer_format_version_is_its_own_refusal() {
        let text = r#"{"format":"dien-hinh.dossier","format_version":9}"#;
        assert_eq!(read(text.as_bytes()), Err(Refusal::Newer));
    }

    #[test]
    fn every_fault_is_listed_by_path() {
        let text = HOA
            .replace(r#""kind":"ca_nhan""#, r#""kind":"nobody""#)
            .replace("2023,", "2030,");
        let Err(Refusal::Faults(faults)) = read(text.as_bytes()) else {
            panic!("refused with faults")
        };
        assert!(faults.iter().any(|f| f.path == "subject.kind"), "{faults:?}");
    }

    #[test]
    fn a_file_with_no_dossier_is_refused_as_empty() {
        assert_eq!(read(b"[]"), Err(Refusal::Empty));
        assert_eq!(read(b" [ ]\n"), Err(Refusal::Empty));
    }
}
