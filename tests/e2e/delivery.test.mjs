// Delivery: what the build writes beside each asset, how scripts/static-server.mjs serves it (the
// encodings, validators and cache headers a host must give, README "Deploying"), and that the
// service worker waits for the app and takes the wasm from the browser's cache instead of the
// network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startHarness } from './harness.mjs';
import { startServer } from '../../scripts/static-server.mjs';
import { headerPolicy } from '../../scripts/csp.mjs';

const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

let harness;
let server;
let baseUrl;
before(async () => {
  harness = await startHarness();
  server = await startServer({ root: DIST, port: 0 });
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await harness?.close();
  await new Promise((ok) => server?.close(ok));
});

/** A raw GET (node's fetch would decode and set Accept-Encoding itself): status, headers, body bytes. */
function get(url, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

async function builtFiles(root) {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

const named = async (pattern) => (await readdir(DIST)).find((name) => pattern.test(name));

test('the build writes a .br and a .gz beside each text and wasm file, each the same bytes once decoded', async () => {
  const files = await builtFiles(DIST);
  const originals = files.filter((f) => COMPRESSIBLE.has(extname(f)));
  assert.ok(originals.some((f) => f.endsWith('_bg.wasm')));
  for (const file of originals) {
    const body = await readFile(file);
    for (const [suffix, decode] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]]) {
      const packed = await readFile(file + suffix).catch(() => null);
      if (!packed) {
        assert.ok(body.length < 1024, `${file}${suffix} is missing (only a tiny file may go without)`);
        continue;
      }
      assert.ok(packed.length < body.length, `${file}${suffix} is smaller`);
      assert.ok(decode(packed).equals(body), `${file}${suffix} decodes to the file`);
    }
  }
  for (const file of files.filter((f) => /\.(br|gz)$/.test(f))) {
    assert.ok(files.includes(file.replace(/\.(br|gz)$/, '')), `${file} has its original`);
  }
});

test('the server answers with the encoding the browser prefers, and the plain file to one that accepts none', async () => {
  const wasm = `/${await named(/_bg\.wasm$/)}`;
  const raw = await readFile(join(DIST, wasm));
  for (const [accept, encoding] of [
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['identity', undefined],
    [undefined, undefined],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
  ]) {
    const res = await get(baseUrl + wasm, accept ? { 'accept-encoding': accept } : {});
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.equal(res.headers['content-type'], 'application/wasm');
    const decoded = encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
    assert.ok(decoded.equals(raw), `the body is the wasm (${accept})`);
    assert.equal(Number(res.headers['content-length']), res.body.length);
  }
});

test('each representation has its own ETag, and a matching If-None-Match gets 304 with no body', async () => {
  for (const path of ['/', `/${await named(/^dien-hinh-app-.*\.js$/)}`, '/sw.js']) {
    const br = await get(baseUrl + path, { 'accept-encoding': 'br' });
    const plain = await get(baseUrl + path);
    assert.match(br.headers.etag, /^"[\w-]+-br"$/, path);
    assert.match(plain.headers.etag, /^"[\w-]+"$/, path);
    assert.notEqual(br.headers.etag, plain.headers.etag);
    const again = await get(baseUrl + path, { 'accept-encoding': 'br', 'if-none-match': `"other", W/${br.headers.etag}` });
    assert.equal(again.status, 304, path);
    assert.equal(again.body.length, 0);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal(again.headers['cache-control'], br.headers['cache-control']);
    assert.equal(again.headers['content-security-policy'], headerPolicy());
    const stale = await get(baseUrl + path, { 'accept-encoding': 'br', 'if-none-match': '"not-this-one"' });
    assert.equal(stale.status, 200);
  }
  const head = await get(`${baseUrl}/`, { 'accept-encoding': 'br' }, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get(`${baseUrl}/`, {}, 'POST')).status, 405);
});

