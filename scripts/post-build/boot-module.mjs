// No inline script: moves every inline <script> of the built pages into a file of its own.
//
// trunk 0.21 writes its wasm loader inline (`<script type="module">import init … await init(…);
// dispatchEvent(new CustomEvent("TrunkApplicationStarted" …))</script>`) and has no option to write
// it to a file. A strict Content-Security-Policy (scripts/csp.mjs) allows scripts from the site's
// own files only, so here the loader becomes `boot-<hash>.js`, referenced with its Subresource
// Integrity hash, and web/register-sw.js is appended to it: it runs after the loader's top-level
// await, so once the app has started. Any other inline script (trunk serve's reload script, say)
// moves to `inline-<hash>.js` as it is. The files are named by their content, so they are cached
// as immutable like trunk's own.
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const TRUNK_LOADER = 'TrunkApplicationStarted';

const digest = (algorithm, text, encoding) => createHash(algorithm).update(text).digest(encoding);

/** Moves the inline scripts of every .html file at the top of `dir`; returns the files written. */
export async function moveInlineScripts(dir, { root, publicUrl = '/' }) {
  const afterStart = await readFile(join(root, 'web', 'register-sw.js'), 'utf8');
  const written = new Set();
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  for (const page of pages) {
    const path = join(dir, page);
    const html = await readFile(path, 'utf8');
    let loaders = 0;
    const files = [];
    const rewritten = html.replace(INLINE_SCRIPT, (whole, attributes, content) => {
      if (/\bsrc\s*=/.test(attributes)) return whole;
      const isLoader = content.includes(TRUNK_LOADER);
      if (isLoader) loaders += 1;
      const code = isLoader ? `${content.trim()}\n\n${afterStart}` : `${content.trim()}\n`;
      const name = `${isLoader ? 'boot' : 'inline'}-${digest('sha256', code, 'hex').slice(0, 16)}.js`;
      files.push([name, code]);
      const type = attributes.match(/\btype\s*=\s*"([^"]*)"/)?.[1];
      const typeAttribute = type ? ` type="${type}"` : '';
      return `<script${typeAttribute} src="${publicUrl}${name}" integrity="sha384-${digest('sha384', code, 'base64')}" crossorigin="anonymous"></script>`;
    });
    if (loaders !== 1) throw new Error(`${path}: expected trunk's loader script once, found it ${loaders} times`);
    for (const [name, code] of files) {
      await writeFile(join(dir, name), code);
      written.add(name);
    }
    await writeFile(path, rewritten);
  }
  return [...written];
}
