// The unit page (/don-vi): one unit's dossiers ranked by rank_key within each subject kind, the
// selection of nominees checked against the document's yearly number, a unit head beside the unit's
// collective dossier, the printable nomination list and the unit's export, and the clerk's picks
// kept across "Back" and a reload. Seen on 30/06/2025 (?ngay=), when 2024 has ended, so verdicts
// are fixed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHarness, openApp, overflowing } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'target/debug/dien-hinh');

let harness;
before(async () => {
  // The receiver's check: build the command if it is not built (a no-op when it is).
  execFileSync('cargo', ['build', '--quiet', '-p', 'dien-hinh'], { cwd: ROOT, stdio: 'inherit' });
  harness = await startHarness();
});
after(async () => { await harness?.close(); });

const UNIT = 'Phòng Tài nguyên nước';
const OTHER_UNIT = 'Chi cục Biển và Hải đảo';
const met = { met: true, evidence: 'Nhận xét của thủ trưởng' };
const year = (y, rating, titles) => ({ year: y, rating, titles, plan_completion_pct: null, evidence: '' });

/** An individual of UNIT under the 2023 plan, for the year 2024. */
function person(id, name, position, fields = {}) {
  return dossier({ id, period: { from: 2024, to: 2024 }, years: [], subject: { name, unit: UNIT, position }, ...fields });
}

const DECLARED_2023 = ['dt-1', 'chung-1', 'chung-2', 'chung-3', 'cn-1', 'cn-3', 'cn-6'];

// Verdicts on 30/06/2025: An is eligible; Bình and Cường have declared nothing (incomplete), Bình
// with a higher title; Dung holds the highest title but was rated "tốt" in 2024 (not eligible).
const AN = person('d-an', 'Trần Văn An', 'Chuyên viên', {
  years: [year(2024, 'xuat_sac', ['cstd_co_so'])],
  initiatives: [{ title: 'Số hóa hồ sơ', kind: 'sang_kien', year: 2024, scope: 'co_so', evidence: '' }],
  declarations: Object.fromEntries(DECLARED_2023.map((c) => [`btnmt-dhtt-2023-2025/${c}`, met])),
});
const BINH = person('d-binh', 'Lê Thị Bình', 'Phó trưởng phòng', {
  years: [year(2024, 'xuat_sac', ['cstd_bo', 'bang_khen_bo'])],
});
const CUONG = person('d-cuong', 'Phạm Văn Cường', '');
const DUNG = person('d-dung', 'Đỗ Thị Dung', 'Chuyên viên chính', { years: [year(2024, 'tot', ['cstd_toan_quoc'])] });
const ELSEWHERE = dossier({ id: 'd-em', period: { from: 2024, to: 2024 }, years: [], subject: { name: 'Ngô Văn Em', unit: OTHER_UNIT } });
const OLD_PLAN = dossier({ id: 'd-cu', ruleset: 'btnmt-thidua-2021', period: { from: 2021, to: 2021 }, years: [], subject: { name: 'Hồ sơ năm 2021', unit: UNIT } });
const SEED = [DUNG, CUONG, ELSEWHERE, BINH, OLD_PLAN, AN];

/** Seeds `dossiers` and opens the unit page at `query` (appended to /don-vi?ngay=2025-06-30). */
async function openUnits(dossiers, query = '') {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl);
  await seed(opened.page, dossiers);
  await openApp(opened.page, harness.baseUrl, `/don-vi?ngay=2025-06-30${query}`);
  await opened.page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  return opened;
}

const selectedUnit = (page) => page.getByTestId('unit-select').evaluate((s) => s.selectedOptions[0]?.textContent);
const rankedNames = (page) => page.getByTestId('candidate').locator('th a').allInnerTexts();
const select = (page, name) => page.getByRole('checkbox', { name: `Chọn “${name}” vào danh sách đề nghị` });
const warnings = (page) => page.getByTestId('selection-warning').evaluateAll(
  (items) => items.map((li) => `${li.dataset.kind}: ${li.innerText.replace(/^⚠\s*/, '')}`),
);

