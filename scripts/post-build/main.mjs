// trunk's post_build hook (Trunk.toml): turns trunk's output into what is deployed, in order, over
// its staging directory ($TRUNK_STAGING_DIR, or the directory given):
//
// 1. the stylesheets inlined into index.html, so the first paint needs no other file (inline-css.mjs);
// 2. the first paint: index.html's texts and policy filled in, shell.html derived (first-paint.mjs);
// 3. no inline script: trunk's loader moved into boot-<hash>.js with the service worker's
//    registration after it (boot-module.mjs);
// 4. a check that each page keeps its own Content-Security-Policy (policy-check.mjs);
// 5. the service worker's precache list and build id, over the files as they now are
//    (../precache-manifest.mjs);
// 6. the .br and .gz copies of every text and wasm file, last, so they are of the final files
//    (compress.mjs).
//
// Usage: node scripts/post-build/main.mjs [DIR]
import { fileURLToPath } from 'node:url';
import { inlineStylesheets } from './inline-css.mjs';
import { writeFirstPaint } from './first-paint.mjs';
import { moveInlineScripts } from './boot-module.mjs';
import { checkPages } from './policy-check.mjs';
import { compressAll } from './compress.mjs';
import { writePrecacheManifest } from '../precache-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: no directory given and TRUNK_STAGING_DIR is not set');
  process.exit(2);
}
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';

try {
  const style = await inlineStylesheets(dir, { publicUrl });
  await writeFirstPaint(dir, { root, styleSources: [style] });
  const moved = await moveInlineScripts(dir, { root, publicUrl });
  const pages = await checkPages(dir);
  const { buildId, files, bytes } = await writePrecacheManifest(dir);
  const compressed = await compressAll(dir);
  const sum = (key) => compressed.reduce((n, c) => n + (c[key] ?? c.raw), 0);
  console.log(`post-build: ${pages.join(' and ')}: styles inline (${style}), first paint filled in, inline scripts moved to ${moved.join(', ')}`);
  console.log(`post-build: service worker build ${buildId}: ${files} files, ${bytes} bytes`);
  console.log(`post-build: ${compressed.length} files precompressed: ${sum('raw')} bytes raw, ${sum('br')} brotli, ${sum('gz')} gzip`);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
