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

/// Writes `steps` in order, stopping at the first failure. After a failure the dossier is read
/// back from storage (which the failed write did not touch), so an addition leaves nothing behind
/// and a replacement leaves the stored version; nothing is removed from storage. An id that became
/// taken since the file was read (another tab) is not overwritten: that addition fails.
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
                let taken = state.with_store_untracked(|s| s.get(&id).cloned());
                if let Some(theirs) = taken {
                    report.failed = Some((
                        name,
                        SaveError::Conflict {
                            theirs: Box::new(Some(theirs)),
                        },
                    ));
                    continue;
                }
                match state.insert(d) {
                    Ok(()) => report.added.push(name),
                    Err(e) => {
                        state.take_theirs(&id);
                        report.failed = Some((name, e));
                    }
                }
            }
            Step::Replace(d) => {
                let (id, name) = (d.id.clone(), d.subject.name.clone());
                match state.insert(d) {
                    Ok(()) => report.replaced.push(name),
                    Err(e) => {
                        state.take_theirs(&id);
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
