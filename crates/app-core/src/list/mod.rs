//! The dossier list (Hồ sơ) as data: each dossier reduced to a [`Row`] with its verdict, the
//! [`Filters`] and [`Sort`] the page applies to the rows, and the copy a row's "Nhân bản" makes.

mod copy;
mod filters;
mod rows;
mod sort;

pub use copy::{copy_of, COPY_SUFFIX};
pub use filters::Filters;
pub use rows::{assessed_rows, distinct_units, Row};
pub use sort::{Direction, Sort, SortKey};
