//! Carrying out an import plan through the app state, one dossier at a time, stopping at the first
//! failure without harming what was stored before.

use crate::state::AppState;
use crate::storage::SaveError;
use crate::transfer::import::Step;

/// What an import did, by dossier name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub skipped: Vec<String>,
    /// The dossier whose save failed, and why; the import stopped there.
    pub failed: Option<(String, SaveError)>,
    /// What came after the failure and was not tried.
    pub not_attempted: Vec<String>,
}

/// Writes `steps` in order. A failed addition is taken out again; a failed replacement puts the
/// stored version back, so the dossier stored before survives any failure.
pub fn apply(state: AppState, steps: Vec<Step>) -> Report {
    let mut report = Report::default();
    for step in steps {
        if report.failed.is_some() {
            report.not_attempted.push(name(&step));
            continue;
        }
        match step {
            Step::Skip(name) => report.skipped.push(name),
            Step::Add(d) => {
                let (id, name) = (d.id.clone(), d.subject.name.clone());
                match state.insert(d) {
                    Ok(()) => report.added.push(name),
                    Err(e) => {
                        let _ = state.remove(&id);
                        report.failed = Some((name, e));
                    }
                }
            }
            Step::Replace(d) => {
                let name = d.subject.name.clone();
                let before = state.with_store_untracked(|s| s.get(&d.id).cloned());
                match state.insert(d) {
                    Ok(()) => report.replaced.push(name),
                    Err(e) => {
                        if let Some(before) = before {
                            let _ = state.insert(before);
                        }
                        report.failed = Some((name, e));
                    }
                }
            }
        }
    }
    report
}

fn name(step: &Step) -> String {
    match step {
        Step::Add(d) | Step::Replace(d) => d.subject.name.clone(),
        Step::Skip(name) => name.clone(),
    }
}
