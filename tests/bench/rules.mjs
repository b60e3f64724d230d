// Benchmark of the rules (prints figures; passes or fails nothing): the same 10,000 generated
// dossiers assessed by
//   - the `dien-hinh assess` command, end to end (start, read, validate, assess, print to /dev/null);
//   - in one node process: the criteria crate compiled to wasm (tests/bench/criteria-wasm), the same
//     rules in json-rules-engine (rules/jre.mjs) and written by hand in JavaScript (rules/hand.mjs).
// Like is compared with like: the JavaScript versions decide the statuses, the verdict and the rank
// key, and so does the crate's lean path (`Batch::briefs`), which the ratios use; the crate's full
// assessment (with every criterion's bilingual detail) is timed beside it. Every implementation must
// reach the same statuses, verdict and rank key for every dossier (the crate's lean and full paths
// included); the benchmark says how many differ. Medians of several rounds after one warm-up round;
// in the node process the contenders' rounds take turns.
//
// Run by scripts/bench, which builds target/release/dien-hinh and target/bench-wasm first.
// BENCH_DOSSIERS (10000) and BENCH_ROUNDS (5) change the size and the number of rounds, BENCH_AS_OF
// (2024-06-30: mid-period, so the 2025 entries of a period that runs to 2025 are typed in ahead) the day.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDossiers } from './rules/dossiers.mjs';
import { assessAll as handAssessAll } from './rules/hand.mjs';
import { jsonRulesEngine } from './rules/jre.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'target', 'release', 'dien-hinh');
const WASM = join(ROOT, 'target', 'bench-wasm', 'criteria_wasm_bench.js');
const COUNT = Number(process.env.BENCH_DOSSIERS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const AS_OF = process.env.BENCH_AS_OF ?? '2024-06-30';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The CPU time, in ms, of this process's children that have ended (Linux: /proc/self/stat's
 * cutime and cstime, in clock ticks); null elsewhere. */
const TICK_MS = 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout || 100);
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Runs `work` (which runs a command) once to warm up, then ROUNDS times; the median wall-clock ms,
 * the median CPU ms of the command, and the last result. */
async function timed(work, rounds = ROUNDS) {
  let result = await work();
  const times = [];
  const cpu = [];
  for (let i = 0; i < rounds; i++) {
    const [start, startCpu] = [performance.now(), childrenCpuMs()];
    result = await work();
    times.push(performance.now() - start);
    if (startCpu !== null) cpu.push(childrenCpuMs() - startCpu);
  }
  return { ms: median(times), cpuMs: cpu.length ? median(cpu) : null, result };
}

/** Runs each of `works` once to warm up, then ROUNDS rounds in which each runs once, in turn: for
 * each, the median wall-clock ms, the median ms of the process's CPU time (which a busy machine
 * does not lengthen; garbage collection on node's other threads counts), and its last result. */
async function interleaved(works) {
  const results = [];
  for (const work of works) results.push(await work());
  const wall = works.map(() => []);
  const cpu = works.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, work] of works.entries()) {
      const [start, startCpu] = [performance.now(), process.cpuUsage()];
      results[i] = await work();
      const used = process.cpuUsage(startCpu);
      wall[i].push(performance.now() - start);
      cpu[i].push((used.user + used.system) / 1000);
    }
  }
  return works.map((_, i) => ({ ms: median(wall[i]), cpuMs: median(cpu[i]), result: results[i] }));
}

const decision = ({ verdict, statuses, rankKey }) => `${verdict}|${statuses.join(',')}|${rankKey.join(',')}`;

function differences(name, expected, got) {
  const bad = expected.map((e, i) => (e === got[i] ? null : i)).filter((i) => i !== null);
  if (bad.length) console.log(`  ${name} differs on ${bad.length} dossiers; the first, #${bad[0]}:\n    crate: ${expected[bad[0]]}\n    ${name}: ${got[bad[0]]}`);
  return bad.length;
}

const wasm = createRequire(import.meta.url)(WASM);
const catalogue = JSON.parse(wasm.catalogue());
const dossiers = generateDossiers(catalogue, COUNT);
const json = JSON.stringify(dossiers);
const heads = dossiers.filter((d) => d.subject.unit_head).length;
const dir = mkdtempSync(join(tmpdir(), 'dien-hinh-bench-'));
const file = join(dir, 'dossiers.json');
writeFileSync(file, json);
console.log(`rules benchmark: ${COUNT} dossiers (${heads} unit heads), ${(json.length / 1e6).toFixed(1)} MB of JSON, as of ${AS_OF}; median of ${ROUNDS} rounds`);

