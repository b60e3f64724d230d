//! The same report as semantic HTML, for the app's print page (`/ho-so/:id/bao-cao`): the report
//! worker (crates/report-worker) writes it, the page puts it in place, and the page's stylesheet
//! (`src/pages/report/report.css`) lays it out for the screen and for A4 paper.
//!
//! The layout follows the .docx (docx.rs): the issuing body and the national motto side by side,
//! the title, the numbered parts, the awards as tables, the two signature blocks. Every unknown is
//! a `<span class="report-doc__blank">……</span>` the eye finds at once, and every text of the
//! dossier is escaped, so nothing the user typed is ever read as HTML. No `<header>` or `<footer>`
//! elements: the app's print rules hide every one of those. No `style` attribute and no script:
//! the app's Content-Security-Policy allows neither.

use std::fmt::Write;

use crate::model::{AwardTable, Block, Field, Fill, Report, Section, Signature, BLANK};

/// A blank, marked for the eye (and for the tests).
const BLANK_HTML: &str = "<span class=\"report-doc__blank\" data-testid=\"report-blank\">……</span>";

/// The report as one `<article>`, in Vietnamese whatever the interface language, as the form is.
pub fn article(report: &Report) -> String {
    let mut out = String::with_capacity(8 * 1024);
    let h = &report.header;
    out.push_str(
        "<article class=\"report-doc\" lang=\"vi\" data-testid=\"report-document\">\
         <div class=\"report-doc__head\"><div class=\"report-doc__issuer\"><p class=\"report-doc__parent\">",
    );
    fill(&mut out, &h.parent);
    out.push_str("</p><p class=\"report-doc__unit\">");
    fill(&mut out, &h.unit);
    out.push_str(
        "</p><div class=\"report-doc__rule\" aria-hidden=\"true\"></div></div>\
         <div class=\"report-doc__nation\"><p class=\"report-doc__motto\">",
    );
    escape(&mut out, h.motto);
    out.push_str("</p><p class=\"report-doc__slogan\">");
    escape(&mut out, h.slogan);
    out.push_str(
        "</p><div class=\"report-doc__rule report-doc__rule--long\" aria-hidden=\"true\"></div>\
         <p class=\"report-doc__date\">",
    );
    blanked(&mut out, &h.place_date);
    out.push_str("</p></div></div><h2 class=\"report-doc__title\">");
    escape(&mut out, &report.title);
    out.push_str("<br>ĐỀ NGHỊ TẶNG ");
    fill(&mut out, &report.proposal);
    out.push_str("</h2>");
    for s in &report.sections {
        section(&mut out, s);
    }
    out.push_str("<div class=\"report-doc__signatures\">");
    for s in &report.signatures {
        signature(&mut out, s);
    }
    out.push_str("</div></article>");
    out
}

fn section(out: &mut String, section: &Section) {
    out.push_str("<section class=\"report-doc__section\" data-testid=\"report-section\"><h3>");
    escape(out, &section.heading);
    out.push_str("</h3>");
    for block in &section.blocks {
        match block {
            Block::Subheading(text) => tag(out, "h4", |out| blanked(out, text)),
            Block::Fields(fields) => tag(out, "p", |out| {
                out.push_str("- ");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push_str("; ");
                    }
                    field(out, f);
                }
            }),
            Block::Text(f) => tag(out, "p", |out| fill(out, f)),
            Block::Item(text) => tag(out, "p", |out| blanked(out, text)),
            Block::Awards(table) => awards(out, table),
        }
    }
    out.push_str("</section>");
}

/// `<name>…</name>` around what `inner` writes.
fn tag(out: &mut String, name: &str, inner: impl FnOnce(&mut String)) {
    let _ = write!(out, "<{name}>");
    inner(out);
    let _ = write!(out, "</{name}>");
}

/// "Label: value".
fn field(out: &mut String, f: &Field) {
    escape(out, f.label);
    out.push_str(": ");
    fill(out, &f.value);
}

fn awards(out: &mut String, table: &AwardTable) {
    tag(out, "h4", |out| escape(out, table.caption));
    out.push_str("<table class=\"report-doc__awards\"><thead><tr>");
    for c in table.columns {
        out.push_str("<th scope=\"col\">");
        escape(out, c);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
    if table.rows.is_empty() {
        // Nothing recorded: one row of blanks to fill in, as the .docx has.
        let _ = write!(
            out,
            "<tr><td>{BLANK_HTML}</td><td>{BLANK_HTML}</td><td>{BLANK_HTML}</td></tr>"
        );
    }
    for row in &table.rows {
        let _ = write!(out, "<tr data-testid=\"report-award\"><td>{}</td><td>", row.year);
        escape(out, &row.award);
        out.push_str("</td><td>");
        blanked(out, &row.decision_text());
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table>");
}

fn signature(out: &mut String, s: &Signature) {
    out.push_str("<div class=\"report-doc__signature\"><p class=\"report-doc__role\">");
    escape(out, s.role);
    out.push_str("</p><p class=\"report-doc__instruction\">");
    escape(out, s.instruction);
    out.push_str("</p><div class=\"report-doc__space\"></div>");
    if let Fill::Known(name) = &s.name {
        out.push_str("<p class=\"report-doc__name\">");
        escape(out, name);
        out.push_str("</p>");
    }
    out.push_str("</div>");
}

/// A value, or the blank.
fn fill(out: &mut String, f: &Fill) {
    match f {
        Fill::Known(text) => escape(out, text),
        Fill::Blank => out.push_str(BLANK_HTML),
    }
}

/// Text the model already wrote with blanks inside ("Quyết định số …… ngày ……"): each blank marked.
fn blanked(out: &mut String, text: &str) {
    for (i, part) in text.split(BLANK).enumerate() {
        if i > 0 {
            out.push_str(BLANK_HTML);
        }
        escape(out, part);
    }
}

/// Text made safe inside HTML elements and attribute values.
fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
