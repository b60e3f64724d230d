//! Many files imported at once: what each holds, which dossiers are new, which ids are taken (in
//! this browser, or by an earlier file of the same batch), which files are refused and why, one
//! decision for every taken id (for all at once, or each on its own), and the writes that follow.
//!
//! Nothing here writes: [`Batch::steps`] turns the plan and the decisions into the list of writes
//! that [`super::apply::Applying`] carries out. A refused file only adds its refusal; the other
//! files' dossiers are planned as if it were not there.
//!
//! Large batches are planned in steps: [`Batch::add_file`] reads and validates one file and finds
//! its clashes (cheap), [`Batch::assess_some`] assesses a few dossiers at a time (the costly part)
//! so the page can give the browser a frame in between.
//!
//! ```
//! # use app_core::transfer::batch::{Batch, Decisions};
//! # use app_core::transfer::import::Choice;
//! # fn plan(store: &app_core::store::Store, files: Vec<(String, Vec<u8>)>, today: chrono::NaiveDate) {
//! let mut batch = Batch::default();
//! for (name, bytes) in files {
//!     batch.add_file(name, &bytes, store);
//! }
//! while !batch.assess_some(200, today).is_done() {}
//! let mut decisions = Decisions::default();
//! decisions.set_all(Choice::KeepBoth);
//! let mut n = 0;
//! let steps = batch.steps(&decisions, || { n += 1; format!("d-new-{n}") });
//! # }
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, NaiveDate};
use criteria::assessment::{Assessment, Verdict};
use criteria::dossier::Dossier;

use super::import::{self, Choice, Refusal, Step};
use crate::store::Store;

/// A dossier's place in the batch: its file (in the order added) and its place in that file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct At {
    pub file: usize,
    pub index: usize,
}

/// How the incoming copy compares with the one already holding its id, by `updated_at`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    /// The two copies are the same dossier, field for field.
    Identical,
    /// The incoming copy was changed later.
    IncomingNewer,
    /// The copy holding the id was changed later.
    IncomingOlder,
    /// Changed at the same moment, yet different.
    SameTime,
    /// The copy holding the id cannot be read (an entry set aside in storage).
    Unknown,
}

impl Age {
    fn of(incoming: &Dossier, holding: Option<&Dossier>) -> Age {
        let Some(holding) = holding else {
            return Age::Unknown;
        };
        if incoming == holding {
            return Age::Identical;
        }
        let time = |d: &Dossier| DateTime::parse_from_rfc3339(&d.updated_at).ok();
        match (time(incoming), time(holding)) {
            (Some(a), Some(b)) if a > b => Age::IncomingNewer,
            (Some(a), Some(b)) if a < b => Age::IncomingOlder,
            (Some(_), Some(_)) => Age::SameTime,
            _ => Age::Unknown,
        }
    }

    /// A short code for test hooks (`data-age`).
    pub fn code(self) -> &'static str {
        match self {
            Age::Identical => "identical",
            Age::IncomingNewer => "incoming-newer",
            Age::IncomingOlder => "incoming-older",
            Age::SameTime => "same-time",
            Age::Unknown => "unknown",
        }
    }
}

/// Whether an incoming dossier's id is free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// Free: the dossier is added.
    New,
    /// Already in this browser.
    Stored(Age),
    /// Held by a dossier of an earlier file of this batch (`file`), compared with that copy.
    Earlier { file: usize, age: Age },
}

impl Clash {
    /// Whether the user must decide what to do with this dossier.
    pub fn needs_choice(self) -> bool {
        self != Clash::New
    }

    /// A short code for test hooks (`data-clash`).
    pub fn code(self) -> &'static str {
        match self {
            Clash::New => "new",
            Clash::Stored(_) => "stored",
            Clash::Earlier { .. } => "earlier",
        }
    }
}

/// One dossier of the batch, as the plan shows it.
#[derive(Debug, Clone, Copy)]
pub struct Planned<'a> {
    pub at: At,
    pub dossier: &'a Dossier,
    pub clash: Clash,
    /// On the env's today, among the file's dossiers and the stored collectives they link to;
    /// `None` until [`Batch::assess_some`] reached it.
    pub verdict: Option<Verdict>,
    /// In an export, the stated assessment differs from the one recomputed at its `as_of`.
    pub mismatch: bool,
}

/// A file that was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// The file's dossiers, then (not imported) the stored collectives they link to and the file
    /// lacks, so a unit head is assessed as she will be once imported.
    dossiers: Vec<Dossier>,
    own: usize,
    pub as_of: Option<NaiveDate>,
    stated: Vec<Assessment>,
    clashes: Vec<Clash>,
    verdicts: Vec<Option<Verdict>>,
    mismatches: Vec<bool>,
}

