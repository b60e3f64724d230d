//! One call from a request's JSON to what the report page needs: the HTML of its print view or the
//! .docx bytes. The report worker (crates/report-worker) runs it on each message; it is kept here
//! so it is tested natively.
//!
//! The request is `{ "dossier": {…}, "date": "YYYY-MM-DD", "proposal": "…" | null, "want":
//! "html" | "docx" }` (`want` left out means `docx`). The app writes it
//! (`app_core::report_request::request_json`) without linking this crate. The dossier is read
//! with serde only, not the criteria crate's validator: the app sends dossiers it has already
//! validated (its store refuses others), and the validator would bring the whole catalogue of
//! standards into the worker's wasm for nothing.

use criteria::dossier::Dossier;
use criteria::text::Message;
use serde::Deserialize;

use crate::compose::{report, ReportError};
use crate::docx::{docx, DocxError};

#[derive(Debug, Deserialize)]
pub struct Request {
    pub dossier: Dossier,
    /// The report's date, `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub proposal: Option<String>,
    #[serde(default)]
    pub want: Want,
}

/// What a request asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Want {
    /// The report as a .docx.
    #[default]
    Docx,
    /// The report as the print page's `<article>` (html::article).
    Html,
}

/// What the worker answers.
#[derive(Debug)]
pub enum Answer {
    Docx(Vec<u8>),
    Html(String),
}

/// Why a request gave no report.
#[derive(Debug)]
pub enum RequestError {
    /// Not a request of the shape above (serde's message).
    BadRequest(String),
    /// `date` is not a real date written `YYYY-MM-DD`.
    BadDate(String),
    NoTemplate(ReportError),
    Docx(DocxError),
}

impl RequestError {
    /// What to tell the user, in both languages.
    pub fn message(&self) -> Message {
        match self {
            RequestError::BadRequest(e) => Message::new(
                format!("yêu cầu lập báo cáo không hợp lệ: {e}"),
                format!("not a valid report request: {e}"),
            ),
            RequestError::BadDate(d) => Message::new(
                format!("ngày báo cáo \"{d}\" không phải ngày dạng YYYY-MM-DD"),
                format!("the report date \"{d}\" is not a date of the form YYYY-MM-DD"),
            ),
            RequestError::NoTemplate(e) => {
                Message::new("chưa có mẫu báo cáo thành tích cho hộ gia đình", e.to_string())
            }
            RequestError::Docx(e) => Message::new(format!("không ghi được tệp .docx: {}", e.0), e.to_string()),
        }
    }
}

/// What a request asks for: the report's HTML or its .docx.
pub fn answer(json: &str) -> Result<Answer, RequestError> {
    let request: Request = serde_json::from_str(json).map_err(|e| RequestError::BadRequest(e.to_string()))?;
    let date =
        criteria::validate::parse_date(&request.date).ok_or_else(|| RequestError::BadDate(request.date.clone()))?;
    let report = report(&request.dossier, date, request.proposal.as_deref()).map_err(RequestError::NoTemplate)?;
    match request.want {
        Want::Html => Ok(Answer::Html(crate::html::article(&report))),
        Want::Docx => docx(&report).map(Answer::Docx).map_err(RequestError::Docx),
    }
}
