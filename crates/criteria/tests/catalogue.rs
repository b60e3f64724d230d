//! The catalogue against its sources: the five documents copied into `sources/` (see its
//! README). Every quote is verbatim in its document, every citation names the clause its quote
//! sits in (the clause markers "III.", "2.", "c)" really precede it, with no deeper clause between),
//! and the sector bullets are those of 002 III.2.1 (c), in order.
//!
//! The catalogue in code is the project's own statement of the standards: no test reads the spec
//! (CRITERIA.md) at run time. The facts of the spec these tests pin (ids, rule kinds, where an
//! interpretation is marked, spans, milestone counts) are written out here, transcribed from
//! CRITERIA.md revision 2, so a change to one of them is a deliberate edit in two places.

#[path = "catalogue/clause.rs"]
mod clause;

use std::collections::HashSet;
use std::fs;

use chrono::NaiveDate;
use clause::{Citation, Source};
use criteria::catalogue::{self, AppliesTo, Criterion, Day, Rule, Ruleset, When, RULESETS};
use criteria::codes::{Sector, SubjectKind};
use criteria::text::Text;

const SOURCES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/sources/");

const GROUPS: [&str; 6] = ["dt", "chung", "tt", "cn", "ld", "lv"];

fn source_text(file: &str) -> String {
    let path = format!("{SOURCES_DIR}{file}");
    match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => panic!("cannot read {path}: {e}"),
    }
}

fn source(ruleset: &Ruleset) -> Source {
    Source::new(&source_text(ruleset.document.source_file))
}

fn all_criteria() -> impl Iterator<Item = (&'static Ruleset, &'static Criterion)> {
    RULESETS.iter().flat_map(|r| r.criteria.iter().map(move |c| (*r, c)))
}

fn ruleset(id: &str) -> &'static Ruleset {
    match catalogue::ruleset(id) {
        Some(r) => r,
        None => panic!("no ruleset {id}"),
    }
}

fn day(d: Day) -> NaiveDate {
    match NaiveDate::from_ymd_opt(d.year, d.month, d.day) {
        Some(date) => date,
        None => panic!("not a calendar day: {d:?}"),
    }
}

/// CRITERIA.md's "applies to" column, spelt with codes.
fn applies_code(a: AppliesTo) -> String {
    match a {
        AppliesTo::Subjects(kinds) => kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(", "),
        AppliesTo::UnitHead => "unit_head".to_string(),
        AppliesTo::SectorSet => "sector_set".to_string(),
    }
}

/// CRITERIA.md's "kind" column, without backticks.
fn rule_code(rule: Rule) -> String {
    match rule {
        Rule::Declared => "declared".to_string(),
        Rule::RatingEachYear(r) => format!("rating_each_year({})", r.code()),
        Rule::TitleEachYear(t) => format!("title_each_year({})", t.code()),
        Rule::InitiativeInPeriod(kinds) => format!(
            "initiative_in_period({})",
            kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(", ")
        ),
        Rule::PlanCompletion { year, min_pct } => format!("plan_completion({year}, {min_pct})"),
        Rule::UnitEligible => "unit_eligible".to_string(),
    }
}

/// Every quote of a ruleset with the citation that places it: criteria, the span, the quota, and
/// (Khánh Hòa) each sector bullet, which lv-1's clause (c) holds.
fn quotes(r: &'static Ruleset) -> Vec<(String, &'static str, &'static str)> {
    let mut all: Vec<(String, &str, &str)> = r
        .criteria
        .iter()
        .map(|c| (c.id.to_string(), c.citation, c.quote))
        .collect();
    all.push((format!("{} span", r.id), r.span_source.citation, r.span_source.quote));
    if let Some(q) = &r.quota {
        all.push((format!("{} quota", r.id), q.citation, q.quote));
    }
    if r.asks_sector() {
        let lv = r
            .criteria
            .iter()
            .find(|c| matches!(c.applies_to, AppliesTo::SectorSet))
            .expect("a ruleset that asks for a sector has a sector criterion");
        for sector in Sector::ALL {
            all.push((
                format!("sector {}", sector.code()),
                lv.citation,
                catalogue::sector_quote(sector),
            ));
        }
    }
    all
}

