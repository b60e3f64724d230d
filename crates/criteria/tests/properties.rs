//! Properties of `assess` and `what_is_missing` over arbitrary valid dossiers (proptest, and the
//! validator confirms each one is valid): it never panics, it is deterministic, the verdict follows
//! from the statuses and is at best on track until the period has ended, the criteria are exactly
//! the applying ones in catalogue order, the rank key starts with the verdict, what is missing lists
//! exactly the criteria not met, and nothing that could not be known on `as_of` (entries and
//! initiatives of later years) nor any entry outside the period changes the assessment; the lean
//! path ([`criteria::brief`]) and the batch path ([`criteria::Batch`]) agree with the full one.
//!
//! The oracles here are written from FORMAT.md and CRITERIA.md, not by calling the crate's own
//! helpers, so a slip in one is caught by the other.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use criteria::assessment::{Assessment, Status, Verdict};
use criteria::catalogue::{self, AppliesTo, Rule, Ruleset, RULESETS};
use criteria::codes::{InitiativeKind, Rating, Scope, Sector, SubjectKind, Title};
use criteria::dossier::{Declaration, Dossier, Initiative, Period, Subject, YearEntry};
use criteria::Batch;
use proptest::prelude::*;

/// Raw numbers proptest generates and shrinks; [`build`] maps them onto a valid dossier.
#[derive(Debug, Clone)]
struct Raw {
    ruleset: usize,
    kind: usize,
    period: (u8, u8),
    years: Vec<(u8, Option<u8>, u16, Option<u16>)>,
    initiatives: Option<Vec<(u8, u8, u8)>>,
    declarations: Vec<Option<bool>>,
    unit_head: bool,
    sector: Option<u8>,
}

fn raw() -> impl Strategy<Value = Raw> {
    (
        any::<usize>(),
        any::<usize>(),
        (any::<u8>(), any::<u8>()),
        prop::collection::vec(
            (
                any::<u8>(),
                prop::option::of(any::<u8>()),
                any::<u16>(),
                prop::option::of(0u16..=1000),
            ),
            0..8,
        ),
        prop::option::of(prop::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 0..5)),
        prop::collection::vec(prop::option::weighted(0.9, prop::bool::weighted(0.93)), 20),
        any::<bool>(),
        prop::option::of(any::<u8>()),
    )
        .prop_map(
            |(ruleset, kind, period, years, initiatives, declarations, unit_head, sector)| Raw {
                ruleset,
                kind,
                period,
                years,
                initiatives,
                declarations,
                unit_head,
                sector,
            },
        )
}

