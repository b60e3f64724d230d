// The dossier editor and its live assessment, against real local storage in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed, stored } from './fixtures.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Opens the app, seeds `dossiers`, and opens the editor of the first at `section`. */
async function openEditor(dossiers, section = 'thong-tin', extra = {}) {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl);
  await seed(opened.page, dossiers, extra);
  await opened.page.goto(`${harness.baseUrl}/ho-so/${dossiers[0].id}?muc=${section}`);
  await opened.page.getByTestId('dossier-name').waitFor();
  return opened;
}

async function verdictOf(page) {
  return page.getByTestId('verdict').first().getAttribute('data-verdict');
}

test('filling an individual dossier turns the verdict from incomplete to eligible', async () => {
  // A new dossier has no year entries: an entry with no titles would declare "no titles".
  const { page, errors, context } = await openEditor([dossier({ years: [] })], 'cac-nam');
  await page.getByTestId('as-of').fill('2026-01-01');
  assert.equal(await verdictOf(page), 'incomplete');
  for (const year of [2023, 2024, 2025]) {
    await page.locator(`#f-year-${year}-rating`).selectOption('xuat_sac');
    await page.locator(`#f-year-${year}-title-cstd_co_so`).check();
  }
  await page.getByTestId('tab-sang-kien').click();
  await page.locator('#f-initiatives-list').check();
  await page.locator('#f-initiative-0-title').fill('Số hóa hồ sơ cấp phép');
  await page.getByTestId('tab-tieu-chi').click();
  const yesAnswers = page.locator('input[type=radio][id$="-yes"]');
  const count = await yesAnswers.count();
  assert.ok(count >= 5, `expected the declared criteria, found ${count}`);
  for (let i = 0; i < count; i++) await yesAnswers.nth(i).check();
  assert.equal(await verdictOf(page), 'eligible');
  assert.equal(await page.getByTestId('missing-none').count(), 1);
  assert.match(await page.getByTestId('verdict-sentence').innerText(), /Theo thông tin đã khai/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a collective with a missing title is not eligible, naming the year', async () => {
  const collective = dossier({
    id: 'd-test-tt',
    subject: { kind: 'tap_the', name: 'Phòng Tài nguyên nước', position: '' },
    years: [2023, 2024].map((year) => ({
      year, rating: 'xuat_sac', titles: year === 2024 ? [] : ['tt_lao_dong_xuat_sac'], plan_completion_pct: null, evidence: '',
    })),
    period: { from: 2023, to: 2024 },
  });
  const { page, context } = await openEditor([collective]);
  await page.getByTestId('as-of').fill('2025-06-30');
  assert.equal(await verdictOf(page), 'not_eligible');
  const tt5 = page.getByTestId('result-tt-5');
  assert.equal(await tt5.getAttribute('data-status'), 'not_met');
  assert.match(await tt5.innerText(), /2024/);
  await context.close();
});

test('a missing item links to the field that fixes it', async () => {
  const { page, context } = await openEditor([dossier()]);
  const link = page.getByTestId('missing').getByRole('link').filter({ hasText: /2023/ }).first();
  await link.click();
  await page.waitForURL(/muc=cac-nam/);
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('f-year-2023'));
  await context.close();
});

test('every edit survives a reload', async () => {
  const { page, context } = await openEditor([dossier()]);
  await page.locator('#f-unit').fill('Vụ Pháp chế');
  await page.getByTestId('tab-cac-nam').click();
  await page.locator('#f-year-2024-rating').selectOption('tot');
  await page.reload();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.locator('#f-year-2024-rating').inputValue(), 'tot');
  await page.getByTestId('tab-thong-tin').click();
  assert.equal(await page.locator('#f-unit').inputValue(), 'Vụ Pháp chế');
  const record = await stored(page, 'd-test-0001');
  assert.equal(record.dossier.subject.unit, 'Vụ Pháp chế');
  assert.ok(record.revision > 1);
  await context.close();
});

test('a corrupted entry is set aside, reported, downloadable, and never overwritten', async () => {
  const broken = '{"revision": 3, "dossier": {"format": "dien-hinh.dossier", "id": ';
  const { page, context } = await openEditor([dossier()], 'thong-tin', { 'dien-hinh:dossier:d-broken': broken });
  const notice = page.getByTestId('set-aside');
  await notice.waitFor();
  assert.match(await notice.innerText(), /không đọc được/);
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByTestId('download-raw').click()]);
  const body = await (await download.createReadStream()).toArray();
  assert.equal(Buffer.concat(body).toString('utf8'), broken);
  await page.locator('#f-name').fill('Nguyễn Thị Hoa (sửa)');
  assert.equal(await page.evaluate(() => localStorage.getItem('dien-hinh:dossier:d-broken')), broken);
  await context.close();
});

