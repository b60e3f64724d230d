//! The standards of Vietnam's Ministry of Natural Resources and Environment for advanced exemplars
//! ("điển hình tiên tiến") as data, and one pure function that assesses a dossier against them.
//!
//! No I/O and no web dependencies: the same code runs in the browser (the app), on the command line
//! (`dien-hinh`) and in a receiver's checks, and the same inputs always give the same assessment.

pub mod assessment;
pub mod catalogue;
pub mod codes;
pub mod dossier;
pub mod export;
pub mod extra;
pub mod text;
pub mod validate;

mod assess;
mod missing;
mod rank;
mod rules;
mod years;

pub use assess::assess;
pub use missing::{what_is_missing, FieldRef, Missing};
