// The printed self-assessment (/ho-so/<id>/in) as an administrative paper: the national heading
// with the unit, the "……, ngày … tháng … năm …" line, each criterion named with the evidence it
// rests on (the years' evidence for computed criteria), the initiatives with their grounds, and
// years outside the period shown apart. The paper is dated the day it is printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const HOA = dossier({
  id: 'd-hoa',
  years: [
    { year: 2022, rating: 'tot', titles: [], plan_completion_pct: null, evidence: 'QĐ cũ 2022' },
    ...[2023, 2024, 2025].map((year) => ({
      year, rating: 'xuat_sac', titles: ['cstd_co_so'], plan_completion_pct: null, evidence: `QĐ ${year}/QĐ-TNN`,
    })),
  ],
  initiatives: [{ title: 'Số hóa hồ sơ cấp phép', kind: 'sang_kien', year: 2024, scope: 'co_so', evidence: 'QĐ công nhận 7/QĐ-TNN' }],
});

async function printed(viewport) {
  const opened = await harness.newPage({ viewport });
  await openApp(opened.page, harness.baseUrl, '/');
  await seed(opened.page, [HOA]);
  await openApp(opened.page, harness.baseUrl, '/ho-so/d-hoa/in');
  await opened.page.getByTestId('print-report').waitFor();
  return opened;
}

test('the print carries the national heading, the unit and the place-and-date line', async () => {
  const { page, context, errors } = await printed({ width: 1280, height: 900 });
  const heading = page.getByTestId('print-heading');
  assert.match(await heading.innerText(), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.match(await heading.innerText(), /Độc lập - Tự do - Hạnh phúc/);
  assert.match(await heading.innerText(), /CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC/);
  const today = await page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `ngày ${two(d.getDate())} tháng ${two(d.getMonth() + 1)} năm ${d.getFullYear()}`;
  });
  assert.equal(await page.getByTestId('print-place-date').innerText(), `……, ${today}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('computed criteria show the years\' evidence and the initiatives their grounds', async () => {
  const { page, context, errors } = await printed({ width: 1280, height: 900 });
  const evidence = (await page.getByTestId('print-evidence').allInnerTexts()).join('\n');
  for (const year of [2023, 2024, 2025]) assert.match(evidence, new RegExp(`Năm ${year}: QĐ ${year}/QĐ-TNN`));
  assert.doesNotMatch(evidence, /QĐ cũ 2022/, 'a year outside the period is not the evidence of a period rule');
  assert.match(evidence, /Số hóa hồ sơ cấp phép \(2024\): QĐ công nhận 7\/QĐ-TNN/);
  const initiative = page.getByTestId('print-initiative');
  assert.match(await initiative.innerText(), /QĐ công nhận 7\/QĐ-TNN/);
  assert.match(await page.getByTestId('print-report').innerText(), /2022\s*\(ngoài giai đoạn bình xét\)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the print has no horizontal scroll', async () => {
  const { page, context } = await printed({ width: 390, height: 844 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 390, `page is ${wide} px wide`);
  await context.close();
});
