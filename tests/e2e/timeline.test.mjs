// The time line (/lo-trinh): every ruleset's milestones in date order with today marked, seen on a
// fixed day through ?ngay= so the phases and the days left do not depend on when the test runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Opens the time line as it stood on `day` (YYYY-MM-DD). */
async function openOn(day) {
  const opened = await harness.newPage();
  await openApp(opened.page, harness.baseUrl, `/lo-trinh?ngay=${day}`);
  await opened.page.getByTestId('milestones').first().waitFor();
  return opened;
}

/** The milestone of `ruleset` that ends on `end` (YYYY-MM-DD). */
function milestone(page, ruleset, end) {
  return page.locator(`[data-testid=milestones][data-ruleset="${ruleset}"] [data-testid=milestone][data-end="${end}"]`);
}

test('on 15/04/2025 a 2025 Q2 milestone is now, a 2023 one is past, a Q3 one is next', async () => {
  const { page, errors, context } = await openOn('2025-04-15');
  const q2 = milestone(page, 'btnmt-dhtt-2023-2025', '2025-06-30');
  assert.equal(await q2.getAttribute('data-phase'), 'now');
  assert.match(await q2.getByTestId('phase').innerText(), /Đang diễn ra/);
  assert.match(await q2.getByTestId('countdown').innerText(), /^Còn 76 ngày đến khi kết thúc$/);

  const interim2023 = milestone(page, 'btnmt-dhtt-2021-2025', '2023-06-30');
  assert.equal(await interim2023.getAttribute('data-phase'), 'past');
  assert.match(await interim2023.getByTestId('phase').innerText(), /Đã qua/);
  assert.equal(await interim2023.getByTestId('countdown').count(), 0);

  const congress = milestone(page, 'btnmt-dhtt-2021-2025', '2025-09-30');
  assert.equal(await congress.getAttribute('data-phase'), 'next');
  assert.match(await congress.getByTestId('countdown').innerText(), /Bắt đầu sau 77 ngày/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Khánh Hòa final report due before 31/05/2025 shows 46 days left on 15/04/2025', async () => {
  const { page, context } = await openOn('2025-04-15');
  const report = milestone(page, 'stnmt-khanhhoa-2023-2025', '2025-05-31');
  assert.equal(await report.getAttribute('data-phase'), 'now');
  assert.match(await report.innerText(), /Trước ngày 31\/5\/2025/);
  assert.equal(await report.getByTestId('countdown').innerText(), 'Còn 46 ngày đến hạn');
  assert.match(await report.getByTestId('milestone-dates').innerText(), /31\/05\/2025/);
  await context.close();
});

test('today is marked between what has begun and what has not, in dd/mm/yyyy', async () => {
  const { page, context } = await openOn('2025-04-15');
  const line = page.locator('[data-testid=milestones][data-ruleset="btnmt-dhtt-2021-2025"] > li');
  const phases = await line.evaluateAll((items) => items.map((li) => li.dataset.phase ?? li.dataset.testid));
  const mark = phases.indexOf('today-marker');
  assert.ok(mark > 0, `the line has a today mark: ${phases}`);
  assert.ok(phases.slice(0, mark).every((p) => p === 'past' || p === 'now'), phases.join());
  assert.ok(phases.slice(mark + 1).every((p) => p === 'next'), phases.join());
  const marker = page.locator('[data-ruleset="btnmt-dhtt-2021-2025"] [data-testid=today-marker]');
  assert.equal(await marker.innerText(), '▼ Hôm nay 15/04/2025');
  await context.close();
});

test('each year of an every-year milestone is its own entry on the line', async () => {
  const { page, context } = await openOn('2024-07-01');
  const yearly = page.locator('[data-ruleset="stnmt-khanhhoa-2023-2025"] [data-testid=milestone]')
    .filter({ hasText: 'Hàng năm' });
  assert.deepEqual(await yearly.evaluateAll((items) => items.map((li) => `${li.dataset.end} ${li.dataset.phase}`)), [
    '2023-12-31 past', '2024-12-31 now', '2025-12-31 next',
  ]);
  await context.close();
});

test('choosing another day moves the line there, and the way back is today', async () => {
  const { page, context } = await openOn('2025-04-15');
  await page.getByLabel('Xem lộ trình vào ngày').fill('2023-03-01');
  await page.waitForURL(/\/lo-trinh\?ngay=2023-03-01$/);
  const plan = milestone(page, 'btnmt-dhtt-2023-2025', '2023-12-30');
  assert.equal(await plan.getAttribute('data-phase'), 'now');
  assert.equal(await plan.getByTestId('countdown').innerText(), 'Còn 304 ngày đến hạn');
  await page.getByTestId('back-to-today').click();
  await page.waitForURL(/\/lo-trinh$/);
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  assert.equal(await page.getByTestId('today-marker').first().getAttribute('data-date'), today);
  await context.close();
});

test('in English dates read as words and phases keep their symbols', async () => {
  const { page, context } = await openOn('2025-04-15');
  await page.getByTestId('lang-switch').click();
  const report = milestone(page, 'stnmt-khanhhoa-2023-2025', '2025-05-31');
  assert.match(await report.getByTestId('milestone-dates').innerText(), /31 May 2025/);
  assert.equal(await report.getByTestId('countdown').innerText(), '46 days left until it is due');
  assert.equal(await report.getByTestId('phase').innerText(), '● Now');
  await context.close();
});
