//! The report as a real .docx that Word and LibreOffice open and the user keeps editing, written
//! with `docx-rs` (paragraphs, runs and tables as objects; the crate writes the XML and the zip).
//!
//! Layout as the administrative style prescribes (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins
//! top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the issuing body and the national
//! motto side by side in a borderless two-column table; body text 14 pt, justified, first line
//! indented; the awards as bordered tables; the signatures side by side at the end.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Table, TableCell,
    TableRow, VAlignType, WidthType,
};

use crate::model::{AwardRow, AwardTable, Block, Field, Fill, Report, Section, Signature, BLANK};

/// Twentieths of a point per millimetre (1 mm = 56.7 twips).
const TWIPS_PER_MM: f64 = 1440.0 / 25.4;
const A4_WIDTH_MM: f64 = 210.0;
const A4_HEIGHT_MM: f64 = 297.0;
const MARGIN_TOP_MM: f64 = 20.0;
const MARGIN_BOTTOM_MM: f64 = 20.0;
const MARGIN_LEFT_MM: f64 = 30.0;
const MARGIN_RIGHT_MM: f64 = 15.0;
/// Sizes in half-points, as .docx counts them.
const BODY: usize = 28;
const SMALL: usize = 26;
/// The national motto: 12–13 pt in Nghị định 30/2020/NĐ-CP; 12 keeps it on one line.
const MOTTO: usize = 24;
const FONT: &str = "Times New Roman";

fn fonts() -> RunFonts {
    RunFonts::new().ascii(FONT).hi_ansi(FONT).east_asia(FONT).cs(FONT)
}

/// A run of text in the report's font, named on the run itself as well as in the defaults: an
/// editor that falls back per run (LibreOffice in table cells) then keeps Times New Roman.
fn tnr(t: impl Into<String>) -> Run {
    Run::new().add_text(t).fonts(fonts())
}

fn twips(mm: f64) -> i32 {
    (mm * TWIPS_PER_MM).round() as i32
}

/// The width between the margins, in twips: what the tables' columns share.
fn text_width() -> usize {
    (twips(A4_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM)).unsigned_abs() as usize
}

/// Why a .docx could not be written (only the zip writer can fail, on an in-memory buffer).
#[derive(Debug)]
pub struct DocxError(pub String);

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not write the .docx: {}", self.0)
    }
}

impl std::error::Error for DocxError {}

/// The .docx bytes of `report`.
pub fn docx(report: &Report) -> Result<Vec<u8>, DocxError> {
    let mut doc = Docx::new()
        .page_size(twips(A4_WIDTH_MM).unsigned_abs(), twips(A4_HEIGHT_MM).unsigned_abs())
        .page_margin(
            PageMargin::new()
                .top(twips(MARGIN_TOP_MM))
                .bottom(twips(MARGIN_BOTTOM_MM))
                .left(twips(MARGIN_LEFT_MM))
                .right(twips(MARGIN_RIGHT_MM))
                .header(twips(10.0))
                .footer(twips(10.0)),
        )
        .default_fonts(fonts())
        .default_size(BODY)
        .add_table(header(report))
        .add_paragraph(Paragraph::new())
        .add_paragraph(centered(tnr(&report.title).bold().size(BODY)))
        .add_paragraph(centered(
            tnr(format!("ĐỀ NGHỊ TẶNG {}", report.proposal.text()))
                .bold()
                .size(BODY),
        ))
        .add_paragraph(Paragraph::new());
    for section in &report.sections {
        doc = add_section(doc, section);
    }
    doc = doc
        .add_paragraph(Paragraph::new())
        .add_table(signatures(&report.signatures));
    let mut buffer = Cursor::new(Vec::new());
    doc.build().pack(&mut buffer).map_err(|e| DocxError(e.to_string()))?;
    Ok(buffer.into_inner())
}

fn centered(run: Run) -> Paragraph {
    Paragraph::new().align(AlignmentType::Center).add_run(run)
}

/// Body text: justified, first line indented 1 cm, 6 pt after, lines at 1.15.
fn body() -> Paragraph {
    Paragraph::new()
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(twips(10.0))), None, None)
        .line_spacing(LineSpacing::new().after(120).line(276))
}

fn cell(paragraphs: Vec<Paragraph>, width: usize) -> TableCell {
    paragraphs
        .into_iter()
        .fold(TableCell::new().width(width, WidthType::Dxa), TableCell::add_paragraph)
}

