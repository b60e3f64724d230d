// Shared set-up of the end-to-end tests: serve dist/ on a free loopback port, launch Debian's
// Chromium headless through playwright-core, and collect console errors of every page so each
// test can assert there were none.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static-server.mjs';

// DIST_DIR lets a developer test another build than dist/.
const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

// Flags that keep a headless run quiet on a closed network; --no-sandbox because CI runs as root.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the server and the browser; returns what tests need and a `close` for `after`. */
export async function startHarness() {
  const server = await startServer({ root: DIST, port: 0 });
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    baseUrl,
    browser,
    /**
     * A fresh profile (empty storage) with a page that records console errors. `options` are
     * playwright's context options (a locale, a viewport, downloads, or `bypassCSP` for a test
     * that injects a tool into the page).
     */
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      return { context, page, errors };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** Opens `path` and waits until the app has mounted (its header is in the DOM). */
export async function openApp(page, baseUrl, path = '/') {
  await page.goto(baseUrl + path);
  await page.getByTestId('main-nav').waitFor();
}

/**
 * What of the page reaches past the viewport's sides (at most 10, as "tag.class left–right"), the
 * viewport's width and the document's scroll width: for the phone-width checks. The header's
 * navigation, which scrolls sideways by design, visually hidden text and what is parked wholly
 * off-screen until focused (the skip link) are left out.
 */
export function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= 0 || el.closest('.visually-hidden, .site-header nav')) continue;
      if (r.right > width + 1 || r.left < -1) out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`);
    }
    return { width, scroll: document.documentElement.scrollWidth, out: out.slice(0, 10) };
  });
}
