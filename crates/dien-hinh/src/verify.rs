//! `dien-hinh verify`: re-assesses each export's dossiers at its `as_of` and reports every
//! assessment that differs from the one the file states (FORMAT.md, Export: "a mismatch means the
//! file was edited by hand or made with other rules").

use std::io::{self, Write};
use std::path::PathBuf;

use criteria::export::{Export, CRITERIA_VERSION};
use criteria::validate::Input;
use criteria::Batch;

use crate::compare::differences;
use crate::load::{load_all, refuse};
use crate::Exit;

pub fn run(files: &[PathBuf], out: &mut impl Write, err: &mut impl Write) -> io::Result<Exit> {
    let exports = match load_all(files, only_exports) {
        Ok(exports) => exports,
        Err(refusals) => return refuse(&refusals, err),
    };
    let mut exit = Exit::Ok;
    for loaded in exports {
        let file = loaded.file.display();
        let export = loaded.content;
        let mut differing = 0;
        // Links resolve among the export's own dossiers, as they did when it was made.
        let batch = Batch::new(&export.dossiers);
        for (dossier, stated) in export.dossiers.iter().zip(&export.assessments) {
            let recomputed = batch.assess(dossier, export.as_of);
            let found = differences(stated, &recomputed);
            if !found.is_empty() {
                differing += 1;
            }
            for d in found {
                writeln!(out, "{file}: {}: {d}", dossier.id)?;
            }
        }
        let total = export.assessments.len();
        if differing == 0 {
            writeln!(out, "{file}: all {total} assessments agree (as of {})", export.as_of)?;
        } else {
            exit = Exit::Differs;
            writeln!(
                out,
                "{file}: {differing} of {total} assessments differ (as of {})",
                export.as_of
            )?;
            if let Some(theirs) = export.criteria_version.as_deref().filter(|v| *v != CRITERIA_VERSION) {
                writeln!(
                    out,
                    "{file}: note: made with criteria {theirs}; this is criteria {CRITERIA_VERSION}"
                )?;
            }
        }
    }
    Ok(exit)
}

fn only_exports(input: Input) -> Result<Export, String> {
    match input {
        Input::Export(export) => Ok(export),
        Input::Dossier(_) => Err(not_an_export("a dossier")),
        Input::Dossiers(_) => Err(not_an_export("an array of dossiers")),
    }
}

fn not_an_export(found: &str) -> String {
    format!("not an export: verify reads dien-hinh.export files, and this one holds {found}")
}
