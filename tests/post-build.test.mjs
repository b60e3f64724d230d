// The post-build steps (scripts/post-build/), each on a small build of its own: the app's texts read
// from its Rust source, the first paint filled in and shell.html derived, inline scripts moved into
// files with their integrity hashes, and the precompressed copies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { appTexts, parseTexts, unescapeRust } from '../scripts/post-build/app-texts.mjs';
import { appVersion, elementRange, writeFirstPaint } from '../scripts/post-build/first-paint.mjs';
import { moveInlineScripts } from '../scripts/post-build/boot-module.mjs';
import { compressAll } from '../scripts/post-build/compress.mjs';
import { inlineStylesheets } from '../scripts/post-build/inline-css.mjs';
import { checkPages } from '../scripts/post-build/policy-check.mjs';
import { metaPolicy } from '../scripts/csp.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

async function tempDir(files = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'dien-hinh-post-build-'));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  return dir;
}

test('texts are read from a texts! block: one or several lines, with Rust escapes decoded', () => {
  const texts = parseTexts(`
    use criteria::text::Text;
    crate::texts! {
        ONE = "Hồ sơ", "Dossiers";
        // A comment with "quotes" = "is", "not an entry";
        TWO = "Dòng \\"một\\"\\n", "A \\
            continued line";
        THREE = "\\u{1EC7}", "tab\\there";
    }`);
  assert.deepEqual([...texts.keys()], ['ONE', 'TWO', 'THREE']);
  assert.deepEqual(texts.get('ONE'), { vi: 'Hồ sơ', en: 'Dossiers' });
  assert.deepEqual(texts.get('TWO'), { vi: 'Dòng "một"\n', en: 'A continued line' });
  assert.deepEqual(texts.get('THREE'), { vi: 'ệ', en: 'tab\there' });
  assert.equal(unescapeRust('a\\\\b'), 'a\\b');
});

test('the app\'s own texts are found by module::NAME, and a missing one stops the build', async () => {
  const text = appTexts(ROOT);
  assert.deepEqual(await text('shell::NAV_DOSSIERS'), { vi: 'Hồ sơ', en: 'Dossiers' });
  assert.equal((await text('unit::NAV')).vi, 'Đơn vị');
  await assert.rejects(text('shell::NO_SUCH_TEXT'), /declares no text NO_SUCH_TEXT/);
  await assert.rejects(text('no_such_module::X'), /ENOENT/);
  await assert.rejects(text('shell'), /not module::NAME/);
  assert.match(await appVersion(ROOT), /^\d+\.\d+\.\d+/);
});

test('elementRange finds an element\'s end past nested elements of the same name', () => {
  const html = '<div a><div b><div c></div></div><p></p></div><div d></div>';
  const range = elementRange(html, /<div a>/);
  assert.equal(html.slice(range.start, range.end), '<div a><div b><div c></div></div><p></p></div>');
  assert.equal(html.slice(range.contentStart, range.contentEnd), '<div b><div c></div></div><p></p>');
  assert.equal(elementRange(html, /<span>/), null);
  assert.throws(() => elementRange('<div a><div>', /<div a>/), /never closed/);
});

const PAGE = `<!DOCTYPE html>
<html lang="vi">
  <head>
    <!-- a note for whoever reads the source -->
    <meta http-equiv="Content-Security-Policy" content="{{csp}}" />
    <title>{{msg::shell::APP_TITLE}}</title>
  </head>
  <body>
    <header data-first-paint><a href="/ho-so">{{msg::shell::NAV_DOSSIERS}}</a></header>
    <main data-first-paint>
      <section class="hero" data-first-paint-page><h1>{{msg::shell::HOME_HEADING}}</h1><section>nested</section></section>
    </main>
    <footer data-first-paint>{{msg::shell::FOOTER_VERSION}} {{version}}</footer>
    <template data-first-paint-page="other">
      <p role="status">{{msg::shell::LOADING}}</p>
    </template>
  </body>
</html>
`;

