// The first paint: fills index.html's placeholders and derives shell.html from it.
//
// index.html (the source) holds the page as the app draws it, before the wasm has arrived: the
// header, the navigation, the home page's text and the footer, with `{{msg::module::NAME}}` for
// each text, `{{version}}` and `{{csp}}`. Here each becomes the app's own Vietnamese text (read from
// crates/app-core/src/i18n/msg/), the version of Cargo.toml and the policy of scripts/csp.mjs. The result is the
// home page's first paint, index.html; shell.html, the first paint of every other address, is the
// same page with the element marked `data-first-paint-page` replaced by the content of
// `<template data-first-paint-page="other">` (a loading line). Comments are dropped: they are for
// whoever reads the source, not for a phone on a slow network.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appTexts } from './app-texts.mjs';
import { metaPolicy } from '../csp.mjs';

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The app's version, as `env!("CARGO_PKG_VERSION")` sees it (the workspace's, or the package's own). */
export async function appVersion(root) {
  const manifest = await readFile(join(root, 'Cargo.toml'), 'utf8');
  for (const section of ['workspace.package', 'package']) {
    const body = manifest.split(/^\[/m).find((s) => s.startsWith(`${section}]`));
    const version = body?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
    if (version) return version;
  }
  throw new Error(`${join(root, 'Cargo.toml')}: no version in [workspace.package] or [package]`);
}

/**
 * Where the element whose opening tag matches `opening` starts and ends (after its closing tag),
 * counting nested elements of the same name. Null if there is none.
 */
export function elementRange(html, opening) {
  const open = opening.exec(html);
  if (!open) return null;
  const name = open[0].match(/^<([a-zA-Z][\w-]*)/)[1];
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  tags.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let tag; (tag = tags.exec(html));) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return { start: open.index, contentStart: open.index + open[0].length, contentEnd: tag.index, end: tags.lastIndex };
  }
  throw new Error(`<${name}> opened at ${open.index} is never closed`);
}

async function fill(html, root, styleSources) {
  const text = appTexts(root);
  const version = await appVersion(root);
  const values = new Map();
  for (const [, key] of html.matchAll(PLACEHOLDER)) {
    if (values.has(key)) continue;
    if (key === 'csp') values.set(key, metaPolicy(styleSources));
    else if (key === 'version') values.set(key, version);
    else if (key.startsWith('msg::')) values.set(key, (await text(key.slice('msg::'.length))).vi);
    else throw new Error(`index.html: unknown placeholder {{${key}}}`);
  }
  return html.replace(PLACEHOLDER, (_, key) => escapeHtml(values.get(key)));
}

/**
 * Writes the filled index.html and shell.html into `dir` (the build's output) from its index.html.
 * `styleSources` are the CSP sources of its inline style (see inline-css.mjs).
 */
export async function writeFirstPaint(dir, { root, styleSources = [] }) {
  const source = await readFile(join(dir, 'index.html'), 'utf8');
  const html = await fill(source.replace(/<!--[\s\S]*?-->\s*/g, ''), root, styleSources);

  const template = elementRange(html, /<template data-first-paint-page="other">/);
  const page = elementRange(html, /<[a-z]+ [^>]*\bdata-first-paint-page(?=[\s>])[^>]*>/);
  if (!template || !page || page.start > template.start) {
    throw new Error('index.html: expected the home page\'s content (data-first-paint-page) and, after it, <template data-first-paint-page="other">');
  }
  const loading = html.slice(template.contentStart, template.contentEnd).trim();
  const withoutTemplate = html.slice(0, template.start).trimEnd() + '\n' + html.slice(template.end).replace(/^[ \t]*\n/, '');
  const shell = withoutTemplate.slice(0, page.start) + loading + withoutTemplate.slice(page.end);

  await writeFile(join(dir, 'index.html'), withoutTemplate);
  await writeFile(join(dir, 'shell.html'), shell);
  return { index: withoutTemplate, shell };
}