#[test]
fn criterion_ids_are_unique_prefixed_and_well_formed() {
    let mut seen = HashSet::new();
    for (ruleset, c) in all_criteria() {
        assert!(seen.insert(c.id), "duplicate criterion id {}", c.id);
        let local = c.id.strip_prefix(&format!("{}/", ruleset.id));
        let Some(local) = local else {
            panic!("{} does not start with {}/", c.id, ruleset.id)
        };
        let Some((group, n)) = local.split_once('-') else {
            panic!("{} is not <group>-<n>", c.id)
        };
        assert!(GROUPS.contains(&group), "{}: unknown group {group}", c.id);
        assert!(
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0'),
            "{}: {n} is not a number",
            c.id
        );
    }
    let ruleset_ids: HashSet<_> = RULESETS.iter().map(|r| r.id).collect();
    assert_eq!(ruleset_ids.len(), RULESETS.len(), "duplicate ruleset id");
}

#[test]
fn criteria_are_those_of_the_spec_tables_in_order() {
    let expected: [(&str, &[&str]); 4] = [
        (
            "btnmt-dhtt-2021-2025",
            &[
                "dt-1", "chung-1", "chung-2", "chung-3", "tt-1", "tt-2", "tt-3", "tt-4", "tt-5", "tt-6", "tt-7",
                "tt-8", "cn-1", "cn-2", "cn-3", "cn-4", "cn-5", "cn-6", "ld-1",
            ],
        ),
        (
            "btnmt-dhtt-2023-2025",
            &[
                "dt-1", "chung-1", "chung-2", "chung-3", "tt-1", "tt-2", "tt-3", "tt-4", "tt-5", "tt-6", "tt-7",
                "cn-1", "cn-2", "cn-3", "cn-4", "cn-5", "cn-6",
            ],
        ),
        (
            "stnmt-khanhhoa-2023-2025",
            &["chung-1", "chung-2", "chung-3", "chung-4", "chung-5", "chung-6", "lv-1"],
        ),
        (
            "btnmt-thidua-2021",
            &[
                "tt-1", "tt-2", "tt-3", "tt-4", "tt-5", "tt-6", "cn-1", "cn-2", "cn-3", "cn-4", "cn-5", "cn-6", "ld-1",
                "ld-2",
            ],
        ),
    ];
    let counts: Vec<usize> = expected.iter().map(|(_, ids)| ids.len()).collect();
    assert_eq!(counts, [19, 17, 7, 14]);
    for (id, ids) in expected {
        let got: Vec<&str> = ruleset(id)
            .criteria
            .iter()
            .map(|c| c.id.strip_prefix(id).and_then(|l| l.strip_prefix('/')).unwrap_or(c.id))
            .collect();
        assert_eq!(got, ids, "criteria of {id}");
    }
}

fn check_text(what: &str, t: &Text) {
    check_str(&format!("{what} (vi)"), t.vi);
    check_str(&format!("{what} (en)"), t.en);
}

fn check_str(what: &str, s: &str) {
    assert!(!s.trim().is_empty(), "{what} is empty");
    assert_eq!(s, s.trim(), "{what} has leading or trailing whitespace");
    assert!(
        !s.contains("  ") && !s.contains('\n'),
        "{what} has doubled spaces or a line break: {s:?}"
    );
}

