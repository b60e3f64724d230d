// The achievement report as a nominee makes it: the editor's "Lý lịch" typed key by key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed, stored } from './fixtures.mjs';

const FIXTURES = new URL('../../crates/report/tests/fixtures/', import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8'));

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Opens the app in Vietnamese (dates read dd/mm/yyyy), seeds `dossiers`, and opens `path`. */
async function open(dossiers, path, options = {}) {
  const opened = await harness.newPage({ locale: 'vi-VN', acceptDownloads: true, ...options });
  await openApp(opened.page, harness.baseUrl);
  await seed(opened.page, dossiers);
  await opened.page.goto(harness.baseUrl + path);
  return opened;
}

/** Clicks into the field, types `text` key by key, and checks it kept all of it and the focus. */
async function typeInto(page, id, text) {
  const field = page.locator(`#${id}`);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Delete');
  await field.pressSequentially(text, { delay: 5 });
  assert.equal(await field.inputValue(), text, `#${id} kept every character typed`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), id, `#${id} still has the focus`);
}

/** The order in which this browser's date inputs take their parts ('dmy' or 'mdy'): it follows the
 *  browser's own language, not the page's, so a probe input finds it. */
async function dateOrder(page) {
  await page.evaluate(() => {
    const probe = Object.assign(document.createElement('input'), { type: 'date', id: 'date-probe' });
    document.body.prepend(probe);
  });
  await page.locator('#date-probe').click({ position: { x: 12, y: 12 } });
  await page.keyboard.type('01022000');
  const value = await page.locator('#date-probe').inputValue();
  await page.evaluate(() => document.getElementById('date-probe').remove());
  return value === '2000-02-01' ? 'dmy' : 'mdy';
}

/** Types a date into a date input key by key, its parts in the order the browser shows them. */
async function typeDate(page, id, [day, month, year]) {
  const order = await dateOrder(page);
  const field = page.locator(`#${id}`);
  await field.click({ position: { x: 12, y: 12 } });
  await field.pressSequentially(order === 'dmy' ? `${day}${month}${year}` : `${month}${day}${year}`, { delay: 5 });
  assert.equal(await field.inputValue(), `${year}-${month}-${day}`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), id, `#${id} still has the focus`);
}

const profileOf = async (page, id) => (await stored(page, id)).dossier.profile;

/** The individual fixture of the report crate without its profile: the test types it. */
function hoa() {
  const d = fixture('individual.json');
  delete d.profile;
  return d;
}