impl Content {
    /// The file's own dossiers.
    pub fn dossiers(&self) -> &[Dossier] {
        &self.dossiers[..self.own]
    }
}

/// One file of the batch.
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    pub name: String,
    pub outcome: Result<Content, Refusal>,
}

/// One file in figures, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FileSummary {
    pub dossiers: usize,
    pub new: usize,
    /// Ids already in this browser.
    pub stored: usize,
    /// Ids held by an earlier file of the batch.
    pub earlier: usize,
}

impl File {
    pub fn summary(&self) -> FileSummary {
        let Ok(content) = &self.outcome else {
            return FileSummary::default();
        };
        let mut summary = FileSummary {
            dossiers: content.own,
            ..FileSummary::default()
        };
        for clash in &content.clashes {
            match clash {
                Clash::New => summary.new += 1,
                Clash::Stored(_) => summary.stored += 1,
                Clash::Earlier { .. } => summary.earlier += 1,
            }
        }
        summary
    }
}

/// How far planning or applying has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_done(self) -> bool {
        self.done >= self.total
    }
}

/// Every file of one import, and what each dossier of them would do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Batch {
    files: Vec<File>,
    /// Where each id first appears in the batch.
    first: HashMap<String, At>,
    /// The next dossier to assess.
    cursor: At,
}

impl Batch {
    /// Reads `bytes` as the file `name`: refused, or its dossiers with their clashes against
    /// `store` (which must be loaded) and against the files added before.
    pub fn add_file(&mut self, name: String, bytes: &[u8], store: &Store) {
        let outcome = import::read(bytes).map(|read| self.content(read, store));
        self.files.push(File { name, outcome });
    }

    /// Adds a file refused before its bytes were read (too big, or the browser could not read it).
    pub fn add_refused(&mut self, name: String, refusal: Refusal) {
        self.files.push(File {
            name,
            outcome: Err(refusal),
        });
    }

    fn content(&mut self, read: import::FileContent, store: &Store) -> Content {
        let file = self.files.len();
        let mut clashes = Vec::with_capacity(read.dossiers.len());
        for (index, d) in read.dossiers.iter().enumerate() {
            let clash = match self.first.get(&d.id) {
                Some(earlier) => Clash::Earlier {
                    file: earlier.file,
                    age: Age::of(d, self.dossier(*earlier)),
                },
                None if !store.id_is_free(&d.id) => Clash::Stored(Age::of(d, store.get(&d.id))),
                None => Clash::New,
            };
            if clash == Clash::New || matches!(clash, Clash::Stored(_)) {
                self.first.insert(d.id.clone(), At { file, index });
            }
            clashes.push(clash);
        }
        let own = read.dossiers.len();
        let mut dossiers = read.dossiers;
        if read.as_of.is_none() {
            // An export carries the collectives its heads link to; other files may rely on the store.
            let held: BTreeSet<&str> = dossiers.iter().map(|d| d.id.as_str()).collect();
            let links: BTreeSet<String> = dossiers
                .iter()
                .filter_map(|d| d.subject.unit_dossier.as_deref())
                .filter(|id| !held.contains(id))
                .map(str::to_owned)
                .collect();
            dossiers.extend(links.iter().filter_map(|id| store.get(id).cloned()));
        }
        Content {
            own,
            as_of: read.as_of,
            stated: read.stated,
            verdicts: vec![None; own],
            mismatches: vec![false; own],
            clashes,
            dossiers,
        }
    }

    fn dossier(&self, at: At) -> Option<&Dossier> {
        let content = self.files.get(at.file)?.outcome.as_ref().ok()?;
        content.dossiers().get(at.index)
    }

    pub fn files(&self) -> &[File] {
        &self.files
    }

    /// Every dossier of the files that were read, in order.
    pub fn planned(&self) -> impl Iterator<Item = Planned<'_>> + '_ {
        self.files.iter().enumerate().flat_map(|(file, f)| {
            f.outcome.iter().flat_map(move |c| {
                c.dossiers().iter().enumerate().map(move |(index, dossier)| Planned {
                    at: At { file, index },
                    dossier,
                    clash: c.clashes[index],
                    verdict: c.verdicts[index],
                    mismatch: c.mismatches[index],
                })
            })
        })
    }

    /// How many dossiers the files hold in all.
    pub fn len(&self) -> usize {
        self.files.iter().map(|f| f.summary().dossiers).sum()
    }

    /// Whether there is nothing to import: no file, or every file refused.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The dossiers whose id is taken, each needing a choice.
    pub fn clashes(&self) -> Vec<At> {
        self.planned()
            .filter(|p| p.clash.needs_choice())
            .map(|p| p.at)
            .collect()
    }

