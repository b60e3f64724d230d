//! The catalogue against its two authorities: CRITERIA.md (the spec) and the source documents in
//! `shared/sources/` (the Vietnamese originals the quotes are taken from).
//!
//! Both are read at run time from `shared/`, which sits beside the repository (locally and in CI). A
//! missing file fails the test: a quote that cannot be checked is not a checked quote.

use std::collections::{HashMap, HashSet};
use std::fs;

use chrono::NaiveDate;
use criteria::catalogue::{self, AppliesTo, Criterion, Day, Rule, Ruleset, When, RULESETS};
use criteria::codes::{Sector, SubjectKind};
use criteria::text::Text;

const SOURCES_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/sources/");
const SPEC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/spec/CRITERIA.md");

/// Quotes that CRITERIA.md gives differently from the source, as (criterion id or "sector/<code>" or
/// "quota/<ruleset id>", the text the source has). The catalogue keeps CRITERIA.md's text; the source
/// check looks for the source's text instead. None is known: every quote of CRITERIA.md was found in
/// its source (after collapsing whitespace and dropping markdown `**`).
const SOURCE_VARIANTS: &[(&str, &str)] = &[];

const GROUPS: [&str; 6] = ["dt", "chung", "tt", "cn", "ld", "lv"];

fn read(path: &str) -> String {
    match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => panic!("cannot read {path}: {e}"),
    }
}

fn source(file: &str) -> String {
    read(&format!("{SOURCES_DIR}{file}"))
}

/// Collapses every run of whitespace to one space and drops markdown bold markers.
fn normalise(text: &str) -> String {
    text.replace("**", "").split_whitespace().collect::<Vec<_>>().join(" ")
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

/// The spec's spelling of who a criterion applies to (CRITERIA.md's "applies to" column).
fn applies_code(a: AppliesTo) -> String {
    match a {
        AppliesTo::Subjects(kinds) => kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(", "),
        AppliesTo::UnitHead => "unit_head".to_string(),
        AppliesTo::SectorSet => "sector_set".to_string(),
    }
}

fn spec_applies(cell: &str) -> String {
    match cell {
        "both" => "ca_nhan, tap_the".to_string(),
        "all three" => "ca_nhan, tap_the, ho_gia_dinh".to_string(),
        "ca_nhan with `unit_head`" => "unit_head".to_string(),
        "any, when `subject.sector` is set" => "sector_set".to_string(),
        other => other.replace('`', ""),
    }
}

/// The spec's spelling of a rule (CRITERIA.md's "kind" column, without backticks).
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

fn cells(line: &str) -> Vec<String> {
    line.trim()
        .trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect()
}

/// One criterion row of a ruleset table in CRITERIA.md.
struct SpecRow {
    id: String,
    applies: String,
    kind: String,
    text: String,
}

/// The text between the first pair of ASCII double quotes, and what follows it.
fn first_quote(text: &str) -> Option<(&str, &str)> {
    let start = text.find('"')? + 1;
    let len = text[start..].find('"')?;
    Some((&text[start..start + len], &text[start + len + 1..]))
}

/// CRITERIA.md's ruleset sections (`## \`<id>\` — ...`): criterion rows and sector rows, by ruleset id.
fn spec_tables() -> (HashMap<String, Vec<SpecRow>>, HashMap<String, String>) {
    let spec = read(SPEC);
    let mut rows: HashMap<String, Vec<SpecRow>> = HashMap::new();
    let mut sectors = HashMap::new();
    let mut section: Option<String> = None;
    for line in spec.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            section = heading
                .strip_prefix('`')
                .and_then(|h| h.split_once('`'))
                .filter(|(_, rest)| rest.starts_with(" — "))
                .map(|(id, _)| id.to_string());
            continue;
        }
        let Some(ruleset_id) = &section else { continue };
        if !line.starts_with("| ") {
            continue;
        }
        let c = cells(line);
        let is_id = |s: &str| {
            s.split_once('-')
                .is_some_and(|(g, n)| GROUPS.contains(&g) && n.parse::<u32>().is_ok())
        };
        if c.len() == 4 && is_id(&c[0]) {
            rows.entry(ruleset_id.clone()).or_default().push(SpecRow {
                id: format!("{ruleset_id}/{}", c[0]),
                applies: c[1].clone(),
                kind: c[2].replace('`', ""),
                text: c[3].clone(),
            });
        } else if c.len() == 2 && c[0].starts_with('`') {
            let text = c[1].trim_matches('"').to_string();
            sectors.insert(c[0].trim_matches('`').to_string(), text);
        }
    }
    (rows, sectors)
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

