// The Content-Security-Policy (scripts/csp.mjs): the built pages carry it in a <meta>, the server
// sends it as a header, the pages hold no inline script, the app starts and works under it without
// a single violation, and a violation, were there one, is reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startKiosk } from './kiosk_setup.mjs';
import { startHarness, openApp } from './harness.mjs';
import { headerPolicy, metaPolicy } from '../../scripts/csp.mjs';

const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const PAGES = ['index.html', 'shell.html'];

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** A page that records every CSP violation the document reports, from its very start. */
async function watchedPage() {
  const opened = await harness.newPage();
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.effectiveDirective}: ${event.blockedURI} (${event.sample})`);
    });
  });
  return opened;
}

const violations = (page) => page.evaluate(() => window.__violations);

test('each built page carries the policy in a <meta> and holds no inline script', async () => {
  for (const name of PAGES) {
    const html = await readFile(join(DIST, name), 'utf8');
    // The stylesheets are inlined as one <style>, allowed by its hash and by nothing looser.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    assert.equal(styles.length, 1, `${name}: one inline style`);
    assert.doesNotMatch(html, /rel="stylesheet"/, `${name}: no stylesheet to wait for`);
    const styleSource = `'sha256-${createHash('sha256').update(styles[0]).digest('base64')}'`;
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    assert.deepEqual(metas.map((m) => m[1]), [metaPolicy([styleSource])], name);
    assert.doesNotMatch(metas[0][1], /unsafe-inline/);
    for (const tag of ['<script', '<style']) {
      assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf(tag), `${name}: the policy comes before any ${tag}>`);
    }
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1, name);
    for (const [, attributes, content] of scripts) {
      assert.match(attributes, /\bsrc="\/[^"]+\.js"/, `${name}: every script is a file`);
      assert.match(attributes, /\bintegrity="sha384-[A-Za-z0-9+/=]+"/, `${name}: with its integrity hash`);
      assert.equal(content.trim(), '', `${name}: and no inline code`);
    }
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${name}: no inline event handler`);
    assert.doesNotMatch(html, /\sstyle=/i, `${name}: no inline style`);
  }
});

test('the server sends the policy with frame-ancestors as a header', async () => {
  const { page, context } = await harness.newPage();
  for (const path of ['/', '/ho-so', '/sw.js']) {
    const response = await page.request.get(harness.baseUrl + path);
    assert.equal(response.headers()['content-security-policy'], headerPolicy(), path);
  }
  assert.match(headerPolicy(), /frame-ancestors 'none'/);
  assert.doesNotMatch(metaPolicy(), /frame-ancestors/, 'a <meta> cannot carry it (the browser would log an error)');
  await context.close();
});

test('under the policy the app starts, a dossier is created and edited, and every page and the kiosk open, with no violation and no console error', async () => {
  const { page, errors, context } = await watchedPage();
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId('kind-ca_nhan').check();
  await page.getByTestId('ruleset-btnmt-dhtt-2023-2025').check();
  await page.getByTestId('period-2023-2025').check();
  await page.getByTestId('name').pressSequentially('Đỗ Thị Chính Sách');
  await page.getByTestId('create').click();
  await page.waitForURL(/\/ho-so\/d-[0-9a-z]{12}$/);
  const editor = page.url();
  // Edited with the choices of the year section: typing key by key into the editor loses the focus
  // after the first key on this build, a fault of the editor that another change addresses.
  await page.getByTestId('tab-cac-nam').click();
  await page.locator('#f-year-2023-rating').selectOption('xuat_sac');
  await page.locator('#f-year-2023-title-cstd_co_so').check();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  const row = page.getByTestId('dossier-row').filter({ hasText: 'Đỗ Thị Chính Sách' });
  await row.waitFor();
  const stored = await page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('dien-hinh:dossier:'))
    .map((k) => JSON.parse(localStorage.getItem(k)).dossier));
  assert.equal(stored.length, 1);
  assert.equal(stored[0].subject.name, 'Đỗ Thị Chính Sách');
  assert.deepEqual(stored[0].years.find((y) => y.year === 2023), {
    year: 2023, rating: 'xuat_sac', titles: ['cstd_co_so'], plan_completion_pct: null, evidence: '',
  });

  for (const path of ['/', '/don-vi', '/tieu-chuan', '/lo-trinh', '/gioi-thieu', '/ho-so/nhap', `${new URL(editor).pathname}/kiem-tra`, `${new URL(editor).pathname}/in`]) {
    await openApp(page, harness.baseUrl, path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Standards', exact: true }).waitFor();
  // Last, as it stays for the tab: the kiosk's attract screen and its idle machinery.
  await startKiosk(page, harness.baseUrl);
  // Reported asynchronously: give a violation time to arrive before reading the list.
  await page.waitForTimeout(200);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a violation would be reported: an injected inline script, style element and style attribute are refused', async () => {
  const { page, context } = await watchedPage();
  await openApp(page, harness.baseUrl);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const style = document.createElement('style');
    style.textContent = 'header { outline: 7px solid lime; }';
    document.head.append(style);
    document.querySelector('main').setAttribute('style', 'outline: 9px solid lime');
  });
  await page.waitForFunction(() => window.__violations.length >= 3);
  const reported = await violations(page);
  for (const directive of ['script-src-elem', 'style-src-elem', 'style-src-attr']) {
    assert.ok(reported.some((v) => v.startsWith(`${directive}: inline`)), `${directive}:\n${reported.join('\n')}`);
  }
  assert.equal(await page.evaluate(() => window.__injected), undefined, 'the injected script did not run');
  assert.notEqual(await page.locator('main').evaluate((el) => getComputedStyle(el).outlineWidth), '9px');
  assert.notEqual(await page.locator('header').first().evaluate((el) => getComputedStyle(el).outlineWidth), '7px');
  await context.close();
});

test('another site cannot frame the app (frame-ancestors, from the header)', async () => {
  const { page, context } = await harness.newPage();
  const refused = page.waitForEvent('console', {
    predicate: (msg) => /frame-ancestors 'none'/.test(msg.text()),
    timeout: 15_000,
  });
  // about:blank is another origin than the app's.
  await page.setContent(`<iframe src="${harness.baseUrl}/" width="800" height="600"></iframe>`);
  await refused;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.match(frame.url(), /^chrome-error:/, 'the frame shows the browser\'s error page, not the app');
  await context.close();
});
