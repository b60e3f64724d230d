//! Scenario cases (`tests/scenarios/*.yaml`): short data a domain expert can read, expanded here
//! into full dossiers that go through the validator, then assessed and checked. The case format is
//! described in `tests/scenarios/README.md`.
//!
//! Expanding a case: its `dossier` fields are laid over a default dossier (the case's file name as
//! the id, fixed timestamps, a name for the subject kind, no yearly entries, `initiatives` `[]`);
//! `period` (`FROM-TO` or one year) and `subject` (a kind, or a map) are shorthands; `declarations`
//! answers every declared criterion that applies "met" (with evidence) unless the case says
//! `not_met` or `unanswered` for it. The result must be valid input: a case the validator refuses
//! fails loudly, naming the fault.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use criteria::assessment::{Assessment, Status, Verdict};
use criteria::catalogue::{self, Rule, Ruleset};
use criteria::dossier::Dossier;
use criteria::validate::validate_dossier;
use serde::Deserialize;
use serde_json::{json, Map, Value};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// What the case shows, for people; the test does not read it.
    pub description: String,
    pub as_of: NaiveDate,
    dossier: Value,
    #[serde(default)]
    others: Vec<Value>,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    verdict: Verdict,
    #[serde(default)]
    met: Vec<String>,
    #[serde(default)]
    not_met: Vec<String>,
    #[serde(default)]
    unknown: Vec<String>,
    #[serde(default)]
    pending: Vec<String>,
    rank_key: Option<[u32; 6]>,
}

/// A case with its dossiers expanded and validated.
pub struct Expanded {
    pub as_of: NaiveDate,
    pub dossier: Dossier,
    pub others: Vec<Dossier>,
}

/// Reads a case file's text.
pub fn parse(text: &str) -> Result<Case, String> {
    serde_yaml_ng::from_str(text).map_err(|e| format!("not a scenario case: {e}"))
}

