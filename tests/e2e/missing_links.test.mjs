// Every "what is missing" link of the editor lands on its field, focused: the links and the fields
// come from one table (app_core::fields), and this walks each link of dossiers that reach every
// kind of field a fix can point at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';
import { dossier, seed } from './fixtures.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

// A unit head with nothing entered (declarations, titles, ratings, initiatives, the unit's dossier),
// and a collective under the 2021 emulation plan, whose plan completion is asked.
const HEAD = dossier({
  id: 'd-head', ruleset: 'btnmt-dhtt-2021-2025', period: { from: 2021, to: 2023 },
  subject: { unit_head: true, unit_dossier: null },
  years: [2021, 2022, 2023].map((year) => ({ year, rating: null, titles: [], plan_completion_pct: null, evidence: '' })),
});
const COLLECTIVE = dossier({
  id: 'd-team', ruleset: 'btnmt-thidua-2021', period: { from: 2021, to: 2021 },
  subject: { kind: 'tap_the', name: 'Phòng Đo đạc', position: '' },
  years: [{ year: 2021, rating: 'xuat_sac', titles: [], plan_completion_pct: null, evidence: '' }],
});

for (const d of [HEAD, COLLECTIVE]) {
  test(`each missing link of ${d.id} opens its section with its field focused`, async () => {
    const { page, errors, context } = await harness.newPage();
    await openApp(page, harness.baseUrl);
    await seed(page, [d]);
    const open = async () => {
      await page.goto(`${harness.baseUrl}/ho-so/${d.id}?muc=thong-tin`);
      await page.getByTestId('missing').waitFor();
    };
    await open();
    const hrefs = await page.getByTestId('missing').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length >= 3, hrefs.join());
    const anchors = new Set();
    for (const [i, href] of hrefs.entries()) {
      const anchor = href.split('#')[1];
      anchors.add(anchor.replace(/\d{4}/, 'YEAR'));
      await open();
      await page.getByTestId('missing').getByRole('link').nth(i).click();
      await page.waitForFunction((id) => document.activeElement?.id === id, anchor, { timeout: 5000 })
        .catch(() => assert.fail(`${href} did not land on a focused #${anchor}`));
      assert.ok(page.url().endsWith(href), page.url());
    }
    assert.ok(anchors.size >= (d === HEAD ? 4 : 2), [...anchors].join());
    assert.deepEqual(errors, []);
    await context.close();
  });
}