#[test]
fn criteria_match_the_spec_rows() {
    let (rows, _) = spec_tables();
    assert_eq!(rows.len(), RULESETS.len(), "CRITERIA.md has one table per ruleset");
    for ruleset in RULESETS {
        let Some(spec_rows) = rows.get(ruleset.id) else {
            panic!("no table for {} in CRITERIA.md", ruleset.id)
        };
        let spec_ids: Vec<&str> = spec_rows.iter().map(|r| r.id.as_str()).collect();
        let ids: Vec<&str> = ruleset.criteria.iter().map(|c| c.id).collect();
        assert_eq!(ids, spec_ids, "criteria of {} in CRITERIA.md's order", ruleset.id);
        for (c, row) in ruleset.criteria.iter().zip(spec_rows) {
            assert_eq!(
                applies_code(c.applies_to),
                spec_applies(&row.applies),
                "{}: applies to",
                c.id
            );
            assert_eq!(rule_code(c.rule), row.kind, "{}: rule", c.id);
            let marked = row.text.contains("*interpretation*");
            assert_eq!(
                c.interpretation.is_some(),
                marked,
                "{}: interpretation where CRITERIA.md marks one",
                c.id
            );
            match first_quote(&row.text) {
                Some((quote, after)) => {
                    assert_eq!(c.quote, quote, "{}: quote differs from CRITERIA.md", c.id);
                    let remark = !marked && after.contains('(');
                    assert_eq!(
                        c.note.is_some(),
                        remark,
                        "{}: note where CRITERIA.md has a remark",
                        c.id
                    );
                }
                // lv-1: the spec points at the sector bullets; its lead-in quote is checked against the
                // source below.
                None => assert_eq!(
                    c.id, "stnmt-khanhhoa-2023-2025/lv-1",
                    "{}: no quote in CRITERIA.md",
                    c.id
                ),
            }
        }
    }
}

#[test]
fn sector_quotes_match_the_spec() {
    let (_, sectors) = spec_tables();
    assert_eq!(sectors.len(), Sector::ALL.len(), "CRITERIA.md's sector table");
    for sector in Sector::ALL {
        let Some(text) = sectors.get(sector.code()) else {
            panic!("{} missing from CRITERIA.md", sector.code())
        };
        assert_eq!(catalogue::sector_quote(sector), text, "sector {}", sector.code());
    }
}

#[test]
fn quota_quotes_match_the_spec() {
    let spec = normalise(&read(SPEC));
    for (id, clause) in [("btnmt-dhtt-2023-2025", "V.1.b"), ("stnmt-khanhhoa-2023-2025", "IV.1")] {
        let Some(quota) = &ruleset(id).quota else {
            panic!("{id} has no quota")
        };
        let written = format!("Quota ({clause}): \"{}\"", quota.quote);
        assert!(spec.contains(&written), "{id}: CRITERIA.md does not have {written}");
    }
}

#[test]
fn quotes_occur_in_their_sources() {
    let variants: HashMap<&str, &str> = SOURCE_VARIANTS.iter().copied().collect();
    let mut missing = Vec::new();
    for ruleset in RULESETS {
        let text = normalise(&source(ruleset.document.source_file));
        let mut quotes: Vec<(String, &str)> = ruleset.criteria.iter().map(|c| (c.id.to_string(), c.quote)).collect();
        quotes.push((format!("span/{}", ruleset.id), ruleset.span_source.quote));
        if let Some(quota) = &ruleset.quota {
            quotes.push((format!("quota/{}", ruleset.id), quota.quote));
        }
        if ruleset.id == "stnmt-khanhhoa-2023-2025" {
            for sector in Sector::ALL {
                quotes.push((format!("sector/{}", sector.code()), catalogue::sector_quote(sector)));
            }
        }
        for (key, quote) in quotes {
            let wanted = normalise(variants.get(key.as_str()).copied().unwrap_or(quote));
            assert!(!wanted.is_empty(), "{key}: empty quote");
            if !text.contains(&wanted) {
                missing.push(format!("{key} ({}): {wanted}", ruleset.document.source_file));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "quotes not found in their sources:\n{}",
        missing.join("\n")
    );
}

#[test]
fn sector_bullets_follow_the_lead_in_of_clause_c() {
    let khanh_hoa = ruleset("stnmt-khanhhoa-2023-2025");
    let text = normalise(&source(khanh_hoa.document.source_file));
    let Some(lv) = catalogue::criterion("stnmt-khanhhoa-2023-2025/lv-1") else {
        panic!("no lv-1")
    };
    let Some(lead_in) = text.find(&normalise(lv.quote)) else {
        panic!("lv-1's lead-in is not in the source")
    };
    let mut at = lead_in;
    for sector in Sector::ALL {
        let bullet = format!("- {}", catalogue::sector_quote(sector));
        let Some(found) = text[at..].find(&bullet) else {
            panic!("{} is not after the lead-in", sector.code())
        };
        at += found + bullet.len();
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
        // The source file exists (and so every reference to it can be checked).
        assert!(!source(file).trim().is_empty(), "{file} is empty");
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
fn milestones_are_the_spec_rows_with_real_days() {
    // CRITERIA.md's "Milestones" table: rows per ruleset.
    let spec = read(SPEC);
    let Some((_, table)) = spec.split_once("## Milestones") else {
        panic!("no Milestones section")
    };
    let mut rows: HashMap<String, usize> = HashMap::new();
    for line in table.lines().filter(|l| l.starts_with("| ")) {
        let c = cells(line);
        if c.len() == 3 && catalogue::ruleset(&c[0]).is_some() {
            *rows.entry(c[0].clone()).or_default() += 1;
        }
    }
    for r in RULESETS {
        assert_eq!(
            r.milestones.len(),
            rows.get(r.id).copied().unwrap_or(0),
            "{}: milestones",
            r.id
        );
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
