//! The report model of the fixture dossiers: each fact in its section, a blank for each unknown,
//! decisions read from the evidence and given only where it is clear whose they are.

mod common;

use criteria::codes::SubjectKind;
use report::model::{AwardTable, Block, Fill, Report, ReportKind, Section, BLANK};
use report::request::{Answer, Want};
use report::{report, ReportError};

fn individual() -> Report {
    report(&common::individual(), common::date(), Some("Bằng khen của Bộ trưởng"))
        .expect("an individual has a template")
}

fn collective() -> Report {
    report(&common::collective(), common::date(), None).expect("a collective has a template")
}

fn section<'a>(r: &'a Report, starts: &str) -> &'a Section {
    r.sections
        .iter()
        .find(|s| s.heading.starts_with(starts))
        .unwrap_or_else(|| panic!("no section {starts}"))
}

/// The value printed for `label` in a section.
fn value<'a>(s: &'a Section, label: &str) -> &'a Fill {
    s.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Fields(fields) => Some(fields),
            _ => None,
        })
        .flatten()
        .find(|f| f.label == label)
        .map(|f| &f.value)
        .unwrap_or_else(|| panic!("no field {label} in {}", s.heading))
}

fn items(s: &Section) -> Vec<&str> {
    s.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Item(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

fn tables(s: &Section) -> Vec<&AwardTable> {
    s.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Awards(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn known(text: &str) -> Fill {
    Fill::Known(text.to_string())
}

#[test]
fn an_individual_gets_the_personal_form_in_its_three_sections() {
    let r = individual();
    assert_eq!(r.kind, ReportKind::Individual);
    let headings: Vec<&str> = r.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "I. SƠ LƯỢC LÝ LỊCH",
            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
            "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG"
        ]
    );
    assert_eq!(r.header.unit, known("Cục Quản lý tài nguyên nước"));
    assert_eq!(r.header.place_date, format!("{BLANK}, ngày 10 tháng 01 năm 2026"));
    assert_eq!(r.proposal, known("Bằng khen của Bộ trưởng"));
    assert_eq!(r.signatures[1].role, "NGƯỜI BÁO CÁO THÀNH TÍCH");
    assert_eq!(r.signatures[1].name, known("Nguyễn Thị Hoa"));
}

#[test]
fn the_background_holds_the_profile_and_blanks_what_it_lacks() {
    let r = individual();
    let i = section(&r, "I.");
    assert_eq!(value(i, "Họ và tên"), &known("Nguyễn Thị Hoa"));
    assert_eq!(value(i, "Sinh ngày, tháng, năm"), &known("12/04/1985"));
    assert_eq!(value(i, "Giới tính"), &known("Nữ"));
    assert_eq!(value(i, "Quê quán"), &known("Ninh Hòa, Khánh Hòa"));
    assert_eq!(
        value(i, "Chức vụ (Đảng, chính quyền, đoàn thể)"),
        &known("Chuyên viên chính, Phòng Cấp phép")
    );
    // Not in the fixture's profile: blanks, never made up.
    assert_eq!(value(i, "Trú quán"), &Fill::Blank);
    assert_eq!(value(i, "Học hàm, học vị, danh hiệu, giải thưởng"), &Fill::Blank);
}

#[test]
fn a_dossier_without_a_profile_leaves_every_profile_field_blank() {
    let mut d = common::individual();
    d.profile = None;
    let r = report(&d, common::date(), None).expect("a report");
    let i = section(&r, "I.");
    for label in [
        "Sinh ngày, tháng, năm",
        "Giới tính",
        "Quê quán",
        "Trú quán",
        "Trình độ chuyên môn, nghiệp vụ",
    ] {
        assert_eq!(value(i, label), &Fill::Blank, "{label}");
    }
    assert_eq!(r.proposal, Fill::Blank);
    let ii = section(&r, "II.");
    assert_eq!(
        ii.blocks[1],
        Block::Text(Fill::Blank),
        "the tasks are a blank to write in"
    );
}

#[test]
fn the_achievements_list_tasks_each_year_of_the_period_and_the_initiatives() {
    let r = individual();
    let ii = section(&r, "II.");
    assert!(ii
        .blocks
        .contains(&Block::Text(known("Theo dõi việc thực hiện giấy phép sau cấp."))));
    assert_eq!(
        items(ii),
        [
            "- Năm 2023: Hoàn thành xuất sắc nhiệm vụ; Chiến sĩ thi đua cơ sở.",
            "- Năm 2024: Hoàn thành xuất sắc nhiệm vụ; Chiến sĩ thi đua cơ sở, Bằng khen của bộ, ngành, tỉnh.",
            "- Năm 2025: Hoàn thành tốt nhiệm vụ; Lao động tiên tiến.",
            "- Sáng kiến “Số hóa hồ sơ cấp phép khai thác nước mặt” (năm 2024), được công nhận: cấp cơ sở \
             (Quyết định công nhận sáng kiến số 7/QĐ-TNN).",
        ]
    );
}

#[test]
fn awards_fill_the_two_tables_with_the_decisions_of_their_years() {
    let r = individual();
    let [titles, commendations] = tables(section(&r, "III."))[..] else {
        panic!("two tables")
    };
    let rows: Vec<(i32, &str, String)> = titles
        .rows
        .iter()
        .map(|row| (row.year, row.award.as_str(), row.decision_text()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                2023,
                "Chiến sĩ thi đua cơ sở",
                "Quyết định số 15/QĐ-TNN ngày 10/01/2024 của Cục trưởng Cục Quản lý tài nguyên nước".to_string()
            ),
            (
                2024,
                "Chiến sĩ thi đua cơ sở",
                format!("Quyết định số 9/QĐ-TNN ngày 08/01/2025 của {BLANK}")
            ),
            (
                2025,
                "Lao động tiên tiến",
                format!("Quyết định số {BLANK} ngày {BLANK} của {BLANK}")
            ),
        ]
    );
    assert_eq!(commendations.rows.len(), 1);
    assert_eq!(
        commendations.rows[0].decision_text(),
        "Quyết định số 210/QĐ-BTNMT ngày 20/01/2025 của Bộ trưởng Bộ Tài nguyên và Môi trường"
    );
}

#[test]
fn a_decision_is_not_given_to_a_title_when_the_evidence_names_fewer_decisions_than_titles() {
    let r = collective();
    let [titles, commendations] = tables(section(&r, "III."))[..] else {
        panic!("two tables")
    };
    // 2023: one title, one decision.
    assert_eq!(
        titles.rows[0].decision.as_ref().map(|d| d.number.as_str()),
        Some("88/QĐ-STNMT")
    );
    // 2024: two titles, one decision: whose it is would be a guess.
    assert_eq!(titles.rows[1].decision, None);
    assert_eq!(commendations.rows[0].decision, None);
}

#[test]
fn a_collective_gets_its_situation_its_duties_and_its_plan_completion() {
    let r = collective();
    assert_eq!(r.kind, ReportKind::Collective);
    assert_eq!(r.header.parent, known("Sở Tài nguyên và Môi trường tỉnh Khánh Hòa"));
    assert_eq!(r.header.unit, known("Phòng Tài nguyên nước"));
    let i = section(&r, "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH");
    assert_eq!(value(i, "Ngày thành lập"), &known("01/07/2008"));
    assert_eq!(
        value(i, "Tổng số cán bộ, công chức, viên chức, người lao động"),
        &known("12")
    );
    assert_eq!(value(i, "Địa chỉ trụ sở"), &Fill::Blank);
    assert!(i.blocks.contains(&Block::Text(known(
        "Tham mưu quản lý nhà nước về tài nguyên nước trên địa bàn tỉnh."
    ))));
    let ii = section(&r, "II.");
    assert_eq!(
        items(ii),
        [
            "- Năm 2023: Hoàn thành xuất sắc nhiệm vụ; hoàn thành 104% kế hoạch; Tập thể lao động xuất sắc.",
            "- Năm 2024: Hoàn thành xuất sắc nhiệm vụ; hoàn thành 98,5% kế hoạch; Tập thể lao động xuất sắc, \
             Bằng khen của bộ, ngành, tỉnh.",
            "- Không có.",
        ]
    );
    assert_eq!(
        r.signatures.map(|s| s.role),
        [
            "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN",
            "THỦ TRƯỞNG ĐƠN VỊ"
        ]
    );
}

#[test]
fn an_undeclared_year_and_unfilled_initiatives_are_blanks() {
    let mut d = common::individual();
    d.years.retain(|y| y.year != 2025);
    d.initiatives = None;
    let r = report(&d, common::date(), None).expect("a report");
    let ii = section(&r, "II.");
    assert!(items(ii).contains(&format!("- Năm 2025: xếp loại {BLANK}.").as_str()));
    assert_eq!(ii.blocks.last(), Some(&Block::Text(Fill::Blank)));
}

#[test]
fn a_household_has_no_template() {
    let mut d = common::individual();
    d.subject.kind = SubjectKind::HoGiaDinh;
    assert_eq!(
        report(&d, common::date(), None),
        Err(ReportError::NoTemplateFor(SubjectKind::HoGiaDinh))
    );
}

#[test]
fn the_html_marks_every_blank_and_escapes_the_users_text() {
    let mut d = common::individual();
    d.subject.name = "Hoa <b>&</b>".to_string();
    let r = report(&d, common::date(), None).expect("a report");
    let html = report::html::article(&r);
    assert!(html.contains("Hoa &lt;b&gt;&amp;&lt;/b&gt;"), "{html}");
    assert!(!html.contains("<b>"));
    let blank = format!(r#"<span class="report-doc__blank" data-testid="report-blank">{BLANK}</span>"#);
    assert!(html.contains(&blank), "{html}");
    // The proposal left out is a marked blank in the title.
    assert!(html.contains(&format!("ĐỀ NGHỊ TẶNG {blank}</h2>")), "{html}");
    assert!(html.starts_with(r#"<article class="report-doc" lang="vi" data-testid="report-document">"#));
    assert!(html.contains("<h3>III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG</h3>"));
    assert!(html.contains("<th scope=\"col\">Danh hiệu thi đua</th>"));
    // Nothing the page's Content-Security-Policy refuses, and nothing its print rules hide.
    for refused in ["style=", "<script", "<header", "<footer", " on"] {
        assert!(!html.contains(refused), "{refused} in {html}");
    }
}

#[test]
fn the_html_has_every_fact_of_the_model_in_its_section() {
    let r = report(&common::individual(), common::date(), Some("Bằng khen của Bộ trưởng")).expect("a report");
    let html = report::html::article(&r);
    assert_eq!(
        html.matches(r#"data-testid="report-section""#).count(),
        r.sections.len()
    );
    assert!(html.contains("ĐỀ NGHỊ TẶNG Bằng khen của Bộ trưởng</h2>"), "{html}");
    let mut at = 0;
    for section in &r.sections {
        let start = html[at..]
            .find(&format!("<h3>{}</h3>", section.heading))
            .expect("the heading")
            + at;
        let end = html[start..].find("</section>").expect("the section's end") + start;
        let body = &html[start..end];
        for block in &section.blocks {
            match block {
                Block::Item(text) | Block::Subheading(text) => {
                    for part in text.split(BLANK) {
                        assert!(body.contains(part), "{part} in section {}", section.heading);
                    }
                }
                Block::Text(Fill::Known(text)) => assert!(body.contains(text.as_str()), "{text}"),
                Block::Awards(table) => {
                    assert!(body.matches(r#"<tr data-testid="report-award">"#).count() >= table.rows.len());
                    for row in &table.rows {
                        assert!(
                            body.contains(&format!("<td>{}</td><td>{}</td>", row.year, row.award)),
                            "{row:?}"
                        );
                    }
                }
                _ => {}
            }
        }
        at = end;
    }
    // The signatures, with the names the model knows.
    for s in &r.signatures {
        assert!(html.contains(s.role));
        if let Fill::Known(name) = &s.name {
            assert!(
                html.contains(&format!(r#"<p class="report-doc__name">{name}</p>"#)),
                "{name}"
            );
        }
    }
}

fn request(dossier: &serde_json::Value, date: &str, want: Option<&str>) -> String {
    let mut request = serde_json::json!({ "dossier": dossier, "date": date, "proposal": null });
    if let Some(want) = want {
        request["want"] = want.into();
    }
    request.to_string()
}

#[test]
fn a_request_as_the_worker_receives_it_gives_docx_bytes_or_html_or_says_why_not() {
    let dossier: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/individual.json")).expect("fixture JSON");
    for want in [None, Some("docx")] {
        match report::request::answer(&request(&dossier, "2026-01-10", want)) {
            Ok(Answer::Docx(bytes)) => assert!(bytes.starts_with(b"PK\x03\x04"), "a zip archive"),
            other => panic!("a .docx for {want:?}, not {other:?}"),
        }
    }
    match report::request::answer(&request(&dossier, "2026-01-10", Some("html"))) {
        Ok(Answer::Html(html)) => assert!(html.contains("Nguyễn Thị Hoa") && html.ends_with("</article>")),
        other => panic!("HTML, not {other:?}"),
    }
    let e = report::request::answer(&request(&dossier, "10/01/2026", Some("html"))).expect_err("refused");
    assert!(e.message().vi.contains("10/01/2026"), "{:?}", e.message());
    for bad in ["{}".to_string(), request(&dossier, "2026-01-10", Some("pdf"))] {
        let e = report::request::answer(&bad).expect_err("refused");
        assert!(
            e.message().en.starts_with("not a valid report request"),
            "{:?}",
            e.message()
        );
    }
}

#[test]
fn the_request_the_app_writes_is_one_the_worker_reads() {
    use app_core::report_request::{request_json, Want as AppWant};
    let dossier = common::individual();
    let json = request_json(&dossier, common::date(), Some("Bằng khen của Bộ trưởng"), AppWant::Html);
    let request: report::request::Request = serde_json::from_str(&json).expect("reads back");
    assert_eq!(request.dossier, dossier);
    assert_eq!(request.date, "2026-01-10");
    assert_eq!(request.proposal.as_deref(), Some("Bằng khen của Bộ trưởng"));
    assert_eq!(request.want, Want::Html);
    assert!(matches!(report::request::answer(&json), Ok(Answer::Html(_))));
    let without = request_json(&dossier, common::date(), None, AppWant::Docx);
    let request: report::request::Request = serde_json::from_str(&without).expect("reads back");
    assert_eq!((request.proposal, request.want), (None, Want::Docx));
    assert!(matches!(report::request::answer(&without), Ok(Answer::Docx(_))));
}
