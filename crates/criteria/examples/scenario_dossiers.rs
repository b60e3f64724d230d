//! Writes every scenario case's dossiers, expanded as the scenario tests expand them, so tools
//! outside Rust can use them: the JSON Schema test (`tests/schemas.test.mjs`) validates each one
//! and the assessment `dien-hinh` prints for it.
//!
//! `scenario_dossiers OUTDIR` writes `OUTDIR/<case>.json` (the case's dossier then its others, as
//! an array, each id once) and `OUTDIR/as_of.json` (each case's day). `cargo test -p criteria` builds it.

// The scenario tests' own module, of which this uses only the expansion (not the checks).
#[allow(dead_code)]
#[path = "../tests/support/scenario.rs"]
mod scenario;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

fn main() -> ExitCode {
    let Some(out) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: scenario_dossiers OUTDIR");
        return ExitCode::from(2);
    };
    match write_all(&out) {
        Ok(count) => {
            println!("{count} scenario cases written to {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scenario_dossiers: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_all(out: &Path) -> Result<usize, String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut days = BTreeMap::new();
    for path in &files {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
        let case = scenario::parse(&text).map_err(|e| format!("{name}: {e}"))?;
        let expanded = case.expand(&name).map_err(|e| format!("{name}: {e}"))?;
        // A case's others may hold the dossier itself (a link to one's own id); a file of dossiers
        // holds each id once, so such a copy is left out.
        let mut dossiers = vec![&expanded.dossier];
        for other in &expanded.others {
            if dossiers.iter().all(|d| d.id != other.id) {
                dossiers.push(other);
            }
        }
        let json = serde_json::to_string_pretty(&dossiers).map_err(|e| format!("{name}: {e}"))?;
        fs::write(out.join(format!("{name}.json")), json).map_err(|e| format!("{name}: {e}"))?;
        days.insert(name, expanded.as_of.to_string());
    }
    let json = serde_json::to_string_pretty(&days).map_err(|e| e.to_string())?;
    fs::write(out.join("as_of.json"), json).map_err(|e| format!("as_of.json: {e}"))?;
    Ok(files.len())
}