test('a unit\'s dossiers of one standard are ranked by verdict, then by the highest title', async () => {
  const { page, errors, context } = await openUnits(SEED, `&don-vi=${encodeURIComponent(UNIT)}`);
  assert.deepEqual(await page.getByTestId('unit-select').locator('option').allInnerTexts(), [OTHER_UNIT, UNIT]);
  assert.equal(await selectedUnit(page), UNIT);
  assert.equal(await page.getByTestId('ruleset-select').inputValue(), 'btnmt-dhtt-2023-2025');
  assert.equal(await page.getByTestId('period-select').inputValue(), '2024');
  assert.deepEqual(await rankedNames(page), ['Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Đỗ Thị Dung']);
  const verdicts = await page.getByTestId('candidate').getByTestId('verdict').evaluateAll((b) => b.map((x) => x.dataset.verdict));
  assert.deepEqual(verdicts, ['eligible', 'incomplete', 'incomplete', 'not_eligible']);

  const binh = page.locator('[data-testid=candidate][data-dossier=d-binh]');
  assert.equal(await binh.getAttribute('data-rank'), '2');
  assert.equal(await binh.getAttribute('data-rank-key'), '1,3,1,2,0,0');
  const reasons = await binh.getByTestId('rank-reasons').innerText();
  assert.match(reasons, /Danh hiệu thi đua cao nhất trong giai đoạn: Chiến sĩ thi đua cấp bộ, ngành, tỉnh \(theo văn bản\)/);
  assert.match(reasons, /Hình thức khen thưởng cao nhất: Bằng khen của bộ, ngành, tỉnh \(cách xếp của ứng dụng\)/);
  const note = await page.getByTestId('ranking-note').innerText();
  assert.match(note, /ưu tiên những cá nhân được công nhận danh hiệu cao hơn/);
  assert.match(note, /Các yếu tố 1 và 3–6 là cách xếp thứ tự của ứng dụng này/);
  assert.doesNotMatch(await page.getByTestId('ranking').innerText(), /\[\d+(, \d+)+\]/, 'no raw rank key');
  assert.deepEqual(errors, []);
  await context.close();
});

test('another unit and another standard are chosen through the labelled selects', async () => {
  const { page, context } = await openUnits(SEED);
  assert.equal(await selectedUnit(page), OTHER_UNIT);
  assert.deepEqual(await rankedNames(page), ['Ngô Văn Em']);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: UNIT });
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  assert.equal((await rankedNames(page)).length, 4);
  assert.equal(new URL(page.url()).searchParams.get('don-vi'), null, 'no unit name in the address');
  await page.getByLabel('Bộ tiêu chuẩn').selectOption('btnmt-thidua-2021');
  await page.waitForURL(/tieu-chuan=btnmt-thidua-2021/);
  assert.deepEqual(await rankedNames(page), ['Hồ sơ năm 2021']);
  assert.equal(await page.getByTestId('period-select').inputValue(), '2021');
  await page.getByLabel('Bộ tiêu chuẩn').selectOption('stnmt-khanhhoa-2023-2025');
  assert.equal(await page.getByTestId('no-candidates').count(), 1);
  await context.close();
});

test('the selection is checked against 01–02 a year with warnings, not refusals', async () => {
  const { page, context } = await openUnits(SEED, `&don-vi=${encodeURIComponent(UNIT)}`);
  assert.match(await page.getByTestId('quota-quote').innerText(), /Hàng năm, xây dựng từ 01-02 điển hình tiên tiến/);
  assert.deepEqual(await warnings(page), ['below-quota: Kế hoạch nêu 01–02 điển hình mỗi năm; bạn chưa chọn điển hình nào.']);
  await select(page, 'Trần Văn An').check();
  assert.deepEqual(await warnings(page), []);
  assert.equal(await page.getByTestId('selection-ok').count(), 1);
  await select(page, 'Lê Thị Bình').check();
  await select(page, 'Phạm Văn Cường').check();
  assert.deepEqual(await warnings(page), ['above-quota: Kế hoạch nêu 01–02 điển hình mỗi năm; bạn đang chọn 3.']);
  assert.equal(await page.getByTestId('nominee').count(), 3, 'the list still takes all three');
  await select(page, 'Phạm Văn Cường').uncheck();
  await select(page, 'Đỗ Thị Dung').check();
  assert.deepEqual(await warnings(page), [
    'above-quota: Kế hoạch nêu 01–02 điển hình mỗi năm; bạn đang chọn 3.',
    'not-eligible: “Đỗ Thị Dung” có kết quả tự đánh giá “Chưa đạt”: hãy xem lại trước khi đề nghị.',
  ]);
  assert.equal(await page.getByTestId('selected-count').innerText(), 'Đã chọn 3 hồ sơ.');
  await context.close();
});

