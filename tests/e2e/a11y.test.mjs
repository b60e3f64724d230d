// Accessibility: every page passes axe-core with no serious or critical violation, and the page
// can be used from the keyboard: the skip link and the main navigation come first, the focused
// element shows a focus ring, and the language switch works with Enter and Space.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startKiosk } from './kiosk_setup.mjs';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core');
const BLOCKING = new Set(['serious', 'critical']);
// axe-core is injected as an inline script, which the app's Content-Security-Policy refuses
// (tests/e2e/csp.test.mjs tests the app under it).
const AXE_CONTEXT = { bypassCSP: true };

// A few dossiers of each kind, so the list, the editor and the check page have something to show.
const SEEDED = [
  dossier({ id: 'a-hoa', subject: { name: 'Nguyễn Thị Hoa' } }),
  dossier({
    id: 'a-dodac', subject: { kind: 'tap_the', name: 'Phòng Đo đạc', position: '' },
    years: [2023, 2024].map((year) => ({ year, rating: 'xuat_sac', titles: [], plan_completion_pct: null, evidence: '' })),
    period: { from: 2023, to: 2024 },
  }),
  dossier({ id: 'a-cuong', ruleset: 'stnmt-khanhhoa-2023-2025', subject: { kind: 'ho_gia_dinh', name: 'Hộ ông Lê Văn Cường', position: '' } }),
];
const ID = SEEDED[0].id;

// Each page: its path, a test id that shows it has rendered its content, and whether it may be
// missing from this build (then its test is skipped).
const PAGES = [
  ['/'],
  ['/ho-so', { ready: 'dossier-row' }],
  ['/ho-so/moi', { ready: 'new-dossier-form' }],
  ...['thong-tin', 'cac-nam', 'sang-kien', 'tieu-chi', 'ly-lich']
    .map((muc) => [`/ho-so/${ID}?muc=${muc}`, { ready: 'editor-section' }]),
  [`/ho-so/${ID}/kiem-tra`, { ready: 'check-answers-list' }],
  ['/tieu-chuan', { ready: 'ruleset-list' }],
  ['/lo-trinh'],
  ['/gioi-thieu'],
  ['/khong-co-trang-nay'],
  ['/don-vi'],
  ['/ho-so/nhap'],
  [`/ho-so/${ID}/in`],
  [`/ho-so/${ID}/bao-cao`, { ready: 'report-document' }],
  ['/ho-so/a-cuong/bao-cao', { ready: 'report-household' }],
];

let harness;
let session;
before(async () => {
  harness = await startHarness();
  session = await harness.newPage(AXE_CONTEXT);
  await openApp(session.page, harness.baseUrl);
  await seed(session.page, SEEDED);
});
after(async () => {
  await session?.context.close();
  await harness?.close();
});

/** Runs axe-core on the page as it is; returns its violations. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document);
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, targets: nodes.map((n) => n.target.join(' ')) }));
  });
}

function describe(violations) {
  return violations
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n${v.targets.map((t) => `      at ${t}`).join('\n')}`)
    .join('\n');
}

for (const [path, { ready } = {}] of PAGES) {
  test(`${path} has no serious or critical accessibility violation`, async (t) => {
    const { page } = session;
    await openApp(page, harness.baseUrl, path);
    if (ready) await page.getByTestId(ready).first().waitFor();
    const violations = await axe(page);
    const blocking = violations.filter((v) => BLOCKING.has(v.impact));
    const others = violations.filter((v) => !BLOCKING.has(v.impact));
    if (others.length) t.diagnostic(`minor or moderate on ${path}:\n${describe(others)}`);
    assert.equal(blocking.length, 0, `axe on ${path}:\n${describe(blocking)}`);
  });
}

test('the check itself reports a serious violation when there is one', async () => {
  const { page, context } = await harness.newPage(AXE_CONTEXT);
  await openApp(page, harness.baseUrl, '/gioi-thieu');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.id = 'unlabelled';
    document.querySelector('main').append(input);
  });
  const blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.ok(blocking.some((v) => v.id === 'label' && v.targets.includes('#unlabelled')), describe(blocking));
  await context.close();
});

test('the wizard with its errors shown has no serious or critical accessibility violation', async () => {
  const { page } = session;
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId('name').fill('   ');
  await page.getByTestId('create').click();
  await page.getByTestId('name-error').waitFor();
  const blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `axe on the wizard with errors:\n${describe(blocking)}`);
});

test('the kiosk PIN set-up, attract screen and idle warning have no serious or critical accessibility violation', async () => {
  const { page, context } = await harness.newPage(AXE_CONTEXT);
  await page.clock.install();
  await page.goto(`${harness.baseUrl}/?kiosk`);
  await page.getByTestId('kiosk-setup').waitFor();
  let blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `axe on the kiosk PIN set-up:\n${describe(blocking)}`);
  await startKiosk(page, harness.baseUrl);
  blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `axe on the kiosk attract screen:\n${describe(blocking)}`);
  await page.getByTestId('persona-tap-the').click();
  await page.getByTestId('dossier-name').waitFor();
  await page.clock.runFor(91_000);
  await page.getByTestId('kiosk-warning').waitFor();
  blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `axe on the kiosk idle warning:\n${describe(blocking)}`);
  await context.close();
});

test('the home page in English has no serious or critical accessibility violation', async () => {
  const { page, context } = await harness.newPage(AXE_CONTEXT);
  await openApp(page, harness.baseUrl, '/');
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  const blocking = (await axe(page)).filter((v) => BLOCKING.has(v.impact));
  assert.equal(blocking.length, 0, `axe on the English home page:\n${describe(blocking)}`);
  await context.close();
});

/** What the keyboard focus is on, and whether it shows a focus ring. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      testid: el.dataset?.testid ?? null,
      className: el.className,
      inNav: Boolean(el.closest('[data-testid="main-nav"]')),
      text: el.textContent.trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth,
    };
  });
}

/** Presses Tab until `wanted(focus)` holds (at most `limit` times); returns that focus. */
async function tabTo(page, wanted, limit = 15) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (wanted(focus)) return focus;
  }
  throw new Error(`not reached in ${limit} presses of Tab`);
}

test('Tab from the top reaches the skip link first, then the main navigation, each with a visible focus ring', async () => {
  const { page, context } = await harness.newPage(AXE_CONTEXT);
  await openApp(page, harness.baseUrl);
  await page.keyboard.press('Tab');
  const skip = await focused(page);
  assert.match(skip.className, /skip-link/, `the first Tab stop is ${JSON.stringify(skip)}`);
  assert.ok(skip.ring && skip.onScreen, `the skip link shows when focused: ${JSON.stringify(skip)}`);
  const link = await tabTo(page, (f) => f.inNav);
  assert.ok(link.ring, `the navigation link ${link.text} shows a focus ring`);
  await context.close();
});

test('the skip link moves the focus to the main content', async () => {
  const { page, context } = await harness.newPage(AXE_CONTEXT);
  await openApp(page, harness.baseUrl);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  await context.close();
});

test('the language switch is reached and operated with the keyboard', async () => {
  const { page, errors, context } = await harness.newPage(AXE_CONTEXT);
  await openApp(page, harness.baseUrl, '/gioi-thieu');
  const button = await tabTo(page, (f) => f.testid === 'lang-switch');
  assert.ok(button.ring, 'the language switch shows a focus ring');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'About');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Giới thiệu');
  assert.deepEqual(errors, []);
  await context.close();
});
