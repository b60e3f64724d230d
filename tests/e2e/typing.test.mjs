// The editor as a person uses it: typing key by key into every kind of field, and changing a
// select, a checkbox or a radio from the keyboard, keeps the text, the field and the focus.
// (fill() sets a value in one go and would hide a field that is rebuilt on every keystroke.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed, stored } from './fixtures.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const UNIT = 'Cục Quản lý tài nguyên nước';

async function openEditor(dossiers, section) {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl);
  await seed(opened.page, dossiers);
  await opened.page.goto(`${harness.baseUrl}/ho-so/${dossiers[0].id}?muc=${section}`);
  await opened.page.getByTestId('dossier-name').waitFor();
  return opened;
}

/** Clicks into the field, types `text` key by key, and checks it kept all of it and the focus. */
async function typeInto(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  await field.pressSequentially(text, { delay: 5 });
  assert.equal(await field.inputValue(), text, `${selector} kept every character typed`);
  const focused = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focused, selector.slice(1), `${selector} still has the focus`);
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

test('every text field of the subject section keeps each key typed', async () => {
  const { page, errors, context } = await openEditor([dossier()], 'thong-tin');
  await typeInto(page, '#f-unit', UNIT);
  await typeInto(page, '#f-position', 'Chuyên viên chính');
  await typeInto(page, '#f-notes', 'Ghi chú: đã nộp bản giấy ngày 5/1.');
  await typeInto(page, '#f-name', 'Trần Văn Bình');
  const record = await stored(page, 'd-test-0001');
  assert.equal(record.dossier.subject.unit, UNIT);
  assert.equal(record.dossier.subject.name, 'Trần Văn Bình');
  assert.equal(await page.getByTestId('dossier-name').innerText(), 'Trần Văn Bình');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a year\'s evidence and a collective\'s plan completion keep each key typed', async () => {
  const collective = dossier({
    id: 'd-test-tt',
    ruleset: 'btnmt-thidua-2021',
    period: { from: 2021, to: 2021 },
    subject: { kind: 'tap_the', name: 'Phòng Tài nguyên nước', position: '' },
    years: [],
  });
  const { page, context } = await openEditor([collective], 'cac-nam');
  await typeInto(page, '#f-year-2021-evidence', 'Quyết định số 15/QĐ-TNN ngày 10/01/2022');
  await typeInto(page, '#f-year-2021-plan', '105');
  const year = (await stored(page, 'd-test-tt')).dossier.years.find((y) => y.year === 2021);
  assert.equal(year.evidence, 'Quyết định số 15/QĐ-TNN ngày 10/01/2022');
  assert.equal(year.plan_completion_pct, 105);
  await context.close();
});

test('an initiative\'s title and evidence, and a declaration\'s evidence, keep each key typed', async () => {
  const d = dossier({
    initiatives: [{ title: '', kind: 'sang_kien', year: 2024, scope: 'co_so', evidence: '' }],
    declarations: { 'btnmt-dhtt-2023-2025/cn-1': { met: true, evidence: '' } },
  });
  const { page, context } = await openEditor([d], 'sang-kien');
  await typeInto(page, '#f-initiative-0-title', 'Số hóa hồ sơ cấp phép');
  await typeInto(page, '#f-initiative-0-evidence', 'Quyết định công nhận sáng kiến số 7/QĐ-TNN');
  await page.getByTestId('tab-tieu-chi').click();
  const evidence = '#f-decl-btnmt-dhtt-2023-2025--cn-1-evidence';
  await typeInto(page, evidence, 'Nhận xét của thủ trưởng đơn vị');
  const record = await stored(page, 'd-test-0001');
  assert.equal(record.dossier.initiatives[0].title, 'Số hóa hồ sơ cấp phép');
  assert.equal(record.dossier.declarations['btnmt-dhtt-2023-2025/cn-1'].evidence, 'Nhận xét của thủ trưởng đơn vị');
  await context.close();
});

test('changing a select, a checkbox or a radio from the keyboard keeps the focus on it', async () => {
  const { page, context } = await openEditor([dossier({ years: [] })], 'cac-nam');
  const rating = page.locator('#f-year-2023-rating');
  await rating.focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#f-year-2023-rating')?.value !== '');
  assert.equal(await focusedId(page), 'f-year-2023-rating');

  await page.locator('#f-year-2023-title-cstd_co_so').focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#f-year-2023-title-cstd_co_so').isChecked(), true);
  assert.equal(await focusedId(page), 'f-year-2023-title-cstd_co_so');
  // The next Tab goes to the next title, not to the export button at the end of the page.
  await page.keyboard.press('Tab');
  assert.match(await focusedId(page), /^f-year-2023-title-/);

  await page.getByTestId('tab-sang-kien').click();
  await page.locator('#f-initiatives-unset').focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#f-initiatives-none').isChecked(), true);
  assert.equal(await focusedId(page), 'f-initiatives-none');
  await context.close();
});