    /// The names of the dossiers whose stated assessment does not match (once assessed).
    pub fn mismatched(&self) -> Vec<String> {
        self.planned()
            .filter(|p| p.mismatch)
            .map(|p| p.dossier.subject.name.clone())
            .collect()
    }

    /// Assesses up to `max` more dossiers on `today` (and checks an export's stated assessments at
    /// its `as_of`); returns how many are assessed of all.
    pub fn assess_some(&mut self, max: usize, today: NaiveDate) -> Progress {
        let mut budget = max;
        while budget > 0 {
            let At { file, index } = self.cursor;
            let Some(f) = self.files.get_mut(file) else {
                break;
            };
            let Ok(content) = &mut f.outcome else {
                self.cursor = At {
                    file: file + 1,
                    index: 0,
                };
                continue;
            };
            let end = content.own.min(index + budget);
            let links = criteria::Batch::new(&content.dossiers);
            for i in index..end {
                let d = &content.dossiers[i];
                content.verdicts[i] = Some(links.brief(d, today).verdict);
                if let (Some(as_of), Some(stated)) = (content.as_of, content.stated.get(i)) {
                    content.mismatches[i] = links.assess(d, as_of) != *stated;
                }
            }
            budget -= end - index;
            self.cursor = if end == content.own {
                At {
                    file: file + 1,
                    index: 0,
                }
            } else {
                At { file, index: end }
            };
        }
        Progress {
            done: self.assessed(),
            total: self.len(),
        }
    }

    fn assessed(&self) -> usize {
        self.files[..self.cursor.file.min(self.files.len())]
            .iter()
            .map(|f| f.summary().dossiers)
            .sum::<usize>()
            + self.cursor.index
    }

    /// The writes for the user's `decisions`, in the files' order. A dossier whose id is taken
    /// and that has no decision is skipped. Dossiers kept both get an id from `new_id` (which
    /// must give ids free in the store); a file's unit heads that linked to such a dossier of the
    /// same file follow it to its new id.
    pub fn steps(&self, decisions: &Decisions, mut new_id: impl FnMut() -> String) -> Vec<Step> {
        let mut given: BTreeSet<String> = BTreeSet::new();
        let mut steps = Vec::with_capacity(self.len());
        for (file, f) in self.files.iter().enumerate() {
            let Ok(content) = &f.outcome else {
                continue;
            };
            let mut renamed: BTreeMap<&str, String> = BTreeMap::new();
            let first = steps.len();
            for (index, d) in content.dossiers().iter().enumerate() {
                let at = At { file, index };
                let step = if !content.clashes[index].needs_choice() {
                    Step::Add(d.clone())
                } else {
                    match decisions.choice(at).unwrap_or(Choice::Skip) {
                        Choice::Skip => Step::Skip(d.subject.name.clone()),
                        Choice::Replace => Step::Replace(d.clone()),
                        Choice::KeepBoth => {
                            let id = loop {
                                let id = new_id();
                                if !self.first.contains_key(&id) && !given.contains(&id) {
                                    break id;
                                }
                            };
                            given.insert(id.clone());
                            renamed.insert(&d.id, id.clone());
                            Step::Add(Dossier { id, ..d.clone() })
                        }
                    }
                };
                steps.push(step);
            }
            for step in &mut steps[first..] {
                if let Step::Add(d) | Step::Replace(d) = step {
                    if let Some(new) = d.subject.unit_dossier.as_deref().and_then(|old| renamed.get(old)) {
                        d.subject.unit_dossier = Some(new.clone());
                    }
                }
            }
        }
        steps
    }
}

/// What the user chose for the dossiers whose id is taken: one choice for all, and choices for
/// single dossiers, which win over it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decisions {
    all: Option<Choice>,
    each: BTreeMap<At, Choice>,
}

impl Decisions {
    /// Applies `choice` to every dossier, replacing the choices made one by one.
    pub fn set_all(&mut self, choice: Choice) {
        self.all = Some(choice);
        self.each.clear();
    }

    /// The choice for all, if one was made.
    pub fn all(&self) -> Option<Choice> {
        self.all
    }

    pub fn set(&mut self, at: At, choice: Choice) {
        self.each.insert(at, choice);
    }

    /// The choice that applies to the dossier at `at`.
    pub fn choice(&self, at: At) -> Option<Choice> {
        self.each.get(&at).copied().or(self.all)
    }

    /// Whether every dossier of `clashes` has a choice.
    pub fn cover(&self, clashes: &[At]) -> bool {
        self.all.is_some() || clashes.iter().all(|at| self.each.contains_key(at))
    }
}

#[cfg(test)]
mod tests;
