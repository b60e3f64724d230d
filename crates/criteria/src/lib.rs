//! The standards of Vietnam's Ministry of Natural Resources and Environment for advanced exemplars
//! ("điển hình tiên tiến") as data, and one pure function that assesses a dossier against them.
//!
//! No I/O and no web dependencies: the same code runs in the browser (the app), on the command line
//! (`dien-hinh`) and in a receiver's checks, and the same inputs always give the same assessment.

pub mod assessment;
pub mod catalogue;
pub mod codes;
pub mod dossier;
pub mod edit;
pub mod export;
pub mod extra;
pub mod profile;
pub mod text;
pub mod validate;

mod assess;
mod batch;
mod brief;
mod links;
mod missing;
mod rank;
mod rules;
mod seen;
mod years;

pub use assess::assess;
pub use batch::Batch;
pub use brief::Brief;
pub use missing::{what_is_missing, FieldRef, Missing};
pub use years::has_ended;

/// The lean assessment of `dossier` on `as_of` ([`Brief`]: verdict, rank key, statuses), with no
/// text built and nothing allocated; `others` as for [`assess`].
pub fn brief(dossier: &dossier::Dossier, others: &[dossier::Dossier], as_of: chrono::NaiveDate) -> Brief {
    brief::brief(dossier, links::Links::Among(others), as_of)
}
