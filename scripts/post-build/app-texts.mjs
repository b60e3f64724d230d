// Reads the app's interface texts from its Rust source (crates/app-core/src/i18n/msg/<module>.rs), so the build can
// write the first paint with the very words the app will show.
//
// Each module declares its texts with the `texts!` macro of crates/app-core/src/i18n/msg/mod.rs, one entry per text:
//     NAME = "vi", "en";
// (an entry may span lines). Only that shape is read; the string literals are plain Rust strings,
// whose escapes are decoded below.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const STRING = String.raw`"((?:[^"\\]|\\[\s\S])*)"`;
const ENTRY = new RegExp(String.raw`\b([A-Z][A-Z0-9_]*)\s*=\s*${STRING}\s*,\s*${STRING}\s*;`, 'g');

/** The value of a Rust string literal's body: its escapes, and line continuations, decoded. */
export function unescapeRust(body) {
  return body.replace(/\\(\n\s*|u\{([0-9a-fA-F]{1,6})\}|x([0-7][0-9a-fA-F])|[nrt0\\'"])/g, (all, what, unicode, hex) => {
    if (unicode) return String.fromCodePoint(parseInt(unicode, 16));
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    if (what.startsWith('\n')) return '';
    return { n: '\n', r: '\r', t: '\t', 0: '\0', '\\': '\\', "'": "'", '"': '"' }[what];
  });
}

/** The texts of one source file: name → { vi, en }. */
export function parseTexts(source) {
  const body = source.match(/texts!\s*\{([\s\S]*)\}/)?.[1];
  if (body === undefined) return new Map();
  const texts = new Map();
  for (const [, name, vi, en] of body.matchAll(ENTRY)) {
    texts.set(name, { vi: unescapeRust(vi), en: unescapeRust(en) });
  }
  return texts;
}

/**
 * A lookup of `module::NAME` (such as `shell::NAV_DOSSIERS`) in the app at `root`. Throws, naming
 * the file, when the module or the text does not exist: a first paint must never show a raw key.
 */
export function appTexts(root) {
  const modules = new Map();
  return async (key) => {
    const [module, name, ...rest] = key.split('::');
    if (!module || !name || rest.length || !/^[a-z_]+$/.test(module)) throw new Error(`"${key}" is not module::NAME`);
    const file = join(root, 'crates', 'app-core', 'src', 'i18n', 'msg', `${module}.rs`);
    if (!modules.has(module)) modules.set(module, parseTexts(await readFile(file, 'utf8')));
    const text = modules.get(module).get(name);
    if (!text) throw new Error(`${file} declares no text ${name}`);
    return text;
  };
}
