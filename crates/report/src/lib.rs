//! The achievement report ("báo cáo thành tích") of a dossier, in the structure of the government's
//! template (TEMPLATE.md says which forms, and what could not be confirmed).
//!
//! Pure Rust, no I/O and no web dependencies, like the criteria crate: [`report`] builds the
//! model (every fact in its place, a visible blank "……" for every unknown), and two renderers lay
//! it out: [`docx::docx`] as a .docx for Word and LibreOffice, [`html::article`] as HTML for the
//! app's print page. [`request::answer`] is the whole call from a request's JSON to either, which
//! the report worker (crates/report-worker) makes: the app itself links none of this crate, so
//! none of it weighs on the app's first load.
//!
//! ```
//! use chrono::NaiveDate;
//!
//! let dossier = criteria::validate::parse_input(include_str!("../tests/fixtures/individual.json"))
//!     .expect("a valid dossier")
//!     .into_dossiers()
//!     .remove(0);
//! let date = NaiveDate::from_ymd_opt(2026, 1, 10).expect("a real date");
//! let report = report::report(&dossier, date, Some("Bằng khen của Bộ trưởng")).expect("an individual");
//! assert!(report::html::article(&report).contains("Nguyễn Thị Hoa"));
//! assert!(report::docx::docx(&report).expect("written").starts_with(b"PK"));
//! ```

pub mod decision;
pub mod docx;
pub mod html;
pub mod model;
pub mod request;

mod compose;

pub use compose::{report, ReportError};
