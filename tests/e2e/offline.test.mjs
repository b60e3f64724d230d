// Offline use (public/sw.js, public/manifest.webmanifest): after one visit the app starts and works
// with no network at all, at any address; a new deploy is picked up on the next start and the
// dossiers in local storage survive it.
//
// Each test serves its own copy of the build, so it can stop the server ("no network at all") and
// change the files in place to stand for a new deploy on the same origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { dossier, seed, stored } from './fixtures.mjs';

const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const PRECACHE_SCRIPT = fileURLToPath(new URL('../../scripts/precache-manifest.mjs', import.meta.url));

// What a browser with no network logs on its own; anything else is a fault of the app.
const EXPECTED_OFFLINE = /Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|Failed to fetch/;

let harness;
const sites = [];
before(async () => { harness = await startHarness(); });
after(async () => {
  for (const site of sites) await site.stop().catch(() => {});
  await harness?.close();
  for (const site of sites) await rm(site.root, { recursive: true, force: true });
});

/**
 * A copy of the build served on its own port; `stop` and `start` keep the port (the origin), and
 * `hang` puts a network that never answers there instead.
 */
async function site() {
  const root = await mkdtemp(join(tmpdir(), 'dien-hinh-offline-'));
  await cp(DIST, root, { recursive: true });
  let server = await startServer({ root, port: 0 });
  const port = server.address().port;
  const s = {
    root,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections?.();
      for (const socket of server.hungSockets ?? []) socket.destroy();
      await new Promise((ok) => server.close(ok));
    },
    async start() { server = await startServer({ root, port }); },
    /**
     * Stops serving and accepts connections on the same port without ever answering; with
     * `headersOnly`, it sends a page's headers and first bytes, then nothing more.
     */
    async hang({ headersOnly = false } = {}) {
      await s.stop();
      const hungSockets = new Set();
      server = createNetServer((socket) => {
        hungSockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => hungSockets.delete(socket));
        if (headersOnly) socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: 100000\r\n\r\n<!DOCTYPE html>');
      });
      server.hungSockets = hungSockets;
      await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
    },
  };
  sites.push(s);
  return s;
}

async function newPage(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !EXPECTED_OFFLINE.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { page, errors };
}

async function open(page, url) {
  await page.goto(url);
  await page.getByTestId('main-nav').waitFor();
}

/** Waits until the service worker is active, controls the page, and has filled its cache. */
async function waitForOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The names of the app's caches and, for each, the paths it holds. */
async function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return out;
  });
}

/** The files of a build, without the precompressed copies (.br, .gz) of the others. */
async function filesOf(root) {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(root.length).replaceAll('\\', '/'))
    .map((path) => (path.startsWith('/') ? path : `/${path}`));
}

/** Polls `check` (in node: page.waitForFunction does not await a promise) until it holds. */
async function until(check, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

async function buildIdOf(root) {
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  return sw.match(/^const BUILD_ID = "([0-9a-f]+)";$/m)?.[1];
}

test('the build writes a build id and every file of the build into the service worker', async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.match(sw, /^const BUILD_ID = "[0-9a-f]{16}";$/m);
  const precache = JSON.parse(sw.match(/^const PRECACHE = (.*);$/m)[1]);
  const expected = (await filesOf(DIST)).filter((p) => p !== '/sw.js')
    .map((p) => (p === '/index.html' ? './' : p.slice(1)));
  assert.deepEqual([...precache].sort(), expected.sort());
  assert.ok(precache.some((p) => /_bg\.wasm$/.test(p)), 'the wasm is precached');
});

test('the manifest is linked and names the app, its language, start address and icon', async () => {
  const s = await site();
  const context = await harness.browser.newContext();
  const { page } = await newPage(context);
  await open(page, s.baseUrl);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const response = await page.request.get(new URL(href, s.baseUrl).href);
  assert.equal(response.status(), 200);
  const manifest = await response.json();
  assert.equal(manifest.name, 'Điển Hình');
  assert.equal(manifest.lang, 'vi');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.theme_color, '#9b1c1c');
  for (const icon of manifest.icons) {
    const served = await page.request.get(new URL(icon.src, s.baseUrl).href);
    assert.equal(served.status(), 200, icon.src);
  }
  await context.close();
});