test('under Khánh Hòa\'s "at least 01" none selected is a warning and five are fine', async () => {
  const kh = (id, name) => dossier({ id, ruleset: 'stnmt-khanhhoa-2023-2025', period: { from: 2024, to: 2024 }, years: [], subject: { name, unit: UNIT } });
  const list = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm'].map((n, i) => kh(`d-kh-${i}`, `Ứng viên ${n}`));
  const { page, context } = await openUnits(list, `&don-vi=${encodeURIComponent(UNIT)}`);
  assert.equal(await page.getByTestId('ruleset-select').inputValue(), 'stnmt-khanhhoa-2023-2025');
  assert.match(await page.getByTestId('quota-quote').innerText(), /ít nhất 01\s+điển hình tiêu biểu/);
  assert.match(await page.getByTestId('quota').innerText(), /trích ngang thành tích/);
  assert.deepEqual(await warnings(page), ['below-quota: Kế hoạch nêu ít nhất 01 điển hình mỗi năm; bạn chưa chọn điển hình nào.']);
  for (const c of await page.getByTestId('select-candidate').all()) await c.check();
  assert.deepEqual(await warnings(page), []);
  assert.equal(await page.getByTestId('nominee').count(), 5);
  await context.close();
});

test('a unit head is shown beside the unit\'s collective dossier and its verdict', async () => {
  const plan = { ruleset: 'btnmt-dhtt-2021-2025', period: { from: 2023, to: 2024 } };
  const collective = dossier({
    id: 'd-phong', ...plan, years: [year(2023, 'xuat_sac', []), year(2024, 'xuat_sac', [])],
    subject: { kind: 'tap_the', name: UNIT, unit: UNIT, position: '' },
  });
  const head = dossier({
    id: 'd-hung', ...plan, years: [],
    subject: { name: 'Vũ Văn Hùng', unit: UNIT, position: 'Trưởng phòng', unit_head: true, unit_dossier: 'd-phong' },
  });
  const unlinked = dossier({
    id: 'd-lan', ...plan, years: [], subject: { name: 'Mai Thị Lan', unit: UNIT, position: 'Phó trưởng phòng', unit_head: true },
  });
  const { page, context } = await openUnits([collective, head, unlinked]);
  const hung = page.locator('[data-testid=candidate][data-dossier=d-hung] [data-testid=unit-dossier]');
  assert.match(await hung.innerText(), new RegExp(`Hồ sơ tập thể của đơn vị: ${UNIT}`));
  assert.equal(await hung.getByTestId('verdict').getAttribute('data-verdict'), 'not_eligible');
  assert.equal(await hung.getByRole('link', { name: UNIT }).getAttribute('href'), '/ho-so/d-phong');
  const lan = page.locator('[data-testid=candidate][data-dossier=d-lan] [data-testid=unit-dossier]');
  assert.match(await lan.innerText(), /chưa liên kết/);
  assert.equal(await page.locator('[data-testid=candidate][data-dossier=d-phong] [data-testid=unit-dossier]').count(), 0);
  await context.close();
});

test('the nomination list names the unit, year, document and day, with a trích ngang per nominee', async () => {
  const { page, context } = await openUnits(SEED, `&don-vi=${encodeURIComponent(UNIT)}`);
  assert.equal(await page.getByTestId('nomination-empty').count(), 1);
  assert.equal(await page.getByTestId('print').isDisabled(), true);
  await select(page, 'Lê Thị Bình').check();
  await select(page, 'Trần Văn An').check();
  const list = page.getByTestId('nomination-document');
  assert.equal(await list.getByTestId('nomination-unit').innerText(), UNIT.toUpperCase());
  assert.match(await list.innerText(), /DANH SÁCH ĐỀ NGHỊ CÔNG NHẬN ĐIỂN HÌNH TIÊN TIẾN/);
  assert.equal(await list.getByTestId('nomination-period').innerText(), '2024');
  assert.match(await list.getByTestId('nomination-ruleset').innerText(), /^Kế hoạch của Bộ TN&MT \(2023\) — Kế hoạch tuyên truyền/);
  assert.equal(await list.getByTestId('nomination-as-of').innerText(), '30/06/2025');
  assert.deepEqual(await list.getByTestId('nominee-summary').allInnerTexts(), [
    'Trần Văn An, Chuyên viên: CSTĐ cơ sở 2024; Hoàn thành xuất sắc nhiệm vụ 2024; sáng kiến: Sáng kiến “Số hóa hồ sơ” (2024, Cấp cơ sở).',
    'Lê Thị Bình, Phó trưởng phòng: CSTĐ cấp bộ, ngành, tỉnh 2024; Bằng khen của bộ, ngành, tỉnh 2024; Hoàn thành xuất sắc nhiệm vụ 2024.',
  ]);
  const verdicts = await list.getByTestId('nominee').getByTestId('verdict').allInnerTexts();
  assert.deepEqual(verdicts.map((v) => v.trim()), ['✓ Đạt', '? Thiếu thông tin']);
  const text = await list.innerText();
  assert.match(text, /Người lập biểu/);
  assert.match(text, /Thủ trưởng đơn vị/);
  assert.equal(text.match(/\(Ký, ghi rõ họ tên\)/g)?.length, 2);
  await context.close();
});

