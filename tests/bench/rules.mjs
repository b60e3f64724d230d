// Benchmark of the rules (prints figures; passes or fails nothing): the same 10,000 generated
// dossiers assessed by
//   - the `dien-hinh assess` command, end to end (start, read, validate, assess, print to /dev/null);
//   - in one node process: the criteria crate compiled to wasm (tests/bench/criteria-wasm), the same
//     rules in json-rules-engine (rules/jre.mjs) and written by hand in JavaScript (rules/hand.mjs).
// Every implementation must reach the same statuses, verdict and rank key for every dossier; the
// benchmark says how many differ. Medians of several rounds after one warm-up round.
//
// Run by scripts/bench, which builds target/release/dien-hinh and target/bench-wasm first.
// BENCH_DOSSIERS (10000) and BENCH_ROUNDS (5) change the size and the number of rounds.
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
const AS_OF = '2025-06-30';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `work` once to warm up, then ROUNDS times; the median in ms, and the last result. */
async function timed(work, rounds = ROUNDS) {
  let result = await work();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
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

  // One node process: wasm (parse and assess, and assess alone), json-rules-engine, plain JS.
  const wasmParseAssess = await timed(() => wasm.parseAndAssess(json, AS_OF));
  const batch = new wasm.Batch(json);
  const wasmAssess = await timed(() => batch.assessAll(AS_OF));
  const wasmDecisions = batch.decisions(AS_OF).split('\n');
  batch.free();

  const engine = jsonRulesEngine(catalogue, AS_OF);
  const jreAssess = await timed(() => engine.assessAll(dossiers));
  const handAssess = await timed(() => handAssessAll(catalogue, dossiers, AS_OF));
  const handParseAssess = await timed(() => handAssessAll(catalogue, JSON.parse(json), AS_OF));

  const rows = [
    ['dien-hinh assess, end to end (process, read, validate, assess, print)', cli.ms],
    ['criteria in wasm: parse the JSON and assess', wasmParseAssess.ms],
    ['criteria in wasm: assess only (parsed once)', wasmAssess.ms],
    ['json-rules-engine 7.3.1: assess only', jreAssess.ms],
    ['hand-written JS: JSON.parse and assess', handParseAssess.ms],
    ['hand-written JS: assess only', handAssess.ms],
  ];
  console.log(`\n| what | median | dossiers/s | json-rules-engine's time ÷ this |\n| --- | ---: | ---: | ---: |`);
  for (const [what, ms] of rows) {
    console.log(`| ${what} | ${ms.toFixed(1)} ms | ${Math.round(COUNT / (ms / 1000)).toLocaleString('en')} | ${(jreAssess.ms / ms).toFixed(1)}× |`);
  }
  console.log(`\ncriteria in wasm vs json-rules-engine (assess only): ${(jreAssess.ms / wasmAssess.ms).toFixed(1)}×; vs hand-written JS: ${(handAssess.ms / wasmAssess.ms).toFixed(2)}× (above 1: wasm is faster)`);
  console.log(`dien-hinh assess end to end vs json-rules-engine's assess only: ${(jreAssess.ms / cli.ms).toFixed(1)}×`);
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
