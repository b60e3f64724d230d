// Load-time benchmark in headless Chromium (prints figures; passes or fails nothing): a first visit
// (fresh profile, empty HTTP cache, no service worker) to `/` and `/ho-so` with 0 and 1,000 stored
// dossiers, unthrottled and on Chrome's "Slow 4G" profile with 4× CPU throttling, served by
// scripts/static-server.mjs as scripts/serve does. Medians of several runs, from the start of the
// navigation:
//   first paint   first-contentful-paint;
//   mounted       the app's navigation is in the DOM;
//   interactive   a click on the language switch has changed its text: the app is mounted and the
//                 main thread is free to answer a button;
//   first rows    the first dossier row of /ho-so is in the DOM (with stored dossiers);
//   longest task  the longest main-thread task (PerformanceObserver 'longtask', over 50 ms) until a
//                 second after the later of interactive and first rows;
//   transferred   bytes over the network until then (CDP, headers included).
//
// `node tests/bench/load.mjs` after a release build (scripts/bench does both). DIST_DIR measures
// another build, BENCH_SERVER serves it with another server module exporting `startServer` (for a
// before/after: a build older than the Content-Security-Policy has inline scripts, which this
// repository's server, sending the policy as a header, would refuse); BENCH_RUNS (5) sets the runs.
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { storedDossiers, storageEntries } from './stored-dossiers.mjs';

const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const SERVER = process.env.BENCH_SERVER
  ? pathToFileURL(resolve(process.env.BENCH_SERVER)).href
  : new URL('../../scripts/static-server.mjs', import.meta.url).href;
const { startServer } = await import(SERVER);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Chrome DevTools' "Slow 4G" preset (bytes per second) and a mid-range phone's CPU. */
const SLOW_4G = { latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375, cpu: 4 };
const CONDITIONS = [['unthrottled', null], ['slow 4G + 4× CPU', SLOW_4G]];
const SCENARIOS = [['/', 0], ['/', 1000], ['/ho-so', 0], ['/ho-so', 1000]];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Installed before the page's own scripts: records long tasks, mount, first rows, and probes interactivity. */
function instrument(expectRows) {
  const bench = { longest: 0, mounted: null, interactive: null, firstRow: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longest = null;
  }
  // A click in a task of its own once the app is there; interactive when the button's text changed.
  const probe = () => {
    const button = document.querySelector('[data-testid="lang-switch"]');
    const before = button.textContent;
    new MutationObserver((_, observer) => {
      if (button.textContent !== before) {
        bench.interactive = performance.now();
        observer.disconnect();
      }
    }).observe(button, { childList: true, subtree: true, characterData: true });
    button.click();
  };
  new MutationObserver((_, observer) => {
    if (bench.mounted === null && document.querySelector('[data-testid="main-nav"]')) {
      bench.mounted = performance.now();
      setTimeout(probe, 0);
    }
    if (bench.firstRow === null && document.querySelector('[data-testid="dossier-row"]')) bench.firstRow = performance.now();
    if (bench.mounted !== null && (bench.firstRow !== null || !expectRows)) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

async function measure(browser, baseUrl, path, entries, throttle) {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    storageState: { cookies: [], origins: entries.length ? [{ origin, localStorage: entries }] : [] },
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; requests += 1; });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    }
    const expectRows = path === '/ho-so' && entries.length > 0;
    await page.addInitScript(instrument, expectRows);
    await page.goto(baseUrl + path, { waitUntil: 'commit' });
    await page.waitForFunction((rows) => window.__bench?.interactive != null && (!rows || window.__bench.firstRow != null),
      expectRows, { polling: 250, timeout: 180_000 });
    await page.waitForTimeout(1000);
    const figures = await page.evaluate(() => ({
      ...window.__bench,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
    return { ...figures, bytes, requests };
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const known = xs.filter((x) => x != null).sort((a, b) => a - b);
  return known.length ? known[Math.floor(known.length / 2)] : null;
};
const ms = (x) => (x == null ? '–' : `${Math.round(x).toLocaleString('en')} ms`);
const kb = (x) => `${(x / 1000).toFixed(0)} kB`;

const server = await startServer({ root: DIST, port: 0 });
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const stored = storageEntries(storedDossiers(1000));
try {
  console.log(`load benchmark: ${DIST} served by ${fileURLToPath(SERVER)}, first visit, median of ${RUNS} runs`);
  console.log('| page | stored dossiers | network | first paint | mounted | interactive | first rows | longest task | transferred |');
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [network, throttle] of CONDITIONS) {
    for (const [path, count] of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, baseUrl, path, count ? stored : [], throttle));
      const m = (key) => median(runs.map((r) => r[key]));
      console.log(`| ${path} | ${count} | ${network} | ${ms(m('firstPaint'))} | ${ms(m('mounted'))} | ${ms(m('interactive'))} | ${ms(m('firstRow'))} | ${ms(m('longest'))} | ${kb(m('bytes'))} in ${m('requests')} requests |`);
    }
  }
} finally {
  await browser.close();
  await new Promise((ok) => server.close(ok));
}
