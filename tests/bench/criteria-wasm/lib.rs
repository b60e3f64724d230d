//! Benchmarks only: the criteria crate compiled to wasm and driven from node, to compare it in one
//! process with json-rules-engine and with plain JavaScript running the same rules
//! (tests/bench/rules.mjs, `scripts/bench`). Built with `wasm-bindgen --target nodejs`; nothing
//! here is part of the app.
//!
//! A [`Batch`] holds dossiers parsed once, so parsing and assessing can be timed apart; the
//! catalogue is handed to JavaScript as data ([`catalogue`]), so the JavaScript versions run the
//! very criteria the crate runs, not a copy that could drift.

use chrono::NaiveDate;
use criteria::assessment::{Status, Verdict};
use criteria::catalogue::{AppliesTo, Rule, RULESETS};
use criteria::codes::{Ladder, SubjectKind, Title};
use criteria::dossier::Dossier;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

/// Dossiers parsed once (a JSON array in FORMAT.md's shape), to be assessed as many times as timed.
#[wasm_bindgen]
pub struct Batch {
    dossiers: Vec<Dossier>,
}

#[wasm_bindgen]
impl Batch {
    /// Parses a JSON array of dossiers (typed serde, no validation: the benchmark's dossiers are valid).
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str) -> Result<Batch, JsError> {
        Ok(Batch {
            dossiers: serde_json::from_str(json)?,
        })
    }

    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.dossiers.len()
    }

    /// What every dossier's assessment decides as of `as_of` (YYYY-MM-DD), unit links resolved
    /// among all of them through one index ([`criteria::Batch`]): the lean path
    /// ([`criteria::Batch::briefs`]: statuses, verdict and rank key, no text), which is what the
    /// JavaScript versions compute. Returns the sum of the verdicts' ranks, so the work is used.
    #[wasm_bindgen(js_name = assessAll)]
    pub fn assess_all(&self, as_of: &str) -> Result<u32, JsError> {
        let as_of = day(as_of)?;
        let batch = criteria::Batch::new(&self.dossiers);
        Ok(batch.briefs(as_of).map(|b| b.verdict.rank()).sum())
    }

    /// The full assessments (every criterion's bilingual detail and source too), as `dien-hinh
    /// assess` builds them before printing. Returns the sum of the verdicts' ranks.
    #[wasm_bindgen(js_name = assessAllFull)]
    pub fn assess_all_full(&self, as_of: &str) -> Result<u32, JsError> {
        let as_of = day(as_of)?;
        let batch = criteria::Batch::new(&self.dossiers);
        Ok(self
            .dossiers
            .iter()
            .map(|d| batch.assess(d, as_of).verdict.rank())
            .sum())
    }

    /// What every dossier's assessment decides, for comparing with the JavaScript versions: one
    /// line per dossier, `verdict|status,status,…|rank,rank,…`, from the full assessment; an error
    /// if the lean path timed by [`Batch::assess_all`] decides anything differently.
    pub fn decisions(&self, as_of: &str) -> Result<String, JsError> {
        let as_of = day(as_of)?;
        let batch = criteria::Batch::new(&self.dossiers);
        let mut lines = Vec::with_capacity(self.dossiers.len());
        for (d, brief) in self.dossiers.iter().zip(batch.briefs(as_of)) {
            let a = batch.assess(d, as_of);
            let line = decision(a.verdict, a.criteria.iter().map(|c| c.status), a.rank_key.to_array());
            let lean = decision(
                brief.verdict,
                brief.statuses().map(|(_, s)| s),
                brief.rank_key.to_array(),
            );
            if lean != line {
                return Err(JsError::new(&format!("{}: brief {lean} but assess {line}", d.id)));
            }
            lines.push(line);
        }
        Ok(lines.join("\n"))
    }
}

/// `verdict|status,status,…|rank,rank,…`.
fn decision(verdict: Verdict, statuses: impl Iterator<Item = Status>, key: [u32; 6]) -> String {
    let statuses: Vec<&str> = statuses.map(Status::code).collect();
    let key: Vec<String> = key.iter().map(u32::to_string).collect();
    format!("{}|{}|{}", verdict.code(), statuses.join(","), key.join(","))
}

/// Parses and assesses (the lean path) in one call: what a caller holding JSON text pays.
#[wasm_bindgen(js_name = parseAndAssess)]
pub fn parse_and_assess(json: &str, as_of: &str) -> Result<u32, JsError> {
    Batch::new(json)?.assess_all(as_of)
}

/// The catalogue's rules as JSON: for each ruleset its span, subjects and criteria (id, reach and
/// rule), and each title's ladder and rung.
#[wasm_bindgen]
pub fn catalogue() -> String {
    let rulesets: Vec<Value> = RULESETS
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "span": [r.span.0, r.span.1],
                "subjects": r.subjects,
                "criteria": r.criteria.iter().map(|c| json!({
                    "id": c.id,
                    "applies": applies(c.applies_to),
                    "rule": rule(c.rule),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let titles: serde_json::Map<String, Value> = Title::ALL
        .iter()
        .map(|t| {
            (
                t.code().to_owned(),
                json!({ "ladder": ladder(t.ladder()), "rung": t.rung() }),
            )
        })
        .collect();
    let ladders: serde_json::Map<String, Value> = SubjectKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), json!(ladder(k.ladder()))))
        .collect();
    json!({ "rulesets": rulesets, "titles": titles, "subject_ladders": ladders }).to_string()
}

fn applies(a: AppliesTo) -> Value {
    match a {
        AppliesTo::Subjects(kinds) => json!({ "subjects": kinds }),
        AppliesTo::UnitHead => json!("unit_head"),
        AppliesTo::SectorSet => json!("sector_set"),
    }
}

fn rule(r: Rule) -> Value {
    match r {
        Rule::Declared => json!({ "kind": "declared" }),
        Rule::RatingEachYear(rating) => json!({ "kind": "rating_each_year", "rating": rating }),
        Rule::TitleEachYear(title) => json!({ "kind": "title_each_year", "title": title }),
        Rule::InitiativeInPeriod(kinds) => json!({ "kind": "initiative_in_period", "kinds": kinds }),
        Rule::PlanCompletion { year, min_pct } => {
            json!({ "kind": "plan_completion", "year": year, "min_pct": min_pct })
        }
        Rule::UnitEligible => json!({ "kind": "unit_eligible" }),
    }
}

fn ladder(l: Ladder) -> &'static str {
    match l {
        Ladder::Individual => "individual",
        Ladder::Collective => "collective",
        Ladder::Commendation => "commendation",
    }
}

fn day(text: &str) -> Result<NaiveDate, JsError> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|e| JsError::new(&format!("as_of {text:?}: {e}")))
}