test('an individual\'s background is typed key by key, kept with the focus, and listed on the check page', async () => {
  const d = hoa();
  const { page, context, errors } = await open([d], `/ho-so/${d.id}?muc=ly-lich`);
  await page.locator('#f-profile-home-town').waitFor();
  assert.equal(await page.locator('#f-profile-home-town').getAttribute('maxlength'), '300');
  assert.equal(await page.locator('#f-profile-achievements').getAttribute('maxlength'), '20000');
  assert.equal(await page.locator('#f-profile-staff-count').count(), 0, 'a person is not asked a staff count');

  await typeDate(page, 'f-profile-birth-date', ['12', '04', '1985']);
  assert.equal((await profileOf(page, d.id)).birth_date, '1985-04-12');
  // Erasing the year leaves the date unfinished: nothing is saved, and leaving it says why.
  await page.keyboard.press('Backspace');
  assert.equal(await page.locator('#f-profile-birth-date').inputValue(), '');
  assert.equal((await profileOf(page, d.id)).birth_date, '1985-04-12');
  await page.locator('#f-profile-home-town').focus();
  assert.match(await page.locator('#f-profile-birth-date-error').innerText(), /chưa đầy đủ/);
  assert.equal(await page.locator('#f-profile-birth-date').getAttribute('aria-invalid'), 'true');
  // Back to its last part, the year (the first part gets the focus), and a whole year again.
  await page.locator('#f-profile-birth-date').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('1986');
  assert.equal((await profileOf(page, d.id)).birth_date, '1986-04-12');
  assert.equal(await page.locator('#f-profile-birth-date-error').count(), 0);

  // The sex from the keyboard: Space picks the focused radio, an arrow the next one.
  await page.locator('#f-profile-gender-nam').focus();
  await page.keyboard.press('Space');
  assert.equal((await profileOf(page, d.id)).gender, 'nam');
  await page.keyboard.press('ArrowRight');
  assert.equal((await profileOf(page, d.id)).gender, 'nu');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-profile-gender-nu');

  await typeInto(page, 'f-profile-home-town', 'Ninh Hòa, Khánh Hòa');
  await typeInto(page, 'f-profile-residence', 'Phường Lộc Thọ, Nha Trang');
  await typeInto(page, 'f-profile-qualification', 'Thạc sĩ Quản lý tài nguyên và môi trường');
  await typeInto(page, 'f-profile-duties', 'Thẩm định hồ sơ cấp phép.\nTheo dõi giấy phép sau cấp.');
  await typeInto(page, 'f-profile-achievements', 'Chủ trì số hóa 1.200 hồ sơ cấp phép.');
  // Erasing a field removes it: the report shows its blank again.
  await typeInto(page, 'f-profile-academic-titles', 'x');
  await page.locator('#f-profile-academic-titles').press('Backspace');
  const profile = await profileOf(page, d.id);
  assert.deepEqual(profile, {
    birth_date: '1986-04-12', gender: 'nu', home_town: 'Ninh Hòa, Khánh Hòa',
    residence: 'Phường Lộc Thọ, Nha Trang', qualification: 'Thạc sĩ Quản lý tài nguyên và môi trường',
    duties: 'Thẩm định hồ sơ cấp phép.\nTheo dõi giấy phép sau cấp.',
    achievements: 'Chủ trì số hóa 1.200 hồ sơ cấp phép.',
  });

  await page.getByTestId('check-answers').click();
  const list = page.getByTestId('check-answers-list');
  await list.waitFor();
  const row = (question) => list.locator('.check-row', { has: page.locator('dt', { hasText: question }) });
  assert.equal(await row('Sinh ngày, tháng, năm').locator('dd').first().innerText(), '12/04/1986');
  assert.equal(await row('Giới tính').locator('dd').first().innerText(), 'Nữ');
  assert.equal(await row('Quê quán').locator('dd').first().innerText(), 'Ninh Hòa, Khánh Hòa');
  assert.equal(await row('Học hàm').locator('dd').first().innerText(), 'Chưa nhập');
  assert.equal(
    await row('Quê quán').locator('a').getAttribute('href'),
    `/ho-so/${d.id}?muc=ly-lich#f-profile-home-town`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a collective\'s situation is typed key by key, and a staff count typo is refused without losing the count', async () => {
  const unit = fixture('collective.json');
  delete unit.profile;
  const { page, context, errors } = await open([unit], `/ho-so/${unit.id}?muc=ly-lich`);
  await page.locator('#f-profile-address').waitFor();
  assert.equal(await page.locator('#f-profile-birth-date').count(), 0, 'a collective is not asked a birth date');
  assert.match(await page.locator('label[for=f-profile-duties]').innerText(), /^Chức năng, nhiệm vụ/);

  await typeInto(page, 'f-profile-address', 'Số 10 Tôn Thất Thuyết, Hà Nội');
  await typeDate(page, 'f-profile-founded-on', ['01', '07', '2008']);
  await typeInto(page, 'f-profile-organisation', 'Ba tổ chuyên môn.\nMột trưởng phòng, hai phó trưởng phòng.');
  await typeInto(page, 'f-profile-staff-count', '42');
  assert.equal((await profileOf(page, unit.id)).staff_count, 42);
  const count = page.locator('#f-profile-staff-count');
  await count.pressSequentially('x');
  assert.equal(await count.inputValue(), '42x', 'the typo stays on screen to correct');
  assert.equal((await profileOf(page, unit.id)).staff_count, 42);
  assert.match(await page.locator('#f-profile-staff-count-error').innerText(), /Chỉ nhập chữ số/);
  assert.equal(await count.getAttribute('aria-invalid'), 'true');
  await count.press('Backspace');
  await count.pressSequentially('5');
  assert.equal((await profileOf(page, unit.id)).staff_count, 425);
  assert.equal(await page.locator('#f-profile-staff-count-error').count(), 0);
  await typeInto(page, 'f-profile-facilities', 'Trụ sở ba tầng; 40 máy tính.');
  assert.equal((await profileOf(page, unit.id)).founded_on, '2008-07-01');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a household is told there is no report form', async () => {
  const household = dossier({
    id: 'd-ho', ruleset: 'stnmt-khanhhoa-2023-2025',
    subject: { kind: 'ho_gia_dinh', name: 'Hộ ông Lê Văn Cường', position: '' },
  });
  const { page, context, errors } = await open([household], '/ho-so/d-ho?muc=ly-lich');
  assert.match(await page.getByTestId('profile-household').innerText(), /Chưa có mẫu báo cáo thành tích cho hộ gia đình/);
  assert.deepEqual(errors, []);
  await context.close();
});
