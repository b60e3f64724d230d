// Benchmark of the dossier workspace in Chromium with 1,000 stored dossiers. Prints figures; it
// passes or fails nothing. Run after a release build: `node tests/bench/workspace.mjs`
// (or `scripts/bench`). Timings are medians of several runs, in milliseconds.
import { startHarness, openApp } from '../e2e/harness.mjs';
import { seed } from '../e2e/fixtures.mjs';
import { RULESET_IDS, storedDossiers } from './stored-dossiers.mjs';

const COUNT = 1000;
const RUNS = 5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

const harness = await startHarness();
try {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  const data = storedDossiers(COUNT);
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
    const value = RULESET_IDS[run % RULESET_IDS.length];
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
