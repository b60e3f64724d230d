// Writes the service worker's precache list and build id into the built sw.js: the post-build step
// (scripts/post-build/main.mjs) runs this over trunk's staging directory, so the list names exactly
// the files of that build, hashed names included, and nothing has to be kept by hand.
//
// The build id is a digest of every file of the build (sw.js with its generated lines blanked),
// so a new deploy changes sw.js, the browser installs the new worker, and it fills a new cache. The
// precompressed copies (.br, .gz) are left out: they are the same files in another encoding, which
// the browser decodes before the worker sees them.
//
// Usage: node scripts/precache-manifest.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SW = 'sw.js';
const BUILD_ID_LINE = /^const BUILD_ID = .*;$/m;
const PRECACHE_LINE = /^const PRECACHE = .*;$/m;
const ENCODED_COPY = /\.(br|gz)$/;

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .filter((file) => !ENCODED_COPY.test(file))
    .sort();
}

/** Rewrites `dir`/sw.js's generated lines; returns { buildId, files, bytes }. Throws if sw.js lacks them. */
export async function writePrecacheManifest(dir) {
  const swPath = join(dir, SW);
  let sw;
  try {
    sw = await readFile(swPath, 'utf8');
  } catch (error) {
    throw new Error(`${swPath}: ${error.message} (is public/sw.js copied by index.html?)`);
  }
  if (!BUILD_ID_LINE.test(sw) || !PRECACHE_LINE.test(sw)) {
    throw new Error(`${swPath}: the lines "const BUILD_ID = ...;" and "const PRECACHE = ...;" are missing`);
  }

  const hash = createHash('sha256');
  hash.update(sw.replace(BUILD_ID_LINE, '').replace(PRECACHE_LINE, ''));
  const precache = [];
  let bytes = 0;
  for (const file of await filesUnder(dir)) {
    if (file === SW) continue;
    const body = await readFile(join(dir, file));
    hash.update(`\0${file}\0`).update(body);
    bytes += body.length;
    // The home page is kept under the scope's own address ('./'), the one a start from the home screen asks for.
    precache.push(file === 'index.html' ? './' : file);
  }
  const buildId = hash.digest('hex').slice(0, 16);

  await writeFile(swPath, sw
    .replace(BUILD_ID_LINE, `const BUILD_ID = ${JSON.stringify(buildId)};`)
    .replace(PRECACHE_LINE, `const PRECACHE = ${JSON.stringify(precache)};`));
  return { buildId, files: precache.length, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('precache-manifest: no directory given and TRUNK_STAGING_DIR is not set');
    process.exit(2);
  }
  try {
    const { buildId, files, bytes } = await writePrecacheManifest(dir);
    console.log(`precache-manifest: build ${buildId}: ${files} files, ${bytes} bytes`);
  } catch (error) {
    console.error(`precache-manifest: ${error.message}`);
    process.exit(1);
  }
}