test('after one visit the app starts and works at any address with no network at all', async () => {
  const s = await site();
  const context = await harness.browser.newContext();
  const { page, errors } = await newPage(context);
  await open(page, s.baseUrl);
  await waitForOffline(page);
  const caches = await cacheContents(page);
  const buildId = await buildIdOf(s.root);
  assert.deepEqual(Object.keys(caches), [`dien-hinh-${buildId}`]);
  const cached = new Set(caches[`dien-hinh-${buildId}`]);
  for (const path of await filesOf(s.root)) {
    if (path === '/sw.js') continue;
    assert.ok(cached.has(path === '/index.html' ? '/' : path), `${path} is precached`);
  }

  await context.setOffline(true);
  await s.stop();
  await page.reload();
  await page.getByTestId('main-nav').waitFor();
  await page.getByRole('heading', { level: 1 }).waitFor();

  await open(page, `${s.baseUrl}/tieu-chuan`);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tiêu chuẩn');
  assert.ok((await page.getByTestId('ruleset-list').locator('li').count()) >= 4);

  await open(page, `${s.baseUrl}/ho-so/moi`);
  await page.getByTestId('kind-ca_nhan').check();
  await page.getByTestId('ruleset-btnmt-dhtt-2023-2025').check();
  await page.getByTestId('name').fill('Lê Thị Ngoại Tuyến');
  await page.getByTestId('create').click();
  await page.waitForURL(/\/ho-so\/d-[0-9a-z]{12}$/);
  assert.equal(await page.getByTestId('dossier-name').innerText(), 'Lê Thị Ngoại Tuyến');

  await open(page, `${s.baseUrl}/ho-so`);
  assert.equal(await page.getByTestId('dossier-name').allInnerTexts().then((n) => n.includes('Lê Thị Ngoại Tuyến')), true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new deploy is active on the next start, drops the old cache and keeps the dossiers', async () => {
  const s = await site();
  const context = await harness.browser.newContext();
  let { page, errors } = await newPage(context);
  await open(page, s.baseUrl);
  await waitForOffline(page);
  const kept = dossier({ id: 'd-giu-lai-0001', subject: { name: 'Phạm Văn Lưu' } });
  await seed(page, [kept]);
  const oldId = await buildIdOf(s.root);
  await page.close();

  // The deploy: changed pages (the home page's and every other's), and the service worker's
  // precache step run again over the files.
  for (const name of ['index.html', 'shell.html']) {
    const page = join(s.root, name);
    await writeFile(page, (await readFile(page, 'utf8')).replace('</head>', '<meta name="dien-hinh-deploy" content="2" /></head>'));
    for (const copy of ['br', 'gz']) await rm(`${page}.${copy}`);
  }
  execFileSync(process.execPath, [PRECACHE_SCRIPT, s.root], { stdio: 'ignore' });
  for (const copy of ['br', 'gz']) await rm(join(s.root, `sw.js.${copy}`));
  const newId = await buildIdOf(s.root);
  assert.notEqual(newId, oldId);

  ({ page, errors } = await newPage(context));
  await open(page, `${s.baseUrl}/ho-so`);
  assert.equal(await page.locator('meta[name="dien-hinh-deploy"]').count(), 1, 'the new index.html is served online');
  // The browser checks for a new sw.js after a navigation, when the page has settled (a few seconds).
  await until(async () => {
    const names = Object.keys(await cacheContents(page));
    return names.length === 1 && names[0] === `dien-hinh-${newId}`;
  }, 'the new build has taken over its own cache');

  // Started again with no network: the new version, and the dossier as it was.
  await context.setOffline(true);
  await s.stop();
  await page.reload();
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.locator('meta[name="dien-hinh-deploy"]').count(), 1, 'the new version starts offline');
  assert.ok((await page.getByTestId('dossier-name').allInnerTexts()).includes('Phạm Văn Lưu'));
  assert.deepEqual((await stored(page, kept.id)).dossier, kept);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const { what, headersOnly } of [
  { what: 'a network that never answers', headersOnly: false },
  { what: 'a server that sends the headers and then stalls', headersOnly: true },
]) {
  test(`after one visit, ${what} cannot hold the start: the cached app answers`, async (t) => {
    const s = await site();
    const context = await harness.browser.newContext();
    const { page, errors } = await newPage(context);
    await open(page, s.baseUrl);
    await waitForOffline(page);
    await s.hang({ headersOnly });
    for (const [path, heading] of [['/', 'Tự đánh giá điển hình tiên tiến'], ['/tieu-chuan', 'Tiêu chuẩn']]) {
      const started = Date.now();
      await page.goto(s.baseUrl + path, { timeout: 20_000 });
      await page.getByTestId('main-nav').waitFor({ timeout: 20_000 });
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), heading);
      t.diagnostic(`${path}: the app was on screen after ${Date.now() - started} ms`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('without a service worker the app still starts and logs no error', async () => {
  const s = await site();
  await rm(join(s.root, 'sw.js'));
  const context = await harness.browser.newContext();
  const { page, errors } = await newPage(context);
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await open(page, s.baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(300);
  assert.ok(warnings.some((w) => /ServiceWorker/.test(w)), warnings.join("\n"));
  // Chromium itself reports the missing script as an error; the app adds none of its own.
  assert.deepEqual(errors.filter((e) => !/sw\.js|when fetching the script/.test(e)), []);
  await context.close();
});
