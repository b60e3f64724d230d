// The achievement report's worker (crates/report-worker): the app's first load does not fetch it,
// and created on demand it turns a dossier into the print page's HTML or a .docx, which LibreOffice
// (where installed) opens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness, openApp } from './harness.mjs';
import { docxText } from './libreoffice.mjs';

const FIXTURE = fileURLToPath(new URL('../../crates/report/tests/fixtures/individual.json', import.meta.url));
const WORKER = /report-worker/;

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Creates the worker in the page, sends one request, and returns its answer (bytes as an array). */
function askWorker(page, request) {
  return page.evaluate((text) => new Promise((resolve, reject) => {
    const worker = new Worker('/report-worker_loader.js');
    worker.onerror = (e) => reject(new Error(e.message));
    worker.onmessage = ({ data }) => {
      if (data.ready) return worker.postMessage(text);
      worker.terminate();
      resolve(data.docx ? { docx: Array.from(data.docx) } : data.html ? { html: data.html } : { error: data.error });
    };
  }), request);
}

test('the first load of the app fetches nothing of the report worker', async () => {
  const { page, context, errors } = await harness.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openApp(page, harness.baseUrl);
  await page.waitForLoadState('load');
  assert.ok(fetched.some((u) => u.endsWith('.wasm')), `the app's own wasm loads: ${fetched}`);
  assert.deepEqual(fetched.filter((u) => WORKER.test(u)), []);
  const html = await (await page.request.get(harness.baseUrl + '/')).text();
  assert.doesNotMatch(html, WORKER, 'no script or preload names the worker');
  assert.deepEqual(errors, []);
  await context.close();
});

test('created on demand, the worker writes the .docx of a dossier and refuses a bad request', async () => {
  const { page, context, errors } = await harness.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openApp(page, harness.baseUrl);
  const dossier = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const answer = await askWorker(page, JSON.stringify({ dossier, date: '2026-01-10', proposal: null }));
  assert.ok(answer.docx, `a .docx, not ${JSON.stringify(answer.error)}`);
  const bytes = Buffer.from(answer.docx);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip archive');
  assert.ok(fetched.some((u) => /report-worker_bg\.wasm$/.test(u)), 'the worker loaded its wasm now');

  const refused = await askWorker(page, JSON.stringify({ dossier, date: '10/01/2026' }));
  assert.match(refused.error?.vi ?? '', /10\/01\/2026/);

  // The print page's HTML, asked for by `want`: the report's facts, the user's text escaped.
  const named = { ...dossier, subject: { ...dossier.subject, name: 'Hoa <img src=x onerror=alert(1)>' } };
  const html = await askWorker(page, JSON.stringify({ dossier: named, date: '2026-01-10', proposal: 'Bằng khen', want: 'html' }));
  assert.ok(html.html, `HTML, not ${JSON.stringify(html.error)}`);
  assert.match(html.html, /^<article class="report-doc" lang="vi" data-testid="report-document">/);
  assert.ok(html.html.includes('Hoa &lt;img src=x onerror=alert(1)&gt;'), 'the name escaped');
  assert.ok(!html.html.includes('<img'), 'no element from the user\'s text');
  for (const want of ['I. SƠ LƯỢC LÝ LỊCH', 'ĐỀ NGHỊ TẶNG Bằng khen', '15/QĐ-TNN']) {
    assert.ok(html.html.includes(want), `the HTML lacks ${want}`);
  }
  const wrong = await askWorker(page, JSON.stringify({ dossier, date: '2026-01-10', want: 'pdf' }));
  assert.match(wrong.error?.en ?? '', /^not a valid report request/);
  assert.deepEqual(errors, []);
  await context.close();

  const text = docxText(bytes);
  if (text === null) return;
  for (const want of ['Nguyễn Thị Hoa', 'I. SƠ LƯỢC LÝ LỊCH', '15/QĐ-TNN', 'Chiến sĩ thi đua cơ sở']) {
    assert.ok(text.includes(want), `LibreOffice's text lacks ${want}`);
  }
});
