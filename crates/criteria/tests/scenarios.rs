//! Scenario tests: each file of `tests/scenarios/` is one case a domain expert can read and check
//! against the documents (OpenFisca style): a dossier, the day it is assessed, the other dossiers a
//! unit head may link to, and the expected verdict, the status of every criterion that applies (so
//! the set of applying criteria is checked too) and, for some, the rank key.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use criteria::assessment::{Status, Verdict};
use criteria::dossier::Dossier;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    /// What the case shows, in Vietnamese or English; read by people, not by the test.
    #[allow(dead_code)]
    description: String,
    as_of: NaiveDate,
    dossier: Dossier,
    #[serde(default)]
    others: Vec<Dossier>,
    expected: Expected,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    verdict: Verdict,
    /// Every applying criterion, in any order; the test checks the order against the catalogue.
    statuses: BTreeMap<String, Status>,
    rank_key: Option<[u32; 6]>,
}

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|e| {
            e.unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
                .path()
        })
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no scenario files in {}", dir.display());
    files
}

/// What is wrong with one scenario's result; empty when it passes.
fn check(scenario: &Scenario) -> Vec<String> {
    let mut faults = Vec::new();
    let assessment = criteria::assess(&scenario.dossier, &scenario.others, scenario.as_of);
    if assessment.verdict != scenario.expected.verdict {
        faults.push(format!(
            "verdict: expected {:?}, got {:?}",
            scenario.expected.verdict, assessment.verdict
        ));
    }
    let got: BTreeMap<&str, Status> = assessment.criteria.iter().map(|c| (c.id.as_str(), c.status)).collect();
    for (id, want) in &scenario.expected.statuses {
        match got.get(id.as_str()) {
            None => faults.push(format!("{id}: expected {want:?}, but it does not apply")),
            Some(have) if have != want => {
                let detail = assessment
                    .criteria
                    .iter()
                    .find(|c| &c.id == id)
                    .map(|c| c.detail.en.as_str());
                faults.push(format!(
                    "{id}: expected {want:?}, got {have:?} ({})",
                    detail.unwrap_or_default()
                ));
            }
            Some(_) => {}
        }
    }
    for id in got.keys().filter(|id| !scenario.expected.statuses.contains_key(**id)) {
        faults.push(format!("{id}: applies, but the scenario does not list it"));
    }
    if let Some(rank_key) = &scenario.expected.rank_key {
        if &assessment.rank_key.to_array() != rank_key {
            faults.push(format!(
                "rank_key: expected {rank_key:?}, got {:?}",
                assessment.rank_key.to_array()
            ));
        }
    }
    faults.extend(check_shape(scenario, &assessment));
    faults
}

/// What every assessment must be, whatever the case: catalogue order, a detail and a source for
/// each criterion, and what_is_missing naming exactly the criteria not met.
fn check_shape(scenario: &Scenario, assessment: &criteria::assessment::Assessment) -> Vec<String> {
    let mut faults = Vec::new();
    let order: Vec<&str> = criteria::catalogue::ruleset(&scenario.dossier.ruleset)
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
    let missing = criteria::what_is_missing(&scenario.dossier, &scenario.others, scenario.as_of);
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

#[test]
fn every_scenario_gives_its_expected_assessment() {
    let mut failures = Vec::new();
    let files = scenario_files();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
        let scenario: Scenario = match serde_json::from_str(&text) {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("{name}: not a scenario: {e}"));
                continue;
            }
        };
        for fault in check(&scenario) {
            failures.push(format!("{name}: {fault}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
