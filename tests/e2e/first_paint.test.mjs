// The first paint (index.html, shell.html, scripts/post-build/first-paint.mjs): before the wasm has
// arrived the page already shows the header, the navigation and the home page's text, styled and in
// Vietnamese, or for any other address an honest loading line; nothing that cannot work yet pretends
// to; and the app takes its place in one frame, with the same words in the same places.
//
// Each test holds the wasm back (a route that answers only when released), looks at the page as a
// visitor on a slow network would, then lets the app start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness } from './harness.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const NAV = ['Hồ sơ', 'Đơn vị', 'Tiêu chuẩn', 'Lộ trình', 'Giới thiệu'];
const RED = 'rgb(155, 28, 28)';

/** Opens `path` with the wasm held back; resolves once the first paint is styled. Returns `release`. */
async function openBeforeTheWasm(page, path) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(harness.baseUrl + path, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction((red) => {
    const header = document.querySelector('header.site-header');
    return header && getComputedStyle(header).backgroundColor === red;
  }, RED);
  return release;
}

/** What a visitor sees of the layout: texts, link targets and where things are. */
function layout(page) {
  return page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((n) => Math.round(n));
    };
    const links = (root) => [...(root?.querySelectorAll('a') ?? [])].map((a) => [a.textContent.trim(), a.getAttribute('href')]);
    const header = document.querySelector('header.site-header');
    const main = document.querySelector('main');
    return {
      headers: document.querySelectorAll('header').length,
      brand: header?.querySelector('.brand')?.textContent.trim(),
      navLabel: header?.querySelector('nav')?.getAttribute('aria-label'),
      nav: links(header?.querySelector('nav')),
      langSwitch: header?.querySelector('.lang-switch')?.textContent.trim(),
      skipLink: document.querySelector('.skip-link')?.textContent.trim(),
      h1: main?.querySelector('h1')?.textContent.trim() ?? null,
      lead: main?.querySelector('.lead')?.textContent.trim() ?? null,
      actions: links(main?.querySelector('.actions')),
      footerFirst: document.querySelector('footer p')?.textContent.trim(),
      footerLast: document.querySelector('footer p:last-child')?.textContent.replace(/\s+/g, ' ').trim(),
      boxes: {
        header: box(header),
        nav: box(header?.querySelector('nav')),
        langSwitch: box(header?.querySelector('.lang-switch')),
        // Not <main>'s height: it fills the window down to the footer, whose storage line grows
        // when the app learns, later and on its own, whether the browser keeps the data.
        mainTop: box(main)?.slice(0, 3),
        h1: box(main?.querySelector('h1')),
        lead: box(main?.querySelector('.lead')),
        actions: box(main?.querySelector('.actions')),
      },
    };
  });
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test(`at ${viewport.width} px, / shows the page before the wasm, and the app replaces it in one frame with the same words in the same places`, async () => {
    const { page, errors, context } = await harness.newPage({ viewport });
    // Every frame from the first paint on: how many headers there are and whose (the first
    // paint's or the app's). Both in one frame would be a flash; none, a blank.
    await page.addInitScript(() => {
      window.__frames = [];
      const sample = () => {
        const headers = [...document.querySelectorAll('header')];
        if (headers.length || window.__frames.length) {
          window.__frames.push(headers.map((h) => (h.hasAttribute('data-first-paint') ? 'first-paint' : 'app')).join('+') || 'none');
        }
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const release = await openBeforeTheWasm(page, '/');

    const before = await layout(page);
    assert.equal(before.h1, 'Tự đánh giá điển hình tiên tiến');
    assert.deepEqual(before.nav.map(([text]) => text), NAV);
    assert.equal(await page.getByTestId('main-nav').count(), 0, 'the app has not started yet');
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.match(await page.title(), /^Điển Hình — tự đánh giá điển hình tiên tiến$/);

    release();
    await page.getByTestId('main-nav').waitFor();
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const after = await layout(page);

    const { boxes: boxesBefore, ...wordsBefore } = before;
    const { boxes: boxesAfter, ...wordsAfter } = after;
    assert.deepEqual(wordsBefore, wordsAfter);
    for (const [name, box] of Object.entries(boxesBefore)) {
      assert.ok(box, `${name} is in the first paint`);
      assert.ok(box.every((n, i) => Math.abs(n - boxesAfter[name][i]) <= 1), `${name} moved: ${box} → ${boxesAfter[name]}`);
    }
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.includes('first-paint') && frames.includes('app'), frames.join());
    assert.deepEqual(frames.filter((f) => f !== 'first-paint' && f !== 'app'), [], 'a frame had both or no header');
    assert.equal(frames.lastIndexOf('first-paint') < frames.indexOf('app'), true);
    assert.equal(await page.locator('[data-first-paint]').count(), 0, 'nothing of the first paint is left');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('before the wasm, nothing pretends to work: the language switch is disabled and every link is a real address', async () => {
  const { page, context } = await harness.newPage();
  const release = await openBeforeTheWasm(page, '/');
  assert.equal(await page.locator('button:enabled, input:enabled, select:enabled, textarea:enabled').count(), 0);
  const langSwitch = page.locator('header .lang-switch');
  assert.equal(await langSwitch.isDisabled(), true);
  assert.notEqual(await langSwitch.evaluate((el) => getComputedStyle(el).opacity), '1', 'it looks disabled');
  // A link followed before the app has started is an ordinary page load of that address.
  await page.getByRole('link', { name: 'Tiêu chuẩn', exact: true }).first().click();
  await page.waitForURL(`${harness.baseUrl}/tieu-chuan`);
  release();
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tiêu chuẩn');
  await context.close();
});

for (const [path, heading] of [['/ho-so', 'Hồ sơ'], ['/tieu-chuan', 'Tiêu chuẩn'], ['/ho-so/moi', null], ['/khong-co-trang-nay', 'Không tìm thấy trang']]) {
  test(`${path} first paints the header, the navigation and a loading line, not the home page`, async () => {
    const { page, errors, context } = await harness.newPage();
    const release = await openBeforeTheWasm(page, path);
    const before = await layout(page);
    assert.deepEqual(before.nav.map(([text]) => text), NAV);
    assert.equal(before.h1, null, 'no page text the app may not show');
    assert.equal(await page.getByRole('status').innerText(), 'Đang tải…');
    assert.equal(await page.locator('button:enabled').count(), 0);

    release();
    await page.getByTestId('main-nav').waitFor();
    const after = await layout(page);
    assert.deepEqual(
      [after.brand, after.navLabel, after.nav, after.langSwitch, after.skipLink],
      [before.brand, before.navLabel, before.nav, before.langSwitch, before.skipLink],
    );
    assert.ok(Math.abs(after.boxes.header[3] - before.boxes.header[3]) <= 1, 'the header keeps its height');
    if (heading) assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), heading);
    assert.equal(await page.getByText('Đang tải…').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
