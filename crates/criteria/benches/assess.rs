//! How fast `assess` is: 10,000 dossiers of every ruleset and subject kind, a tenth of them unit
//! heads whose links are resolved among all 10,000, assessed natively in a few rounds.
//!
//! `cargo bench -p criteria --bench assess`. Prints dossiers per second (the median round) for the
//! full assessment one by one, the full assessment of a batch, and the status-only path, and never
//! fails on time: the numbers are for reading, not a gate.
//!
//! `BENCH_ROUNDS` (7) sets the rounds, and `BENCH_ONLY=status` runs only the measures whose name
//! holds that word: with `BENCH_ROUNDS=1`, what to profile (`valgrind --tool=callgrind`).

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criteria::assessment::Verdict;
use criteria::catalogue::{Rule, RULESETS};
use criteria::codes::{InitiativeKind, Rating, Scope, Sector, SubjectKind, Title};
use criteria::dossier::{Declaration, Dossier, Initiative, Period, Subject, YearEntry};
use criteria::Batch;

const DOSSIERS: usize = 10_000;

/// SplitMix64: a tiny seeded generator, so every run assesses the same dossiers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` in 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// A valid dossier, mostly well filled in, so the rules do their full work.
fn dossier(rng: &mut Rng, index: usize) -> Dossier {
    let ruleset = rng.pick(&RULESETS);
    let kind = rng.pick(ruleset.subjects);
    let (first, last) = ruleset.span;
    let from = first + rng.below((last - first + 1) as usize) as i32;
    let to = from + rng.below((last - from + 1) as usize) as i32;
    let good_title = if kind == SubjectKind::TapThe {
        Title::TtLaoDongXuatSac
    } else {
        Title::CstdCoSo
    };
    let years = (from..=to)
        .filter_map(|year| {
            if !rng.chance(90) {
                return None;
            }
            Some(YearEntry {
                year,
                rating: rng.chance(85).then(|| {
                    if rng.chance(80) {
                        Rating::XuatSac
                    } else {
                        rng.pick(&Rating::ALL)
                    }
                }),
                titles: if rng.chance(80) {
                    vec![good_title, Title::GiayKhen]
                } else {
                    vec![rng.pick(&Title::for_subject(kind).collect::<Vec<_>>())]
                },
                titles_answered: true,
                plan_completion_pct: rng.chance(70).then(|| 90.0 + rng.below(30) as f64),
                evidence: format!("QĐ khen thưởng năm {year}"),
                extra: Default::default(),
            })
        })
        .collect();
    let initiatives = rng.chance(90).then(|| {
        (0..rng.below(4))
            .map(|_| Initiative {
                title: "Số hóa hồ sơ".into(),
                kind: rng.pick(&InitiativeKind::ALL),
                year: from + rng.below((to - from + 1) as usize) as i32,
                scope: rng.pick(&Scope::ALL),
                evidence: String::new(),
                extra: Default::default(),
            })
            .collect()
    });
    let declarations: BTreeMap<String, Declaration> = ruleset
        .criteria
        .iter()
        .filter(|c| matches!(c.rule, Rule::Declared))
        .filter_map(|c| {
            let answered = rng.chance(95);
            let met = rng.chance(95);
            answered.then(|| {
                (
                    c.id.to_string(),
                    Declaration {
                        met,
                        evidence: "Biên bản".into(),
                        extra: Default::default(),
                    },
                )
            })
        })
        .collect();
    let unit_head = kind == SubjectKind::CaNhan && rng.chance(20);
    Dossier {
        format: "dien-hinh.dossier".into(),
        format_version: 1,
        id: format!("d-{index:05}"),
        created_at: "2025-03-02T08:15:00Z".into(),
        updated_at: "2025-03-02T08:15:00Z".into(),
        ruleset: ruleset.id.into(),
        period: Period { from, to },
        subject: Subject {
            kind,
            name: format!("Hồ sơ {index}"),
            unit: "Cục Quản lý tài nguyên nước".into(),
            position: String::new(),
            unit_head,
            unit_dossier: None,
            sector: (ruleset.id == "stnmt-khanhhoa-2023-2025" && rng.chance(50)).then(|| rng.pick(&Sector::ALL)),
            extra: Default::default(),
        },
        years,
        initiatives,
        declarations,
        notes: String::new(),
        profile: None,
        extra: Default::default(),
    }
}