#[test]
fn every_text_is_filled_in() {
    for ruleset in RULESETS {
        let r = ruleset.id;
        check_text(&format!("{r} name"), &ruleset.document.name);
        check_text(&format!("{r} title"), &ruleset.document.title);
        check_str(&format!("{r} part"), ruleset.document.part);
        check_str(&format!("{r} source file"), ruleset.document.source_file);
        check_str(&format!("{r} span citation"), ruleset.span_source.citation);
        check_str(&format!("{r} span quote"), ruleset.span_source.quote);
        if let Some(t) = &ruleset.subjects_interpretation {
            check_text(&format!("{r} subjects interpretation"), t);
        }
        for p in ruleset.suggested_periods {
            check_text(&format!("{r} period {}-{} label", p.from, p.to), &p.label);
        }
        for c in ruleset.criteria {
            check_text(&format!("{} name", c.id), &c.name);
            check_str(&format!("{} citation", c.id), c.citation);
            check_str(&format!("{} quote", c.id), c.quote);
            check_str(&format!("{} gloss", c.id), c.gloss);
            if let Some(t) = &c.interpretation {
                check_text(&format!("{} interpretation", c.id), t);
            }
            if let Some(t) = &c.note {
                check_text(&format!("{} note", c.id), t);
            }
        }
        if let Some(q) = &ruleset.quota {
            check_str(&format!("{r} quota citation"), q.citation);
            check_str(&format!("{r} quota quote"), q.quote);
            check_text(&format!("{r} quota note"), &q.note);
        }
        for (i, m) in ruleset.milestones.iter().enumerate() {
            check_text(&format!("{r} milestone {i} when"), &m.when_label);
            check_text(&format!("{r} milestone {i} what"), &m.what);
            check_str(&format!("{r} milestone {i} citation"), m.citation);
        }
    }
    for sector in Sector::ALL {
        check_str(&format!("sector {}", sector.code()), catalogue::sector_quote(sector));
    }
}

#[test]
fn every_criterion_has_a_short_name_unique_within_its_ruleset() {
    for ruleset in RULESETS {
        let (mut vi, mut en) = (HashSet::new(), HashSet::new());
        for c in ruleset.criteria {
            for (lang, name) in [("vi", c.name.vi), ("en", c.name.en)] {
                assert!(!name.trim().is_empty(), "{}: empty {lang} name", c.id);
                let chars = name.chars().count();
                assert!(chars <= 60, "{}: {lang} name of {chars} characters: {name}", c.id);
            }
            // Vietnamese is written with its diacritics; a name without any was typed without them.
            assert!(
                !c.name.vi.is_ascii(),
                "{}: Vietnamese name without diacritics: {}",
                c.id,
                c.name.vi
            );
            assert!(
                vi.insert(c.name.vi),
                "{}: name {:?} used twice in {}",
                c.id,
                c.name.vi,
                ruleset.id
            );
            assert!(
                en.insert(c.name.en),
                "{}: name {:?} used twice in {}",
                c.id,
                c.name.en,
                ruleset.id
            );
        }
    }
}

#[test]
fn citations_name_the_document_part_consistently() {
    let prefixes = [
        ("btnmt-dhtt-2021-2025", "Kế hoạch 03/KH-BTNMT, mục II."),
        ("btnmt-dhtt-2023-2025", "Tiêu chuẩn điển hình tiên tiến, mục "),
        (
            "stnmt-khanhhoa-2023-2025",
            "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục III.2.1 (",
        ),
        ("btnmt-thidua-2021", "Công văn của Bộ TN&MT (2021), mục III."),
    ];
    for (id, prefix) in prefixes {
        for c in ruleset(id).criteria {
            assert!(
                c.citation.starts_with(prefix),
                "{}: citation {:?} does not start with {prefix:?}",
                c.id,
                c.citation
            );
        }
    }
    // FORMAT.md's example assessment.
    let Some(cn5) = catalogue::criterion("btnmt-dhtt-2023-2025/cn-5") else {
        panic!("no cn-5")
    };
    assert_eq!(cn5.citation, "Tiêu chuẩn điển hình tiên tiến, mục 2.c");
    // CRITERIA.md: the unit-head rules of 004 are the closing paragraph of III.2.
    for id in ["btnmt-thidua-2021/ld-1", "btnmt-thidua-2021/ld-2"] {
        let cited = catalogue::criterion(id).map(|c| c.citation);
        assert_eq!(
            cited,
            Some("Công văn của Bộ TN&MT (2021), mục III.2 (đoạn cuối)"),
            "{id}"
        );
    }
    // The unnumbered documents are named by issuer and year, never with a number.
    for r in RULESETS.iter().filter(|r| r.id != "btnmt-dhtt-2021-2025") {
        let citations = r.criteria.iter().map(|c| c.citation).chain([r.span_source.citation]);
        for c in citations.chain(r.quota.iter().map(|q| q.citation)) {
            assert!(!c.contains("số") && !c.contains("/KH"), "{}: {c} names a number", r.id);
        }
    }
}

