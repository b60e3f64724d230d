// A unit clerk imports many staff files at once: 50 files chosen in the picker (some broken), one
// summary of everything, one decision for every taken id made with the keyboard, one import, and
// the list afterwards; a drop of several files; a file with no dossier; the summary at 390 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'dien-hinh-import-shots');
mkdirSync(SHOTS, { recursive: true });

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const pad = (n) => String(n).padStart(2, '0');
/** Staff member `n`'s dossier, in unit `Phòng n % 3`. */
const staff = (n, extra = {}) =>
  dossier({ id: `d-nv-${pad(n)}`, subject: { name: `Nhân viên ${pad(n)}`, unit: `Phòng ${n % 3}` }, ...extra });
const BINH = dossier({ id: 'd-binh', subject: { name: 'Trần Văn Bình', unit: 'Văn phòng' } });
/** Bình's file from his own machine: the same id, changed later. */
const BINH_NEWER = {
  ...BINH,
  updated_at: '2026-03-01T08:00:00Z',
  subject: { ...BINH.subject, name: 'Trần Văn Bình (bản mới)' },
};

const json = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) });

/** 50 files: 40 staff files of one dossier, a file of two, a second copy of staff 1, and 8 broken. */
function fiftyFiles() {
  const files = [];
  for (let n = 1; n <= 40; n++) files.push(json(`nhan-vien-${pad(n)}.json`, staff(n)));
  files.push(json('binh-va-nv41.json', [BINH_NEWER, staff(41)]));
  files.push(json('nhan-vien-01-ban-sao.json', staff(1)));
  const broken = [
    ['khong-phai-json.json', Buffer.from('{ this is not json'), 'faults'],
    ['latin1.json', Buffer.from(JSON.stringify(staff(90, { subject: { name: 'Lê Hoàng Lý' } })), 'latin1'), 'faults'],
    ['sai-dinh-dang.json', Buffer.from(JSON.stringify({ ...staff(91), format: 'something.else' })), 'faults'],
    ['rong.json', Buffer.from('[]'), 'empty'],
    ['xuat-rong.json', Buffer.from(JSON.stringify({ format: 'dien-hinh.export', format_version: 1, exported_at: '2026-01-05T08:00:00Z', app_version: '0.1.0', as_of: '2026-01-05', dossiers: [], assessments: [] })), 'empty'],
    ['phien-ban-moi.json', Buffer.from(JSON.stringify({ ...staff(92), format_version: 99 })), 'newer'],
    ['danh-hieu-la.json', Buffer.from(JSON.stringify(staff(93, { years: [{ year: 2023, rating: 'tot', titles: ['cstd_xyz'], plan_completion_pct: null, evidence: '' }] }))), 'faults'],
    ['trung-ma-trong-tep.json', Buffer.from(JSON.stringify([staff(94), staff(94)])), 'faults'],
  ];
  for (const [name, buffer] of broken) files.push({ name, mimeType: 'application/json', buffer });
  return { files, broken };
}

/** Every dossier in the page's local storage, by id. */
const storedDossiers = (page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('dien-hinh:dossier:'))
        .map((k) => [k.slice('dien-hinh:dossier:'.length), JSON.parse(localStorage.getItem(k)).dossier]),
    ),
  );
const snapshot = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** Presses Tab until the focused element has `testid` (at most `max` presses). */
async function tabTo(page, testid, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.dataset.testid)) === testid) return;
  }
  assert.fail(`Tab never reached ${testid}`);
}

/** A fresh profile with `dossiers` stored, on the import page. */
async function importPage(dossiers, options = {}) {
  const opened = await harness.newPage(options);
  await openApp(opened.page, harness.baseUrl, '/');
  await seed(opened.page, dossiers);
  await openApp(opened.page, harness.baseUrl, '/ho-so/nhap');
  await opened.page.getByTestId('import-file').waitFor();
  return opened;
}

