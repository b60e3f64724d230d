//! From a dossier to the report model: which fact goes in which part of the template
//! (crates/report/TEMPLATE.md), and a blank wherever the dossier does not know.

use chrono::{Datelike, NaiveDate};
use criteria::codes::{Ladder, SubjectKind, Title};
use criteria::dossier::{Dossier, Initiative, YearEntry};
use criteria::profile::Profile;

use crate::decision::{decisions, Decision};
use crate::model::{AwardRow, AwardTable, Block, Field, Fill, Header, Report, ReportKind, Section, Signature};

/// Why a dossier has no report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportError {
    /// The template has forms for individuals and collectives; a household's report
    /// ("báo cáo thành tích của hộ gia đình") is not one of the forms found (TEMPLATE.md).
    NoTemplateFor(SubjectKind),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::NoTemplateFor(kind) => write!(f, "no achievement report template for {}", kind.label().en),
        }
    }
}

impl std::error::Error for ReportError {}

/// The report of `dossier`, dated `date`, asking for `proposal` (the award, e.g. "Bằng khen của
/// Bộ trưởng Bộ Nông nghiệp và Môi trường"; a blank if `None`).
pub fn report(dossier: &Dossier, date: NaiveDate, proposal: Option<&str>) -> Result<Report, ReportError> {
    let kind = match dossier.subject.kind {
        SubjectKind::CaNhan => ReportKind::Individual,
        SubjectKind::TapThe => ReportKind::Collective,
        other => return Err(ReportError::NoTemplateFor(other)),
    };
    let empty = Profile::default();
    let profile = dossier.profile.as_deref().unwrap_or(&empty);
    let subject = &dossier.subject;
    let (header, background, signatures) = match kind {
        ReportKind::Individual => (
            header(Fill::Blank, Fill::of(Some(&subject.unit)), date),
            person(dossier, profile),
            [
                Signature {
                    role: "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ",
                    instruction: "(Ký, đóng dấu)",
                    name: Fill::Blank,
                },
                Signature {
                    role: "NGƯỜI BÁO CÁO THÀNH TÍCH",
                    instruction: "(Ký, ghi rõ họ và tên)",
                    name: Fill::of(Some(&subject.name)),
                },
            ],
        ),
        ReportKind::Collective => (
            header(Fill::of(Some(&subject.unit)), Fill::of(Some(&subject.name)), date),
            collective(dossier, profile),
            [
                Signature {
                    role: "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN",
                    instruction: "(Ký, đóng dấu)",
                    name: Fill::Blank,
                },
                Signature {
                    role: "THỦ TRƯỞNG ĐƠN VỊ",
                    instruction: "(Ký, đóng dấu)",
                    name: Fill::Blank,
                },
            ],
        ),
    };
    Ok(Report {
        kind,
        header,
        title: "BÁO CÁO THÀNH TÍCH".to_string(),
        proposal: Fill::of(proposal),
        sections: vec![background, achievements(dossier, profile, kind), awards(dossier)],
        signatures,
    })
}

fn header(parent: Fill, unit: Fill, date: NaiveDate) -> Header {
    Header {
        parent,
        unit,
        motto: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        slogan: "Độc lập - Tự do - Hạnh phúc",
        place_date: format!(
            "{}, ngày {:02} tháng {:02} năm {}",
            crate::model::BLANK,
            date.day(),
            date.month(),
            date.year()
        ),
    }
}

fn field(label: &'static str, value: Option<&str>) -> Block {
    Block::Fields(vec![Field {
        label,
        value: Fill::of(value),
    }])
}

/// An ISO date as the template writes it: `12/04/1985`. The validator keeps only real dates.
fn day_month_year(iso: Option<&str>) -> Option<String> {
    let date = criteria::validate::parse_date(iso?)?;
    Some(date.format("%d/%m/%Y").to_string())
}