#[test]
fn every_criterion_is_found_by_id() {
    for (ruleset, c) in all_criteria() {
        let Some(found) = catalogue::criterion(c.id) else {
            panic!("criterion({}) found nothing", c.id)
        };
        assert!(std::ptr::eq(found, c), "criterion({}) found another criterion", c.id);
        assert!(catalogue::ruleset(ruleset.id).is_some_and(|r| std::ptr::eq(r, ruleset)));
    }
    assert!(catalogue::criterion("btnmt-dhtt-2021-2025/tt-9").is_none());
    assert!(catalogue::criterion("no-such-ruleset/dt-1").is_none());
    assert!(catalogue::criterion("dt-1").is_none());
}

#[test]
fn rulesets_match_the_spec_overview() {
    let ca_tap: &[SubjectKind] = &[SubjectKind::CaNhan, SubjectKind::TapThe];
    let all: &[SubjectKind] = &[SubjectKind::CaNhan, SubjectKind::TapThe, SubjectKind::HoGiaDinh];
    // (ruleset, source file, span, subjects, suggested periods), from CRITERIA.md's overview table.
    type Overview = (
        &'static str,
        &'static str,
        (i32, i32),
        &'static [SubjectKind],
        &'static [(i32, i32)],
    );
    let expected: [Overview; 4] = [
        (
            "btnmt-dhtt-2021-2025",
            "000_6f784a527c43bd52.txt",
            (2021, 2025),
            ca_tap,
            &[(2021, 2022), (2021, 2023), (2023, 2024), (2023, 2025)],
        ),
        (
            "btnmt-dhtt-2023-2025",
            "001_a32de7ffc639b966.txt",
            (2020, 2025),
            ca_tap,
            &[(2023, 2023), (2024, 2024), (2025, 2025), (2023, 2024), (2023, 2025)],
        ),
        (
            "stnmt-khanhhoa-2023-2025",
            "002_5164e93db9400634.txt",
            (2023, 2025),
            all,
            &[(2023, 2023), (2024, 2024), (2025, 2025), (2023, 2025)],
        ),
        (
            "btnmt-thidua-2021",
            "004_829703e0ec33f7fb.txt",
            (2021, 2021),
            ca_tap,
            &[(2021, 2021)],
        ),
    ];
    for (id, file, span, subjects, periods) in expected {
        let r = ruleset(id);
        assert_eq!(r.document.source_file, file, "{id}: source file");
        assert_eq!(r.span, span, "{id}: span");
        assert_eq!(r.subjects, subjects, "{id}: subjects");
        let got: Vec<(i32, i32)> = r.suggested_periods.iter().map(|p| (p.from, p.to)).collect();
        assert_eq!(got, periods, "{id}: suggested periods");
        assert_eq!(
            r.subjects_interpretation.is_some(),
            id == "stnmt-khanhhoa-2023-2025",
            "{id}: subjects interpretation"
        );
        // The source file is there (and so every reference to it can be checked).
        assert!(!source_text(file).trim().is_empty(), "{file} is empty");
    }
    // The ruleset order the app offers: newest document first.
    let order: Vec<&str> = RULESETS.iter().map(|r| r.id).collect();
    assert_eq!(
        order,
        [
            "btnmt-dhtt-2023-2025",
            "stnmt-khanhhoa-2023-2025",
            "btnmt-dhtt-2021-2025",
            "btnmt-thidua-2021"
        ]
    );
}

#[test]
fn the_2023_2025_plan_recurs_from_2023_though_it_reviews_from_2020() {
    let r = ruleset("btnmt-dhtt-2023-2025");
    assert_eq!(r.span, (2020, 2025));
    assert_eq!(r.span_source.citation, "Kế hoạch của Bộ TN&MT (2023), mục III.5.a");
    let yearly: Vec<(i32, i32)> = r
        .milestones
        .iter()
        .filter_map(|m| match m.when {
            When::EveryYear { from, to } => Some((from, to)),
            _ => None,
        })
        .collect();
    assert_eq!(yearly, [(2023, 2025)]);
}

#[test]
fn suggested_periods_lie_inside_the_span() {
    for r in RULESETS {
        assert!(!r.suggested_periods.is_empty(), "{}: no suggested period", r.id);
        for p in r.suggested_periods {
            assert!(
                r.allows_period(p.from, p.to),
                "{}: {}-{} outside {:?}",
                r.id,
                p.from,
                p.to,
                r.span
            );
        }
    }
}

