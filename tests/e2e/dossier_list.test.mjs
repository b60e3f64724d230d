// The dossier list (/ho-so) and the new-dossier wizard (/ho-so/moi): creating, listing, filtering,
// sorting, duplicating, deleting with undo, and that every change survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp, overflowing } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** A full dossier as FORMAT.md stores it; `fields` override the defaults. */
function dossier(id, fields) {
  const { name, kind = 'ca_nhan', ruleset = 'btnmt-dhtt-2023-2025', from = 2023, to = 2025, unit = '' } = fields;
  const updated = fields.updated ?? '2025-01-01T00:00:00Z';
  return {
    format: 'dien-hinh.dossier',
    format_version: 1,
    id,
    created_at: updated,
    updated_at: updated,
    ruleset,
    period: { from, to },
    subject: { kind, name, unit, position: '', unit_head: false, unit_dossier: null, sector: null },
    years: fields.years ?? [],
    initiatives: null,
    declarations: fields.declarations ?? {},
    notes: '',
  };
}

const met = { met: true, evidence: 'Biên bản họp' };

// Verdicts that do not depend on the day the test runs (checked with `dien-hinh assess`):
// a 2021 rating other than xuất sắc fails cn-1 for good; a Khánh Hòa household with every
// declaration met is eligible; dossiers with nothing declared are incomplete.
const SEED = [
  dossier('s-binh', {
    name: 'Trần Văn Bình', ruleset: 'btnmt-thidua-2021', from: 2021, to: 2021, unit: 'Cục Quản lý đất đai',
    years: [{ year: 2021, rating: 'tot', titles: [], plan_completion_pct: null, evidence: '' }],
    updated: '2025-03-01T00:00:00Z',
  }),
  dossier('s-cuong', {
    name: 'Hộ ông Lê Văn Cường', kind: 'ho_gia_dinh', ruleset: 'stnmt-khanhhoa-2023-2025',
    declarations: Object.fromEntries(
      ['chung-1', 'chung-3', 'chung-4', 'chung-5', 'chung-6'].map((c) => [`stnmt-khanhhoa-2023-2025/${c}`, met]),
    ),
    updated: '2025-02-01T00:00:00Z',
  }),
  dossier('s-dodac', {
    name: 'Phòng Đo đạc', kind: 'tap_the', unit: 'Sở Tài nguyên và Môi trường', updated: '2025-05-01T00:00:00Z',
  }),
  dossier('s-ha', { name: 'Đặng Thị Hà', from: 2024, to: 2024, unit: 'Cục Quản lý đất đai', updated: '2025-04-01T00:00:00Z' }),
  dossier('s-khoa', { name: 'Dương Minh Khoa', ruleset: 'btnmt-dhtt-2021-2025', updated: '2025-01-15T00:00:00Z' }),
];

/** Writes `dossiers` into local storage as the app stores them, then opens the list. */
async function seed(page, dossiers) {
  await openApp(page, harness.baseUrl, '/');
  await page.evaluate((list) => {
    for (const d of list) {
      localStorage.setItem(`dien-hinh:dossier:${d.id}`, JSON.stringify({ revision: 1, dossier: d }));
    }
    localStorage.setItem(
      'dien-hinh:index',
      JSON.stringify({ format: 'dien-hinh.store-index', format_version: 1, ids: list.map((d) => d.id) }),
    );
  }, dossiers);
  await openList(page);
}

async function openList(page) {
  await openApp(page, harness.baseUrl, '/ho-so');
  await page.getByRole('heading', { level: 1, name: 'Hồ sơ' }).waitFor();
}

const rows = (page) => page.getByTestId('dossier-row');
const names = (page) => page.getByTestId('dossier-name').allInnerTexts();
const row = (page, name) => rows(page).filter({ has: page.getByTestId('dossier-name').getByText(name, { exact: true }) });

