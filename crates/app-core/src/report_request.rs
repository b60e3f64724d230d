//! What the achievement report page (`/ho-so/:id/bao-cao`) asks the report worker
//! (crates/report-worker) for: the JSON text of one request, which the worker reads with
//! `report::request::answer`. Written here so that the app links nothing of the report crate:
//! composing the report, its HTML and its .docx all happen in the worker's own wasm, fetched only
//! when the user opens a report.
//!
//! The request is `{ "dossier": {…}, "date": "YYYY-MM-DD", "proposal": "…" | null, "want":
//! "html" | "docx" }`; the worker answers `{ html }`, `{ docx }` or `{ error: { vi, en } }`.

use chrono::{Datelike, NaiveDate};
use criteria::dossier::Dossier;
use serde::Serialize;

/// What a request asks the worker for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Want {
    /// The report as the print page's `<article>`.
    Html,
    /// The report as a .docx.
    Docx,
}

/// The request as the page sends it: borrowed, so writing it clones nothing.
#[derive(Serialize)]
struct Outgoing<'a> {
    dossier: &'a Dossier,
    date: String,
    proposal: Option<&'a str>,
    want: Want,
}

/// The JSON text of a request for `want` of the report of `dossier` dated `date`, asking for
/// `proposal` (`None`: the report leaves the award blank).
pub fn request_json(dossier: &Dossier, date: NaiveDate, proposal: Option<&str>, want: Want) -> String {
    let outgoing = Outgoing {
        dossier,
        date: iso_date(date),
        proposal,
        want,
    };
    serde_json::to_string(&outgoing).expect("a dossier has only string keys, so it serialises")
}

/// `YYYY-MM-DD`, as a date input and the format write dates (years 0 to 9999).
pub fn iso_date(day: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    push_number(&mut out, day.year().unsigned_abs(), 4);
    out.push('-');
    push_number(&mut out, day.month(), 2);
    out.push('-');
    push_number(&mut out, day.day(), 2);
    out
}

/// `n` in decimal, zero-padded to `width` digits.
fn push_number(out: &mut String, n: u32, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for d in [
            day(2026, 1, 10),
            day(999, 12, 31),
            day(2024, 2, 29),
            day(1, 1, 1),
            day(9999, 9, 9),
        ] {
            assert_eq!(iso_date(d), d.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn a_request_carries_the_dossier_the_date_the_proposal_and_what_is_wanted() {
        let dossier = crate::fixtures::dossier("d-hoa", "Nguyễn Thị Hoa");
        let json = request_json(&dossier, day(2026, 1, 10), Some("Bằng khen"), Want::Html);
        let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(value["date"], "2026-01-10");
        assert_eq!(value["proposal"], "Bằng khen");
        assert_eq!(value["want"], "html");
        assert_eq!(value["dossier"]["id"], dossier.id.as_str());
        let json = request_json(&dossier, day(2026, 1, 10), None, Want::Docx);
        assert!(
            json.contains(r#""proposal":null"#) && json.contains(r#""want":"docx""#),
            "{json}"
        );
    }
}