#[test]
fn quotas_are_as_the_documents_set_them() {
    for r in RULESETS {
        match r.id {
            "btnmt-dhtt-2023-2025" => {
                let Some(q) = &r.quota else {
                    panic!("{} has no quota", r.id)
                };
                assert_eq!((q.min, q.max, q.needs_summary, q.per_year), (1, Some(2), false, true));
                assert_eq!(q.counts, [SubjectKind::CaNhan, SubjectKind::TapThe]);
                assert!(q.citation.ends_with("V.1.b"), "{}", q.citation);
            }
            "stnmt-khanhhoa-2023-2025" => {
                let Some(q) = &r.quota else {
                    panic!("{} has no quota", r.id)
                };
                assert_eq!((q.min, q.max, q.needs_summary, q.per_year), (1, None, true, true));
                // "(tập thể hoặc cá nhân)": households do not count.
                assert!(!q.counts_kind(SubjectKind::HoGiaDinh));
                assert_eq!(q.counts, [SubjectKind::CaNhan, SubjectKind::TapThe]);
                assert!(q.citation.ends_with("IV.1"), "{}", q.citation);
            }
            _ => assert!(r.quota.is_none(), "{}: the document sets no quota", r.id),
        }
    }
}

#[test]
fn rules_are_those_of_criteria_md() {
    // (ruleset, id, applies to, rule kind, marked *interpretation*, has a remark), from CRITERIA.md
    // revision 2, in catalogue order.
    #[rustfmt::skip]
    let expected: [(&str, &str, &str, &str, bool, bool); 57] = [
        ("btnmt-dhtt-2023-2025", "dt-1", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "chung-1", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "chung-2", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "chung-3", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "tt-1", "tap_the", "rating_each_year(xuat_sac)", true, false),
        ("btnmt-dhtt-2023-2025", "tt-2", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "tt-3", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "tt-4", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "tt-5", "tap_the", "title_each_year(tt_lao_dong_xuat_sac)", true, false),
        ("btnmt-dhtt-2023-2025", "tt-6", "tap_the", "initiative_in_period(sang_kien, giai_phap)", false, false),
        ("btnmt-dhtt-2023-2025", "tt-7", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "cn-1", "ca_nhan", "declared", false, true),
        ("btnmt-dhtt-2023-2025", "cn-2", "ca_nhan", "initiative_in_period(sang_kien, de_tai)", false, false),
        ("btnmt-dhtt-2023-2025", "cn-3", "ca_nhan", "declared", false, false),
        ("btnmt-dhtt-2023-2025", "cn-4", "ca_nhan", "rating_each_year(xuat_sac)", false, false),
        ("btnmt-dhtt-2023-2025", "cn-5", "ca_nhan", "title_each_year(cstd_co_so)", true, false),
        ("btnmt-dhtt-2023-2025", "cn-6", "ca_nhan", "declared", false, false),
        ("stnmt-khanhhoa-2023-2025", "chung-1", "ca_nhan, tap_the, ho_gia_dinh", "declared", false, false),
        ("stnmt-khanhhoa-2023-2025", "chung-2", "ca_nhan, tap_the", "rating_each_year(xuat_sac)", true, false),
        ("stnmt-khanhhoa-2023-2025", "chung-3", "ho_gia_dinh", "declared", false, true),
        ("stnmt-khanhhoa-2023-2025", "chung-4", "ca_nhan, tap_the, ho_gia_dinh", "declared", false, false),
        ("stnmt-khanhhoa-2023-2025", "chung-5", "ca_nhan, tap_the, ho_gia_dinh", "declared", false, false),
        ("stnmt-khanhhoa-2023-2025", "chung-6", "ca_nhan, tap_the, ho_gia_dinh", "declared", false, false),
        ("stnmt-khanhhoa-2023-2025", "lv-1", "sector_set", "declared", true, false),
        ("btnmt-dhtt-2021-2025", "dt-1", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "chung-1", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "chung-2", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "chung-3", "ca_nhan, tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-1", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-2", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-3", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-4", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-5", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "tt-6", "tap_the", "title_each_year(tt_lao_dong_xuat_sac)", true, false),
        ("btnmt-dhtt-2021-2025", "tt-7", "tap_the", "initiative_in_period(mo_hinh)", true, false),
        ("btnmt-dhtt-2021-2025", "tt-8", "tap_the", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "cn-1", "ca_nhan", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "cn-2", "ca_nhan", "initiative_in_period(sang_kien, de_tai, giai_phap)", false, false),
        ("btnmt-dhtt-2021-2025", "cn-3", "ca_nhan", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "cn-4", "ca_nhan", "declared", false, false),
        ("btnmt-dhtt-2021-2025", "cn-5", "ca_nhan", "rating_each_year(xuat_sac)", false, false),
        ("btnmt-dhtt-2021-2025", "cn-6", "ca_nhan", "title_each_year(cstd_co_so)", true, false),
        ("btnmt-dhtt-2021-2025", "ld-1", "unit_head", "unit_eligible", true, false),
        ("btnmt-thidua-2021", "tt-1", "tap_the", "declared", false, false),
        ("btnmt-thidua-2021", "tt-2", "tap_the", "plan_completion(2021, 100)", false, false),
        ("btnmt-thidua-2021", "tt-3", "tap_the", "declared", false, false),
        ("btnmt-thidua-2021", "tt-4", "tap_the", "declared", false, false),
        ("btnmt-thidua-2021", "tt-5", "tap_the", "declared", false, false),
        ("btnmt-thidua-2021", "tt-6", "tap_the", "declared", false, true),
        ("btnmt-thidua-2021", "cn-1", "ca_nhan", "rating_each_year(xuat_sac)", false, false),
        ("btnmt-thidua-2021", "cn-2", "ca_nhan", "initiative_in_period(sang_kien, de_tai, giai_phap)", false, false),
        ("btnmt-thidua-2021", "cn-3", "ca_nhan", "declared", false, false),
        ("btnmt-thidua-2021", "cn-4", "ca_nhan", "declared", false, false),
        ("btnmt-thidua-2021", "cn-5", "ca_nhan", "declared", false, false),
        ("btnmt-thidua-2021", "cn-6", "ca_nhan", "declared", false, false),
        ("btnmt-thidua-2021", "ld-1", "unit_head", "unit_eligible", true, false),
        ("btnmt-thidua-2021", "ld-2", "unit_head", "declared", false, false),
    ];
    let got: Vec<(&str, &str, String, String, bool, bool)> = all_criteria()
        .map(|(r, c)| {
            (
                r.id,
                catalogue::short_id(c.id),
                applies_code(c.applies_to),
                rule_code(c.rule),
                c.interpretation.is_some(),
                c.note.is_some(),
            )
        })
        .collect();
    assert_eq!(got.len(), expected.len());
    for (g, e) in got.iter().zip(expected) {
        let g = (g.0, g.1, g.2.as_str(), g.3.as_str(), g.4, g.5);
        assert_eq!(g, e, "{}/{}", e.0, e.1);
    }
}

