// Storage that misbehaves and storage read lazily: browsers that throw on reads or refuse writes,
// entries that cannot be read, an index that lists vanished dossiers, and pages that never read the
// store at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** A page on the app's origin with `dossiers` (and `extra` raw entries) in local storage. */
async function seeded(dossiers, extra = {}) {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl);
  await seed(opened.page, dossiers, extra);
  return opened;
}

test('where getItem throws (a corrupted Firefox profile) the app starts, in memory, and says so', async () => {
  const { page, errors, context } = await seeded([dossier()]);
  await context.addInitScript(() => {
    Storage.prototype.getItem = function () { throw new DOMException('', 'NS_ERROR_FILE_CORRUPTED'); };
  });
  for (const path of ['/', '/ho-so', '/tieu-chuan']) {
    await openApp(page, harness.baseUrl, path);
  }
  await page.getByTestId('storage-blocked').waitFor();
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(errors, [], 'no trap, no error');
  await context.close();
});

test('where writes are refused the stored dossiers are shown read-only, and export still works', async () => {
  const { page, errors, context } = await seeded([dossier()]);
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Storage.prototype.removeItem = function () { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  });
  await openApp(page, harness.baseUrl, '/ho-so');
  await page.getByTestId('storage-read-only').waitFor();
  assert.match(await page.getByTestId('storage-read-only').innerText(), /chỉ cho đọc|đọc nhưng không cho ghi/);
  assert.equal(await page.getByTestId('dossier-row').count(), 1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
  const body = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
  assert.equal(body.dossiers[0].subject.name, 'Nguyễn Thị Hoa');

  await page.getByTestId('dossier-row').getByTestId('delete').click();
  assert.match(await page.getByTestId('save-error').innerText(), /chỉ cho đọc/);
  assert.equal(await page.getByTestId('dossier-row').count(), 1, 'nothing deleted');

  await page.getByTestId('dossier-name').click();
  await page.locator('#f-unit').pressSequentially('X');
  const status = page.getByTestId('save-status');
  assert.equal(await status.getAttribute('data-state'), 'read-only');
  assert.match(await status.innerText(), /Chưa lưu: trình duyệt này chỉ cho đọc/);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dien-hinh:dossier:d-test-0001')));
  assert.equal(stored.dossier.subject.unit, 'Cục Quản lý tài nguyên nước');
  assert.deepEqual(errors, []);
  await context.close();
});

test('set-aside entries say why in Vietnamese, and a key holding another id is its own reason', async () => {
  const other = { revision: 1, dossier: dossier({ id: 'd-that' }) };
  const { page, context } = await seeded([dossier()], {
    'dien-hinh:dossier:d-this': JSON.stringify(other),
    'dien-hinh:dossier:d-broken': '{"revision": 3, "dossier": {',
  });
  await openApp(page, harness.baseUrl, '/ho-so');
  const reasons = await page.getByTestId('set-aside-reason').allInnerTexts();
  assert.equal(reasons.length, 2);
  assert.ok(reasons.some((r) => /mang mã hồ sơ “d-that”/.test(r)), reasons.join(' | '));
  assert.ok(reasons.some((r) => /^nội dung không phải JSON hợp lệ \(hỏng ở dòng 1, cột \d+\)$/.test(r)), reasons.join(' | '));
  assert.ok(reasons.every((r) => !/EOF|expected|while parsing/.test(r)), 'no parser English');
  await context.close();
});

test('an index listing thousands of vanished dossiers gets a short notice', async () => {
  const { page, context } = await seeded([dossier()]);
  await page.evaluate(() => {
    const ids = ['d-test-0001', ...Array.from({ length: 2000 }, (_, i) => `d-gone-${i}`)];
    localStorage.setItem('dien-hinh:index', JSON.stringify({ format: 'dien-hinh.store-index', format_version: 1, ids }));
  });
  await openApp(page, harness.baseUrl, '/ho-so');
  const notice = await page.getByTestId('storage-missing').innerText();
  assert.ok(notice.length < 400, `${notice.length} characters`);
  assert.match(notice, /^2000 hồ sơ/);
  assert.match(notice, /d-gone-0, d-gone-1, d-gone-2, d-gone-3, d-gone-4 và 1995 hồ sơ khác\.$/);
  await context.close();
});

test('the home page, the standards and the time line read no stored dossier; the list reads them all', async () => {
  const many = Array.from({ length: 60 }, (_, i) => dossier({ id: `d-lazy-${i}`, subject: { name: `Hồ sơ ${i}` } }));
  const { page, context } = await seeded(many);
  await context.addInitScript(() => {
    const get = Storage.prototype.getItem;
    window.__dossierReads = 0;
    Storage.prototype.getItem = function (key) {
      if (String(key).startsWith('dien-hinh:dossier:')) window.__dossierReads += 1;
      return get.call(this, key);
    };
  });
  for (const path of ['/', '/lo-trinh', '/gioi-thieu']) {
    await openApp(page, harness.baseUrl, path);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__dossierReads), 0, `${path} read dossiers`);
  }
  await openApp(page, harness.baseUrl, '/tieu-chuan');
  await page.getByTestId('ruleset-list').waitFor();
  await openApp(page, harness.baseUrl, '/ho-so');
  await page.getByTestId('dossier-row').first().waitFor();
  assert.ok((await page.evaluate(() => window.__dossierReads)) >= 60);
  await context.close();
});
