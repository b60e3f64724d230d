// The last look at the built pages before they ship: each carries its Content-Security-Policy in a
// <meta> before any script or style, every inline <style> is allowed there by its sha256, and no
// script is inline. A page that fails would show up blank or unstyled only in the browser; here the
// build stops instead, naming the page.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

/** Throws if a page of `dir` breaks its own policy; returns the pages checked. */
export async function checkPages(dir) {
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  for (const page of pages) {
    const html = await readFile(join(dir, page), 'utf8');
    const meta = html.match(META);
    if (!meta) throw new Error(`${page}: no Content-Security-Policy <meta>`);
    const firstUse = Math.min(...['<script', '<style', '<link rel="stylesheet"'].map((t) => html.indexOf(t)).filter((i) => i >= 0));
    if (meta.index > firstUse) throw new Error(`${page}: the policy <meta> comes after a script or style, which it would not cover`);
    const styleSrc = meta[1].split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'style-src') ?? [];
    for (const [, content] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      const source = `'sha256-${createHash('sha256').update(content).digest('base64')}'`;
      if (!styleSrc.includes(source)) throw new Error(`${page}: an inline style (${source}) is not allowed by its policy`);
    }
    for (const [tag, content] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      if (!/\bsrc=/.test(tag) || content.trim()) throw new Error(`${page}: an inline script is left: ${tag.slice(0, 80)}`);
    }
  }
  return pages;
}