/// "I. SƠ LƯỢC LÝ LỊCH" of a person.
fn person(dossier: &Dossier, p: &Profile) -> Section {
    let s = &dossier.subject;
    let born = day_month_year(p.birth_date.as_deref());
    Section {
        heading: "I. SƠ LƯỢC LÝ LỊCH".to_string(),
        blocks: vec![
            field("Họ và tên", Some(&s.name)),
            Block::Fields(vec![
                Field {
                    label: "Sinh ngày, tháng, năm",
                    value: Fill::of(born.as_deref()),
                },
                Field {
                    label: "Giới tính",
                    value: Fill::of(p.gender.map(|g| g.label().vi)),
                },
            ]),
            field("Quê quán", p.home_town.as_deref()),
            field("Trú quán", p.residence.as_deref()),
            field("Đơn vị công tác", Some(&s.unit)),
            field("Chức vụ (Đảng, chính quyền, đoàn thể)", Some(&s.position)),
            field("Trình độ chuyên môn, nghiệp vụ", p.qualification.as_deref()),
            field("Học hàm, học vị, danh hiệu, giải thưởng", p.academic_titles.as_deref()),
        ],
    }
}

/// "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" of a collective.
fn collective(dossier: &Dossier, p: &Profile) -> Section {
    let founded = day_month_year(p.founded_on.as_deref());
    let staff = p.staff_count.map(|n| n.to_string());
    let mut blocks = vec![
        Block::Subheading("1. Đặc điểm, tình hình:".to_string()),
        field("Tên đơn vị", Some(&dossier.subject.name)),
        field("Địa chỉ trụ sở", p.address.as_deref()),
        field("Ngày thành lập", founded.as_deref()),
        field("Cơ cấu tổ chức", p.organisation.as_deref()),
        field("Tổng số cán bộ, công chức, viên chức, người lao động", staff.as_deref()),
        field("Cơ sở vật chất", p.facilities.as_deref()),
        Block::Subheading("2. Chức năng, nhiệm vụ:".to_string()),
    ];
    blocks.extend(paragraphs(p.duties.as_deref()));
    Section {
        heading: "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH".to_string(),
        blocks,
    }
}

/// The subject's own text, one block per paragraph, or one blank to write in.
fn paragraphs(text: Option<&str>) -> Vec<Block> {
    let paras: Vec<Block> = text
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Block::Text(Fill::of(Some(l))))
        .collect();
    if paras.is_empty() {
        vec![Block::Text(Fill::Blank)]
    } else {
        paras
    }
}

/// "II. THÀNH TÍCH ĐẠT ĐƯỢC": the tasks (individuals; a collective's are in section I), the
/// subject's own account, the results of each year of the period, and the initiatives.
fn achievements(dossier: &Dossier, p: &Profile, kind: ReportKind) -> Section {
    let mut blocks = Vec::new();
    match kind {
        ReportKind::Individual => {
            blocks.push(Block::Subheading(
                "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:".to_string(),
            ));
            blocks.extend(paragraphs(p.duties.as_deref()));
            blocks.push(Block::Subheading("2. Thành tích đạt được của cá nhân:".to_string()));
        }
        ReportKind::Collective => {
            blocks.push(Block::Subheading(
                "1. Kết quả thực hiện chức năng, nhiệm vụ được giao:".to_string(),
            ));
        }
    }
    blocks.extend(paragraphs(p.achievements.as_deref()));
    blocks.push(Block::Subheading(format!(
        "Kết quả từng năm ({}–{}):",
        dossier.period.from, dossier.period.to
    )));
    blocks.extend(
        dossier
            .period
            .years()
            .map(|y| Block::Item(year_line(y, dossier.year(y)))),
    );
    let heading = match kind {
        ReportKind::Individual => "Sáng kiến, đề tài, giải pháp, mô hình:",
        ReportKind::Collective => "2. Sáng kiến, đề tài, giải pháp, mô hình:",
    };
    blocks.push(Block::Subheading(heading.to_string()));
    match &dossier.initiatives {
        None => blocks.push(Block::Text(Fill::Blank)),
        Some(list) if list.is_empty() => blocks.push(Block::Item("- Không có.".to_string())),
        Some(list) => {
            let mut sorted: Vec<&Initiative> = list.iter().collect();
            sorted.sort_by_key(|i| i.year);
            blocks.extend(sorted.into_iter().map(|i| Block::Item(initiative_line(i))));
        }
    }
    Section {
        heading: "II. THÀNH TÍCH ĐẠT ĐƯỢC".to_string(),
        blocks,
    }
}