try {
  // The command, end to end, its output thrown away; then once more to read what it decided.
  const cli = await timed(() => {
    const sink = openSync('/dev/null', 'w');
    try {
      const run = spawnSync(CLI, ['assess', '--as-of', AS_OF, file], { stdio: ['ignore', sink, 'pipe'] });
      if (run.status !== 0) throw new Error(`dien-hinh exited ${run.status}: ${run.stderr}`);
    } finally {
      closeSync(sink);
    }
  });
  const printed = spawnSync(CLI, ['assess', '--as-of', AS_OF, file], { maxBuffer: 1 << 30, encoding: 'utf8' }).stdout;
  const cliDecisions = printed.trim().split('\n').map((line) => {
    const a = JSON.parse(line);
    return decision({ verdict: a.verdict, statuses: a.criteria.map((c) => c.status), rankKey: a.rank_key });
  });

  // One node process: wasm (parse and assess, and assess alone), json-rules-engine, plain JS. Their
  // rounds take turns, so that a change in the machine's load falls on all of them alike.
  const batch = new wasm.Batch(json);
  const engine = jsonRulesEngine(catalogue, AS_OF);
  const [wasmParseAssess, wasmAssess, wasmFull, jreAssess, handAssess, handParseAssess] = await interleaved([
    () => wasm.parseAndAssess(json, AS_OF),
    () => batch.assessAll(AS_OF),
    () => batch.assessAllFull(AS_OF),
    () => engine.assessAll(dossiers),
    () => handAssessAll(catalogue, dossiers, AS_OF),
    () => handAssessAll(catalogue, JSON.parse(json), AS_OF),
  ]);
  const wasmDecisions = batch.decisions(AS_OF).split('\n');
  batch.free();

  const rows = [
    ['dien-hinh assess, end to end (process, read, validate, assess, print)', cli],
    ['criteria in wasm: parse the JSON and assess (lean)', wasmParseAssess],
    ['criteria in wasm: assess only, lean (statuses, verdict, rank key)', wasmAssess],
    ['criteria in wasm: assess only, full (with every detail text)', wasmFull],
    ['json-rules-engine 7.3.1: assess only', jreAssess],
    ['hand-written JS: JSON.parse and assess', handParseAssess],
    ['hand-written JS: assess only', handAssess],
  ];
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : '–');
  console.log(`\n| what | median | dossiers/s | json-rules-engine's time ÷ this | median CPU time | json-rules-engine's CPU time ÷ this |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const [what, { ms, cpuMs }] of rows) {
    const cpuCell = cpuMs ? `${cpuMs.toFixed(1)} ms` : '–';
    console.log(`| ${what} | ${ms.toFixed(1)} ms | ${Math.round(COUNT / (ms / 1000)).toLocaleString('en')} | ${ratio(jreAssess.ms, ms)} | ${cpuCell} | ${ratio(jreAssess.cpuMs, cpuMs)} |`);
  }
  const both = (a, b) => `${(a.ms / b.ms).toFixed(2)}× wall-clock, ${(a.cpuMs / b.cpuMs).toFixed(2)}× CPU time`;
  console.log(`\ncriteria in wasm (lean) vs json-rules-engine (assess only): ${both(jreAssess, wasmAssess)}`);
  console.log(`criteria in wasm (lean) vs hand-written JS (assess only): ${both(handAssess, wasmAssess)} (above 1: wasm is faster)`);
  console.log(`dien-hinh assess end to end vs json-rules-engine's assess only: ${(jreAssess.ms / cli.ms).toFixed(1)}× wall-clock, ${ratio(jreAssess.cpuMs, cli.cpuMs)} CPU time`);
  console.log(`json-rules-engine built ${engine.engines()} engines (one per ruleset, period and set of applicable criteria)`);

  const verdicts = {};
  for (const line of wasmDecisions) verdicts[line.split('|')[0]] = (verdicts[line.split('|')[0]] ?? 0) + 1;
  console.log(`verdicts (crate): ${Object.entries(verdicts).map(([v, n]) => `${n} ${v}`).join(', ')}`);
  const differing = differences('dien-hinh', wasmDecisions, cliDecisions)
    + differences('json-rules-engine', wasmDecisions, jreAssess.result.map(decision))
    + differences('hand-written JS', wasmDecisions, handAssess.result.map(decision));
  console.log(differing === 0
    ? `agreement: all four give the same statuses, verdict and rank key for all ${COUNT} dossiers`
    : `agreement: ${differing} differences (see above): the JavaScript rules no longer match the crate`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
