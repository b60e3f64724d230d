//! `dien-hinh assess`: one assessment per dossier, one JSON object per line, in input order.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criteria::dossier::Dossier;
use criteria::validate::Input;
use criteria::Batch;

use crate::load::{load_all, refuse, Loaded, Refusal};
use crate::Exit;

pub fn run(files: &[PathBuf], as_of: NaiveDate, out: &mut impl Write, err: &mut impl Write) -> io::Result<Exit> {
    let loaded = match load_all(files, Ok) {
        Ok(loaded) => loaded,
        Err(refusals) => return refuse(&refusals, err),
    };
    let duplicates = duplicate_ids(&loaded);
    if !duplicates.is_empty() {
        return refuse(&duplicates, err);
    }
    let all: Vec<Dossier> = loaded.into_iter().flat_map(|l| l.content.into_dossiers()).collect();
    // One index of every dossier of the call resolves the unit heads' links.
    let batch = Batch::new(&all);
    for dossier in &all {
        let assessment = batch.assess(dossier, as_of);
        let line = serde_json::to_string(&assessment).expect("an assessment has only string keys, so it serialises");
        writeln!(out, "{line}")?;
    }
    Ok(Exit::Ok)
}

/// Links are looked up by id among all the call's dossiers, so an id given twice (in two files,
/// or the same file twice) would make a link ambiguous: the file holding the later one is refused,
/// naming its first such dossier.
fn duplicate_ids(loaded: &[Loaded<Input>]) -> Vec<Refusal> {
    let mut first: HashMap<&str, &Path> = HashMap::new();
    let mut refused = Vec::new();
    for l in loaded {
        for (i, d) in l.content.dossiers().iter().enumerate() {
            if let Some(other) = first.get(d.id.as_str()) {
                let prefix = l.content.dossier_path(i);
                let path = if prefix.is_empty() {
                    "id".to_string()
                } else {
                    format!("{prefix}.id")
                };
                let reason = format!("{path}: dossier id {:?} is also in {}", d.id, other.display());
                refused.push(Refusal::new(&l.file, reason));
                break;
            }
            first.insert(&d.id, &l.file);
        }
    }
    refused
}