test('the first paint gets the app\'s texts, the version and the policy; shell.html has the loading line instead of the home page', async () => {
  const dir = await tempDir({ 'index.html': PAGE });
  try {
    await writeFirstPaint(dir, { root: ROOT });
    const index = await readFile(join(dir, 'index.html'), 'utf8');
    const shell = await readFile(join(dir, 'shell.html'), 'utf8');
    const version = await appVersion(ROOT);
    assert.ok(index.includes(`content="${metaPolicy()}"`));
    assert.ok(index.includes('<title>Điển Hình — tự đánh giá điển hình tiên tiến</title>'));
    assert.ok(index.includes('<a href="/ho-so">Hồ sơ</a>'));
    assert.ok(index.includes('<h1>Tự đánh giá điển hình tiên tiến</h1><section>nested</section></section>'));
    assert.ok(index.includes(`Phiên bản ${version}</footer>`));
    assert.doesNotMatch(index, /\{\{|<!--|<template|Đang tải/);
    assert.ok(shell.includes('<main data-first-paint>\n      <p role="status">Đang tải…</p>\n    </main>'), shell);
    assert.doesNotMatch(shell, /hero|nested|<template/);
    assert.equal(shell.replace(/<main[\s\S]*<\/main>/, ''), index.replace(/<main[\s\S]*<\/main>/, ''));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the first paint refuses an unknown placeholder, an unknown text, or a page without its two parts', async () => {
  for (const [page, error] of [
    [PAGE.replace('{{version}}', '{{verison}}'), /unknown placeholder \{\{verison\}\}/],
    [PAGE.replace('APP_TITLE', 'APP_TITEL'), /declares no text APP_TITEL/],
    [PAGE.replace(/<template[\s\S]*<\/template>/, ''), /data-first-paint-page="other"/],
  ]) {
    const dir = await tempDir({ 'index.html': page });
    try {
      await assert.rejects(writeFirstPaint(dir, { root: ROOT }), error);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
});

const LOADER = `
import init, * as bindings from '/app-0123456789abcdef.js';
const wasm = await init({ module_or_path: '/app-0123456789abcdef_bg.wasm' });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
`;

test('inline scripts move into content-named files, referenced with their sha384 integrity; the loader gets the registration appended', async () => {
  const page = (extra = '') => `<html><head><script type="module">${LOADER}</script>${extra}<script src="/kept.js"></script></head><body></body></html>`;
  const dir = await tempDir({ 'index.html': page('<script>console.log("x")</script>'), 'shell.html': page() });
  try {
    const written = await moveInlineScripts(dir, { root: ROOT });
    assert.equal(written.length, 2);
    const boot = written.find((n) => n.startsWith('boot-'));
    const other = written.find((n) => n.startsWith('inline-'));
    assert.match(boot, /^boot-[0-9a-f]{16}\.js$/);
    const code = await readFile(join(dir, boot), 'utf8');
    assert.ok(code.startsWith(LOADER.trim()), 'trunk\'s loader first');
    assert.ok(code.endsWith(await readFile(join(ROOT, 'web', 'register-sw.js'), 'utf8')), 'then the registration');
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    for (const name of ['index.html', 'shell.html']) {
      const html = await readFile(join(dir, name), 'utf8');
      assert.ok(html.includes(`<script type="module" src="/${boot}" integrity="${integrity}" crossorigin="anonymous"></script>`), html);
      assert.ok(html.includes('<script src="/kept.js"></script>'));
      assert.doesNotMatch(html, /<script[^>]*>[^<]+<\/script>/, 'no inline code left');
    }
    assert.equal(await readFile(join(dir, other), 'utf8'), 'console.log("x")\n');
    assert.match(await readFile(join(dir, 'index.html'), 'utf8'), new RegExp(`<script src="/${other}" integrity="sha384-`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const without = await tempDir({ 'index.html': '<html><head></head><body></body></html>' });
  try {
    await assert.rejects(moveInlineScripts(without, { root: ROOT }), /expected trunk's loader script once, found it 0 times/);
  } finally {
    await rm(without, { recursive: true, force: true });
  }
});

test('every text and wasm file gets a .br and a .gz that decode to it; images and tiny incompressible files do not', async () => {
  const text = 'Điển Hình '.repeat(500);
  const dir = await tempDir({ 'a.js': text, 'sub/b.css': text, 'c.png': text, 'd.json': '1', 'e.wasm': Buffer.from(text) });
  try {
    const report = await compressAll(dir);
    assert.deepEqual(report.map((r) => r.file).sort(), ['a.js', 'd.json', 'e.wasm', 'sub/b.css']);
    for (const name of ['a.js', 'sub/b.css', 'e.wasm']) {
      assert.equal(brotliDecompressSync(await readFile(join(dir, `${name}.br`))).toString(), text);
      assert.equal(gunzipSync(await readFile(join(dir, `${name}.gz`))).toString(), text);
    }
    const files = await readdir(dir);
    assert.ok(!files.includes('c.png.br') && !files.includes('d.json.br') && !files.includes('d.json.gz'), files.join());
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

test('the stylesheets become one inline style, in their order, allowed by the hash returned; their files go', async () => {
  const a = 'header { color: red; }\n';
  const b = '@media print { header { display: none; } }\n';
  const dir = await tempDir({
    'a-0123456789abcdef.css': a,
    'b-0123456789abcdef.css': b,
    'index.html': `<head>\n    <meta charset="utf-8" />\n    <link rel="stylesheet" href="/a-0123456789abcdef.css" integrity="${sri(a)}"/>\n    <link rel="stylesheet" href="/b-0123456789abcdef.css" integrity="${sri(b)}"/>\n    <link rel="icon" href="/i.svg"/>\n</head>`,
  });
  try {
    const source = await inlineStylesheets(dir);
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    const content = html.match(/<style>([\s\S]*)<\/style>/)[1];
    assert.equal(content, `\n${a.trim()}\n${b.trim()}\n    `);
    assert.equal(source, `'sha256-${createHash('sha256').update(content).digest('base64')}'`);
    assert.doesNotMatch(html, /stylesheet/);
    assert.match(html, /<link rel="icon" href="\/i.svg"\/>/);
    assert.deepEqual((await readdir(dir)).sort(), ['index.html']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const tampered = await tempDir({ 'a.css': 'x{}', 'index.html': `<link rel="stylesheet" href="/a.css" integrity="${sri('y{}')}"/>` });
  try {
    await assert.rejects(inlineStylesheets(tampered), /does not match its integrity/);
  } finally {
    await rm(tampered, { recursive: true, force: true });
  }
});

test('the last check stops a build whose page lacks its policy, has an unlisted inline style, or an inline script', async () => {
  const style = '\nbody { margin: 0 }\n';
  const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  const page = (policy, rest = '') => `<head><meta http-equiv="Content-Security-Policy" content="${policy}" /><style>${style}</style>${rest}</head>`;
  for (const [html, error] of [
    [page(metaPolicy([hash]), '<script type="module" src="/boot.js"></script>'), null],
    [`<head><style>${style}</style></head>`, /no Content-Security-Policy/],
    [page(metaPolicy()), /inline style .* is not allowed/],
    [page(metaPolicy([hash]), '<script>alert(1)</script>'), /inline script is left/],
    [`<head><style>${style}</style><meta http-equiv="Content-Security-Policy" content="${metaPolicy([hash])}" /></head>`, /comes after a script or style/],
  ]) {
    const dir = await tempDir({ 'index.html': html });
    try {
      if (error) await assert.rejects(checkPages(dir), error);
      else assert.deepEqual(await checkPages(dir), ['index.html']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
});
