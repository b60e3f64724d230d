// Kiosk mode: strangers try the app; nothing they type stays behind and nobody walks out of it.
// The idle timer runs on Playwright's fake clock, so minutes pass in milliseconds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';
import { startKiosk, STAFF_PIN } from './kiosk_setup.mjs';

const IDLE_SECONDS = 90;
const WARNING_SECONDS = 30;
const MARKER_KEY = 'dien-hinh:kiosk';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function openKiosk(options = {}) {
  const opened = await harness.newPage(options);
  await opened.page.clock.install();
  await startKiosk(opened.page, harness.baseUrl);
  return opened;
}

const storageOf = (page) => page.evaluate(() => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
}));

/** Every address in the tab's history, as the browser keeps it. */
async function historyOf(page) {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return entries.map((e) => e.url);
}

/** Leaves the invitation by a tap on its background, away from any button. */
async function tapBackground(page) {
  const attract = page.getByTestId('kiosk-attract');
  const box = await attract.boundingBox();
  await page.mouse.click(box.x + 8, box.y + box.height - 8);
  await attract.waitFor({ state: 'detached' });
}

test('the first start asks staff for a PIN typed twice, offers no default, and never keeps a pin= address', async () => {
  const { page, errors, context } = await harness.newPage();
  await page.goto(`${harness.baseUrl}/?kiosk&pin=0000`);
  await page.getByTestId('kiosk-setup').waitFor();
  assert.equal(new URL(page.url()).search, '?kiosk', 'the pin= left the address at once');
  assert.equal(await page.getByTestId('kiosk-staff').count(), 0, 'no way out before a PIN is chosen');
  assert.equal(await page.getByTestId('kiosk-attract').count(), 0);

  const first = page.getByTestId('kiosk-pin-new');
  const again = page.getByTestId('kiosk-pin-again');
  const error = page.getByTestId('kiosk-setup-error');
  await first.pressSequentially('12');
  await again.pressSequentially('12');
  await again.press('Enter');
  assert.match(await error.innerText(), /ít nhất 4 chữ số/);
  await first.fill('');
  await first.pressSequentially(STAFF_PIN);
  await again.fill('');
  await again.pressSequentially('2469');
  await again.press('Enter');
  assert.match(await error.innerText(), /không giống nhau/);
  await again.fill('');
  await again.pressSequentially(STAFF_PIN);
  await page.getByTestId('kiosk-setup-save').click();
  await page.getByTestId('kiosk-attract').waitFor();

  assert.deepEqual(await storageOf(page), { local: [MARKER_KEY], session: [] });
  const marker = await page.evaluate((key) => localStorage.getItem(key), MARKER_KEY);
  assert.ok(!marker.includes(STAFF_PIN) && !marker.includes('0000'), `the marker keeps no PIN in clear: ${marker}`);
  assert.match(JSON.parse(marker).hash, /^[0-9a-f]{64}$/);
  for (const url of await historyOf(page)) assert.ok(!url.includes('pin='), `history holds ${url}`);

  // 0000, the old default, does not open it.
  await page.getByTestId('kiosk-staff').click();
  await page.getByTestId('kiosk-pin').pressSequentially('0000');
  await page.getByTestId('kiosk-pin').press('Enter');
  await page.getByTestId('kiosk-pin-error').waitFor();
  assert.ok(await page.evaluate((key) => localStorage.getItem(key) !== null, MARKER_KEY), 'still a kiosk');
  assert.deepEqual(errors, []);
  await context.close();
});