impl Case {
    /// The case's dossiers, full and validated; `name` (the file name) is the main dossier's id
    /// unless the case gives one.
    pub fn expand(&self, name: &str) -> Result<Expanded, String> {
        let dossier = expand(&self.dossier, Some(name)).map_err(|e| format!("dossier: {e}"))?;
        let others = self
            .others
            .iter()
            .enumerate()
            .map(|(i, other)| expand(other, None).map_err(|e| format!("others[{i}]: {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Expanded {
            as_of: self.as_of,
            dossier,
            others,
        })
    }

    /// What is wrong with the assessment of the expanded case; empty when it passes.
    pub fn check(&self, case: &Expanded) -> Vec<String> {
        let assessment = criteria::assess(&case.dossier, &case.others, case.as_of);
        let mut faults = Vec::new();
        let want = &self.expected;
        if assessment.verdict != want.verdict {
            faults.push(format!(
                "verdict: expected {}, got {}",
                want.verdict.code(),
                assessment.verdict.code()
            ));
        }
        let expected: BTreeMap<&str, Status> = [
            (&want.met, Status::Met),
            (&want.not_met, Status::NotMet),
            (&want.unknown, Status::Unknown),
            (&want.pending, Status::Pending),
        ]
        .into_iter()
        .flat_map(|(ids, status)| ids.iter().map(move |id| (id.as_str(), status)))
        .collect();
        let listed = want.met.len() + want.not_met.len() + want.unknown.len() + want.pending.len();
        if expected.len() != listed {
            faults.push("a criterion is listed under two statuses, or twice".to_string());
        }
        for c in &assessment.criteria {
            let short = catalogue::short_id(&c.id);
            match expected.get(short) {
                None => faults.push(format!(
                    "{short} applies ({}), but the case does not list it",
                    c.status.code()
                )),
                Some(status) if *status != c.status => faults.push(format!(
                    "{short}: expected {}, got {} ({})",
                    status.code(),
                    c.status.code(),
                    c.detail.en
                )),
                Some(_) => {}
            }
        }
        for short in expected.keys() {
            if !assessment.criteria.iter().any(|c| catalogue::short_id(&c.id) == *short) {
                faults.push(format!("{short}: listed, but it does not apply"));
            }
        }
        if let Some(rank_key) = want.rank_key {
            if assessment.rank_key.to_array() != rank_key {
                faults.push(format!(
                    "rank_key: expected {rank_key:?}, got {:?}",
                    assessment.rank_key.to_array()
                ));
            }
        }
        faults.extend(shape(case, &assessment));
        faults
    }
}

/// What every assessment must be, whatever the case: catalogue order, a detail and a source for
/// each criterion, the lean path ([`criteria::brief`]) deciding the same, and what_is_missing
/// naming exactly the criteria not met.
fn shape(case: &Expanded, assessment: &Assessment) -> Vec<String> {
    let mut faults = Vec::new();
    let order: Vec<&str> = catalogue::ruleset(&case.dossier.ruleset)
        .map(|r| r.criteria.iter().map(|c| c.id).collect())
        .unwrap_or_default();
    let positions: Vec<Option<usize>> = assessment
        .criteria
        .iter()
        .map(|c| order.iter().position(|id| *id == c.id))
        .collect();
    if !positions.windows(2).all(|w| w[0] < w[1]) {
        faults.push("criteria are not in catalogue order".to_string());
    }
    for c in &assessment.criteria {
        if c.detail.vi.is_empty() || c.detail.en.is_empty() || c.source.is_empty() {
            faults.push(format!("{}: empty detail or source", c.id));
        }
    }
    // The lean path decides as the full assessment does.
    let brief = criteria::brief(&case.dossier, &case.others, case.as_of);
    let lean: Vec<(&str, Status)> = brief.statuses().map(|(c, s)| (c.id, s)).collect();
    let full: Vec<(&str, Status)> = assessment.criteria.iter().map(|c| (c.id.as_str(), c.status)).collect();
    if (brief.verdict, brief.rank_key, lean.as_slice()) != (assessment.verdict, assessment.rank_key, full.as_slice()) {
        faults.push(format!(
            "the lean path decides otherwise: {} {:?} {lean:?}",
            brief.verdict.code(),
            brief.rank_key.to_array()
        ));
    }
    let missing = criteria::what_is_missing(&case.dossier, &case.others, case.as_of);
    let mut listed: Vec<&str> = missing.iter().map(|m| m.criterion_id.as_str()).collect();
    listed.dedup();
    let not_met: Vec<&str> = assessment
        .criteria
        .iter()
        .filter(|c| c.status != Status::Met)
        .map(|c| c.id.as_str())
        .collect();
    if listed != not_met {
        faults.push(format!(
            "what_is_missing lists {listed:?}, not the criteria not met {not_met:?}"
        ));
    }
    faults
}

/// One dossier of a case, full and read by the validator.
fn expand(shorthand: &Value, id: Option<&str>) -> Result<Dossier, String> {
    validate_dossier(&full(shorthand, id)?, "").map_err(|e| format!("the validator refuses the expanded dossier: {e}"))
}

/// The full dossier JSON of a shorthand (see the module docs).
fn full(shorthand: &Value, id: Option<&str>) -> Result<Value, String> {
    let Value::Object(fields) = shorthand else {
        return Err("a dossier is a map of fields".into());
    };
    let mut d = json!({
        "format": "dien-hinh.dossier",
        "format_version": 1,
        "created_at": "2025-01-01T08:00:00+07:00",
        "updated_at": "2025-01-01T08:00:00+07:00",
        "years": [],
        "initiatives": [],
        "notes": ""
    });
    if let Some(id) = id {
        d["id"] = json!(id);
    }
    let mut overrides = None;
    for (key, value) in fields {
        match key.as_str() {
            "period" => d["period"] = period(value)?,
            "subject" => d["subject"] = subject(value)?,
            "declarations" => overrides = Some(value),
            _ => d[key.as_str()] = value.clone(),
        }
    }
    // The declared criteria that apply depend on the subject: read the dossier once without them.
    let read = validate_dossier(&d, "").map_err(|e| format!("the validator refuses the expanded dossier: {e}"))?;
    let ruleset = catalogue::ruleset(&read.ruleset).ok_or("no such ruleset")?;
    d["declarations"] = declarations(ruleset, &read, overrides)?;
    Ok(d)
}

/// "2021-2023" or 2025.
fn period(value: &Value) -> Result<Value, String> {
    let (from, to) = match value {
        Value::Number(n) => {
            let year = n.as_i64().ok_or("a period year is a whole number")?;
            (year, year)
        }
        Value::String(s) => {
            let (a, b) = s.split_once('-').ok_or(format!("period {s:?} is not FROM-TO"))?;
            let year = |t: &str| {
                t.trim()
                    .parse::<i64>()
                    .map_err(|_| format!("period {s:?} is not FROM-TO"))
            };
            (year(a)?, year(b)?)
        }
        _ => return Err("a period is FROM-TO or one year".into()),
    };
    Ok(json!({ "from": from, "to": to }))
}

/// A subject kind, or a map of subject fields; the name defaults to one for the kind.
fn subject(value: &Value) -> Result<Value, String> {
    let mut s = match value {
        Value::String(kind) => json!({ "kind": kind }),
        Value::Object(_) => value.clone(),
        _ => return Err("a subject is a kind or a map".into()),
    };
    if s.get("name").is_none() {
        let name = match s["kind"].as_str() {
            Some("tap_the") => "Phòng Tài nguyên nước",
            Some("ho_gia_dinh") => "Hộ ông Lê Văn Ba",
            _ => "Nguyễn Thị Hoa",
        };
        s["name"] = json!(name);
    }
    Ok(s)
}

/// Every declared criterion that applies answered "met", then the case's own answers by short id:
/// `met`, `not_met` or `unanswered`.
fn declarations(ruleset: &'static Ruleset, read: &Dossier, overrides: Option<&Value>) -> Result<Value, String> {
    let declared = |c: &&catalogue::Criterion| matches!(c.rule, Rule::Declared);
    let mut answers: Map<String, Value> = ruleset
        .criteria_for(&read.subject)
        .filter(declared)
        .map(|c| {
            (
                c.id.to_string(),
                json!({ "met": true, "evidence": "Biên bản họp bình xét" }),
            )
        })
        .collect();
    let overrides = match overrides {
        None => return Ok(Value::Object(answers)),
        Some(Value::Object(o)) => o,
        Some(_) => return Err("declarations are a map of short ids to met, not_met or unanswered".into()),
    };
    for (short, answer) in overrides {
        let id = format!("{}/{short}", ruleset.id);
        if !ruleset.criteria.iter().filter(declared).any(|c| c.id == id) {
            return Err(format!(
                "declarations: {short} is not a declared criterion of {}",
                ruleset.id
            ));
        }
        match answer.as_str() {
            Some("met") => answers.insert(id, json!({ "met": true, "evidence": "Biên bản họp bình xét" })),
            Some("not_met") => answers.insert(id, json!({ "met": false, "evidence": "" })),
            Some("unanswered") => answers.remove(&id),
            _ => {
                return Err(format!(
                    "declarations: {short}: {answer} is not met, not_met or unanswered"
                ))
            }
        };
    }
    Ok(Value::Object(answers))
}