test('the nominees, and only they, are exported as one file the receiver can check', async () => {
  const { page, context } = await openUnits(SEED, `&don-vi=${encodeURIComponent(UNIT)}`);
  await select(page, 'Trần Văn An').check();
  await select(page, 'Lê Thị Bình').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-nominees').click()]);
  assert.match(download.suggestedFilename(), /^dien-hinh_2-ho-so_\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(mkdtempSync(join(tmpdir(), 'dien-hinh-unit-')), download.suggestedFilename());
  await download.saveAs(path);
  const body = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(body.format, 'dien-hinh.export');
  assert.deepEqual(body.dossiers.map((d) => d.id).sort(), ['d-an', 'd-binh']);
  assert.deepEqual(body.assessments.map((a) => a.dossier_id).sort(), ['d-an', 'd-binh']);
  assert.equal(body.as_of, '2025-06-30');
  // The receiver re-runs every assessment at the file's as_of: exit 0 means none differs.
  execFileSync(CLI, ['verify', path], { stdio: 'pipe' });
  assert.match(await page.getByTestId('package-hint').innerText(), /dien-hinh verify/);
  await context.close();
});

test('"In danh sách" prints the list alone on A4', async () => {
  const { page, context } = await openUnits(SEED, `&don-vi=${encodeURIComponent(UNIT)}`);
  await select(page, 'Trần Văn An').check();
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'In danh sách' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['main-nav', 'ranking', 'unit-controls', 'selection-status', 'print']) {
    assert.equal(await page.getByTestId(hidden).isVisible(), false, `${hidden} is hidden on paper`);
  }
  assert.equal(await page.getByTestId('nomination-document').isVisible(), true);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 1, 'one nominee fits on one page');
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  assert.ok(box && Math.abs(Number(box[1]) - 595) < 2 && Math.abs(Number(box[2]) - 842) < 2, `A4 page: ${box?.[0]}`);
  await context.close();
});

test('dossiers with no unit are ranked under "Chưa ghi đơn vị"; with no dossier the page says how to start', async () => {
  const { page, context } = await openUnits([dossier({ id: 'd-none', subject: { unit: '  ' } }), AN]);
  assert.deepEqual(await page.getByTestId('unit-select').locator('option').allInnerTexts(), [UNIT, 'Chưa ghi đơn vị']);
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Chưa ghi đơn vị' });
  await page.locator('[data-testid=candidate][data-dossier=d-none]').waitFor();
  assert.deepEqual(await rankedNames(page), ['Nguyễn Thị Hoa']);
  await context.close();

  const empty = await openUnits([]);
  assert.match(await empty.page.getByTestId('no-units').innerText(), /Chưa có hồ sơ nào trong trình duyệt này/);
  await empty.context.close();
});

test('one unit however its name is typed, shown in its most common spelling', async () => {
  const spelled = (id, unit) => person(id, `Người ${id}`, '', { subject: { name: `Người ${id}`, unit } });
  const decomposed = 'Cu\u0323c Qua\u0309n ly\u0301 ta\u0300i nguye\u0302n nu\u031bo\u031b\u0301c';
  const list = [
    spelled('d-1', 'Cục Quản lý tài nguyên nước'),
    spelled('d-2', 'Cục quản lý  tài nguyên nước'),
    spelled('d-3', decomposed),
    spelled('d-4', 'Cục Quản lý tài nguyên nước '),
    spelled('d-5', 'Cục Quan ly tai nguyen nuoc'),
  ];
  const { page, context } = await openUnits(list);
  assert.deepEqual(await page.getByTestId('unit-select').locator('option').allInnerTexts(), [
    'Cục Quan ly tai nguyen nuoc', 'Cục Quản lý tài nguyên nước',
  ], 'marks are never stripped: the unmarked name stays a unit of its own');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Cục Quản lý tài nguyên nước' });
  await page.locator('[data-testid=candidate][data-dossier=d-3]').waitFor();
  assert.equal(await page.getByTestId('candidate').count(), 4);
  await select(page, 'Người d-1').check();
  assert.equal(await page.getByTestId('nomination-unit').innerText(), 'CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC');
  await context.close();
});