/// "- Năm 2023: Hoàn thành xuất sắc nhiệm vụ; hoàn thành 104% kế hoạch; Chiến sĩ thi đua cơ sở."
fn year_line(year: i32, entry: Option<&YearEntry>) -> String {
    let blank = crate::model::BLANK;
    let Some(e) = entry else {
        return format!("- Năm {year}: xếp loại {blank}.");
    };
    let mut parts = vec![match e.rating {
        Some(r) => r.label().vi.to_string(),
        None => format!("xếp loại {blank}"),
    }];
    if let Some(pct) = e.plan_completion_pct {
        parts.push(format!("hoàn thành {}% kế hoạch", percent(pct)));
    }
    if e.titles.is_empty() {
        parts.push("không có danh hiệu thi đua, hình thức khen thưởng".to_string());
    } else {
        let titles: Vec<&str> = e.titles.iter().map(|t| t.label().vi).collect();
        parts.push(titles.join(", "));
    }
    format!("- Năm {year}: {}.", parts.join("; "))
}

/// A percentage as Vietnamese writes it: `104`, `98,5`.
fn percent(pct: f64) -> String {
    let rounded = (pct * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}").replace('.', ",")
    }
}

/// "- Sáng kiến “Số hóa hồ sơ cấp phép” (năm 2024), được công nhận cấp cơ sở (Quyết định …)."
fn initiative_line(i: &Initiative) -> String {
    let title = Fill::of(Some(&i.title));
    let mut line = format!(
        "- {} “{}” (năm {}), được công nhận: {}",
        i.kind.label().vi,
        title.text(),
        i.year,
        i.scope.label().vi.to_lowercase()
    );
    if !i.evidence.trim().is_empty() {
        line.push_str(&format!(" ({})", i.evidence.trim()));
    }
    line.push('.');
    line
}

/// "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG": every title and commendation of every year entered,
/// oldest first, each with the decision its year's evidence names for it.
fn awards(dossier: &Dossier) -> Section {
    let mut years: Vec<&YearEntry> = dossier.years.iter().collect();
    years.sort_by_key(|y| y.year);
    let rows: Vec<(Title, AwardRow)> = years.into_iter().flat_map(award_rows).collect();
    let (commendations, titles): (Vec<_>, Vec<_>) =
        rows.into_iter().partition(|(t, _)| t.ladder() == Ladder::Commendation);
    let strip = |rows: Vec<(Title, AwardRow)>| rows.into_iter().map(|(_, r)| r).collect();
    Section {
        heading: "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG".to_string(),
        blocks: vec![
            Block::Awards(AwardTable {
                caption: "1. Danh hiệu thi đua:",
                columns: [
                    "Năm",
                    "Danh hiệu thi đua",
                    "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
                ],
                rows: strip(titles),
            }),
            Block::Awards(AwardTable {
                caption: "2. Hình thức khen thưởng:",
                columns: [
                    "Năm",
                    "Hình thức khen thưởng",
                    "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định",
                ],
                rows: strip(commendations),
            }),
        ],
    }
}

/// One row per title of the year. A decision is given to a title only when the evidence names as
/// many decisions as the year has titles (then in the same order): with fewer or more, which
/// decision is whose is a guess, and the report leaves the column blank instead.
fn award_rows(entry: &YearEntry) -> Vec<(Title, AwardRow)> {
    let found = decisions(&entry.evidence);
    let paired: Vec<Option<Decision>> = if found.len() == entry.titles.len() {
        found.into_iter().map(Some).collect()
    } else {
        vec![None; entry.titles.len()]
    };
    entry
        .titles
        .iter()
        .zip(paired)
        .map(|(&t, decision)| {
            (
                t,
                AwardRow {
                    year: entry.year,
                    award: t.label().vi.to_string(),
                    decision,
                },
            )
        })
        .collect()
}