/// The issuing body (left) and the national motto with the place and date (right).
fn header(report: &Report) -> Table {
    let h = &report.header;
    let left_w = text_width() * 38 / 100;
    let right_w = text_width() - left_w;
    let left = cell(
        vec![
            centered(tnr(h.parent.text().to_uppercase()).size(SMALL)),
            centered(tnr(h.unit.text().to_uppercase()).bold().size(SMALL)),
            centered(tnr("———").size(SMALL)),
        ],
        left_w,
    );
    let right = cell(
        vec![
            centered(tnr(h.motto).bold().size(MOTTO)),
            centered(tnr(h.slogan).bold().size(BODY)),
            centered(tnr("———————————").size(SMALL)),
            centered(tnr(&h.place_date).italic().size(BODY)),
        ],
        right_w,
    );
    Table::without_borders(vec![TableRow::new(vec![left, right])]).set_grid(vec![left_w, right_w])
}

fn add_section(mut doc: Docx, section: &Section) -> Docx {
    doc = doc.add_paragraph(
        Paragraph::new()
            .keep_next(true)
            .line_spacing(LineSpacing::new().before(120).after(120))
            .add_run(tnr(&section.heading).bold()),
    );
    for block in &section.blocks {
        doc = match block {
            Block::Subheading(text) => doc.add_paragraph(body().keep_next(true).add_run(tnr(text).bold())),
            Block::Fields(fields) => doc.add_paragraph(fields_paragraph(fields)),
            Block::Text(fill) => doc.add_paragraph(body().add_run(tnr(fill.text()))),
            Block::Item(text) => doc.add_paragraph(body().add_run(tnr(text))),
            Block::Awards(table) => doc
                .add_paragraph(body().keep_next(true).add_run(tnr(table.caption).bold()))
                .add_table(awards(table))
                .add_paragraph(Paragraph::new()),
        };
    }
    doc
}

/// "- Label: value; Label: value"
fn fields_paragraph(fields: &[Field]) -> Paragraph {
    let mut p = body().add_run(tnr("- "));
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            p = p.add_run(tnr("; "));
        }
        p = p.add_run(tnr(format!("{}: ", f.label)));
        p = p.add_run(value_run(&f.value));
    }
    p
}

fn value_run(fill: &Fill) -> Run {
    tnr(fill.text())
}

fn table_text(text: &str, bold: bool) -> Paragraph {
    let run = tnr(text).size(SMALL);
    Paragraph::new()
        .align(AlignmentType::Center)
        .add_run(if bold { run.bold() } else { run })
}

fn awards(table: &AwardTable) -> Table {
    let total = text_width();
    let widths = [
        total * 12 / 100,
        total * 38 / 100,
        total - total * 12 / 100 - total * 38 / 100,
    ];
    let head = TableRow::new(
        table
            .columns
            .iter()
            .zip(widths)
            .map(|(c, w)| cell(vec![table_text(c, true)], w).vertical_align(VAlignType::Center))
            .collect(),
    )
    .cant_split();
    let blank_row = [BLANK.to_string(), BLANK.to_string(), BLANK.to_string()];
    let rows: Vec<[String; 3]> = if table.rows.is_empty() {
        vec![blank_row]
    } else {
        table.rows.iter().map(row_texts).collect()
    };
    let body_rows = rows.into_iter().map(|texts| {
        TableRow::new(
            texts
                .iter()
                .zip(widths)
                .map(|(t, w)| cell(vec![table_text(t, false)], w).vertical_align(VAlignType::Center))
                .collect(),
        )
        .cant_split()
    });
    Table::new(std::iter::once(head).chain(body_rows).collect()).set_grid(widths.to_vec())
}

fn row_texts(row: &AwardRow) -> [String; 3] {
    [row.year.to_string(), row.award.clone(), row.decision_text()]
}

/// The two signature blocks side by side: role in bold capitals, the instruction in italics,
/// room to sign, then the name if known.
fn signatures(signatures: &[Signature; 2]) -> Table {
    let half = text_width() / 2;
    let block = |s: &Signature| {
        let mut paragraphs = vec![
            centered(tnr(s.role).bold().size(SMALL)),
            centered(tnr(s.instruction).italic().size(SMALL)),
        ];
        paragraphs.extend((0..4).map(|_| Paragraph::new()));
        if let Fill::Known(name) = &s.name {
            paragraphs.push(centered(tnr(name).bold()));
        }
        cell(paragraphs, half)
    };
    Table::without_borders(vec![TableRow::new(signatures.iter().map(block).collect())]).set_grid(vec![half, half])
}