test('collectives and individuals are ranked in lists of their own, each from 1', async () => {
  const team = dossier({
    id: 'd-phong', period: { from: 2024, to: 2024 }, years: [year(2024, 'xuat_sac', ['tt_lao_dong_xuat_sac'])],
    subject: { kind: 'tap_the', name: UNIT, unit: UNIT, position: '' },
  });
  const { page, context } = await openUnits([...SEED, team], `&don-vi=${encodeURIComponent(UNIT)}`);
  const lists = page.getByTestId('kind-ranking');
  assert.deepEqual(await lists.evaluateAll((s) => s.map((x) => x.dataset.kind)), ['tap_the', 'ca_nhan']);
  assert.deepEqual(await lists.locator('h3').allInnerTexts(), ['Tập thể (1 hồ sơ)', 'Cá nhân (4 hồ sơ)']);
  const ranks = (kind) => page.locator(`[data-testid=kind-ranking][data-kind=${kind}] [data-testid=candidate]`)
    .evaluateAll((rows) => rows.map((r) => `${r.dataset.rank} ${r.dataset.dossier}`));
  assert.deepEqual(await ranks('tap_the'), ['1 d-phong']);
  assert.deepEqual(await ranks('ca_nhan'), ['1 d-an', '2 d-binh', '3 d-cuong', '4 d-dung']);
  assert.match(await page.getByTestId('ranked-apart').innerText(), /xếp hạng riêng/);
  await context.close();
});

test('Khánh Hòa\'s "(tập thể hoặc cá nhân)" does not count households, and a yearly number over 2023–2025 says so', async () => {
  const kh = (id, kind, name) => dossier({
    id, ruleset: 'stnmt-khanhhoa-2023-2025', years: [], subject: { kind, name, unit: UNIT, position: '' },
  });
  const list = [kh('d-ho', 'ho_gia_dinh', 'Hộ ông Lê Văn Ba'), kh('d-cn', 'ca_nhan', 'Trần Thị Tư')];
  const { page, context } = await openUnits(list);
  assert.deepEqual(await page.getByTestId('kind-ranking').evaluateAll((s) => s.map((x) => x.dataset.kind)), ['ca_nhan', 'ho_gia_dinh']);
  assert.equal(await page.getByTestId('per-year').innerText(),
    'Số lượng văn bản nêu là cho mỗi năm. Giai đoạn 2023–2025 gồm 3 năm; danh sách này là cho cả giai đoạn.');
  await select(page, 'Hộ ông Lê Văn Ba').check();
  assert.deepEqual(await warnings(page), [
    'below-quota: Kế hoạch nêu ít nhất 01 điển hình mỗi năm; bạn chưa chọn điển hình nào.',
    'not-counted: 1 hồ sơ Hộ gia đình đã chọn không tính vào số lượng này: văn bản chỉ tính tập thể hoặc cá nhân.',
  ]);
  await select(page, 'Trần Thị Tư').check();
  assert.deepEqual((await warnings(page)).map((w) => w.split(':')[0]), ['not-counted']);
  await context.close();
});

