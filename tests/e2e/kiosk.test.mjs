// Kiosk mode: strangers try the app; nothing they type stays behind. The idle timer runs on
// Playwright's fake clock, so minutes pass in milliseconds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

const IDLE_SECONDS = 90;
const WARNING_SECONDS = 30;

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function openKiosk() {
  const opened = await harness.newPage();
  await opened.page.clock.install();
  await opened.page.goto(`${harness.baseUrl}/?kiosk&pin=2468`);
  await opened.page.getByTestId('kiosk-attract').waitFor();
  return opened;
}

const storageOf = (page) => page.evaluate(() => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
}));

test('a visitor explores a persona; after the idle warning the reset leaves no trace', async () => {
  const { page, errors, context } = await openKiosk();
  assert.match(await page.getByTestId('kiosk-attract').innerText(), /điển hình tiên tiến/);
  await page.getByTestId('persona-ca-nhan-dat').click();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
  await page.locator('#f-unit').fill('Đơn vị của khách tham quan');
  await page.getByTestId('lang-switch').click();
  assert.deepEqual(await storageOf(page), { local: [], session: ['dien-hinh:kiosk'] });

  await page.clock.runFor((IDLE_SECONDS + 1) * 1000);
  const warning = page.getByTestId('kiosk-warning');
  await warning.waitFor();
  const seconds = Number((await page.getByTestId('kiosk-countdown').innerText()).match(/\d+/)[0]);
  assert.ok(seconds >= 20, `the warning gives ${seconds} s to continue`);

  await page.clock.runFor((WARNING_SECONDS + 1) * 1000);
  await page.getByTestId('kiosk-attract').waitFor();
  assert.equal(await warning.count(), 0);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await page.getByTestId('kiosk-start').click();
  await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
  await page.getByTestId('empty-state').waitFor();
  assert.deepEqual(await storageOf(page), { local: [], session: ['dien-hinh:kiosk'] });
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing counts as activity, and Continue keeps the visitor\'s work', async () => {
  const { page, context } = await openKiosk();
  await page.getByTestId('persona-tap-the').click();
  await page.getByTestId('dossier-name').waitFor();
  await page.clock.runFor((IDLE_SECONDS - 10) * 1000);
  await page.locator('#f-unit').fill('Phòng Tài nguyên nước');
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
  await page.getByTestId('kiosk-pin').fill('1111');
  await page.getByTestId('kiosk-exit').click();
  await page.getByText('Mã PIN không đúng.').waitFor();
  await page.getByTestId('kiosk-pin').fill('2468');
  await page.getByTestId('kiosk-exit').click();
  await page.waitForURL(`${harness.baseUrl}/`);
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.getByTestId('kiosk-attract').count(), 0);
  assert.deepEqual(await storageOf(page), { local: [], session: [] });
  await context.close();
});