test('a full quota keeps the edit on screen, says so, and saves once there is room', async () => {
  const { page, context } = await openEditor([dossier()]);
  // Fill local storage to the brim under a foreign key, as another app of the origin might.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 16) {
      try { localStorage.setItem(`filler-${i++}`, chunk); } catch { chunk = chunk.slice(chunk.length / 2); }
    }
  });
  // Long, but within the unit's cap of 200 characters (criteria::validate::limits::UNIT_MAX).
  await page.locator('#f-unit').fill('Một đơn vị có tên rất dài '.repeat(7));
  const status = page.getByTestId('save-status');
  assert.equal(await status.getAttribute('data-state'), 'quota');
  assert.match(await status.innerText(), /Bộ nhớ của trình duyệt đã đầy/);
  assert.match(await page.locator('#f-unit').inputValue(), /^Một đơn vị có tên rất dài/);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.locator('#f-unit').press('End');
  await page.locator('#f-unit').type('.');
  assert.equal(await status.getAttribute('data-state'), 'saved');
  assert.match((await stored(page, 'd-test-0001')).dossier.subject.unit, /dài \.$/);
  await context.close();
});

test('a second tab sees changes, and a write over a version it has not seen is a conflict', async () => {
  const { page: first, context } = await openEditor([dossier()]);
  const second = await context.newPage();
  await second.goto(`${harness.baseUrl}/ho-so/d-test-0001?muc=thong-tin`);
  await second.getByTestId('dossier-name').waitFor();

  await first.locator('#f-unit').fill('Đơn vị A');
  await second.waitForFunction(() => document.querySelector('#f-unit')?.value === 'Đơn vị A');

  // Another tab's write whose storage event has not arrived here yet: changed behind this page.
  await second.evaluate(() => {
    const key = 'dien-hinh:dossier:d-test-0001';
    const record = JSON.parse(localStorage.getItem(key));
    record.revision += 1;
    record.dossier.subject.unit = 'Đơn vị của thẻ khác';
    localStorage.setItem(key, JSON.stringify(record));
  });
  await second.locator('#f-unit').fill('Đơn vị B');
  const status = second.getByTestId('save-status');
  assert.equal(await status.getAttribute('data-state'), 'conflict');
  assert.equal((await stored(second, 'd-test-0001')).dossier.subject.unit, 'Đơn vị của thẻ khác');
  await second.getByTestId('keep-mine').click();
  assert.equal(await status.getAttribute('data-state'), 'saved');
  assert.equal((await stored(second, 'd-test-0001')).dossier.subject.unit, 'Đơn vị B');
  await context.close();
});

test('blocked storage is explained and the app still works in memory', async () => {
  const { page, context } = await harness.newPage();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await openApp(page, harness.baseUrl, '/ho-so');
  await page.getByTestId('storage-blocked').waitFor();
  assert.match(await page.getByTestId('storage-blocked').innerText(), /chặn bộ nhớ cục bộ/);
  await context.close();
});

test('check your answers lists every answer with a link to change it', async () => {
  const d = dossier({ declarations: { 'btnmt-dhtt-2023-2025/cn-1': { met: true, evidence: 'Nhận xét của thủ trưởng' } } });
  const { page, context } = await openEditor([d]);
  await page.getByTestId('check-answers').click();
  const list = page.getByTestId('check-answers-list');
  await list.waitFor();
  const text = await list.innerText();
  assert.match(text, /Nguyễn Thị Hoa/);
  assert.match(text, /Có: Nhận xét của thủ trưởng/);
  assert.match(text, /Năm 2024/);
  await list.getByRole('link', { name: 'Sửa' }).nth(2).click();
  await page.getByTestId('dossier-name').waitFor();
  await context.close();
});

test('an emptied name is not saved, is explained, and the dossier survives a reload', async () => {
  const { page, context } = await openEditor([dossier()]);
  await page.locator('#f-name').fill('');
  const status = page.getByTestId('save-status');
  assert.equal(await status.getAttribute('data-state'), 'invalid');
  assert.match(await status.innerText(), /không hợp lệ/);
  assert.equal((await stored(page, 'd-test-0001')).dossier.subject.name, 'Nguyễn Thị Hoa');
  await page.reload();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('dossier-name').innerText(), 'Nguyễn Thị Hoa');
  await context.close();
});