test('wrong PINs meet a growing delay, shown to staff, that a reload does not reset', async () => {
  const { page, context } = await openKiosk();
  // The clock stands still from here, so every wait is exact.
  const start = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(start + 1000);
  const field = page.getByTestId('kiosk-pin');
  const wrongError = page.getByTestId('kiosk-pin-error');
  const tryPin = async (pin) => {
    await field.pressSequentially(pin);
    await field.press('Enter');
    await wrongError.waitFor();
    return Number(await wrongError.getAttribute('data-wait'));
  };
  await page.getByTestId('kiosk-staff').click();

  assert.equal(await tryPin('1111'), 1);
  assert.match(await wrongError.innerText(), /Mã PIN không đúng\. Có thể thử lại sau 1 giây/);
  // During the wait even the right PIN is refused, and counts nothing.
  await tryPin(STAFF_PIN);
  assert.match(await wrongError.innerText(), /Chưa thể thử lại: còn 1 giây/);
  await page.clock.runFor(1000);
  assert.equal(await tryPin('1112'), 2);
  await page.clock.runFor(2000);
  assert.equal(await tryPin('1113'), 4);
  assert.equal(await page.getByTestId('kiosk-pin-wait').getAttribute('data-seconds'), '4');
  await page.clock.runFor(1000);
  await page.waitForFunction(() => document.querySelector('[data-testid="kiosk-pin-wait"]')?.dataset.seconds === '3');

  const marker = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), MARKER_KEY));
  assert.equal(marker.failures, 3);

  // A reload keeps the count and the wait: the next wrong try waits 8 s, not 1.
  await page.reload();
  await page.getByTestId('kiosk-attract').waitFor();
  await page.getByTestId('kiosk-staff').click();
  assert.ok(Number(await page.getByTestId('kiosk-pin-wait').getAttribute('data-seconds')) > 0, 'the wait is still shown');
  await page.clock.runFor(4000);
  assert.equal(await tryPin('1114'), 8);
  await page.clock.runFor(8000);
  await field.pressSequentially(STAFF_PIN);
  await field.press('Enter');
  await page.waitForURL(`${harness.baseUrl}/`);
  await page.getByTestId('main-nav').waitFor();
  assert.deepEqual(await storageOf(page), { local: [], session: [] });
  await context.close();
});

test('ctrl, shift, alt and middle clicks open links in place; a new tab is a kiosk that shows no stored dossier', async () => {
  const { page, errors, context } = await harness.newPage();
  // Staff's own dossier, stored before the kiosk starts.
  await page.goto(harness.baseUrl);
  await seed(page, [dossier({ id: 'd-nhan-vien-01', subject: { name: 'Trần Văn Nhân Viên' } })]);
  // A tab already open on the list when the kiosk starts becomes a kiosk too.
  const earlier = await context.newPage();
  await earlier.goto(`${harness.baseUrl}/ho-so`);
  await earlier.getByTestId('dossier-name').getByText('Trần Văn Nhân Viên').waitFor();
  await startKiosk(page, harness.baseUrl);
  await earlier.getByTestId('kiosk-attract').waitFor();
  assert.equal(await earlier.getByText('Trần Văn Nhân Viên').count(), 0);
  await earlier.close();
  await tapBackground(page);

  const nav = page.getByTestId('main-nav');
  const clicks = [
    ['Tiêu chuẩn', '/tieu-chuan', { modifiers: ['Control'] }],
    ['Lộ trình', '/lo-trinh', { modifiers: ['Shift'] }],
    ['Giới thiệu', '/gioi-thieu', { button: 'middle' }],
    ['Đơn vị', '/don-vi', { modifiers: ['Meta'] }],
    ['Tiêu chuẩn', '/tieu-chuan', { modifiers: ['Alt'] }],
  ];
  for (const [name, path, how] of clicks) {
    await nav.getByRole('link', { name, exact: true }).click(how);
    // The unit page may add its (non-identifying) choices to the address.
    await page.waitForURL((url) => url.origin === harness.baseUrl && url.pathname === path);
  }
  // Keyboard: ctrl+Enter on a focused link.
  await nav.getByRole('link', { name: 'Hồ sơ', exact: true }).focus();
  await page.keyboard.press('Control+Enter');
  await page.waitForURL(`${harness.baseUrl}/ho-so`);
  await page.getByTestId('empty-state').waitFor();
  // No context menu ("Open link in new tab"), no dragging a link out.
  const refused = await page.evaluate(() => {
    const link = document.querySelector('[data-testid="main-nav"] a');
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    const drag = new DragEvent('dragstart', { bubbles: true, cancelable: true });
    link.dispatchEvent(menu);
    link.dispatchEvent(drag);
    return [menu.defaultPrevented, drag.defaultPrevented];
  });
  assert.deepEqual(refused, [true, true]);
  await page.waitForTimeout(300);
  assert.equal(context.pages().length, 1, 'no new tab or window opened');

  // A tab opened some other way on the origin is a kiosk too, and never shows the stored dossier.
  const other = await context.newPage();
  await other.goto(`${harness.baseUrl}/ho-so`);
  await other.getByTestId('kiosk-attract').waitFor();
  await tapBackground(other);
  await other.getByTestId('empty-state').waitFor();
  assert.equal(await other.getByTestId('dossier-row').count(), 0);
  assert.equal(await other.getByText('Trần Văn Nhân Viên').count(), 0);
  await other.goto(`${harness.baseUrl}/ho-so/d-nhan-vien-01`);
  await other.getByTestId('kiosk-attract').waitFor();
  await tapBackground(other);
  assert.equal(await other.getByText('Trần Văn Nhân Viên').count(), 0);
  assert.equal(await other.getByTestId('export-this').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no file of the computer is reachable: no import link, the import page refused, no file input, drops ignored', async () => {
  const { page, context } = await openKiosk();
  await tapBackground(page);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await page.getByTestId('empty-state').waitFor();
  assert.equal(await page.getByTestId('import-link').count(), 0);
  // Typed into the address bar, or in-app.
  await page.goto(`${harness.baseUrl}/ho-so/nhap`);
  await page.getByTestId('kiosk-attract').waitFor();
  await tapBackground(page);
  await page.getByTestId('kiosk-unavailable').waitFor();
  assert.equal(await page.getByTestId('kiosk-unavailable').innerText(), 'Không có ở chế độ trưng bày');
  assert.equal(await page.locator('input[type=file]').count(), 0);
  const dropRefused = await page.evaluate(() => {
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() });
    document.querySelector('main').dispatchEvent(drop);
    return drop.defaultPrevented;
  });
  assert.equal(dropRefused, true, 'a dropped file is not opened in the tab');
  await context.close();
});