/// A dossier the validator accepts: a ruleset and a subject kind it covers, a period inside its
/// span, at most one entry per period year, codes from the format, and declarations only for the
/// ruleset's declared criteria. `kind` forces the subject kind where the ruleset covers it.
fn build(id: &str, raw: &Raw, kind: Option<SubjectKind>, link: Option<String>) -> Dossier {
    let ruleset = RULESETS[raw.ruleset % RULESETS.len()];
    let kind = kind
        .filter(|k| ruleset.covers(*k))
        .unwrap_or(ruleset.subjects[raw.kind % ruleset.subjects.len()]);
    let (first, last) = ruleset.span;
    let width = u8::try_from(last - first + 1).expect("spans are a few years");
    let (a, b) = (
        first + i32::from(raw.period.0 % width),
        first + i32::from(raw.period.1 % width),
    );
    let period = Period {
        from: a.min(b),
        to: a.max(b),
    };
    let length = u8::try_from(period.to - period.from + 1).expect("periods are a few years");

    let mut years: BTreeMap<i32, YearEntry> = BTreeMap::new();
    for (offset, rating, titles, pct) in &raw.years {
        // One year either side of the period too: entries outside it are valid and kept.
        let year = period.from - 1 + i32::from(offset % (length + 2));
        years.entry(year).or_insert_with(|| YearEntry {
            year,
            // Half the ratings are xuat_sac, so whole periods of them are common enough.
            rating: rating.map(|r| {
                if r < 128 {
                    Rating::XuatSac
                } else {
                    Rating::ALL[usize::from(r) % Rating::ALL.len()]
                }
            }),
            // Only titles the subject can receive (its own ladder and the commendations), as the
            // validator requires.
            titles: Title::for_subject(kind)
                .enumerate()
                .filter(|(i, _)| titles & (1 << i) != 0)
                .map(|(_, t)| t)
                .collect(),
            // One entry in sixteen whose titles are not answered yet.
            titles_answered: titles >> 12 != 0xF,
            plan_completion_pct: pct
                .map(|p| f64::from(p) / 2.0 + f64::from(p % 7))
                .map(|p| p.min(1000.0)),
            evidence: String::new(),
            extra: Default::default(),
        });
    }
    let initiatives = raw.initiatives.as_ref().map(|list| {
        list.iter()
            .map(|(k, offset, scope)| Initiative {
                title: "Sáng kiến".into(),
                kind: InitiativeKind::ALL[usize::from(*k) % InitiativeKind::ALL.len()],
                // One year either side of the period too, so "outside the period" is exercised.
                year: period.from - 1 + i32::from(offset % (length + 2)),
                scope: Scope::ALL[usize::from(*scope) % Scope::ALL.len()],
                evidence: String::new(),
                extra: Default::default(),
            })
            .collect()
    });
    let declarations = ruleset
        .criteria
        .iter()
        .filter(|c| matches!(c.rule, Rule::Declared))
        .zip(&raw.declarations)
        .filter_map(|(c, answer)| {
            answer.map(|met| {
                (
                    c.id.to_string(),
                    Declaration {
                        met,
                        evidence: String::new(),
                        extra: Default::default(),
                    },
                )
            })
        })
        .collect();
    let unit_head = raw.unit_head && kind == SubjectKind::CaNhan;
    let khanh_hoa = ruleset.id == "stnmt-khanhhoa-2023-2025";
    Dossier {
        format: "dien-hinh.dossier".into(),
        format_version: 1,
        id: id.into(),
        created_at: "2025-01-01T00:00:00Z".into(),
        updated_at: "2025-01-01T00:00:00Z".into(),
        ruleset: ruleset.id.into(),
        period,
        subject: Subject {
            kind,
            name: "Tên".into(),
            unit: String::new(),
            position: String::new(),
            unit_head,
            unit_dossier: if unit_head { link } else { None },
            sector: raw
                .sector
                .filter(|_| khanh_hoa)
                .map(|s| Sector::ALL[usize::from(s) % Sector::ALL.len()]),
            extra: Default::default(),
        },
        years: years.into_values().collect(),
        initiatives,
        declarations,
        notes: String::new(),
        profile: None,
        extra: Default::default(),
    }
}

/// A day from 2019 to 2028, often the last day of a year or the first of the next.
fn as_of() -> impl Strategy<Value = NaiveDate> {
    let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
    prop_oneof![
        (2019..=2028i32, 1..=365u32).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).expect("day 1–365 exists")),
        (2019..=2028i32).prop_map(move |y| day(y, 12, 31)),
        (2019..=2028i32).prop_map(move |y| day(y, 1, 1)),
    ]
}

/// A dossier, the others it may link to (sometimes holding itself), and a day.
fn case() -> impl Strategy<Value = (Dossier, Vec<Dossier>, NaiveDate)> {
    (
        raw(),
        prop::collection::vec((raw(), any::<u8>()), 0..4),
        prop::option::weighted(0.8, any::<u8>()),
        any::<bool>(),
        as_of(),
    )
        .prop_map(|(main, others, link, include_self, as_of)| {
            let mut others: Vec<Dossier> = others
                .iter()
                .enumerate()
                .map(|(i, (raw, k))| {
                    // Mostly collectives, the kind a link is meant for; sometimes another kind.
                    let kind = if *k < 200 { Some(SubjectKind::TapThe) } else { None };
                    // Often the ruleset and period of the dossier, as a real unit's would be.
                    let raw = if k % 2 == 0 {
                        Raw {
                            ruleset: main.ruleset,
                            period: main.period,
                            ..raw.clone()
                        }
                    } else {
                        raw.clone()
                    };
                    build(&format!("o-{i}"), &raw, kind, None)
                })
                .collect();
            let link = link.map(|i| match others.get(usize::from(i) % (others.len() + 1)) {
                Some(o) => o.id.clone(),
                None => "not-given".to_string(),
            });
            let dossier = build("d-main", &main, None, link);
            if include_self {
                others.insert(0, dossier.clone());
            }
            (dossier, others, as_of)
        })
}

