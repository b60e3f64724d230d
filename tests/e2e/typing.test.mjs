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

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page, selector, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}; focus is on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}`);
}

/** Arrows through a radio group (focus already on one of its radios) until `selector` is checked. */
async function arrowTo(page, selector, max = 12) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.querySelector(s)?.checked ?? false, selector)) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`arrows never checked ${selector}`);
}

/**
 * A whole individual dossier filled with the keyboard alone, from the home page: Tab, Enter,
 * Space, arrows and typing, never the mouse; the verdict ends 'eligible' once the period is over.
 */
async function fillByKeyboard(width) {
  const { page, errors, context } = await harness.newPage();
  await page.setViewportSize({ width, height: 844 });
  await openApp(page, harness.baseUrl);
  const keys = page.keyboard;

  await tabTo(page, '[data-testid=main-nav] a[href="/ho-so"]');
  await keys.press('Enter');
  await tabTo(page, '[data-testid=new-dossier]');
  await keys.press('Enter');

  await tabTo(page, '#kind-ca_nhan');
  await keys.press('Space');
  await tabTo(page, 'input[name=ruleset]');
  await arrowTo(page, '#ruleset-btnmt-dhtt-2023-2025');
  await tabTo(page, 'input[name=period]');
  await arrowTo(page, '#period-2023-2025');
  await tabTo(page, '#dossier-name');
  await keys.type('Nguyễn Thị Hoa', { delay: 5 });
  await keys.press('Enter');
  await page.getByTestId('dossier-name').waitFor();
  assert.equal(await page.getByTestId('dossier-name').innerText(), 'Nguyễn Thị Hoa');

  await tabTo(page, '#f-unit');
  await keys.type(UNIT, { delay: 5 });
  await tabTo(page, '#f-position');
  await keys.type('Chuyên viên chính', { delay: 5 });

  await tabTo(page, '[data-testid=tab-cac-nam]');
  await keys.press('Enter');
  for (const year of [2023, 2024, 2025]) {
    await tabTo(page, `#f-year-${year}-rating`);
    await keys.press('ArrowDown'); // the first rating: hoàn thành xuất sắc
    await tabTo(page, `#f-year-${year}-title-cstd_co_so`);
    await keys.press('Space');
    await tabTo(page, `#f-year-${year}-evidence`);
    await keys.type(`Quyết định số ${year - 2000}/QĐ-TNN`, { delay: 2 });
  }

  await tabTo(page, '[data-testid=tab-sang-kien]');
  await keys.press('Enter');
  await tabTo(page, 'input[name=initiatives]');
  await arrowTo(page, '#f-initiatives-list');
  await tabTo(page, '#f-initiative-0-title');
  await keys.type('Số hóa hồ sơ cấp phép', { delay: 5 });

  await tabTo(page, '[data-testid=tab-tieu-chi]');
  await keys.press('Enter');
  const yes = await page.locator('input[type=radio][id$="-yes"]').evaluateAll((xs) => xs.map((x) => x.id));
  assert.ok(yes.length >= 5, `expected the declared criteria, found ${yes.length}`);
  for (const id of yes) {
    await tabTo(page, `input[name="${id.replace(/-yes$/, '')}"]`);
    await arrowTo(page, `#${id}`);
    await tabTo(page, `#${id.replace(/-yes$/, '-evidence')}`);
    await keys.type('Nhận xét của thủ trưởng đơn vị', { delay: 1 });
  }

  await tabTo(page, '[data-testid=as-of]');
  await keys.type('01012026');
  await page.waitForFunction(() => document.querySelector('[data-testid=verdict]')?.dataset.verdict === 'eligible');
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('dien-hinh:dossier:'));
    return JSON.parse(localStorage.getItem(key)).dossier;
  });
  assert.equal(stored.subject.unit, UNIT);
  assert.deepEqual(stored.years.map((y) => [y.year, y.rating, y.titles]), [2023, 2024, 2025].map((y) => [y, 'xuat_sac', ['cstd_co_so']]));
  assert.equal(stored.initiatives[0].title, 'Số hóa hồ sơ cấp phép');
  assert.ok(Object.values(stored.declarations).every((d) => d.met && d.evidence === 'Nhận xét của thủ trưởng đơn vị'));
  assert.deepEqual(errors, []);
  await context.close();
}

test('a whole dossier can be filled with the keyboard alone on a desktop', () => fillByKeyboard(1280));

test('a whole dossier can be filled with the keyboard alone on a phone (390 px)', () => fillByKeyboard(390));

test('typing past a field\'s cap stops at the cap, and what was typed is saved', async () => {
  const { page, context } = await openEditor([dossier()], 'thong-tin');
  const unit = page.locator('#f-unit');
  await unit.click();
  await unit.press('ControlOrMeta+a');
  await unit.press('Delete');
  await unit.pressSequentially('Phòng Đo đạc '.repeat(17)); // 221 characters
  assert.equal((await unit.inputValue()).length, 200);
  assert.equal(await page.getByTestId('save-status').getAttribute('data-state'), 'saved');
  assert.equal((await stored(page, 'd-test-0001')).dossier.subject.unit.length, 200);
  await context.close();
});
