// The stylesheets inlined into the page: trunk links each of style/*.css as a file of its own, and on
// a slow network the page cannot paint until they have come, one more round trip after the page
// itself (over half a second on Chrome's "Slow 4G"); on HTTP/1.1 the six of them also held the
// browser's six connections while the wasm waited. Here their contents, in the order linked, become
// one <style> in index.html, and the files go. The style is allowed by its hash in the page's own
// Content-Security-Policy (scripts/csp.mjs), which is why this returns it.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STYLESHEET = /[ \t]*<link rel="stylesheet" href="([^"]+)"(?: integrity="([^"]+)")?\s*\/?>\n?/g;

/** Inlines `dir`/index.html's stylesheets; returns the CSP source of the style ('sha256-…'). */
export async function inlineStylesheets(dir, { publicUrl = '/' } = {}) {
  const path = join(dir, 'index.html');
  const html = await readFile(path, 'utf8');
  const links = [...html.matchAll(STYLESHEET)];
  if (!links.length) throw new Error(`${path}: no stylesheet to inline`);
  const files = [];
  const sheets = [];
  for (const [, href, integrity] of links) {
    if (!href.startsWith(publicUrl)) throw new Error(`${path}: stylesheet ${href} is not one of the build's files`);
    const file = join(dir, href.slice(publicUrl.length));
    const css = await readFile(file, 'utf8');
    if (integrity) {
      const [algorithm, expected] = integrity.split(/-(.*)/s);
      const actual = createHash(algorithm).update(css).digest('base64');
      if (actual !== expected) throw new Error(`${file}: does not match its integrity ${integrity}`);
    }
    if (/<\/style/i.test(css)) throw new Error(`${file}: contains "</style", which would end the inlined style`);
    files.push(file);
    sheets.push(css.trim());
  }
  const indent = links[0][0].match(/^[ \t]*/)[0];
  // The element's text, exactly: the hash covers every byte between <style> and </style>.
  const content = `\n${sheets.join('\n')}\n${indent}`;
  let first = true;
  const inlined = html.replace(STYLESHEET, () => {
    if (!first) return '';
    first = false;
    return `${indent}<style>${content}</style>\n`;
  });
  await writeFile(path, inlined);
  for (const file of files) await rm(file);
  return `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
}