test('every field a visitor can reach has autocomplete off', async () => {
  const { page, context } = await openKiosk();
  const remembered = () => page.evaluate(() => [...document.querySelectorAll('input, textarea, select')]
    .filter((f) => f.getAttribute('autocomplete') !== 'off')
    .map((f) => f.id || f.name || f.outerHTML.slice(0, 80)));
  const fieldCount = () => page.locator('input, textarea, select').count();
  let fields = 0;
  await page.getByTestId('persona-ca-nhan-dat').click();
  await page.getByTestId('dossier-name').waitFor();
  const tabs = page.locator('.section-tabs a');
  for (let i = 0; i < await tabs.count(); i += 1) {
    await tabs.nth(i).click();
    await page.waitForFunction((n) => document.querySelectorAll('.section-tabs a')[n]?.getAttribute('aria-current') === 'page', i);
    assert.deepEqual(await remembered(), [], `section ${i + 1}`);
    fields += await fieldCount();
  }
  const nav = page.getByTestId('main-nav');
  await nav.getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await page.getByTestId('new-dossier').click();
  await page.getByTestId('name').waitFor();
  assert.deepEqual(await remembered(), [], 'the new dossier wizard');
  fields += await fieldCount();
  await nav.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await page.getByTestId('unit-select').waitFor();
  await nav.getByRole('link', { name: 'Tiêu chuẩn', exact: true }).click();
  await page.getByTestId('standards-search').waitFor();
  await page.getByTestId('kiosk-staff').click();
  assert.deepEqual(await remembered(), [], 'the standards search and the staff PIN');
  fields += await fieldCount();
  assert.ok(fields >= 30, `${fields} fields checked`);
  await context.close();
});

