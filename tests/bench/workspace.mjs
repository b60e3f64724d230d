// Benchmark of the dossier workspace in Chromium with 1,000 stored dossiers. Prints figures; it
// passes or fails nothing. Run after a release build: `node tests/bench/workspace.mjs`
// (or `scripts/bench`). Timings are medians of several runs, in milliseconds.
import { startHarness, openApp } from '../e2e/harness.mjs';
import { dossier, seed } from '../e2e/fixtures.mjs';

const COUNT = 1000;
const RUNS = 5;
const RULESETS = [
  ['btnmt-dhtt-2023-2025', { from: 2023, to: 2025 }, ['ca_nhan', 'tap_the']],
  ['btnmt-dhtt-2021-2025', { from: 2021, to: 2023 }, ['ca_nhan', 'tap_the']],
  ['stnmt-khanhhoa-2023-2025', { from: 2024, to: 2024 }, ['ca_nhan', 'tap_the', 'ho_gia_dinh']],
  ['btnmt-thidua-2021', { from: 2021, to: 2021 }, ['ca_nhan', 'tap_the']],
];
const RATINGS = ['xuat_sac', 'tot', 'hoan_thanh', null];

/** 1,000 varied dossiers, deterministic. */
function dossiers() {
  return Array.from({ length: COUNT }, (_, i) => {
    const [ruleset, period, kinds] = RULESETS[i % RULESETS.length];
    const kind = kinds[i % kinds.length];
    const years = [];
    for (let y = period.from; y <= period.to; y++) {
      const title = kind === 'tap_the' ? 'tt_lao_dong_xuat_sac' : 'cstd_co_so';
      years.push({ year: y, rating: kind === 'ho_gia_dinh' ? null : RATINGS[(i + y) % 4], titles: (i + y) % 3 ? [title] : [], plan_completion_pct: null, evidence: '' });
    }
    return dossier({
      id: `d-bench-${String(i).padStart(4, '0')}`,
      ruleset, period, years,
      subject: { kind, name: `Hồ sơ thử ${i}`, unit: `Đơn vị ${i % 17}`, position: '' },
      initiatives: i % 5 ? [{ title: 'Sáng kiến', kind: 'sang_kien', year: period.to, scope: 'co_so', evidence: '' }] : null,
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const harness = await startHarness();
try {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  const data = dossiers();
  await seed(page, data);
  const bytes = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));

  const loads = [];
  for (let run = 0; run < RUNS; run++) {
    const started = Date.now();
    await page.goto(`${harness.baseUrl}/ho-so`);
    await page.getByTestId('dossier-row').first().waitFor();
    loads.push(Date.now() - started);
  }
  // Time from the start of navigation to the first row, as the page itself measured it.
  const firstRow = await page.evaluate(() => performance.now());

  const filters = [];
  for (let run = 0; run < RUNS; run++) {
    const select = page.getByTestId('filter-ruleset');
    const value = RULESETS[run % RULESETS.length][0];
    const ms = await select.evaluate(async (el, value) => {
      const t0 = performance.now();
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, value);
    filters.push(ms);
  }

  await page.goto(`${harness.baseUrl}/ho-so/d-bench-0000?muc=thong-tin`);
  await page.getByTestId('dossier-name').waitFor();
  const keystrokes = [];
  for (let run = 0; run < RUNS * 4; run++) {
    const ms = await page.locator('#f-unit').evaluate(async (el, run) => {
      const t0 = performance.now();
      el.value = `Đơn vị ${run}`;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    }, run);
    keystrokes.push(ms);
  }
  await context.close();

  console.log(`workspace benchmark: ${COUNT} dossiers, ${(bytes * 2 / 1024).toFixed(0)} KB in local storage, median of ${RUNS}+ runs`);
  console.log(`  open the list (load, parse, migrate, assess all, render first rows): ${fmt(median(loads))} (page clock at first row ${fmt(firstRow)})`);
  console.log(`  filter by ruleset, to the next painted frame:                       ${fmt(median(filters))}`);
  console.log(`  one keystroke in the editor (save + re-assess), to the next frame:  ${fmt(median(keystrokes))} (max ${fmt(Math.max(...keystrokes))})`);
} finally {
  await harness.close();
}
