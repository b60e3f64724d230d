//! The report as data: what the template says where, already in Vietnamese, with every unknown
//! marked as a [`Fill::Blank`]. The .docx and HTML renderers only lay it out, so both show the same
//! facts in the same places, and tests can check the facts without opening a file.

use crate::decision::Decision;

/// What a renderer prints for an unknown: the dotted blank the template leaves for handwriting.
pub const BLANK: &str = "……";

/// A value the dossier knows, or a visible blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fill {
    Known(String),
    Blank,
}

impl Fill {
    /// `Known` for text that is not only spaces, else `Blank`.
    pub fn of(text: Option<&str>) -> Fill {
        match text.map(str::trim) {
            Some(t) if !t.is_empty() => Fill::Known(t.to_string()),
            _ => Fill::Blank,
        }
    }

    /// The text to print: the value, or [`BLANK`].
    pub fn text(&self) -> &str {
        match self {
            Fill::Known(t) => t,
            Fill::Blank => BLANK,
        }
    }

    pub fn is_blank(&self) -> bool {
        matches!(self, Fill::Blank)
    }
}

/// Which form of the template the report follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    /// "cá nhân": section I is the person's background ("Sơ lược lý lịch").
    Individual,
    /// "tập thể": section I is the collective's situation ("Sơ lược đặc điểm, tình hình").
    Collective,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub kind: ReportKind,
    pub header: Header,
    /// "BÁO CÁO THÀNH TÍCH".
    pub title: String,
    /// "ĐỀ NGHỊ TẶNG …": the award asked for.
    pub proposal: Fill,
    pub sections: Vec<Section>,
    /// Left, then right, as printed.
    pub signatures: [Signature; 2],
}

/// The two-column block above the title (Nghị định 30/2020/NĐ-CP: the issuing body on the left,
/// the national motto on the right, the place and date under it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The governing body ("cơ quan chủ quản").
    pub parent: Fill,
    /// The unit that issues the report.
    pub unit: Fill,
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub motto: &'static str,
    /// "Độc lập - Tự do - Hạnh phúc".
    pub slogan: &'static str,
    /// "……, ngày 10 tháng 01 năm 2026": the place is not in the dossier.
    pub place_date: String,
}

/// A numbered part of the report: "I. SƠ LƯỢC LÝ LỊCH".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:".
    Subheading(String),
    /// Labelled values on one line: "- Sinh ngày, tháng, năm: 12/04/1985; Giới tính: Nữ".
    Fields(Vec<Field>),
    /// A paragraph of the subject's own text, or a blank to write one in.
    Text(Fill),
    /// One listed fact: "- Năm 2023: Hoàn thành xuất sắc nhiệm vụ."
    Item(String),
    Awards(AwardTable),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub value: Fill,
}

/// One of section III's tables: titles ("danh hiệu thi đua") or commendations ("hình thức khen
/// thưởng"), one row per award, oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardTable {
    /// "1. Danh hiệu thi đua:".
    pub caption: &'static str,
    pub columns: [&'static str; 3],
    /// Empty when the dossier records none: renderers then print one blank row to fill in.
    pub rows: Vec<AwardRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardRow {
    pub year: i32,
    /// The title's full name: "Chiến sĩ thi đua cơ sở".
    pub award: String,
    /// The decision read from the year's evidence, if it names one for this award.
    pub decision: Option<Decision>,
}

impl AwardRow {
    /// The decision column as the template words it: "Quyết định số 15/QĐ-TNN ngày 10/01/2024
    /// của ……", with a blank for each part the evidence does not give.
    pub fn decision_text(&self) -> String {
        match &self.decision {
            None => format!("Quyết định số {BLANK} ngày {BLANK} của {BLANK}"),
            Some(d) => format!(
                "Quyết định số {} ngày {} của {}",
                d.number,
                d.date_text().as_deref().unwrap_or(BLANK),
                d.issuer.as_deref().unwrap_or(BLANK)
            ),
        }
    }
}

/// A signature block: who signs, what the signature needs, and the name if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// "NGƯỜI BÁO CÁO THÀNH TÍCH".
    pub role: &'static str,
    /// "(Ký, ghi rõ họ và tên)".
    pub instruction: &'static str,
    /// Printed under the space for the signature.
    pub name: Fill,
}