#[test]
fn every_quote_is_verbatim_in_its_source() {
    let mut missing = Vec::new();
    for r in RULESETS {
        let source = source(r);
        for (what, _, quote) in quotes(r) {
            if source.find_all(quote).is_empty() {
                missing.push(format!("{what} ({}): {quote}", r.document.source_file));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "quotes not in their sources:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_citation_names_the_clause_its_quote_sits_in() {
    let mut wrong = Vec::new();
    for r in RULESETS {
        let source = source(r);
        for (what, citation, quote) in quotes(r) {
            let cited = match Citation::parse(citation) {
                Ok(cited) => cited,
                Err(e) => {
                    wrong.push(format!("{what}: {e}"));
                    continue;
                }
            };
            if let Err(e) = source.check(&cited, quote) {
                wrong.push(format!("{what}: {citation}: {e}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "citations that do not place their quotes:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn a_wrong_clause_is_told_apart_from_the_right_one() {
    // The check itself, on citations one step off: a sibling clause, a parent clause that holds
    // the quote only through a sub-clause, the other part of document 001, and a closing
    // paragraph that is a bullet.
    let check = |ruleset_id: &str, citation: &str, quote: &str| {
        let cited = Citation::parse(citation).expect("a well-formed citation");
        source(ruleset(ruleset_id)).check(&cited, quote)
    };
    let cn5 = "Trong giai đoạn bình xét, liên tục các năm đều được công nhận hoàn thành xuất sắc nhiệm vụ";
    assert!(check("btnmt-dhtt-2021-2025", "Kế hoạch 03/KH-BTNMT, mục II.3.2", cn5).is_ok());
    assert!(check("btnmt-dhtt-2021-2025", "Kế hoạch 03/KH-BTNMT, mục II.3.1", cn5).is_err());
    assert!(check("btnmt-dhtt-2021-2025", "Kế hoạch 03/KH-BTNMT, mục II.3", cn5).is_err());
    let cn4 = "Hàng năm được đánh giá hoàn thành xuất sắc nhiệm vụ";
    assert!(check("btnmt-dhtt-2023-2025", "Tiêu chuẩn điển hình tiên tiến, mục 2.c", cn4).is_ok());
    assert!(check("btnmt-dhtt-2023-2025", "Tiêu chuẩn điển hình tiên tiến, mục 2.b", cn4).is_err());
    assert!(check("btnmt-dhtt-2023-2025", "Kế hoạch của Bộ TN&MT (2023), mục 2.c", cn4).is_err());
    let last_bullet = "có đạo đức, lối sống lành mạnh.";
    let thidua = "Công văn của Bộ TN&MT (2021), mục III.2";
    assert!(check("btnmt-thidua-2021", thidua, last_bullet).is_ok());
    assert!(check("btnmt-thidua-2021", &format!("{thidua} (đoạn cuối)"), last_bullet).is_err());
}

#[test]
fn sector_bullets_follow_the_lead_in_of_clause_c_in_order() {
    let khanh_hoa = ruleset("stnmt-khanhhoa-2023-2025");
    let source = source(khanh_hoa);
    let Some(lv) = catalogue::criterion("stnmt-khanhhoa-2023-2025/lv-1") else {
        panic!("no lv-1")
    };
    let Some(&lead_in) = source.find_all(lv.quote).first() else {
        panic!("lv-1's lead-in is not in the source")
    };
    let mut at = lead_in;
    for sector in Sector::ALL {
        let bullet = format!("- {}", catalogue::sector_quote(sector));
        let Some(found) = source.find_all(&bullet).into_iter().find(|&p| p > at) else {
            panic!(
                "{} is not a bullet after the lead-in and the bullets before it",
                sector.code()
            )
        };
        at = found;
    }
}

#[test]
fn milestones_have_real_days_in_order_inside_the_span() {
    // CRITERIA.md's "Milestones" table: how many rows each ruleset has.
    let rows = [
        ("btnmt-dhtt-2023-2025", 3),
        ("stnmt-khanhhoa-2023-2025", 5),
        ("btnmt-dhtt-2021-2025", 8),
        ("btnmt-thidua-2021", 1),
    ];
    for (r, (id, count)) in RULESETS.iter().zip(rows) {
        assert_eq!((r.id, r.milestones.len()), (id, count), "milestones");
        let mut last: Option<NaiveDate> = None;
        for m in r.milestones {
            let (first, end) = match m.when {
                When::Before(d) => (day(d), day(d)),
                When::Between(a, b) => {
                    assert!(day(a) <= day(b), "{}: {:?} ends before it starts", r.id, m.when);
                    (day(a), day(b))
                }
                When::EveryYear { from, to } => {
                    assert!(
                        r.span.0 <= from && from <= to && to <= r.span.1,
                        "{}: every year {from}–{to} outside the span",
                        r.id
                    );
                    continue;
                }
                When::HalfYearly => continue,
            };
            for d in [first, end] {
                let year = chrono::Datelike::year(&d);
                assert!(
                    r.span.0 <= year && year <= r.span.1,
                    "{}: {:?} outside the span",
                    r.id,
                    m.when
                );
            }
            // Dated milestones are listed in the order they end, as the timeline shows them.
            if let Some(prev) = last {
                assert!(prev <= end, "{}: {:?} out of order", r.id, m.when);
            }
            last = Some(end);
        }
    }
}
