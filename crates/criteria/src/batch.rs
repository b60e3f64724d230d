//! Many dossiers assessed together: a unit's candidates, every file of a `dien-hinh` call, an
//! export to verify. A unit head's link is resolved through an index of the batch built once, not
//! by a scan of all the others for every head.
//!
//! ```
//! # use criteria::{Batch, dossier::Dossier};
//! # fn show(dossiers: &[Dossier], as_of: chrono::NaiveDate) {
//! let batch = Batch::new(dossiers);
//! for brief in batch.briefs(as_of) {
//!     println!("{} {:?}", brief.verdict.code(), brief.rank_key.to_array());
//! }
//! # }
//! ```

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::assessment::Assessment;
use crate::brief::{self, Brief};
use crate::dossier::Dossier;
use crate::links::{self, Links};
use crate::missing::{self, Missing};

pub struct Batch<'a> {
    dossiers: &'a [Dossier],
    /// The first dossier of each id.
    index: HashMap<&'a str, &'a Dossier>,
}

impl<'a> Batch<'a> {
    pub fn new(dossiers: &'a [Dossier]) -> Self {
        Batch {
            dossiers,
            index: links::index(dossiers),
        }
    }

    fn links(&self) -> Links<'_> {
        Links::Index(&self.index)
    }

    /// The full assessment of `dossier`, with its links resolved in the batch: the same as
    /// [`crate::assess`]`(dossier, batch's dossiers, as_of)`.
    pub fn assess(&self, dossier: &Dossier, as_of: NaiveDate) -> Assessment {
        crate::assess::assessment(dossier, self.links(), as_of)
    }

    /// Every dossier's full assessment, in the batch's order.
    pub fn assess_all(&self, as_of: NaiveDate) -> Vec<Assessment> {
        self.dossiers.iter().map(|d| self.assess(d, as_of)).collect()
    }

    /// The lean assessment of `dossier` ([`Brief`]), links resolved in the batch.
    pub fn brief(&self, dossier: &Dossier, as_of: NaiveDate) -> Brief {
        brief::brief(dossier, self.links(), as_of)
    }

    /// Every dossier's lean assessment, in the batch's order.
    pub fn briefs(&self, as_of: NaiveDate) -> impl Iterator<Item = Brief> + '_ {
        self.dossiers.iter().map(move |d| self.brief(d, as_of))
    }

    /// What is missing for `dossier` ([`crate::what_is_missing`]), links resolved in the batch.
    pub fn what_is_missing(&self, dossier: &Dossier, as_of: NaiveDate) -> Vec<Missing> {
        missing::missing(dossier, self.links(), as_of)
    }
}