test('fifty files at once: one summary, refused files named with their reason, one keyboard decision for all, then the list', async () => {
  const { page, context, errors } = await importPage([BINH]);
  const { files, broken } = fiftyFiles();
  assert.equal(files.length, 50);
  const before = await snapshot(page);
  await page.getByTestId('import-file').setInputFiles(files);
  await page.getByTestId('import-plan').waitFor();
  assert.equal(await snapshot(page), before, 'nothing is written before the user confirms');

  const summaries = page.getByTestId('import-file-summary');
  assert.equal(await summaries.count(), 50);
  assert.match(await page.getByTestId('import-total').innerText(), /^43 hồ sơ trong 50 tệp; 8 tệp không nhập được/);
  for (const [name, , refusal] of broken) {
    const line = summaries.and(page.locator(`[data-file="${name}"]`));
    assert.equal(await line.getAttribute('data-refusal'), refusal, name);
    assert.match(await line.innerText(), /Không nhập/, name);
  }
  const reason = async (name) => summaries.and(page.locator(`[data-file="${name}"]`)).innerText();
  assert.match(await reason('rong.json'), /Tệp không có hồ sơ nào/);
  assert.match(await reason('xuat-rong.json'), /Tệp không có hồ sơ nào/);
  assert.match(await reason('latin1.json'), /không phải văn bản UTF-8/);
  assert.match(await reason('khong-phai-json.json'), /JSON/);
  assert.match(await reason('phien-ban-moi.json'), /phiên bản mới hơn/);
  assert.match(await reason('danh-hieu-la.json'), /years\[0\]\.titles\[0\]/);
  const two = summaries.and(page.locator('[data-file="binh-va-nv41.json"]'));
  assert.deepEqual(
    await two.evaluate((el) => [el.dataset.dossiers, el.dataset.new, el.dataset.stored, el.dataset.earlier]),
    ['2', '1', '1', '0'],
  );
  assert.match(await two.innerText(), /2 hồ sơ: 1 mới, 1 trùng mã với hồ sơ đã có/);
  const copy = summaries.and(page.locator('[data-file="nhan-vien-01-ban-sao.json"]'));
  assert.match(await copy.innerText(), /1 hồ sơ: 1 trùng mã với tệp khác/);

  // Each row in words: the name, the standard's plain name, the unit, the period, the verdict.
  const rows = page.getByTestId('import-row');
  assert.equal(await rows.count(), 43);
  const first = rows.first();
  assert.equal(await first.locator('th').innerText(), 'Nhân viên 01');
  assert.equal(await first.getByTestId('import-ruleset').innerText(), 'Kế hoạch của Bộ TN&MT (2023)');
  assert.equal(await first.getByTestId('import-unit').innerText(), 'Phòng 1');
  assert.match(await first.innerText(), /2023–2025/);
  assert.equal(await rows.getByTestId('verdict').count(), 43, 'every row has its verdict');
  assert.ok(!(await page.getByTestId('import-plan').innerText()).includes('btnmt-'), 'no raw ruleset id');
  const binhRow = page.locator('[data-testid="import-row"][data-id="d-binh"]');
  assert.equal(await binhRow.getAttribute('data-clash'), 'stored');
  assert.match(await binhRow.innerText(), /Bản trong tệp mới hơn/);
  const copyRow = page.locator('[data-testid="import-row"][data-id="d-nv-01"][data-clash="earlier"]');
  assert.match(await copyRow.innerText(), /Trùng mã với hồ sơ trong tệp “nhan-vien-01\.json”: giống hệt bản đó/);

  // Two ids taken: nothing can be imported before a choice.
  assert.equal(await page.getByTestId('import-confirm').isDisabled(), true);
  // The keyboard alone: Tab into "apply to all", arrows to "Bỏ qua", then Bình's own row to "Thay thế".
  await page.getByTestId('import-file').focus();
  await tabTo(page, 'apply-all-keep-both');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByTestId('apply-all-skip').isChecked(), true);
  assert.equal(await page.getByTestId('import-confirm').isDisabled(), false);
  await page.keyboard.press('Tab');
  const focusedRow = await page.evaluate(() => document.activeElement.closest('tr')?.dataset.id);
  assert.equal(focusedRow, 'd-binh', 'the next stop is the first taken id');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await binhRow.getByTestId('choice-replace').isChecked(), true);
  assert.equal(await copyRow.getByTestId('choice-skip').isChecked(), true, 'the others keep "apply to all"');
  await tabTo(page, 'import-confirm');
  await page.keyboard.press('Enter');
  await page.getByTestId('import-done').waitFor();
  assert.match(await page.getByTestId('done-added').innerText(), /\(41\)/);
  assert.match(await page.getByTestId('done-replaced').innerText(), /Trần Văn Bình \(bản mới\)/);
  assert.match(await page.getByTestId('done-skipped').innerText(), /Nhân viên 01/);

  const stored = await storedDossiers(page);
  assert.equal(Object.keys(stored).length, 42);
  assert.deepEqual(stored['d-binh'], BINH_NEWER);
  assert.deepEqual(stored['d-nv-41'], staff(41));
  assert.equal(stored['d-nv-90'], undefined, 'nothing of a refused file');
  await page.getByTestId('to-list').click();
  await page.getByTestId('dossier-row').first().waitFor();
  assert.equal(await page.getByTestId('dossier-row').count(), 42);
  assert.deepEqual(errors, []);
  await context.close();
});