/// The dossiers, with each unit head linked to a collective of the set (usually one of its own
/// ruleset and period, as a real unit's would be) or, now and then, to a dossier not given.
fn dossiers() -> Vec<Dossier> {
    let mut rng = Rng(2025);
    let mut all: Vec<Dossier> = (0..DOSSIERS).map(|i| dossier(&mut rng, i)).collect();
    let collectives: Vec<(String, String, Period)> = all
        .iter()
        .filter(|d| d.subject.kind == SubjectKind::TapThe)
        .map(|d| (d.id.clone(), d.ruleset.clone(), d.period))
        .collect();
    for d in all.iter_mut().filter(|d| d.subject.unit_head) {
        let same: Vec<&String> = collectives
            .iter()
            .filter(|(_, r, p)| *r == d.ruleset && *p == d.period)
            .map(|(id, _, _)| id)
            .collect();
        d.subject.unit_dossier = match (rng.chance(5), same.is_empty()) {
            (false, false) => Some(same[rng.below(same.len())].clone()),
            _ => Some("not-given".into()),
        };
    }
    all
}

/// Nanoseconds this thread has spent on a CPU (Linux's `/proc/thread-self/schedstat`), or `None`
/// where that is not available. On a machine shared with other work, wall-clock time counts the
/// time the thread waited for a core; this does not.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// Runs `round` `BENCH_ROUNDS` times and prints dossiers per second: the median round's wall-clock
/// rate, and the rate over the thread's CPU time for all rounds.
fn measure(what: &str, dossiers: usize, mut round: impl FnMut() -> [usize; 4]) {
    if std::env::var("BENCH_ONLY").is_ok_and(|only| !what.contains(only.as_str())) {
        return;
    }
    let runs: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(7);
    let mut rounds: Vec<Duration> = Vec::with_capacity(runs);
    let mut verdicts = [0usize; 4];
    let cpu_before = cpu_ns();
    for _ in 0..runs {
        let start = Instant::now();
        verdicts = round();
        rounds.push(start.elapsed());
    }
    let cpu = cpu_before.zip(cpu_ns()).map(|(a, b)| (b - a) as f64 / 1e9);
    rounds.sort();
    let median = rounds[runs / 2].as_secs_f64();
    let on_cpu = match cpu {
        Some(secs) => format!("{:.0} dossiers/s of CPU time", (dossiers * runs) as f64 / secs),
        None => "CPU time not available".to_string(),
    };
    println!(
        "{what}: {:.0} dossiers/s wall-clock, {on_cpu}; {:.2} µs/dossier (median of {runs} rounds of \
         {dossiers}; fastest {:.1} ms, slowest {:.1} ms); verdicts {} eligible, {} on_track, {} incomplete, \
         {} not_eligible",
        dossiers as f64 / median,
        median * 1e6 / dossiers as f64,
        rounds[0].as_secs_f64() * 1e3,
        rounds[runs - 1].as_secs_f64() * 1e3,
        verdicts[0],
        verdicts[1],
        verdicts[2],
        verdicts[3],
    );
}

fn tally(verdicts: &mut [usize; 4], verdict: Verdict) {
    verdicts[match verdict {
        Verdict::Eligible => 0,
        Verdict::OnTrack => 1,
        Verdict::Incomplete => 2,
        Verdict::NotEligible => 3,
    }] += 1;
}

fn main() {
    let all = dossiers();
    let as_of = NaiveDate::from_ymd_opt(2025, 6, 30).expect("a real day");
    let heads = all.iter().filter(|d| d.subject.unit_head).count();
    println!(
        "assess: {} dossiers ({heads} unit heads, links resolved among all), as of {as_of}",
        all.len()
    );
    // One dossier at a time, each head's link found by a scan of all the others.
    measure("full, one by one (criteria::assess)", all.len(), || {
        let mut verdicts = [0; 4];
        for d in &all {
            let a = criteria::assess(black_box(d), black_box(&all), as_of);
            tally(&mut verdicts, a.verdict);
            black_box(a);
        }
        verdicts
    });
    // A batch: links through an index built once per round, no fixes built.
    measure("full, batch (Batch::assess)", all.len(), || {
        let mut verdicts = [0; 4];
        let batch = Batch::new(black_box(&all));
        for d in &all {
            let a = batch.assess(black_box(d), as_of);
            tally(&mut verdicts, a.verdict);
            black_box(a);
        }
        verdicts
    });
    // Statuses, verdict and rank key only: no text, no allocation per dossier.
    measure("status-only, batch (Batch::briefs)", all.len(), || {
        let mut verdicts = [0; 4];
        let batch = Batch::new(black_box(&all));
        for b in batch.briefs(as_of) {
            tally(&mut verdicts, b.verdict);
            black_box(b);
        }
        verdicts
    });
}
