// The app shell: it loads cleanly, speaks Vietnamese, navigates, and deep links survive a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openApp } from './harness.mjs';

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

test('the home page loads with no console errors', async () => {
  const { page, errors, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the title, header and page language are Vietnamese', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  assert.match(await page.title(), /Điển Hình — tự đánh giá điển hình tiên tiến/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  const nav = page.getByTestId('main-nav');
  for (const label of ['Hồ sơ', 'Tiêu chuẩn', 'Lộ trình', 'Giới thiệu']) {
    assert.equal(await nav.getByRole('link', { name: label, exact: true }).count(), 1, label);
  }
  assert.match(await page.getByTestId('app-version').innerText(), /Phiên bản \d+\.\d+\.\d+/);
  await context.close();
});

test('the favicon is served', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const response = await page.request.get(new URL(href, harness.baseUrl).href);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /svg/);
  await context.close();
});

test('each navigation link routes to its page without a reload', async () => {
  const { page, errors, context } = await harness.newPage();
  await openApp(page, harness.baseUrl);
  await page.evaluate(() => { window.__sameDocument = true; });
  const routes = [
    ['Hồ sơ', '/ho-so'],
    ['Tiêu chuẩn', '/tieu-chuan'],
    ['Lộ trình', '/lo-trinh'],
    ['Giới thiệu', '/gioi-thieu'],
  ];
  for (const [label, path] of routes) {
    await page.getByTestId('main-nav').getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL(harness.baseUrl + path);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), label);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, `${label} reloaded the page`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link survives a reload', async () => {
  const { page, errors, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/tieu-chuan');
  await page.reload();
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Tiêu chuẩn');
  assert.ok((await page.getByTestId('ruleset-list').locator('li').count()) >= 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown address shows a Vietnamese not-found page', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/khong-co');
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Không tìm thấy trang');
  await context.close();
});

test('the language switch turns the interface to English and is remembered', async () => {
  const { page, context } = await harness.newPage();
  await openApp(page, harness.baseUrl, '/gioi-thieu');
  await page.getByTestId('lang-switch').click();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'About');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await page.getByTestId('main-nav').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'About');
  await context.close();
});
