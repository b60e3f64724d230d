//! The achievement report ("báo cáo thành tích") of a dossier, in the structure of the government's
//! template (TEMPLATE.md says which forms, and what could not be confirmed).
//!
//! Pure Rust, no I/O and no web dependencies, like the criteria crate: [`report`] builds the
//! model (every fact in its place, a visible blank "……" for every unknown), and two renderers lay
//! it out: [`docx::docx`] as a .docx for Word and LibreOffice, [`html::article`] as HTML for the
//! app's print page. [`request::docx_for`] is the whole JSON-to-.docx call the report worker makes.
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

/// What the page offering the report says about its template (issue 14: say so if the newest
/// forms could not be read). TEMPLATE.md has the details and addresses.
pub const TEMPLATE_NOTE: criteria::text::Text = criteria::text::Text {
    vi: "Báo cáo theo cấu trúc mẫu báo cáo thành tích của Nghị định 152/2025/NĐ-CP (thay thế Nghị định \
         98/2023/NĐ-CP từ ngày 01/7/2025). Chưa đối chiếu được nguyên văn phụ lục mẫu của Nghị định \
         152/2025/NĐ-CP: hãy kiểm tra lại với mẫu do đơn vị hướng dẫn trước khi nộp.",
    en: "Follows the structure of the achievement report forms of Decree 152/2025/ND-CP (which replaced \
         Decree 98/2023/ND-CP on 1 July 2025). The decree's annex forms could not be read word for word: \
         check against the form your unit prescribes before submitting.",
};
