// The whole path a first-time user takes: the wizard, every section of the editor, and the verdict,
// for an individual and for a collective.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

async function createThroughWizard(page, { kind, ruleset, period, name }) {
  await openApp(page, harness.baseUrl, '/ho-so/moi');
  await page.getByTestId(`kind-${kind}`).check();
  await page.getByTestId(`ruleset-${ruleset}`).check();
  await page.getByTestId(`period-${period}`).check();
  await page.getByTestId('name').fill(name);
  await page.getByTestId('create').click();
  await page.waitForURL(/\/ho-so\/d-[0-9a-z]{12}$/);
}

/** Answers every section so that every criterion is met, for the years `years`. */
async function fillEverything(page, { years, title }) {
  await page.locator('#f-unit').fill('Cục Quản lý tài nguyên nước');
  await page.getByTestId('tab-cac-nam').click();
  for (const year of years) {
    await page.locator(`#f-year-${year}-rating`).selectOption('xuat_sac');
    await page.locator(`#f-year-${year}-title-${title}`).check();
    await page.locator(`#f-year-${year}-evidence`).fill(`Quyết định số ${year - 2000}/QĐ-TNN`);
  }
  await page.getByTestId('tab-sang-kien').click();
  await page.locator('#f-initiatives-list').check();
  await page.locator('#f-initiative-0-title').fill('Số hóa hồ sơ cấp phép');
  await page.getByTestId('tab-tieu-chi').click();
  const yes = page.locator('input[type=radio][id$="-yes"]');
  for (let i = 0, n = await yes.count(); i < n; i++) await yes.nth(i).check();
}

for (const who of [
  { kind: 'ca_nhan', ruleset: 'btnmt-dhtt-2021-2025', period: '2021-2022', years: [2021, 2022], title: 'cstd_co_so', name: 'Trần Văn Bình' },
  { kind: 'tap_the', ruleset: 'btnmt-dhtt-2023-2025', period: '2023-2024', years: [2023, 2024], title: 'tt_lao_dong_xuat_sac', name: 'Phòng Quản lý tài nguyên nước' },
]) {
  test(`a ${who.kind} goes from the wizard to a met standard, with nothing missing`, async () => {
    const { page, errors, context } = await harness.newPage();
    await createThroughWizard(page, who);
    assert.equal(await page.getByTestId('dossier-name').innerText(), who.name);
    assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'incomplete');
    await fillEverything(page, who);
    assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
    assert.equal(await page.getByTestId('missing-none').count(), 1);
    const statuses = await page.getByTestId('criteria-results').locator('li').evaluateAll((lis) => lis.map((li) => li.dataset.status));
    assert.ok(statuses.length >= 8 && statuses.every((s) => s === 'met'), statuses.join());
    // The list shows the same verdict.
    await page.getByTestId('main-nav').getByRole('link', { name: 'Hồ sơ', exact: true }).click();
    const row = page.getByTestId('dossier-row').filter({ hasText: who.name });
    assert.equal(await row.getByTestId('verdict').getAttribute('data-verdict'), 'eligible');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
