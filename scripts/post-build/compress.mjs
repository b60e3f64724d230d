// Writes precompressed copies beside each file a browser may fetch: `name.br` (brotli, quality 11)
// and `name.gz` (gzip -9), so a static host can answer with the smallest one the browser accepts
// (scripts/static-server.mjs does; README, "Deploying", shows nginx). A copy that would not be
// smaller than the file is not written. Deterministic: the same build gives the same bytes.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text and wasm compress well; images such as PNG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);

const brotli = (body, text) => brotliCompressSync(body, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  },
});
const gzip = (body) => gzipSync(body, { level: 9 });

/** Compresses every eligible file under `dir`; returns [{ file, raw, br, gz }] (bytes, null if not written). */
export async function compressAll(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const report = [];
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const body = await readFile(path);
    const sizes = { file: path.slice(dir.length).replace(/^[/\\]/, ''), raw: body.length, br: null, gz: null };
    for (const [suffix, packed] of [['br', brotli(body, extname(path) !== '.wasm')], ['gz', gzip(body)]]) {
      if (packed.length >= body.length) continue;
      await writeFile(`${path}.${suffix}`, packed);
      sizes[suffix] = packed.length;
    }
    report.push(sizes);
  }
  return report;
}