/** Presses Tab until `target` has the focus (at most 40 times). */
async function tabTo(page, target) {
  for (let i = 0; i < 40; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('Tab never reached the element');
}

test('with the keyboard alone a clerk picks a unit and nominees, which survive Back and a reload', async () => {
  const { page, context, errors } = await openUnits(SEED);
  const unitSelect = page.getByTestId('unit-select');
  assert.equal(await selectedUnit(page), OTHER_UNIT);
  await unitSelect.focus();
  // A closed select follows the keys typed: "Ph…" is the unit's name.
  await page.keyboard.type('Ph');
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  assert.equal(await selectedUnit(page), UNIT);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'unit-select', 'focus stays on the select');
  assert.equal(new URL(page.url()).searchParams.get('don-vi'), null);
  // Tab to the first candidate's box and tick it with Space, then the second's.
  const box = (name) => select(page, name);
  await tabTo(page, box('Trần Văn An'));
  await page.keyboard.press('Space');
  await tabTo(page, box('Lê Thị Bình'));
  await page.keyboard.press('Space');
  assert.equal(await page.getByTestId('selected-count').innerText(), 'Đã chọn 2 hồ sơ.');

  // Open a candidate with Enter on its link, then come back.
  await page.getByRole('link', { name: 'Đỗ Thị Dung' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/ho-so\/d-dung/);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Đơn vị' }).waitFor();
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  assert.equal(await selectedUnit(page), UNIT, 'the unit is remembered');
  assert.equal(await box('Trần Văn An').isChecked(), true);
  assert.equal(await box('Lê Thị Bình').isChecked(), true);
  assert.equal(await page.getByTestId('nominee').count(), 2);

  // Another unit has its own picks; coming back to this one finds these again, after a reload too.
  await unitSelect.selectOption({ label: OTHER_UNIT });
  await page.locator('[data-testid=candidate][data-dossier=d-em]').waitFor();
  assert.equal(await page.getByTestId('selected-count').innerText(), 'Đã chọn 0 hồ sơ.');
  await unitSelect.selectOption({ label: UNIT });
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  await page.reload();
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  assert.equal(await selectedUnit(page), UNIT);
  assert.equal(await page.getByTestId('ruleset-select').inputValue(), 'btnmt-dhtt-2023-2025');
  assert.equal(await page.getByTestId('period-select').inputValue(), '2024');
  assert.deepEqual(await page.getByTestId('nominee-summary').evaluateAll((c) => c.map((x) => x.innerText.split(',')[0])),
    ['Trần Văn An', 'Lê Thị Bình']);
  const stored = await page.evaluate(() => localStorage.getItem('dien-hinh:unit-page'));
  assert.ok(stored.includes('d-an') && stored.includes('d-binh'), stored);
  assert.deepEqual(errors, []);
  await context.close();
});

test('choosing a unit picks a standard and a period that unit has', async () => {
  const { page, context } = await openUnits(SEED, '&tieu-chuan=btnmt-thidua-2021');
  assert.equal(await selectedUnit(page), OTHER_UNIT);
  assert.equal(await page.getByTestId('no-candidates').count(), 1, 'the address asked for a standard this unit lacks');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: UNIT });
  await page.locator('[data-testid=candidate][data-dossier=d-cu]').waitFor();
  assert.equal(await page.getByTestId('ruleset-select').inputValue(), 'btnmt-thidua-2021', 'this unit has that standard');
  await page.getByLabel('Đơn vị', { exact: true }).selectOption({ label: OTHER_UNIT });
  await page.locator('[data-testid=candidate][data-dossier=d-em]').waitFor();
  assert.equal(await page.getByTestId('ruleset-select').inputValue(), 'btnmt-dhtt-2023-2025', 'the one the unit has');
  assert.equal(await page.getByTestId('period-select').inputValue(), '2024');
  await context.close();
});

test('at 390 px the ranking is a column of cards: no sideways scroll, each verdict in view', async () => {
  const opened = await harness.newPage({ viewport: { width: 390, height: 844 } });
  const { page, context } = opened;
  await openApp(page, harness.baseUrl);
  await seed(page, SEED);
  await openApp(page, harness.baseUrl, `/don-vi?ngay=2025-06-30&don-vi=${encodeURIComponent(UNIT)}`);
  await page.locator('[data-testid=candidate][data-dossier=d-an]').waitFor();
  await select(page, 'Trần Văn An').check();
  const { width, scroll, out } = await overflowing(page);
  assert.deepEqual(out, [], `nothing reaches past ${width} px`);
  assert.ok(scroll <= width, `page ${scroll} px wide in a ${width} px viewport`);
  for (const verdict of await page.locator('[data-testid=candidate] [data-testid=verdict]').all()) {
    const box = await verdict.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= width, 'verdict inside the screen');
  }
  const card = await page.locator('[data-testid=candidate][data-dossier=d-binh]').boundingBox();
  assert.ok(card.height < 520, `one candidate is one card, not a column of single words (${card.height} px)`);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/unit-390.png`, fullPage: true });
  await context.close();
});
