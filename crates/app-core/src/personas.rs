//! Sample dossiers a kiosk visitor can explore: an individual who meets the standard and one who
//! does not, a collective, and a Khánh Hòa household. Built from the catalogue, so they stay valid
//! when a criterion changes.

use std::collections::BTreeMap;

use criteria::catalogue::{self, Rule};
use criteria::codes::{InitiativeKind, Rating, Scope, Sector, SubjectKind, Title};
use criteria::dossier::{
    Declaration, Dossier, Initiative, Period, Subject, YearEntry, DOSSIER_FORMAT, DOSSIER_FORMAT_VERSION,
};
use criteria::text::Text;

/// A sample dossier with what it shows, for the attract screen's buttons.
pub struct Persona {
    pub slug: &'static str,
    pub label: Text,
    pub dossier: Dossier,
}

struct Sketch {
    slug: &'static str,
    label: Text,
    ruleset: &'static str,
    period: (i32, i32),
    kind: SubjectKind,
    name: &'static str,
    unit: &'static str,
    position: &'static str,
    title: Option<Title>,
    /// A year whose title is missing, so the standard is not met.
    gap: Option<i32>,
    sector: Option<Sector>,
}

fn build(s: Sketch) -> Persona {
    let period = Period {
        from: s.period.0,
        to: s.period.1,
    };
    let subject = Subject {
        kind: s.kind,
        name: s.name.into(),
        unit: s.unit.into(),
        position: s.position.into(),
        unit_head: false,
        unit_dossier: None,
        sector: s.sector,
        extra: Default::default(),
    };
    let years = match s.kind {
        SubjectKind::HoGiaDinh => Vec::new(),
        _ => period
            .years()
            .map(|year| YearEntry {
                year,
                rating: Some(Rating::XuatSac),
                titles: s.title.filter(|_| s.gap != Some(year)).into_iter().collect(),
                titles_answered: true,
                plan_completion_pct: None,
                evidence: format!("Quyết định số {}/QĐ-TNMT", year - 2000),
                extra: Default::default(),
            })
            .collect(),
    };
    let declarations: BTreeMap<String, Declaration> = catalogue::ruleset(s.ruleset)
        .map(|r| {
            r.criteria_for(&subject)
                .filter(|c| matches!(c.rule, Rule::Declared))
                .map(|c| {
                    (
                        c.id.to_owned(),
                        Declaration {
                            met: true,
                            evidence: "Nhận xét của thủ trưởng đơn vị".into(),
                            extra: Default::default(),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let dossier = Dossier {
        format: DOSSIER_FORMAT.into(),
        format_version: DOSSIER_FORMAT_VERSION,
        id: format!("mau-{}", s.slug),
        created_at: "2025-01-15T08:00:00Z".into(),
        updated_at: "2025-01-15T08:00:00Z".into(),
        ruleset: s.ruleset.into(),
        period,
        subject,
        years,
        initiatives: Some(vec![Initiative {
            title: "Số hóa quy trình tiếp nhận hồ sơ".into(),
            kind: InitiativeKind::SangKien,
            year: period.to,
            scope: Scope::CoSo,
            evidence: "Quyết định công nhận sáng kiến".into(),
            extra: Default::default(),
        }]),
        declarations,
        notes: String::new(),
        profile: None,
        extra: Default::default(),
    };
    Persona {
        slug: s.slug,
        label: s.label,
        dossier,
    }
}

/// The personas, in the order the attract screen offers them.
pub fn personas() -> Vec<Persona> {
    [
        Sketch {
            slug: "ca-nhan-dat",
            label: Text {
                vi: "Một chuyên viên đạt tiêu chuẩn",
                en: "An officer who meets the standard",
            },
            ruleset: "btnmt-dhtt-2023-2025",
            period: (2023, 2024),
            kind: SubjectKind::CaNhan,
            name: "Nguyễn Thị Hoa (hồ sơ mẫu)",
            unit: "Cục Quản lý tài nguyên nước",
            position: "Chuyên viên chính",
            title: Some(Title::CstdCoSo),
            gap: None,
            sector: None,
        },
        Sketch {
            slug: "ca-nhan-chua-dat",
            label: Text {
                vi: "Một chuyên viên còn thiếu danh hiệu",
                en: "An officer still missing a title",
            },
            ruleset: "btnmt-dhtt-2023-2025",
            period: (2023, 2024),
            kind: SubjectKind::CaNhan,
            name: "Trần Văn Minh (hồ sơ mẫu)",
            unit: "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
            position: "Chuyên viên",
            title: Some(Title::CstdCoSo),
            gap: Some(2024),
            sector: None,
        },
        Sketch {
            slug: "tap-the",
            label: Text {
                vi: "Một tập thể phòng ban",
                en: "A department as a collective",
            },
            ruleset: "btnmt-dhtt-2023-2025",
            period: (2023, 2024),
            kind: SubjectKind::TapThe,
            name: "Phòng Tài nguyên nước (hồ sơ mẫu)",
            unit: "Sở Tài nguyên và Môi trường",
            position: "",
            title: Some(Title::TtLaoDongXuatSac),
            gap: None,
            sector: None,
        },
        Sketch {
            slug: "ho-gia-dinh",
            label: Text {
                vi: "Một hộ gia đình ở Khánh Hòa",
                en: "A household in Khánh Hòa",
            },
            ruleset: "stnmt-khanhhoa-2023-2025",
            period: (2024, 2024),
            kind: SubjectKind::HoGiaDinh,
            name: "Hộ ông Lê Văn Tâm (hồ sơ mẫu)",
            unit: "Xã Cam Hải Đông",
            position: "",
            title: None,
            gap: None,
            sector: Some(Sector::DoiSongXaHoi),
        },
    ]
    .into_iter()
    .map(build)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_persona_is_a_valid_dossier_with_the_verdict_it_promises() {
        let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
        let verdicts: Vec<_> = personas()
            .iter()
            .map(|p| {
                let json = serde_json::to_value(&p.dossier).expect("a dossier serialises");
                assert_eq!(
                    criteria::validate::validate_dossier(&json, "dossier").as_ref(),
                    Ok(&p.dossier),
                    "{}",
                    p.slug
                );
                criteria::assess(&p.dossier, &[], as_of).verdict
            })
            .collect();
        use criteria::assessment::Verdict::*;
        assert_eq!(verdicts, [Eligible, NotEligible, Eligible, Eligible]);
    }
}