test('the unit page keeps the visitor\'s unit name out of the address and the history', async () => {
  const { page, errors, context } = await openKiosk();
  const typed = 'Phòng Khách Thử 7781';
  await page.getByTestId('persona-ca-nhan-dat').click();
  const unit = page.locator('#f-unit');
  await unit.fill('');
  await unit.pressSequentially(typed);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await page.getByTestId('unit-select').waitFor();
  // The option's value is the unit's normalised key; its text is the name as typed.
  assert.equal(await page.getByTestId('unit-select').locator('option:checked').innerText(), typed);
  // Another standard and back: each choice is taken, none goes into the address.
  const ruleset = page.getByTestId('ruleset-select');
  const first = await ruleset.inputValue();
  const other = await ruleset.locator('option').evaluateAll((os, v) => os.map((o) => o.value).find((x) => x !== v), first);
  await ruleset.selectOption(other);
  await page.getByTestId('no-candidates').waitFor();
  await ruleset.selectOption(first);
  await page.getByTestId('unit-controls').waitFor();
  await page.locator('[data-testid="no-candidates"]').waitFor({ state: 'detached' });
  assert.equal(await ruleset.inputValue(), first);
  // The address may name the standard and period (nothing a visitor typed), never the unit.
  const encoded = encodeURIComponent(typed);
  const search = new URL(page.url()).search;
  assert.ok(!search.includes('don-vi=') && !search.includes(encoded) && !search.includes('7781'), `address ${search}`);
  for (const url of await historyOf(page)) {
    assert.ok(!url.includes(encoded) && !url.includes('7781') && !url.includes('don-vi='), `history holds ${url}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the idle reset reloads the page: the tab\'s state and the typed text in the wasm memory are gone', async () => {
  const { page, context } = await harness.newPage();
  // The app's wasm memory, as trunk's loader announces it when the app has started.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });
  });
  await page.clock.install();
  await startKiosk(page, harness.baseUrl);
  const typed = 'Khách Tham Quan QZX-5531';
  const inMemory = () => page.evaluate((text) => {
    const needle = new TextEncoder().encode(text);
    const bytes = new Uint8Array(window.__wasmMemory.buffer);
    let copies = 0;
    outer: for (let i = bytes.indexOf(needle[0]); i !== -1; i = bytes.indexOf(needle[0], i + 1)) {
      for (let j = 1; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
      copies += 1;
    }
    return copies;
  }, typed);
  await page.getByTestId('persona-ca-nhan-dat').click();
  const unit = page.locator('#f-unit');
  await unit.fill('');
  await unit.pressSequentially(typed);
  assert.ok(await inMemory() > 0, 'the search finds what was typed (it is there before the reset)');
  await page.evaluate(() => { window.__marker = 'before the reset'; });

  await page.clock.runFor((IDLE_SECONDS + 1) * 1000);
  await page.getByTestId('kiosk-warning').waitFor();
  await page.clock.runFor((WARNING_SECONDS + 1) * 1000);
  await page.waitForFunction(() => window.__marker === undefined && window.__wasmMemory);
  await page.getByTestId('kiosk-attract').waitFor();
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/?kiosk');
  assert.equal(await inMemory(), 0, 'no copy of the typed text is left in the new page\'s memory');
  assert.deepEqual(await storageOf(page), { local: [MARKER_KEY], session: [] });
  // Back, to the visitor's page: a fresh page (or one the cache kept, reloaded), nothing typed in it.
  await page.goBack();
  await page.waitForFunction(() => window.__marker === undefined && window.__wasmMemory, null, { timeout: 10_000 });
  await page.getByTestId('kiosk-attract').waitFor();
  assert.equal(await inMemory(), 0);
  assert.equal(await page.getByText(typed).count(), 0);
  await context.close();
});

test('a visitor explores a persona; after the idle warning the reset leaves no trace', async () => {
  const { page, errors, context } = await openKiosk();
  assert.match(await page.getByTestId('kiosk-attract').innerText(), /điển hình tiên tiến/);
  await page.getByTestId('persona-ca-nhan-dat').click();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
  await page.locator('#f-unit').pressSequentially(' khách');
  await page.getByTestId('lang-switch').click();
  assert.deepEqual(await storageOf(page), { local: [MARKER_KEY], session: [] });

  await page.clock.runFor((IDLE_SECONDS + 1) * 1000);
  const warning = page.getByTestId('kiosk-warning');
  await warning.waitFor();
  const seconds = Number((await page.getByTestId('kiosk-countdown').innerText()).match(/\d+/)[0]);
  assert.ok(seconds >= 20, `the warning gives ${seconds} s to continue`);

  await page.clock.runFor((WARNING_SECONDS + 1) * 1000);
  await page.waitForURL(`${harness.baseUrl}/?kiosk`);
  await page.getByTestId('kiosk-attract').waitFor();
  assert.equal(await warning.count(), 0);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await page.getByTestId('kiosk-start').click();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await page.getByTestId('empty-state').waitFor();
  assert.deepEqual(await storageOf(page), { local: [MARKER_KEY], session: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing counts as activity, and Continue keeps the visitor\'s work', async () => {
  const { page, context } = await openKiosk();
  await page.getByTestId('persona-tap-the').click();
  await page.getByTestId('dossier-name').waitFor();
  await page.clock.runFor((IDLE_SECONDS - 10) * 1000);
  await page.locator('#f-unit').fill('');
  await page.locator('#f-unit').pressSequentially('Phòng Tài nguyên nước');
  await page.clock.runFor(20 * 1000);
  assert.equal(await page.getByTestId('kiosk-warning').count(), 0, 'typing reset the idle time');
  await page.clock.runFor(IDLE_SECONDS * 1000);
  await page.getByTestId('kiosk-warning').waitFor();
  await page.getByTestId('kiosk-continue').click();
  assert.equal(await page.getByTestId('kiosk-warning').count(), 0);
  assert.equal(await page.locator('#f-unit').inputValue(), 'Phòng Tài nguyên nước');
  await context.close();
});

test('no export or download on a kiosk, and only the staff PIN ends kiosk mode', async () => {
  const { page, context } = await openKiosk();
  await page.getByTestId('persona-ho-gia-dinh').click();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('export-this').count(), 0);
  await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await page.getByTestId('dossier-row').first().waitFor();
  assert.equal(await page.getByTestId('export-bar').count(), 0);
  assert.equal(await page.getByTestId('backup-notice').count(), 0);

  await page.getByTestId('kiosk-staff').click();
  await page.getByTestId('kiosk-pin').pressSequentially('1111');
  await page.getByTestId('kiosk-exit').click();
  await page.getByTestId('kiosk-pin-error').waitFor();
  await page.clock.runFor(1500);
  await page.getByTestId('kiosk-pin').pressSequentially(STAFF_PIN);
  await page.getByTestId('kiosk-exit').click();
  await page.waitForURL(`${harness.baseUrl}/`);
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.getByTestId('kiosk-attract').count(), 0);
  assert.deepEqual(await storageOf(page), { local: [], session: [] });
  await context.close();
});

test('the invitation fills the screen upright and wide, and a tap on its background starts', async () => {
  for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
    const { page, context } = await openKiosk({ viewport });
    const body = await page.locator('.kiosk-attract-body').boundingBox();
    const start = await page.getByTestId('kiosk-start').boundingBox();
    if (viewport.height > viewport.width && viewport.height >= 900) {
      assert.ok(body.height >= viewport.height * 0.75, `upright, the invitation spans ${body.height} of ${viewport.height} px`);
    }
    assert.ok(start.y + start.height <= viewport.height, 'the main button is on the first screen');
    const colours = await page.getByTestId('kiosk-start').evaluate((b) => {
      const s = getComputedStyle(b);
      return [s.color, s.backgroundColor];
    });
    assert.ok(contrast(...colours) >= 4.5, `the main button's contrast is ${contrast(...colours).toFixed(1)}:1`);
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/kiosk-${viewport.width}x${viewport.height}.png` });
    }
    await tapBackground(page);
    await page.getByTestId('main-nav').waitFor();
    await context.close();
  }
});

/** The WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}