/** Goes through the wizard; returns the new dossier's id, read from the editor's address. */
async function createThroughWizard(page, { kind, ruleset, name }) {
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId(`kind-${kind}`).check();
  await page.getByTestId(`ruleset-${ruleset}`).check();
  await page.getByLabel(/Họ và tên|Tên tập thể|Tên hộ gia đình/).fill(name);
  await page.getByTestId('create').click();
  await page.waitForURL(/\/ho-so\/d-[0-9a-z]{12}$/);
  return new URL(page.url()).pathname.split('/').pop();
}

async function stored(page, id) {
  const text = await page.evaluate((key) => localStorage.getItem(key), `dien-hinh:dossier:${id}`);
  return text && JSON.parse(text).dossier;
}

test('with no dossiers the list explains what a dossier is and leads to the wizard', async () => {
  const { page, errors, context } = await harness.newPage();
  await openList(page);
  const empty = page.getByTestId('empty-state');
  assert.match(await empty.innerText(), /Chưa có hồ sơ nào[\s\S]*tự khai/);
  assert.equal(await rows(page).count(), 0);
  await page.getByTestId('new-dossier').click();
  await page.waitForURL(harness.baseUrl + '/ho-so/moi');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tạo hồ sơ mới');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an individual made in the wizard opens in the editor, stored with no year declared yet', async () => {
  const { page, errors, context } = await harness.newPage();
  const id = await createThroughWizard(page, { kind: 'ca_nhan', ruleset: 'btnmt-dhtt-2023-2025', name: '  Nguyễn Thị Hoa ' });
  const d = await stored(page, id);
  assert.equal(d.subject.name, 'Nguyễn Thị Hoa');
  assert.equal(d.subject.kind, 'ca_nhan');
  assert.equal(d.ruleset, 'btnmt-dhtt-2023-2025');
  // No year entries: an empty titles list would declare "no titles" and read as not met.
  assert.deepEqual(d.years, []);
  assert.equal(d.initiatives, null);
  assert.equal(await page.getByTestId('verdict').first().getAttribute('data-verdict'), 'incomplete');
  assert.equal(d.created_at, d.updated_at);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the wizard refuses an empty name with a Vietnamese message and stays put', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId('name').fill('   ');
  await page.getByTestId('create').click();
  assert.match(await page.getByTestId('name-error').innerText(), /Hãy nhập tên/);
  assert.equal(await page.getByTestId('name').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dossier-name');
  assert.equal(new URL(page.url()).pathname, '/ho-so/moi');
  assert.equal(await page.evaluate(() => localStorage.getItem('dien-hinh:index')), null);
  await context.close();
});

test('the wizard offers only the standards and questions that fit the subject', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  const offered = () =>
    page.locator('input[name="ruleset"]').evaluateAll((inputs) => inputs.map((i) => i.id.replace(/^ruleset-/, '')));
  assert.deepEqual(await offered(), [
    'btnmt-dhtt-2023-2025', 'stnmt-khanhhoa-2023-2025', 'btnmt-dhtt-2021-2025', 'btnmt-thidua-2021',
  ]);
  assert.equal(await page.locator('input[name="period"]:checked').count(), 1, 'a period is preselected');
  // No unit-head rule in the 2023 plan; the 2021 plan has one.
  assert.equal(await page.getByTestId('unit-head').count(), 0);
  await page.getByTestId('ruleset-btnmt-dhtt-2021-2025').check();
  assert.equal(await page.getByTestId('unit-head').count(), 1);
  assert.deepEqual(
    await page.locator('input[name="period"]').evaluateAll((inputs) => inputs.map((i) => i.id)),
    ['period-2021-2022', 'period-2021-2023', 'period-2023-2024', 'period-2023-2025', 'period-custom'],
  );
  await page.getByTestId('kind-tap_the').check();
  assert.equal(await page.getByTestId('unit-head').count(), 0, 'only individuals head a unit');
  await page.getByTestId('kind-ho_gia_dinh').check();
  assert.deepEqual(await offered(), ['stnmt-khanhhoa-2023-2025']);
  assert.equal(await page.getByTestId('ruleset-stnmt-khanhhoa-2023-2025').isChecked(), true);
  await context.close();
});

test('a custom period outside the standard span is refused', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId('period-custom').check();
  await page.getByTestId('period-from').fill('2019');
  await page.getByTestId('period-to').fill('2024');
  await page.getByTestId('name').fill('Nguyễn Văn An');
  await page.getByTestId('create').click();
  assert.match(await page.getByTestId('period-error').innerText(), /2020–2025/);
  assert.equal(new URL(page.url()).pathname, '/ho-so/moi');
  await page.getByTestId('period-from').fill('2020');
  await page.getByTestId('create').click();
  await page.waitForURL(/\/ho-so\/d-/);
  const d = await stored(page, new URL(page.url()).pathname.split('/').pop());
  assert.deepEqual(d.period, { from: 2020, to: 2024 });
  assert.deepEqual(d.years, []);
  await context.close();
});

