//! How fast files are read: a valid export (the fast path, typed serde), the same export with one
//! fault in its last dossier (the fast path fails at the end, then the walk finds the fault), and
//! a hostile file of 100,000 faulty items, each at about 5 MB and 50 MB.
//!
//! `cargo bench -p criteria --bench read`. Prints figures (the median of a few rounds) and never
//! fails on time. `serde_json::from_str::<Value>` is printed beside them: the old reader built that
//! tree before walking it, so it is a lower bound of what reading cost before.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criteria::validate::{parse_input, parse_input_all};
use serde_json::{json, Value};

const ROUNDS: usize = 5;

/// A dossier with every section filled, under the 2021–2025 ruleset; `i` makes it distinct.
fn dossier(i: usize) -> Value {
    let years: Vec<Value> = (2021..=2025)
        .map(|y| {
            json!({ "year": y, "rating": "xuat_sac", "titles": ["cstd_co_so", "giay_khen"],
                    "plan_completion_pct": null, "evidence": format!("Quyết định số {i}/QĐ-TNN ngày 10/01/{}", y + 1) })
        })
        .collect();
    json!({
        "format": "dien-hinh.dossier", "format_version": 1, "id": format!("d-{i}"),
        "created_at": "2025-03-02T08:15:00+07:00", "updated_at": "2025-03-02T09:40:12+07:00",
        "ruleset": "btnmt-dhtt-2021-2025", "period": { "from": 2021, "to": 2025 },
        "subject": { "kind": "ca_nhan", "name": format!("Nguyễn Thị Hoa {i}"), "unit": "Cục Quản lý tài nguyên nước",
                     "position": "Chuyên viên chính", "unit_head": false, "unit_dossier": null, "sector": null },
        "years": years,
        "initiatives": [{ "title": "Số hóa hồ sơ cấp phép tài nguyên nước", "kind": "sang_kien", "year": 2023,
                          "scope": "co_so", "evidence": "Quyết định công nhận sáng kiến số 7/QĐ-TNN" }],
        "declarations": {},
        "notes": "Đã hoàn thành các nhiệm vụ được giao."
    })
}

/// A valid export of about `bytes` bytes, its assessments made by the crate.
fn export(bytes: usize) -> String {
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real day");
    let one = dossier(0).to_string().len();
    let n = bytes / (one * 3);
    let dossiers: Vec<Value> = (0..n).map(dossier).collect();
    let Ok(input) = parse_input(&Value::Array(dossiers.clone()).to_string()) else {
        panic!("the generated dossiers are valid");
    };
    let assessments: Vec<Value> = input
        .dossiers()
        .iter()
        .map(|d| serde_json::to_value(criteria::assess(d, input.dossiers(), as_of)).expect("serialises"))
        .collect();
    json!({
        "format": "dien-hinh.export", "format_version": 1, "exported_at": "2025-06-30T10:00:00+07:00",
        "app_version": "0.1.0", "as_of": "2025-06-30", "dossiers": dossiers, "assessments": assessments
    })
    .to_string()
}

/// The median time of each of `runs`, run in turn [`ROUNDS`] times (in turn, so that a busy
/// machine slows them all alike).
fn medians(runs: &mut [&mut dyn FnMut()]) -> Vec<Duration> {
    let mut times = vec![Vec::with_capacity(ROUNDS); runs.len()];
    for _ in 0..ROUNDS {
        for (run, times) in runs.iter_mut().zip(&mut times) {
            let start = Instant::now();
            run();
            times.push(start.elapsed());
        }
    }
    times
        .into_iter()
        .map(|mut t| {
            t.sort();
            t[ROUNDS / 2]
        })
        .collect()
}

fn report(what: &str, text: &str, time: Duration) {
    let mb = text.len() as f64 / 1e6;
    println!(
        "  {what:<46} {:>8.1} ms  {:>6.0} MB/s",
        time.as_secs_f64() * 1e3,
        mb / time.as_secs_f64()
    );
}

fn main() {
    for size in [5_000_000, 50_000_000] {
        let valid = export(size);
        // The last dossier's last year gets a rating that is not one: a type fault at the end.
        let at = valid.rfind("\"rating\":\"xuat_sac\"").expect("a rating");
        let faulty = format!("{}\"rating\":\"xuat_sac_\"{}", &valid[..at], &valid[at + 19..]);
        let mut hostile = dossier(0);
        let items = vec![json!({ "year": "x", "rating": "bad", "titles": ["nope"] }); 100_000 * size / 5_000_000];
        hostile["years"] = Value::Array(items);
        let hostile = hostile.to_string();
        let times = medians(&mut [
            &mut || {
                drop(black_box(
                    serde_json::from_str::<Value>(black_box(&valid)).expect("JSON"),
                ))
            },
            &mut || drop(black_box(parse_input(black_box(&valid)).expect("valid"))),
            &mut || drop(black_box(parse_input(black_box(&faulty)).expect_err("refused"))),
            &mut || drop(black_box(parse_input_all(black_box(&hostile)).expect_err("refused"))),
            &mut || drop(black_box(parse_input(black_box(&hostile)).expect_err("refused"))),
        ]);
        println!(
            "read: an export of {:.1} MB; {:.1} MB of faulty items (median of {ROUNDS})",
            valid.len() as f64 / 1e6,
            hostile.len() as f64 / 1e6
        );
        report("serde_json::Value tree alone (old first step)", &valid, times[0]);
        report("valid: typed serde + rules (the fast path)", &valid, times[1]);
        report("one fault at the end: fast path, then the walk", &faulty, times[2]);
        report("faulty items, all faults (the app's import)", &hostile, times[3]);
        report("faulty items, first fault (the command)", &hostile, times[4]);
    }
}
