// Benchmark of importing 10,000 good dossiers in Chromium into an empty profile: how long reading
// and planning take, how long writing takes, and how long the page is blocked meanwhile (the
// longest task and the tasks over 50 ms, from a PerformanceObserver on 'longtask'). Prints
// figures; it passes or fails nothing. Run after a release build: `node tests/bench/import.mjs`
// (or `scripts/bench`); `DIST_DIR=other/dist` measures another build, `BENCH_DOSSIERS` another size.
//
// Two shapes of the same dossiers: one file holding them all (just under the 5 MiB cap, so the
// dossiers are written with only the fields the format requires), and ten files of a tenth each
// (a build whose picker takes one file only reads the first, and is not measured on it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, openApp } from '../e2e/harness.mjs';
import { storedDossiers } from './stored-dossiers.mjs';

const COUNT = Number(process.env.BENCH_DOSSIERS ?? 10_000);
const FILES = 10;

/** A dossier with only the fields the format requires, so 10,000 fit in one file under the cap. */
function slim({ notes, declarations, ...d }) {
  if (d.initiatives === null) delete d.initiatives;
  const { position, unit_head, unit_dossier, sector, ...subject } = d.subject;
  return { ...d, subject, years: d.years.map(({ plan_completion_pct, evidence, ...y }) => y) };
}

const dossiers = storedDossiers(COUNT).map(slim);
// Files on disk, chosen by path: given as buffers, playwright would build them inside the page with
// a script whose own long task (seconds, for 5 MB) would be counted as the app's.
const DIR = mkdtempSync(join(tmpdir(), 'dien-hinh-bench-import-'));
const file = (name, ds) => {
  const path = join(DIR, name);
  writeFileSync(path, JSON.stringify(ds));
  return path;
};
const shapes = [
  ['one file', [file('tat-ca.json', dossiers)]],
  [
    `${FILES} files`,
    Array.from({ length: FILES }, (_, i) => {
      const size = Math.ceil(COUNT / FILES);
      return file(`phan-${i + 1}.json`, dossiers.slice(i * size, (i + 1) * size));
    }),
  ],
];

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ms = (x) => `${Math.round(x)} ms`;

/** Long tasks since the last call: [longest, count, blocking time over 50 ms each]. */
const takeLongTasks = (page) =>
  page.evaluate(() => {
    const tasks = window.__longTasks.splice(0);
    return [Math.max(0, ...tasks), tasks.length, tasks.reduce((n, t) => n + Math.max(0, t - 50), 0)];
  });

const harness = await startHarness();
try {
  const { size } = await import('node:fs').then((fs) => fs.statSync(shapes[0][1][0]));
  console.log(`import of ${COUNT} dossiers (${(size / 1048576).toFixed(2)} MiB as one file)`);
  for (const [shape, files] of shapes) {
    const { page, context } = await harness.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await openApp(page, harness.baseUrl, '/ho-so/nhap');
    const picker = page.getByTestId('import-file');
    await picker.waitFor();
    if (files.length > 1 && !(await picker.evaluate((el) => el.multiple))) {
      console.log(`  ${shape}: not measured (this build's picker takes one file)`);
      await context.close();
      continue;
    }
    await takeLongTasks(page);
    const t0 = Date.now();
    await picker.setInputFiles(files);
    await page.getByTestId('import-confirm').waitFor({ timeout: 600_000 });
    const planned = Date.now() - t0;
    const [planLongest, planCount, planBlocking] = await takeLongTasks(page);
    const t1 = Date.now();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
    const applied = Date.now() - t1;
    const [applyLongest, applyCount, applyBlocking] = await takeLongTasks(page);
    const stored = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.startsWith('dien-hinh:dossier:')).length,
    );
    const failed = await page.getByTestId('import-failed').count();
    const why = failed ? ` (stopped: ${(await page.getByTestId('import-failed').innerText()).trim()})` : '';
    console.log(`  ${shape}: ${stored} stored${why}`);
    console.log(
      `    read and plan: ${s(planned)}, longest task ${ms(planLongest)}, ${planCount} tasks over 50 ms, blocking ${ms(planBlocking)}`,
    );
    console.log(
      `    write:         ${s(applied)}, longest task ${ms(applyLongest)}, ${applyCount} tasks over 50 ms, blocking ${ms(applyBlocking)}`,
    );
    await context.close();
  }
} finally {
  await harness.close();
  rmSync(DIR, { recursive: true, force: true });
}
