//! The same report as semantic HTML, for the app's print page: headings, paragraphs and tables,
//! every unknown a `<span class="bao-cao__trong">……</span>` the eye finds at once.
//!
//! [`article`] is the fragment a page mounts (with [`STYLE`] in its stylesheet); [`page`] is a
//! whole document to print as it is (A4, Times New Roman 14 pt, the margins of Nghị định
//! 30/2020/NĐ-CP), e.g. opened from a Blob.

use std::fmt::Write;

use crate::model::{AwardTable, Block, Field, Fill, Report, Section, Signature, BLANK};

/// The print layout of [`article`]: A4, margins 20/15/20/30 mm, Times New Roman 14 pt.
pub const STYLE: &str = r#"
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
.bao-cao { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; color: #000; max-width: 165mm; margin: 0 auto; }
.bao-cao p { margin: 0 0 6pt; text-align: justify; text-indent: 10mm; }
.bao-cao__dau { display: grid; grid-template-columns: 2fr 3fr; gap: 4mm; text-align: center; font-size: 13pt; }
.bao-cao__dau p, .bao-cao__ky p, .bao-cao h1 { text-align: center; text-indent: 0; margin: 0; }
.bao-cao__don-vi { font-weight: bold; text-transform: uppercase; }
.bao-cao__co-quan { text-transform: uppercase; }
.bao-cao__tieu-ngu { font-size: 14pt; font-weight: bold; text-decoration: underline; }
.bao-cao__ngay { font-style: italic; font-size: 14pt; margin-top: 6pt !important; }
.bao-cao h1 { font-size: 14pt; margin: 12mm 0 6mm; }
.bao-cao h2 { font-size: 14pt; margin: 8pt 0 6pt; break-after: avoid; }
.bao-cao h3 { font-size: 14pt; margin: 6pt 0; text-indent: 10mm; break-after: avoid; }
.bao-cao table { width: 100%; border-collapse: collapse; font-size: 13pt; margin: 0 0 8pt; }
.bao-cao th, .bao-cao td { border: 1px solid #000; padding: 2pt 4pt; text-align: center; vertical-align: middle; }
.bao-cao__ky { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; margin-top: 10mm; font-size: 13pt; break-inside: avoid; }
.bao-cao__ky-cho { height: 28mm; }
.bao-cao__trong { background: #fff3c4; }
.bao-cao__nguon { font-size: 11pt; font-style: italic; text-indent: 0 !important; border-left: 3px solid #9b1c1c; padding-left: 3mm; }
@media print { .bao-cao__trong { background: none; } .bao-cao__nguon { display: none; } }
"#;

/// A whole HTML document of `report`, ready to print, with [`crate::TEMPLATE_NOTE`] on screen
/// (not on paper).
pub fn page(report: &Report) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{} – {}</title><style>{STYLE}</style></head>\
         <body><div class=\"bao-cao\"><p class=\"bao-cao__nguon\">{}</p></div>{}</body></html>\n",
        escape(&report.title),
        escape(report.header.unit.text()),
        escape(crate::TEMPLATE_NOTE.vi),
        article(report)
    )
}

/// The report as one `<article>`.
pub fn article(report: &Report) -> String {
    let mut out = String::new();
    let h = &report.header;
    let _ = write!(
        out,
        "<article class=\"bao-cao\" lang=\"vi\"><header class=\"bao-cao__dau\"><div><p class=\"bao-cao__co-quan\">{}</p><p class=\"bao-cao__don-vi\">{}</p></div>\
         <div><p><strong>{}</strong></p><p class=\"bao-cao__tieu-ngu\">{}</p><p class=\"bao-cao__ngay\">{}</p></div></header>",
        fill(&h.parent),
        fill(&h.unit),
        escape(h.motto),
        escape(h.slogan),
        escape(&h.place_date),
    );
    let _ = write!(
        out,
        "<h1>{}<br>ĐỀ NGHỊ TẶNG {}</h1>",
        escape(&report.title),
        fill(&report.proposal)
    );
    for section in &report.sections {
        out.push_str(&section_html(section));
    }
    out.push_str("<footer class=\"bao-cao__ky\">");
    for s in &report.signatures {
        out.push_str(&signature(s));
    }
    out.push_str("</footer></article>");
    out
}

fn section_html(section: &Section) -> String {
    let mut out = format!("<section><h2>{}</h2>", escape(&section.heading));
    for block in &section.blocks {
        match block {
            Block::Subheading(text) => {
                let _ = write!(out, "<h3>{}</h3>", escape(text));
            }
            Block::Fields(fields) => {
                let parts: Vec<String> = fields.iter().map(field).collect();
                let _ = write!(out, "<p>- {}</p>", parts.join("; "));
            }
            Block::Text(f) => {
                let _ = write!(out, "<p>{}</p>", fill(f));
            }
            Block::Item(text) => {
                let _ = write!(out, "<p>{}</p>", escape(text));
            }
            Block::Awards(table) => out.push_str(&awards(table)),
        }
    }
    out.push_str("</section>");
    out
}

fn field(f: &Field) -> String {
    format!("{}: {}", escape(f.label), fill(&f.value))
}

fn fill(f: &Fill) -> String {
    match f {
        Fill::Known(text) => escape(text),
        Fill::Blank => blank(),
    }
}

fn blank() -> String {
    format!("<span class=\"bao-cao__trong\">{BLANK}</span>")
}

fn awards(table: &AwardTable) -> String {
    let mut out = format!("<h3>{}</h3><table><thead><tr>", escape(table.caption));
    for c in table.columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(c));
    }
    out.push_str("</tr></thead><tbody>");
    if table.rows.is_empty() {
        let b = blank();
        let _ = write!(out, "<tr><td>{b}</td><td>{b}</td><td>{b}</td></tr>");
    }
    for row in &table.rows {
        let decision = escape(&row.decision_text()).replace(BLANK, &blank());
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{decision}</td></tr>",
            row.year,
            escape(&row.award)
        );
    }
    out.push_str("</tbody></table>");
    out
}

fn signature(s: &Signature) -> String {
    let name = match &s.name {
        Fill::Known(n) => format!("<p><strong>{}</strong></p>", escape(n)),
        Fill::Blank => String::new(),
    };
    format!(
        "<div><p><strong>{}</strong></p><p><em>{}</em></p><div class=\"bao-cao__ky-cho\"></div>{name}</div>",
        escape(s.role),
        escape(s.instruction)
    )
}

/// Text made safe inside HTML elements and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
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
    out
}