test('several files dropped at once are read together', async () => {
  const { page, context, errors } = await importPage([]);
  const transfer = await page.evaluateHandle((texts) => {
    const dt = new DataTransfer();
    texts.forEach(([name, text]) => dt.items.add(new File([text], name, { type: 'application/json' })));
    return dt;
  }, [
    ['a.json', JSON.stringify(staff(1))],
    ['b.json', JSON.stringify([staff(2), staff(3)])],
    ['rong.json', '[]'],
  ]);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByTestId('import-plan').waitFor();
  assert.equal(await page.getByTestId('import-file-summary').count(), 3);
  assert.equal(await page.getByTestId('import-row').count(), 3);
  assert.equal(await page.getByTestId('apply-all').count(), 0, 'no taken id, no decision to make');
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();
  assert.deepEqual(Object.keys(await storedDossiers(page)).sort(), ['d-nv-01', 'd-nv-02', 'd-nv-03']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file holding no dossier says so and "Nhập" is not active', async () => {
  const { page, context } = await importPage([BINH]);
  const before = await snapshot(page);
  await page.getByTestId('import-file').setInputFiles([json('rong.json', [])]);
  const alert = page.getByTestId('import-error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Tệp không có hồ sơ nào/);
  assert.equal(await page.getByTestId('import-confirm').isDisabled(), true);
  assert.equal(await page.getByTestId('import-row').count(), 0);
  assert.equal(await snapshot(page), before);
  await context.close();
});

test('at 390 px the summary and the rows fit the screen', async () => {
  const { page, context } = await importPage([BINH], { viewport: { width: 390, height: 844 } });
  const { files } = fiftyFiles();
  await page.getByTestId('import-file').setInputFiles(files.slice(38));
  await page.getByTestId('import-plan').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  // Every row is a card no wider than the screen, its fields labelled.
  const widths = await page.getByTestId('import-row').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().right));
  assert.ok(widths.every((right) => right <= 390), JSON.stringify(widths));
  const label = await page.getByTestId('import-ruleset').first().evaluate((el) => getComputedStyle(el, '::before').content);
  assert.match(label, /Tiêu chuẩn/);
  await page.getByTestId('import-plan').screenshot({ path: join(SHOTS, 'import-390.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByTestId('import-plan').screenshot({ path: join(SHOTS, 'import-1280.png') });
  await context.close();
});

test('the plan with its decisions passes axe-core with no serious or critical violation', async () => {
  // axe-core is injected as an inline script, which the app's Content-Security-Policy refuses.
  const { page, context } = await importPage([BINH], { bypassCSP: true });
  const { files } = fiftyFiles();
  await page.getByTestId('import-file').setInputFiles(files.slice(38));
  await page.getByTestId('import-plan').waitFor();
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('a large import is written in chunks, showing "Đã nhập n / N" as it goes', async () => {
  const { page, context, errors } = await importPage([]);
  const files = [0, 1, 2].map((f) =>
    json(`phan-${f + 1}.json`, Array.from({ length: 200 }, (_, i) => staff(f * 200 + i, { id: `d-lon-${f * 200 + i}` }))),
  );
  await page.getByTestId('import-file').setInputFiles(files);
  await page.getByTestId('import-plan').waitFor();
  assert.equal(await page.getByTestId('import-row').count(), 100, 'rows appear a hundred at a time');
  await page.getByTestId('import-more').click();
  assert.equal(await page.getByTestId('import-row').count(), 200);
  // Every progress line the page shows, as it shows it.
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="import-progress"]');
      if (line && window.__progress.at(-1) !== line.innerText) window.__progress.push(line.innerText);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-done').waitFor();
  const seen = await page.evaluate(() => window.__progress);
  const counts = seen.map((t) => Number(/Đã nhập (\d+) \/ 600/.exec(t)?.[1]));
  assert.ok(counts.length >= 2 && counts.every((n) => n < 600), JSON.stringify(seen));
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'it only moves forward');
  assert.match(await page.getByTestId('done-added').innerText(), /\(600\).* và 550 hồ sơ khác/);
  assert.equal(Object.keys(await storedDossiers(page)).length, 600);
  assert.deepEqual(errors, []);
  await context.close();
});