fn applies(applies_to: AppliesTo, subject: &Subject) -> bool {
    match applies_to {
        AppliesTo::Subjects(kinds) => kinds.contains(&subject.kind),
        AppliesTo::UnitHead => subject.kind == SubjectKind::CaNhan && subject.unit_head,
        AppliesTo::SectorSet => subject.sector.is_some(),
    }
}

/// FORMAT.md: `not_eligible` if any criterion is `not_met`; else `incomplete` if any is `unknown`;
/// else `on_track` if any is `pending` or the period's last year has not ended by `as_of`; else
/// `eligible`.
fn verdict_by_format(statuses: &[Status], period: Period, as_of: NaiveDate) -> Verdict {
    if statuses.contains(&Status::NotMet) {
        Verdict::NotEligible
    } else if statuses.contains(&Status::Unknown) {
        Verdict::Incomplete
    } else if statuses.contains(&Status::Pending) || as_of < first_day_after(period) {
        Verdict::OnTrack
    } else {
        Verdict::Eligible
    }
}

/// 1 January of the year after the period.
fn first_day_after(period: Period) -> NaiveDate {
    NaiveDate::from_ymd_opt(period.to + 1, 1, 1).expect("generated periods are real years")
}

/// `d` without what the assessment must not read: entries and initiatives dated after the year of
/// `as_of`, and entries outside the period (the only year rule reading a year of its own,
/// `plan_completion(2021, …)`, belongs to a ruleset whose periods are all 2021).
fn without_the_unread(d: &Dossier, as_of: NaiveDate) -> Dossier {
    let known = |year: i32| year <= as_of.year();
    let mut d = d.clone();
    d.years.retain(|e| known(e.year) && d.period.contains(e.year));
    if let Some(list) = d.initiatives.as_mut() {
        list.retain(|i| known(i.year));
    }
    d
}

fn ruleset_of(d: &Dossier) -> &'static Ruleset {
    catalogue::ruleset(&d.ruleset).expect("generated dossiers use catalogue rulesets")
}