test('hashed files are cached for a year as immutable; pages, the service worker and other files are revalidated', async () => {
  const hashed = (await readdir(DIST)).filter((n) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/.test(n));
  assert.ok(hashed.length >= 4, hashed.join());
  for (const name of hashed) {
    assert.equal((await get(`${baseUrl}/${name}`)).headers['cache-control'], 'public, max-age=31536000, immutable', name);
  }
  for (const path of ['/', '/index.html', '/shell.html', '/ho-so/d-abc', '/sw.js', '/manifest.webmanifest', '/favicon.svg', '/schemas/export.schema.json']) {
    const res = await get(baseUrl + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['cache-control'], 'no-cache', path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
  }
});

test('/ is the home page\'s first paint, any other page address is shell.html, a missing file is 404', async () => {
  const home = (await get(`${baseUrl}/`)).body.toString();
  const shell = await readFile(join(DIST, 'shell.html'), 'utf8');
  assert.equal(home, await readFile(join(DIST, 'index.html'), 'utf8'));
  for (const path of ['/ho-so', '/ho-so/d-abc/kiem-tra', '/tieu-chuan?q=x', '/khong-co']) {
    const res = await get(baseUrl + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(res.body.toString(), shell, path);
  }
  assert.equal((await get(`${baseUrl}/khong-co.js`)).status, 404);
  assert.equal((await get(`${baseUrl}/../package.json`)).status, 404);
});

test('a compressed copy that no longer matches its file (edited after the build) is never served', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dien-hinh-delivery-'));
  await cp(DIST, root, { recursive: true });
  const edited = await startServer({ root, port: 0 });
  try {
    const url = `http://127.0.0.1:${edited.address().port}/manifest.webmanifest`;
    assert.equal((await get(url, { 'accept-encoding': 'br' })).headers['content-encoding'], 'br');
    const manifest = join(root, 'manifest.webmanifest');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('Điển Hình', 'Điển Hình (sửa)'));
    const res = await get(url, { 'accept-encoding': 'br, gzip' });
    assert.equal(res.headers['content-encoding'], undefined);
    assert.match(res.body.toString(), /Điển Hình \(sửa\)/);
  } finally {
    await new Promise((ok) => edited.close(ok));
    await rm(root, { recursive: true, force: true });
  }
});

test('the service worker is registered only after the app has started, and does not download the wasm again', async () => {
  const wasm = `/${await named(/_bg\.wasm$/)}`;
  const hits = [];
  const onRequest = (req) => hits.push(new URL(req.url, baseUrl).pathname);
  server.on('request', onRequest);
  const { page, errors, context } = await harness.newPage();
  try {
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__registeredAfterMount = document.querySelector('[data-testid="main-nav"]') !== null;
        return register.apply(this, args);
      };
    });
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('main-nav').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await page.evaluate(() => window.__registeredAfterMount), true);
    const cached = await page.evaluate(async (wasm) => Boolean(await caches.match(wasm)), wasm);
    assert.ok(cached, 'the wasm is in the service worker\'s cache');
    assert.deepEqual(hits.filter((p) => p === wasm), [wasm], 'the wasm went over the network once');
    assert.deepEqual(errors, []);
  } finally {
    server.off('request', onRequest);
    await context.close();
  }
});

test('README\'s nginx example sends the same policy and cache headers as the server', async () => {
  const readme = await readFile(README, 'utf8');
  const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1];
  assert.ok(nginx, 'README has an nginx example');
  assert.ok(nginx.includes(`add_header Content-Security-Policy "${headerPolicy()}" always;`), 'the same Content-Security-Policy');
  assert.ok(nginx.includes('add_header Cache-Control "public, max-age=31536000, immutable" always;'));
  assert.ok(nginx.includes('add_header Cache-Control "no-cache" always;'));
  assert.ok(nginx.includes('add_header X-Content-Type-Options "nosniff" always;'));
  assert.match(nginx, /gzip_static on;/);
  assert.match(nginx, /brotli_static on;/);
  assert.match(nginx, /try_files \$uri \/shell\.html;/);
});