test('storage cleared from another tab keeps this tab\'s copy and writes it again on the next change', async () => {
  const { page: first, context } = await openEditor([dossier()]);
  const second = await context.newPage();
  await second.goto(`${harness.baseUrl}/gioi-thieu`);
  await second.evaluate(() => localStorage.clear());
  const status = first.getByTestId('save-status');
  await first.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.dataset.state === 'error');
  assert.match(await status.innerText(), /vừa bị xóa từ nơi khác/);
  await first.locator('#f-unit').fill('Đơn vị sau khi xóa');
  assert.equal(await status.getAttribute('data-state'), 'saved');
  assert.equal((await stored(first, 'd-test-0001')).dossier.subject.unit, 'Đơn vị sau khi xóa');
  await context.close();
});

test('with the quota already full at start the dossiers still open, and are not mistaken for blocked storage', async () => {
  const { page, context } = await openEditor([dossier()]);
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let i = 0;
    while (chunk.length > 1) {
      try { localStorage.setItem(`filler-${i++}`, chunk); } catch { chunk = chunk.slice(chunk.length / 2); }
    }
  });
  await page.reload();
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('dossier-name').innerText(), 'Nguyễn Thị Hoa');
  assert.equal(await page.getByTestId('storage-blocked').count(), 0);
  await context.close();
});

test('a rating entered before the titles reads as not answered, not as "no title"', async () => {
  const { page, context } = await openEditor([dossier({ years: [] })], 'cac-nam');
  await page.getByTestId('as-of').fill('2026-01-01');
  await page.locator('#f-year-2023-rating').selectOption('xuat_sac');
  assert.equal(await verdictOf(page), 'incomplete');
  await page.getByTestId('titles-unanswered-2023').waitFor();
  assert.equal((await stored(page, 'd-test-0001')).dossier.years[0].titles_answered, false);
  // Saying "none" is an answer: the title criterion is then not met for 2023.
  await page.locator('#f-year-2023-no-titles').check();
  assert.equal(await verdictOf(page), 'not_eligible');
  assert.equal(await page.getByTestId('titles-unanswered-2023').count(), 0);
  // Ticking a title replaces "none".
  await page.locator('#f-year-2023-title-cstd_co_so').check();
  assert.equal(await page.locator('#f-year-2023-no-titles').isChecked(), false);
  const year = (await stored(page, 'd-test-0001')).dossier.years[0];
  assert.deepEqual([year.titles, year.titles_answered ?? true], [['cstd_co_so'], true]);
  await context.close();
});

test('changing the period keeps every year entry, showing those outside it apart', async () => {
  const years = [2023, 2024, 2025].map((year) => ({ year, rating: 'xuat_sac', titles: ['cstd_co_so'], plan_completion_pct: null, evidence: `QĐ ${year}` }));
  const { page, context } = await openEditor([dossier({ years })]);
  const period = page.locator('#f-period');
  await period.focus();
  await period.selectOption('2024-2024');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-period');
  const record = await stored(page, 'd-test-0001');
  assert.deepEqual(record.dossier.period, { from: 2024, to: 2024 });
  assert.deepEqual(record.dossier.years.map((y) => y.evidence), ['QĐ 2023', 'QĐ 2024', 'QĐ 2025']);
  await page.getByTestId('tab-cac-nam').click();
  const outside = page.getByTestId('years-outside');
  assert.match(await outside.innerText(), /ngoài giai đoạn bình xét/);
  assert.equal(await outside.getByTestId('year-2023').count(), 1);
  assert.equal(await outside.getByTestId('year-2025').count(), 1);
  assert.equal(await outside.getByTestId('year-2024').count(), 0);
  await context.close();
});

test('switching a list of initiatives to "none" can be undone with one click', async () => {
  const initiatives = [{ title: 'Số hóa hồ sơ cấp phép', kind: 'sang_kien', year: 2024, scope: 'co_so', evidence: 'QĐ 7' }];
  const { page, context } = await openEditor([dossier({ initiatives })], 'sang-kien');
  await page.locator('#f-initiatives-none').check();
  assert.deepEqual((await stored(page, 'd-test-0001')).dossier.initiatives, []);
  await page.getByTestId('initiatives-restore').click();
  assert.deepEqual((await stored(page, 'd-test-0001')).dossier.initiatives, initiatives);
  assert.equal(await page.locator('#f-initiative-0-title').inputValue(), 'Số hóa hồ sơ cấp phép');
  assert.equal(await page.getByTestId('initiatives-dropped').count(), 0);
  await context.close();
});
