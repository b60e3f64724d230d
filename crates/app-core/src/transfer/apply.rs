//! Carrying out an import plan on the store, one dossier at a time, stopping at the first failure
//! without harming what was stored before.

use super::batch::Progress;
use super::import::Step;
use crate::store::{SaveError, Store};

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

/// Writes `steps` in order, stopping at the first failure: [`Applying`] all at once.
pub fn apply(store: &mut Store, steps: Vec<Step>) -> Report {
    let mut applying = Applying::new(steps);
    applying.run(store, usize::MAX);
    applying.into_report()
}

/// An import being written, a few dossiers at a time, so the page can give the browser a frame
/// between steps and show how far it has come.
///
/// Steps are written in order, stopping at the first failure. After a failure the dossier is read
/// back from storage (which the failed write did not touch), so an addition leaves nothing behind
/// and a replacement leaves the stored version; nothing is removed from storage. An id that became
/// taken since the file was read (another tab) is not overwritten: that addition fails.
pub struct Applying {
    steps: std::vec::IntoIter<Step>,
    total: usize,
    done: usize,
    report: Report,
}

impl Applying {
    pub fn new(steps: Vec<Step>) -> Applying {
        Applying {
            total: steps.len(),
            steps: steps.into_iter(),
            done: 0,
            report: Report::default(),
        }
    }

    /// Writes up to `max` more steps (after a failure, lists every remaining one as not
    /// attempted); returns how many of all are through.
    pub fn run(&mut self, store: &mut Store, max: usize) -> Progress {
        store.with_index_once(|store| {
            for _ in 0..max {
                let Some(step) = self.steps.next() else {
                    break;
                };
                self.done += 1;
                write(store, step, &mut self.report);
                if self.report.failed.is_some() {
                    self.report.not_attempted.extend(self.steps.by_ref().map(|s| name(&s)));
                    self.done = self.total;
                }
            }
        });
        self.progress()
    }

    pub fn progress(&self) -> Progress {
        Progress {
            done: self.done,
            total: self.total,
        }
    }

    pub fn into_report(self) -> Report {
        self.report
    }
}

fn write(store: &mut Store, step: Step, report: &mut Report) {
    match step {
        Step::Skip(name) => report.skipped.push(name),
        Step::Add(d) => {
            let (id, name) = (d.id.clone(), d.subject.name.clone());
            if let Some(theirs) = store.get(&id).cloned() {
                report.failed = Some((
                    name,
                    SaveError::Conflict {
                        theirs: Box::new(Some(theirs)),
                    },
                ));
                return;
            }
            match store.put(d) {
                Ok(()) => report.added.push(name),
                Err(e) => {
                    store.take_theirs(&id);
                    report.failed = Some((name, e));
                }
            }
        }
        Step::Replace(d) => {
            let (id, name) = (d.id.clone(), d.subject.name.clone());
            match store.put(d) {
                Ok(()) => report.replaced.push(name),
                Err(e) => {
                    store.take_theirs(&id);
                    report.failed = Some((name, e));
                }
            }
        }
    }
}

fn name(step: &Step) -> String {
    match step {
        Step::Add(d) | Step::Replace(d) => d.subject.name.clone(),
        Step::Skip(name) => name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::fixtures::dossier;
    use crate::store::{Durability, KeyValue, MemoryStorage};

    fn names(store: &Store) -> Vec<String> {
        store.dossiers().map(|d| d.subject.name.clone()).collect()
    }

    #[test]
    fn an_import_that_fills_the_quota_half_way_stops_and_keeps_what_was_stored() {
        const QUOTA: usize = 10_000;
        let kv: Rc<dyn KeyValue> = Rc::new(MemoryStorage::with_quota(QUOTA));
        let mut store = Store::open(Rc::clone(&kv), Durability::Persistent);
        store.load_all();
        store.put(dossier("d-a", "An")).expect("room for one");
        // Leave room for a small change, not for another dossier with a long name.
        let keys = kv.keys().expect("listed");
        let used: usize = keys
            .iter()
            .map(|k| k.len() + kv.get(k).ok().flatten().map_or(0, |v| v.encode_utf16().count()))
            .sum();
        kv.set("filler", &"x".repeat(QUOTA - used - "filler".len() - 500))
            .expect("room for the filler");
        let big = "B".repeat(190);
        let report = apply(
            &mut store,
            vec![
                Step::Replace(dossier("d-a", "An (mới)")),
                Step::Add(dossier("d-b", &big)),
                Step::Skip("Cường".into()),
                Step::Add(dossier("d-d", "Dũng")),
            ],
        );
        assert_eq!(report.replaced, ["An (mới)"]);
        assert_eq!(
            report.failed.as_ref().map(|(n, e)| (n.as_str(), e)),
            Some((big.as_str(), &SaveError::QuotaFull))
        );
        assert_eq!(report.not_attempted, ["Cường", "Dũng"]);
        assert_eq!(names(&store), ["An (mới)"], "the failed addition leaves nothing behind");
        let mut next = Store::open(kv, Durability::Persistent);
        next.load_all();
        assert_eq!(names(&next), ["An (mới)"]);
    }

    #[test]
    fn an_id_taken_since_the_file_was_read_is_not_overwritten() {
        let mut store = Store::open(Rc::new(MemoryStorage::default()), Durability::Ephemeral);
        store.load_all();
        store.put(dossier("d-a", "An")).expect("saved");
        let report = apply(&mut store, vec![Step::Add(dossier("d-a", "Khác"))]);
        assert!(matches!(report.failed, Some((_, SaveError::Conflict { .. }))));
        assert_eq!(names(&store), ["An"]);
    }
}