test('the list shows wizard-made individual and collective with kind, standard and verdict, after a reload', async () => {
  const { page, errors, context } = await harness.newPage();
  await createThroughWizard(page, { kind: 'ca_nhan', ruleset: 'btnmt-dhtt-2023-2025', name: 'Nguyễn Thị Hoa' });
  await createThroughWizard(page, { kind: 'tap_the', ruleset: 'stnmt-khanhhoa-2023-2025', name: 'Phòng Tài nguyên nước' });
  await openList(page);
  await page.reload();
  await page.getByTestId('dossier-table').waitFor();
  assert.equal(await rows(page).count(), 2);
  const person = row(page, 'Nguyễn Thị Hoa');
  assert.equal(await person.getByTestId('dossier-kind').innerText(), 'Cá nhân');
  assert.equal(await person.getByTestId('dossier-ruleset').innerText(), 'Kế hoạch của Bộ TN&MT (2023)');
  const team = row(page, 'Phòng Tài nguyên nước');
  assert.equal(await team.getByTestId('dossier-kind').innerText(), 'Tập thể');
  assert.match(await team.getByTestId('dossier-ruleset').innerText(), /Khánh Hòa/);
  for (const r of [person, team]) {
    // Which verdict depends on the day the test runs (a year of the period may have ended); each is
    // a badge with a symbol and a word.
    const badge = r.getByTestId('verdict');
    assert.match(await badge.getAttribute('data-verdict'), /^(eligible|on_track|incomplete|not_eligible)$/);
    assert.match(await badge.innerText(), /^[✓◔?✗] (Đạt|Đang trong kỳ|Thiếu thông tin|Chưa đạt)$/);
  }
  await person.getByTestId('dossier-name').click();
  await page.waitForURL(/\/ho-so\/d-[0-9a-z]{12}$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('filters by standard, verdict, unit and name narrow the rows', async () => {
  const { page, errors, context } = await harness.newPage();
  await seed(page, SEED);
  assert.equal(await rows(page).count(), 5);
  assert.equal(await row(page, 'Hộ ông Lê Văn Cường').getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
  assert.equal(await row(page, 'Trần Văn Bình').getByTestId('verdict').getAttribute('data-verdict'), 'not_eligible');

  await page.getByLabel('Bộ tiêu chuẩn').selectOption('btnmt-dhtt-2023-2025');
  assert.deepEqual((await names(page)).sort(), ['Phòng Đo đạc', 'Đặng Thị Hà'].sort());
  await page.getByTestId('filter-ruleset').selectOption('');

  await page.getByLabel('Kết quả', { exact: true }).selectOption('not_eligible');
  assert.deepEqual(await names(page), ['Trần Văn Bình']);
  await page.getByTestId('filter-verdict').selectOption('eligible');
  assert.deepEqual(await names(page), ['Hộ ông Lê Văn Cường']);
  await page.getByTestId('filter-verdict').selectOption('');

  const units = await page.getByTestId('filter-unit').locator('option').allInnerTexts();
  assert.deepEqual(units, ['Tất cả', 'Cục Quản lý đất đai', 'Sở Tài nguyên và Môi trường']);
  await page.getByLabel('Đơn vị').selectOption('Cục Quản lý đất đai');
  assert.deepEqual((await names(page)).sort(), ['Trần Văn Bình', 'Đặng Thị Hà'].sort());

  // Without tone marks, and combined with the unit filter.
  await page.getByLabel('Tìm theo tên').fill('dang thi');
  assert.deepEqual(await names(page), ['Đặng Thị Hà']);
  await page.getByLabel('Tìm theo tên').fill('khoa');
  assert.match(await page.getByTestId('no-match').innerText(), /Không có hồ sơ nào khớp/);
  await page.getByTestId('clear-filters').click();
  assert.equal(await rows(page).count(), 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('sorting by name follows Vietnamese order and shows its state on the column', async () => {
  const { page, context } = await harness.newPage();
  await seed(page, SEED);
  // Default: most recently updated first.
  assert.deepEqual(await names(page), ['Phòng Đo đạc', 'Đặng Thị Hà', 'Trần Văn Bình', 'Hộ ông Lê Văn Cường', 'Dương Minh Khoa']);
  await page.getByLabel('Sắp xếp', { exact: true }).selectOption('name-asc');
  const alphabetical = ['Dương Minh Khoa', 'Đặng Thị Hà', 'Hộ ông Lê Văn Cường', 'Phòng Đo đạc', 'Trần Văn Bình'];
  assert.deepEqual(await names(page), alphabetical);
  const nameHeader = page.locator('thead th').filter({ hasText: 'Tên' });
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
  await nameHeader.getByRole('button').press('Enter');
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await names(page), [...alphabetical].reverse());
  assert.equal(await page.getByTestId('sort').inputValue(), 'name-desc');
  await page.getByTestId('sort').selectOption('verdict-desc');
  const first = await rows(page).first().getByTestId('verdict').getAttribute('data-verdict');
  const last = await rows(page).last().getByTestId('verdict').getAttribute('data-verdict');
  assert.deepEqual([first, last], ['eligible', 'not_eligible']);
  await context.close();
});

test('duplicate adds a copy with a new id that survives a reload', async () => {
  const { page, errors, context } = await harness.newPage();
  await seed(page, SEED);
  await row(page, 'Phòng Đo đạc').getByTestId('duplicate').click();
  assert.equal(await rows(page).count(), 6);
  const copy = row(page, 'Phòng Đo đạc (bản sao)');
  const id = await copy.getAttribute('data-id');
  assert.notEqual(id, 's-dodac');
  await page.reload();
  await page.getByTestId('dossier-table').waitFor();
  assert.equal(await rows(page).count(), 6);
  const d = await stored(page, id);
  assert.equal(d.subject.kind, 'tap_the');
  assert.equal(d.subject.unit, 'Sở Tài nguyên và Môi trường');
  assert.notEqual(d.created_at, SEED[2].created_at);
  assert.deepEqual(errors, []);
  await context.close();
});

test('delete then undo puts the same dossier back, and it survives a reload', async () => {
  const { page, errors, context } = await harness.newPage();
  await seed(page, SEED);
  const before = await stored(page, 's-cuong');
  await row(page, 'Hộ ông Lê Văn Cường').getByTestId('delete').click();
  assert.equal(await rows(page).count(), 4);
  const bar = page.getByRole('status').filter({ has: page.getByTestId('undo-bar') });
  assert.match(await bar.innerText(), /Đã xóa hồ sơ “Hộ ông Lê Văn Cường”/);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'undo');
  assert.equal(await stored(page, 's-cuong'), null, 'the delete is written at once');
  await page.getByTestId('undo').click();
  assert.equal(await rows(page).count(), 5);
  assert.equal(await page.getByTestId('undo-bar').count(), 0);
  await page.reload();
  await page.getByTestId('dossier-table').waitFor();
  assert.equal(await rows(page).count(), 5);
  assert.deepEqual(await stored(page, 's-cuong'), before);
  assert.equal(await row(page, 'Hộ ông Lê Văn Cường').getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a delete without undo is gone after a reload', async () => {
  const { page, context } = await harness.newPage();
  await seed(page, SEED);
  await row(page, 'Trần Văn Bình').getByTestId('delete').click();
  await page.getByTestId('undo-bar').waitFor();
  await page.reload();
  await page.getByTestId('dossier-table').waitFor();
  assert.equal(await rows(page).count(), 4);
  assert.equal(await row(page, 'Trần Văn Bình').count(), 0);
  const index = JSON.parse(await page.evaluate(() => localStorage.getItem('dien-hinh:index')));
  assert.ok(!index.ids.includes('s-binh'));
  await context.close();
});

test('a full browser storage is reported in Vietnamese, not ignored', async () => {
  const { page, context } = await harness.newPage();
  await seed(page, SEED);
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith('dien-hinh:dossier:')) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await row(page, 'Phòng Đo đạc').getByTestId('duplicate').click();
  const alert = page.getByRole('alert');
  assert.match(await alert.innerText(), /Bộ nhớ của trình duyệt đã đầy: chưa lưu được/);
  await context.close();
});

test('a thousand dossiers render fast, 200 at a time', async () => {
  const { page, errors, context } = await harness.newPage();
  const many = Array.from({ length: 1000 }, (_, i) =>
    dossier(`m-${String(i).padStart(4, '0')}`, {
      name: `Cán bộ số ${i}`, unit: `Đơn vị ${i % 7}`, updated: new Date(Date.UTC(2025, 0, 1) + i * 60000).toISOString(),
    }),
  );
  await openApp(page, harness.baseUrl, '/');
  await page.evaluate((list) => {
    for (const d of list) localStorage.setItem(`dien-hinh:dossier:${d.id}`, JSON.stringify({ revision: 1, dossier: d }));
    localStorage.setItem('dien-hinh:index', JSON.stringify({ format: 'dien-hinh.store-index', format_version: 1, ids: list.map((d) => d.id) }));
  }, many);
  const started = Date.now();
  await openList(page);
  await page.getByTestId('dossier-table').waitFor();
  const loaded = Date.now() - started;
  // The first screen of rows is drawn first, then the rest of the first 200.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=dossier-row]').length === 200);
  assert.match(await page.getByTestId('dossier-count').innerText(), /200 trên 1000/);
  assert.ok(loaded < 5000, `the list took ${loaded} ms to show`);

  const sorting = Date.now();
  await page.getByTestId('sort').selectOption('name-asc');
  await page.waitForFunction(() => document.querySelector('[data-testid=dossier-name]')?.textContent === 'Cán bộ số 0');
  assert.ok(Date.now() - sorting < 2000, `sorting took ${Date.now() - sorting} ms`);

  await page.getByTestId('show-more').click();
  assert.equal(await rows(page).count(), 400);
  await page.getByTestId('filter-unit').selectOption('Đơn vị 3');
  assert.equal(await rows(page).count(), 143);
  assert.equal(await page.getByTestId('show-more').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 390 px each dossier is a card: no sideways scroll, its verdict in view, sorting still there', async () => {
  const { page, context } = await harness.newPage({ viewport: { width: 390, height: 844 } });
  await seed(page, SEED);
  const { width, scroll, out } = await overflowing(page);
  assert.deepEqual(out, [], `nothing reaches past ${width} px`);
  assert.ok(scroll <= width, `page ${scroll} px wide in a ${width} px viewport`);
  for (const r of await rows(page).all()) {
    const verdict = await r.getByTestId('verdict').boundingBox();
    const name = await r.getByTestId('dossier-name').boundingBox();
    assert.ok(verdict && verdict.x + verdict.width <= width, 'the verdict is inside the screen');
    assert.ok(verdict.y > name.y && verdict.y - name.y < 80, 'the verdict sits right under the name');
  }
  const card = await row(page, 'Hộ ông Lê Văn Cường').boundingBox();
  assert.ok(card.height < 420, `one dossier is one card, not a column of single words (${card.height} px)`);
  const label = await row(page, 'Đặng Thị Hà').getByTestId('dossier-unit')
    .evaluate((td) => getComputedStyle(td, '::before').content);
  assert.equal(label, '"Đơn vị: "', 'each line of the card says what it is');
  await page.getByRole('button', { name: /Họ tên|Tên/ }).first().click();
  assert.equal(await page.getByTestId('select-all').isVisible(), true);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/list-390.png`, fullPage: true });
  await context.close();
});
