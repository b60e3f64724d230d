//! Reading the FILEs of one call: every file is read and validated before anything is printed.
//!
//! Why all first: a unit head's link is resolved among the dossiers of all FILEs, so printing the
//! good files' assessments while one file is refused would print results computed without it (a
//! unit head whose unit sits in the refused file would read `unknown`). A refused call prints
//! nothing on stdout; each refused FILE gets its one line on stderr.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use criteria::validate::{decode_text, parse_input, Input};

use crate::Exit;

/// A file that was read and validated.
pub struct Loaded<T> {
    pub file: PathBuf,
    pub content: T,
}

/// Why a file was refused: `dien-hinh: FILE: REASON`, one line (FORMAT.md, Command line).
pub struct Refusal {
    file: PathBuf,
    reason: String,
}

impl Refusal {
    pub fn new(file: &Path, reason: impl Into<String>) -> Self {
        Refusal {
            file: file.to_path_buf(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Debug-escaping is not wanted for file names, but a line break in one must not split the line.
        let file = self.file.display().to_string().replace(['\n', '\r'], " ");
        write!(f, "dien-hinh: {file}: {}", self.reason)
    }
}

/// Reads and validates every file, keeping what `accept` makes of its input; or every refusal,
/// in the order of the files.
pub fn load_all<T>(
    files: &[PathBuf],
    accept: impl Fn(Input) -> Result<T, String>,
) -> Result<Vec<Loaded<T>>, Vec<Refusal>> {
    let mut loaded = Vec::new();
    let mut refused = Vec::new();
    for file in files {
        match read(file).and_then(|input| accept(input).map_err(|reason| Refusal::new(file, reason))) {
            Ok(content) => loaded.push(Loaded {
                file: file.clone(),
                content,
            }),
            Err(refusal) => refused.push(refusal),
        }
    }
    if refused.is_empty() {
        Ok(loaded)
    } else {
        Err(refused)
    }
}

fn read(file: &Path) -> Result<Input, Refusal> {
    let bytes = fs::read(file).map_err(|e| Refusal::new(file, format!("cannot read: {e}")))?;
    // The app decodes with the same function, so both accept exactly the same files.
    decode_text(&bytes)
        .and_then(parse_input)
        .map_err(|fault| Refusal::new(file, fault.to_string()))
}

/// Prints each refusal on its line of stderr; the call then ends with [`Exit::Refused`].
pub fn refuse(refusals: &[Refusal], err: &mut impl Write) -> io::Result<Exit> {
    for r in refusals {
        writeln!(err, "{r}")?;
    }
    Ok(Exit::Refused)
}