fn check(dossier: &Dossier, others: &[Dossier], as_of: NaiveDate) -> Result<(), TestCaseError> {
    for d in std::iter::once(dossier).chain(others) {
        let value = serde_json::to_value(d).expect("a dossier always serialises");
        let read = criteria::validate::validate_dossier(&value, "");
        prop_assert!(
            read.is_ok(),
            "the generator made a dossier the validator refuses: {:?}",
            read.err()
        );
    }
    let a: Assessment = criteria::assess(dossier, others, as_of);
    let b = criteria::assess(dossier, others, as_of);
    prop_assert_eq!(&a, &b);
    let bytes = |x: &Assessment| serde_json::to_vec(x).expect("an assessment always serialises");
    prop_assert_eq!(bytes(&a), bytes(&b));

    let statuses: Vec<Status> = a.criteria.iter().map(|c| c.status).collect();
    prop_assert_eq!(a.verdict, Verdict::of(statuses.iter().copied(), dossier.period, as_of));
    prop_assert_eq!(a.verdict, verdict_by_format(&statuses, dossier.period, as_of));
    prop_assert_eq!(a.final_after().is_some(), as_of < first_day_after(dossier.period));
    prop_assert_eq!(
        a.is_capped(),
        a.final_after().is_some() && statuses.iter().all(|s| *s == Status::Met)
    );

    // What could not be known on `as_of`, and what lies outside the period, is not read.
    let unread = without_the_unread(dossier, as_of);
    prop_assert_eq!(&criteria::assess(&unread, others, as_of), &a);
    let others_unread: Vec<Dossier> = others.iter().map(|o| without_the_unread(o, as_of)).collect();
    prop_assert_eq!(&criteria::assess(dossier, &others_unread, as_of), &a);

    let applying: Vec<&str> = ruleset_of(dossier)
        .criteria
        .iter()
        .filter(|c| applies(c.applies_to, &dossier.subject))
        .map(|c| c.id)
        .collect();
    let ids: Vec<&str> = a.criteria.iter().map(|c| c.id.as_str()).collect();
    prop_assert_eq!(&ids, &applying);
    prop_assert!(!ids.is_empty(), "every covered subject kind has criteria");

    let first = match a.verdict {
        Verdict::Eligible => 3,
        Verdict::OnTrack => 2,
        Verdict::Incomplete => 1,
        Verdict::NotEligible => 0,
    };
    prop_assert_eq!(a.rank_key.verdict, first);

    // A year that has not ended never makes a yearly rule fail: with every year still running,
    // a computed rule is met, unknown (nothing entered) or pending, never not met.
    if as_of.year() <= dossier.period.from {
        for (c, result) in ruleset_of(dossier)
            .criteria
            .iter()
            .filter(|c| ids.contains(&c.id))
            .zip(&a.criteria)
        {
            if matches!(
                c.rule,
                Rule::RatingEachYear(_) | Rule::TitleEachYear(_) | Rule::InitiativeInPeriod(_)
            ) {
                prop_assert_ne!(
                    result.status,
                    Status::NotMet,
                    "{} failed before any period year ended",
                    c.id
                );
            }
        }
    }

    // The lean path decides exactly what the full one does, and a batch (links through its
    // index) gives the very assessment and fixes of the slice lookup.
    let brief = criteria::brief(dossier, others, as_of);
    prop_assert_eq!(brief.verdict, a.verdict);
    prop_assert_eq!(brief.rank_key, a.rank_key);
    let lean: Vec<(&str, Status)> = brief.statuses().map(|(c, s)| (c.id, s)).collect();
    let full: Vec<(&str, Status)> = a.criteria.iter().map(|c| (c.id.as_str(), c.status)).collect();
    prop_assert_eq!(lean, full);
    prop_assert_eq!(
        (brief.is_capped(), brief.final_after()),
        (a.is_capped(), a.final_after())
    );
    let batch = Batch::new(others);
    prop_assert_eq!(&batch.assess(dossier, as_of), &a);
    prop_assert_eq!(
        batch.what_is_missing(dossier, as_of),
        criteria::what_is_missing(dossier, others, as_of)
    );

    let missing = criteria::what_is_missing(dossier, others, as_of);
    let mut listed: Vec<(&str, Status)> = missing.iter().map(|m| (m.criterion_id.as_str(), m.status)).collect();
    listed.dedup();
    let not_met: Vec<(&str, Status)> = a
        .criteria
        .iter()
        .filter(|c| c.status != Status::Met)
        .map(|c| (c.id.as_str(), c.status))
        .collect();
    prop_assert_eq!(listed, not_met);
    prop_assert!(missing.iter().all(|m| !m.fix.vi.is_empty() && !m.fix.en.is_empty()));
    Ok(())
}

/// The unit-head status follows the linked collective's own verdict whenever the link is a
/// same-ruleset, same-period collective, and is not met for any other linked dossier
/// (CRITERIA.md, unit_eligible).
fn check_unit_link(dossier: &Dossier, others: &[Dossier], as_of: NaiveDate) -> Result<(), TestCaseError> {
    let linked = dossier
        .subject
        .unit_dossier
        .as_ref()
        .and_then(|id| others.iter().find(|o| &o.id == id && o.id != dossier.id));
    let a = criteria::assess(dossier, others, as_of);
    let unit_rule = a
        .criteria
        .iter()
        .zip(
            ruleset_of(dossier)
                .criteria
                .iter()
                .filter(|c| applies(c.applies_to, &dossier.subject)),
        )
        .find(|(_, c)| matches!(c.rule, Rule::UnitEligible));
    if let (Some((result, _)), Some(unit)) = (unit_rule, linked) {
        let same = unit.subject.kind == SubjectKind::TapThe
            && unit.ruleset == dossier.ruleset
            && unit.period == dossier.period;
        let expected = if !same {
            Status::NotMet
        } else {
            match criteria::assess(unit, &[], as_of).verdict {
                Verdict::Eligible => Status::Met,
                Verdict::NotEligible => Status::NotMet,
                Verdict::Incomplete => Status::Unknown,
                Verdict::OnTrack => Status::Pending,
            }
        };
        prop_assert_eq!(result.status, expected);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn assess_is_total_deterministic_and_consistent((dossier, others, as_of) in case()) {
        check(&dossier, &others, as_of)?;
    }

    #[test]
    fn a_linked_unit_is_assessed_as_its_own_dossier((dossier, others, as_of) in case()) {
        check_unit_link(&dossier, &others, as_of)?;
    }
}
