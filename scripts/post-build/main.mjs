// trunk's post_build hook (Trunk.toml): turns trunk's output into what is deployed, in order, over
// its staging directory ($TRUNK_STAGING_DIR, or the directory given):
//
// 1. the first paint: index.html's texts filled in, shell.html derived (first-paint.mjs);
// 2. no inline script: trunk's loader moved into boot-<hash>.js with the service worker's
//    registration after it (boot-module.mjs);
// 3. the service worker's precache list and build id, over the files as they now are
//    (../precache-manifest.mjs);
// 4. the .br and .gz copies of every text and wasm file, last, so they are of the final files
//    (compress.mjs).
//
// Usage: node scripts/post-build/main.mjs [DIR]
import { fileURLToPath } from 'node:url';
import { writeFirstPaint } from './first-paint.mjs';
import { moveInlineScripts } from './boot-module.mjs';
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
  await writeFirstPaint(dir, { root });
  const moved = await moveInlineScripts(dir, { root, publicUrl });
  const { buildId, files, bytes } = await writePrecacheManifest(dir);
  const compressed = await compressAll(dir);
  const sum = (key) => compressed.reduce((n, c) => n + (c[key] ?? c.raw), 0);
  console.log(`post-build: first paint in index.html and shell.html; inline scripts moved to ${moved.join(', ')}`);
  console.log(`post-build: service worker build ${buildId}: ${files} files, ${bytes} bytes`);
  console.log(`post-build: ${compressed.length} files precompressed: ${sum('raw')} bytes raw, ${sum('br')} brotli, ${sum('gz')} gzip`);
} catch (error) {
  console.error(`post-build: ${error.message}`);
  process.exit(1);
}
