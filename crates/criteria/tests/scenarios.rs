//! Scenario tests as data (OpenFisca's country-template style): each file of `tests/scenarios/`
//! is one case a domain expert can read and check against the documents, and one named test:
//! `cargo test -p criteria --test scenarios -- r1_ca_nhan_eligible`. What a case file holds is
//! described in `support/scenario.rs`.
//!
//! libtest-mimic runs them, because the built-in harness cannot make one test per data file; a
//! case that cannot be read or expanded into valid dossiers is a failing test of its own name.

#[path = "support/scenario.rs"]
mod scenario;

use std::fs;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn case_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|e| {
            e.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .path()
        })
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no scenario cases in {}", dir.display());
    files
}

fn run(path: &Path, name: &str) -> Result<(), Failed> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let case = scenario::parse(&text)?;
    let expanded = case.expand(name)?;
    let faults = case.check(&expanded);
    if faults.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n{}", case.description, faults.join("\n")).into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let trials = case_files()
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name.clone(), move || run(&path, &name))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
