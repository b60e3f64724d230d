// The achievement report as a nominee makes it: the editor's "Lý lịch" typed key by key, the report
// page with each fact in its section, the .docx downloaded and opened with LibreOffice, the page
// at phone width and on paper, and a worker that does not load said in plain words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed, stored } from './fixtures.mjs';
import { docxText } from './libreoffice.mjs';

const FIXTURES = new URL('../../crates/report/tests/fixtures/', import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(name, FIXTURES)), 'utf8'));
const WORKER = /report-worker/;

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

test('a household is told there is no report form, in the editor and on the report page', async () => {
  const household = dossier({
    id: 'd-ho', ruleset: 'stnmt-khanhhoa-2023-2025',
    subject: { kind: 'ho_gia_dinh', name: 'Hộ ông Lê Văn Cường', position: '' },
  });
  const { page, context, errors } = await open([household], '/ho-so/d-ho?muc=ly-lich');
  assert.match(await page.getByTestId('profile-household').innerText(), /Chưa có mẫu báo cáo thành tích cho hộ gia đình/);
  await page.goto(`${harness.baseUrl}/ho-so/d-ho/bao-cao`);
  assert.match(await page.getByTestId('report-household').innerText(), /Chưa có mẫu báo cáo thành tích cho hộ gia đình/);
  assert.equal(await page.getByTestId('report-docx').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The text of the report's section whose heading starts with `start`. */
async function section(page, start) {
  const s = page.getByTestId('report-section').filter({ has: page.locator('h3', { hasText: start }) });
  assert.equal(await s.count(), 1, `one section ${start}`);
  return s.innerText();
}

test('the report page puts each fact in its section, and its .docx opens in LibreOffice with the same facts', async () => {
  const d = fixture('individual.json');
  const { page, context, errors } = await open([d], `/ho-so/${d.id}`);
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.getByTestId('report-link').waitFor();
  assert.deepEqual(fetched.filter((u) => WORKER.test(u)), [], 'the dossier\'s page fetches nothing of the report');
  await page.getByTestId('report-link').click();
  await page.getByTestId('report-document').waitFor();
  assert.equal(new URL(page.url()).pathname, `/ho-so/${d.id}/bao-cao`);
  assert.ok(fetched.some((u) => /report-worker_bg\.wasm$/.test(u)), 'the report page loaded the worker\'s wasm');
  assert.equal(await page.getByTestId('report-preparing').count(), 0, 'no "writing" notice once the report is shown');
  assert.match(await page.getByTestId('template-note').innerText(), /Nghị định 152\/2025\/NĐ-CP/);

  const doc = page.getByTestId('report-document');
  const head = await doc.locator('.report-doc__head').innerText();
  for (const want of ['CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']) {
    assert.ok(head.includes(want), `the header has ${want}: ${head}`);
  }
  const one = await section(page, 'I. SƠ LƯỢC LÝ LỊCH');
  for (const want of ['Họ và tên: Nguyễn Thị Hoa', 'Sinh ngày, tháng, năm: 12/04/1985; Giới tính: Nữ',
    'Quê quán: Ninh Hòa, Khánh Hòa', 'Trú quán: ……', 'Chức vụ (Đảng, chính quyền, đoàn thể): Chuyên viên chính']) {
    assert.ok(one.includes(want), `section I has ${want}: ${one}`);
  }
  const two = await section(page, 'II. THÀNH TÍCH ĐẠT ĐƯỢC');
  for (const want of ['Thẩm định hồ sơ cấp phép khai thác', 'Chủ trì số hóa 1.200 hồ sơ',
    'Năm 2023: Hoàn thành xuất sắc nhiệm vụ', 'Số hóa hồ sơ cấp phép khai thác nước mặt']) {
    assert.ok(two.includes(want), `section II has ${want}: ${two}`);
  }
  // Section III: each year's titles with the decision its evidence names, a blank where none.
  const rows = await page.getByTestId('report-award').evaluateAll((trs) =>
    trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.deepEqual(rows.map(([year, award]) => `${year} ${award}`).sort(), [
    '2023 Chiến sĩ thi đua cơ sở', '2024 Bằng khen của bộ, ngành, tỉnh',
    '2024 Chiến sĩ thi đua cơ sở', '2025 Lao động tiên tiến'].sort());
  const decision = (year, award) => rows.find((r) => r[0] === String(year) && r[1].startsWith(award))[2];
  assert.match(decision(2023, 'Chiến sĩ'), /^Quyết định số 15\/QĐ-TNN ngày 10\/01\/2024 của Cục trưởng/);
  assert.match(decision(2024, 'Bằng khen'), /210\/QĐ-BTNMT ngày 20\/01\/2025/);
  assert.equal(decision(2025, 'Lao động'), 'Quyết định số …… ngày …… của ……');
  const three = await section(page, 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG');
  assert.ok(three.includes('1. Danh hiệu thi đua:') && three.includes('2. Hình thức khen thưởng:'), three);
  // The blanks are marked for the eye.
  const blank = page.getByTestId('report-blank').first();
  assert.notEqual(await blank.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgba(0, 0, 0, 0)');

  // The award asked for, typed key by key, goes into the title without rebuilding the input.
  await typeInto(page, 'report-proposal', 'Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường');
  await page.waitForFunction(() => /ĐỀ NGHỊ TẶNG Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường$/
    .test(document.querySelector('.report-doc__title')?.innerText ?? ''));
  assert.equal(await page.locator('.report-doc__title .report-doc__blank').count(), 0, 'the blank is gone');
  // The report's text is the dossier's, never read as HTML.
  assert.equal(await doc.locator('script, [style], [onclick]').count(), 0);

  const day = await page.locator('#report-date').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
  assert.equal(download.suggestedFilename(), `bao-cao-thanh-tich_nguyen-thi-hoa_${day}.docx`);
  assert.match(await page.getByTestId('report-status').innerText(), /Đã tải về tệp bao-cao-thanh-tich_nguyen-thi-hoa_/);
  assert.ok(fetched.some((u) => /report-worker_bg\.wasm$/.test(u)), 'the worker loaded its wasm on the click');
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip archive');

  // A second report reuses the worker.
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
  assert.equal(again.suggestedFilename(), download.suggestedFilename());
  assert.equal(fetched.filter((u) => /report-worker_loader\.js$/.test(u)).length, 1);
  assert.deepEqual(errors, []);
  await context.close();

  const text = docxText(bytes);
  if (text === null) return;
  const at = (want) => {
    const i = text.indexOf(want);
    assert.ok(i >= 0, `LibreOffice's text lacks ${want}`);
    return i;
  };
  const [i, ii, iii] = ['I. SƠ LƯỢC LÝ LỊCH', 'II. THÀNH TÍCH ĐẠT ĐƯỢC', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'].map(at);
  assert.ok(i < ii && ii < iii, 'the sections in order');
  at('ĐỀ NGHỊ TẶNG Bằng khen của Bộ trưởng Bộ Nông nghiệp và Môi trường');
  for (const fact of ['Nguyễn Thị Hoa', '12/04/1985', 'Ninh Hòa, Khánh Hòa']) {
    const where = at(fact);
    assert.ok(i < where && where < ii, `${fact} is in section I`);
  }
  for (const fact of ['Năm 2023: Hoàn thành xuất sắc nhiệm vụ', 'Số hóa hồ sơ cấp phép khai thác nước mặt']) {
    const where = at(fact);
    assert.ok(ii < where && where < iii, `${fact} is in section II`);
  }
  for (const fact of ['15/QĐ-TNN', '9/QĐ-TNN', '210/QĐ-BTNMT', 'Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến',
    'Bằng khen của bộ, ngành, tỉnh']) {
    assert.ok(text.indexOf(fact, iii) > iii, `${fact} is in section III`);
  }
});

test('a report worker that does not load is said in plain words, and the next press loads it', async () => {
  const d = fixture('individual.json');
  // No service worker: it would serve the worker's files from its cache, past the route below.
  const { page, context, errors } = await open([d], `/ho-so/${d.id}`, { serviceWorkers: 'block' });
  await page.getByTestId('report-link').waitFor();
  await page.route('**/report-worker_loader.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.getByTestId('report-link').click();
  const error = page.getByTestId('report-error');
  await error.waitFor();
  assert.match(await error.innerText(), /Không tải được phần lập báo cáo/);
  assert.equal(await page.getByTestId('report-document').count(), 0);
  assert.equal(await page.getByTestId('report-preparing').count(), 0, 'no "writing" notice that would never end');
  // Typing while it cannot load changes nothing and loads nothing.
  await typeInto(page, 'report-proposal', 'Bằng khen');
  assert.equal(await error.count(), 1);
  assert.equal(await page.getByTestId('report-docx').isEnabled(), true);
  await page.unroute('**/report-worker_loader.js');
  // The keyboard alone: the button takes the focus and Enter presses it.
  await page.getByTestId('report-docx').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /^bao-cao-thanh-tich_nguyen-thi-hoa_\d{4}-\d{2}-\d{2}\.docx$/);
  assert.equal(await error.count(), 0);
  // The preview came with the new worker, with what was typed meanwhile.
  await page.getByTestId('report-document').waitFor();
  assert.match(await page.locator('.report-doc__title').innerText(), /ĐỀ NGHỊ TẶNG Bằng khen$/);
  assert.deepEqual(errors.filter((e) => !/404|report-worker_loader/.test(e)), []);
  await context.close();
});

test('at 390 px the report is readable: nothing wider than the screen, the columns stacked, type of a readable size', async () => {
  const d = fixture('collective.json');
  const { page, context, errors } = await open([d], `/ho-so/${d.id}/bao-cao`, { viewport: { width: 390, height: 844 } });
  await page.getByTestId('report-document').waitFor();
  const layout = await page.evaluate(() => {
    const box = (s) => document.querySelector(s).getBoundingClientRect();
    const wide = [...document.querySelectorAll('.report-doc *')].filter((e) => e.getBoundingClientRect().right > 390.5);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.map((e) => e.className || e.tagName),
      font: parseFloat(getComputedStyle(document.querySelector('.report-doc__section p')).fontSize),
      issuerBottom: box('.report-doc__issuer').bottom,
      nationTop: box('.report-doc__nation').top,
    };
  });
  assert.ok(layout.scrollWidth <= 390, `the page scrolls sideways: ${layout.scrollWidth}px`);
  assert.deepEqual(layout.wide, []);
  assert.ok(layout.font >= 15, `body text of ${layout.font}px`);
  assert.ok(layout.nationTop >= layout.issuerBottom, 'the motto is under the issuing body');
  await page.getByTestId('report-docx').scrollIntoViewIfNeeded();
  assert.ok(await page.getByTestId('report-docx').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('on paper only the report is printed, in Times New Roman, without the marks of the blanks', async () => {
  const d = fixture('individual.json');
  const { page, context, errors } = await open([d], `/ho-so/${d.id}/in`);
  await page.getByTestId('report-link').click();
  await page.getByTestId('report-document').waitFor();
  await page.emulateMedia({ media: 'print' });
  const look = await page.evaluate(() => {
    const style = (s) => getComputedStyle(document.querySelector(s));
    return {
      controls: style('.report-controls').display,
      siteHeader: style('.site-header').display,
      font: style('.report-doc').fontFamily,
      size: style('.report-doc__section p').fontSize,
      blank: style('.report-doc__blank').backgroundColor,
      shadow: style('.report-doc').boxShadow,
    };
  });
  assert.equal(look.controls, 'none');
  assert.equal(look.siteHeader, 'none');
  assert.match(look.font, /^"Times New Roman"/);
  assert.ok(Math.abs(parseFloat(look.size) - (14 * 4) / 3) < 0.01, `14 pt body text, not ${look.size}`);
  assert.equal(look.blank, 'rgba(0, 0, 0, 0)');
  assert.equal(look.shadow, 'none');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  assert.ok(pdf.length > 10_000, 'Chromium prints it');
  assert.deepEqual(errors, []);
  await context.close();
});
