// The standards browser (/tieu-chuan): every ruleset and criterion with its source, the search that
// ignores Vietnamese accents, deep links, and each criterion's links to the dossiers it affects.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Opens `path` (under /tieu-chuan) after seeding `dossiers`. */
async function openStandards(path = '/tieu-chuan', dossiers = []) {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl);
  if (dossiers.length) await seed(opened.page, dossiers);
  await openApp(opened.page, harness.baseUrl, path);
  await opened.page.getByTestId('ruleset-list').waitFor();
  return opened;
}

const criterion = (page, id) => page.locator(`[data-testid=criterion][data-criterion="${id}"]`);
const visibleIds = (page) => page.locator('[data-testid=criterion]:visible').evaluateAll(
  (items) => items.map((li) => li.dataset.criterion),
);

test('every ruleset is listed newest first, with its criteria, quotes, clauses and quota', async () => {
  const { page, errors, context } = await openStandards();
  const rulesets = page.getByTestId('ruleset-list').getByTestId('ruleset');
  assert.deepEqual(await rulesets.evaluateAll((items) => items.map((li) => li.dataset.ruleset)), [
    'btnmt-dhtt-2023-2025', 'stnmt-khanhhoa-2023-2025', 'btnmt-dhtt-2021-2025', 'btnmt-thidua-2021',
  ]);
  assert.equal(await page.locator('[data-testid=criterion]').count(), 57);
  const cn6 = criterion(page, 'btnmt-dhtt-2021-2025/cn-6');
  assert.match(await cn6.getByTestId('quote').innerText(), /Chiến sỹ thi đua cấp cơ sở/);
  assert.match(await cn6.innerText(), /Kế hoạch 03\/KH-BTNMT, mục II\.3\.2/);
  assert.match(await cn6.getByTestId('rule').innerText(), /Chiến sĩ thi đua cơ sở” hoặc danh hiệu cao hơn/);
  assert.equal(await cn6.getByTestId('applies-to').innerText(), 'Cá nhân');
  const ld1 = criterion(page, 'btnmt-dhtt-2021-2025/ld-1');
  assert.match(await ld1.getByTestId('interpretation').innerText(), /Cách hiểu của ứng dụng/);
  assert.match(await ld1.getByTestId('applies-to').innerText(), /lãnh đạo, thủ trưởng đơn vị/);
  const quota = page.locator('[data-ruleset="btnmt-dhtt-2023-2025"] [data-testid=quota-quote]');
  assert.match(await quota.innerText(), /xây dựng từ 01-02 điển hình tiên tiến/);
  assert.match(await page.locator('[data-ruleset="btnmt-thidua-2021"] [data-testid=quota]').innerText(), /không quy định số lượng/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('searching "chien sy" without accents finds cn-6 of 2021–2025 and hides the rest', async () => {
  const { page, context } = await openStandards();
  await page.getByLabel('Tìm tiêu chí').fill('chien sy');
  const shown = await visibleIds(page);
  assert.ok(shown.includes('btnmt-dhtt-2021-2025/cn-6'), shown.join());
  assert.ok(shown.includes('btnmt-dhtt-2023-2025/cn-5'), shown.join());
  assert.ok(!shown.includes('btnmt-dhtt-2021-2025/cn-1'), shown.join());
  assert.match(await page.getByTestId('search-count').innerText(), new RegExp(`^${shown.length} trên 57 tiêu chí khớp$`));
  assert.equal(await page.locator('[data-testid=ruleset][data-ruleset="btnmt-thidua-2021"]').isVisible(), false);

  await page.getByLabel('Tìm tiêu chí').fill('tiêu chuẩn điển hình');
  const accented = await visibleIds(page);
  await page.getByLabel('Tìm tiêu chí').fill('TIEU CHUAN dien hinh');
  assert.deepEqual(await visibleIds(page), accented);
  assert.ok(accented.length > 0);

  await page.getByLabel('Tìm tiêu chí').fill('xyzzy');
  assert.equal(await page.getByTestId('search-count').innerText(), 'Không có tiêu chí nào khớp.');
  await page.getByTestId('clear-search').click();
  assert.equal((await visibleIds(page)).length, 57);
  await context.close();
});

test('a search in the address opens the page already filtered; ids and clauses are searched', async () => {
  const { page, context } = await openStandards('/tieu-chuan?tim=thidua-2021%2Fld');
  assert.equal(await page.getByLabel('Tìm tiêu chí').inputValue(), 'thidua-2021/ld');
  assert.deepEqual(await visibleIds(page), ['btnmt-thidua-2021/ld-1', 'btnmt-thidua-2021/ld-2']);
  await context.close();
});

test('a deep link to a criterion scrolls to it and focuses it', async () => {
  const { page, context } = await openStandards('/tieu-chuan#btnmt-dhtt-2023-2025--cn-5');
  await page.waitForFunction(() => document.activeElement?.id === 'btnmt-dhtt-2023-2025--cn-5');
  assert.ok(await criterion(page, 'btnmt-dhtt-2023-2025/cn-5').isVisible());
  await context.close();
});

test('the English gloss shows in English, the Vietnamese quote always', async () => {
  const { page, context } = await openStandards();
  const cn5 = criterion(page, 'btnmt-dhtt-2023-2025/cn-5');
  assert.equal(await cn5.locator('.gloss').count(), 0);
  await page.getByTestId('lang-switch').click();
  assert.match(await cn5.locator('.gloss').innerText(), /Grassroots emulation fighter/);
  assert.match(await cn5.getByTestId('quote').innerText(), /Chiến sỹ thi đua cơ sở/);
  assert.match(await cn5.getByTestId('rule').innerText(), /^Computed: every year of the review period holds the title/);
  await context.close();
});

test('a criterion links to the stored dossiers it affects, and only those', async () => {
  const person = dossier({ id: 'd-hoa' });
  const collective = dossier({ id: 'd-phong', subject: { kind: 'tap_the', name: 'Phòng Tài nguyên nước', position: '' } });
  const other = dossier({ id: 'd-khac', ruleset: 'btnmt-dhtt-2021-2025', subject: { name: 'Dương Minh Khoa' } });
  const { page, context } = await openStandards('/tieu-chuan', [person, collective, other]);
  const cn5 = criterion(page, 'btnmt-dhtt-2023-2025/cn-5').getByTestId('affected');
  assert.deepEqual(await cn5.getByRole('link').allInnerTexts(), ['Nguyễn Thị Hoa']);
  const tt1 = criterion(page, 'btnmt-dhtt-2023-2025/tt-1').getByTestId('affected');
  assert.deepEqual(await tt1.getByRole('link').allInnerTexts(), ['Phòng Tài nguyên nước']);
  const dt1 = criterion(page, 'btnmt-dhtt-2023-2025/dt-1').getByTestId('affected');
  assert.deepEqual(await dt1.getByRole('link').allInnerTexts(), ['Nguyễn Thị Hoa', 'Phòng Tài nguyên nước']);
  assert.match(await criterion(page, 'btnmt-thidua-2021/cn-1').getByTestId('affected').innerText(), /Chưa có hồ sơ nào/);

  await cn5.getByRole('link', { name: 'Nguyễn Thị Hoa' }).click();
  await page.waitForURL(`${harness.baseUrl}/ho-so/d-hoa`);
  await page.getByTestId('dossier-name').waitFor();
  await context.close();
});
