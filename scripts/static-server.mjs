// A small static server for the built app in dist/: the serve command, the end-to-end tests and the
// benchmarks all use it, so what they load is what a person opens. It serves dist/ the way a good
// static host should (README, "Deploying"), so the same headers can be checked here before a deploy:
//
// - the precompressed `.br` and `.gz` files the build writes beside each asset, chosen from the
//   request's Accept-Encoding (with `Vary: Accept-Encoding`); a sibling that does not decompress to
//   the file beside it (a file edited after the build) is never served;
// - a strong ETag per representation and `304 Not Modified` on a matching If-None-Match;
// - `Cache-Control`: content-hashed names (trunk's `name-<16 hex>`) are immutable for a year, every
//   other file (index.html, shell.html, sw.js, the manifest, the schemas) is revalidated each time;
// - the Content-Security-Policy of scripts/csp.mjs (with `frame-ancestors`, which a <meta> cannot
//   carry) and `X-Content-Type-Options: nosniff` on every response.
//
// Addresses: `/` is index.html (the home page's first paint); any other path that names no file and
// has no extension is a page of the app and gets shell.html (the first paint of any page: header,
// navigation and a loading line), or index.html for a build without one; the router then takes over.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { headerPolicy } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The encodings the build writes, best first, with the file suffix and how to check one. */
const ENCODINGS = [
  { name: 'br', suffix: '.br', decode: brotliDecompressSync },
  { name: 'gzip', suffix: '.gz', decode: gunzipSync },
];

/**
 * trunk's content-hashed names (`main-6a96c8ae7f91f532.css`, `app-…_bg.wasm`; trunk writes the hash as
 * hex without leading zeros, so it may be shorter than 16) and the build's `boot-<hash>.js`.
 */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const SECURITY_HEADERS = {
  'content-security-policy': headerPolicy(),
  'x-content-type-options': 'nosniff',
};

async function fileAt(root, urlPath) {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const path = resolve(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null; // no escaping dist/
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** The file that answers `urlPath`, or null for a 404. */
async function resolvePath(base, urlPath) {
  const file = await fileAt(base, urlPath);
  if (file) return file;
  if (extname(urlPath)) return null;
  if (urlPath !== '/') {
    const shell = await fileAt(base, '/shell.html');
    if (shell) return shell;
  }
  return fileAt(base, '/index.html');
}

/**
 * The encodings the client accepts (RFC 9110, 12.5.3), by name: `q=0` refuses one, `*` stands for
 * any not named. Without the header only the plain file is sent, as nginx's gzip_static does (RFC
 * 9110 would allow any coding, but a client that sends none may well not decode one). Identity is
 * always acceptable here: the plain file is never refused.
 */
function acceptedEncodings(header = '') {
  const named = new Map();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    named.set(token, q ? Number(q.slice(2)) : 1);
  }
  return (name) => {
    const q = named.has(name) ? named.get(name) : named.get('*') ?? 0;
    return q > 0;
  };
}

/** Whether two ETag lists share a tag, by the weak comparison If-None-Match uses (RFC 9110, 13.1.2). */
function etagMatches(ifNoneMatch, etag) {
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * The representations of one file: the file itself and each valid precompressed sibling, with
 * their ETags. Kept while the file's size and modification time stay the same, so a file changed
 * in place (a new deploy) is read again.
 */
class Representations {
  constructor() {
    this.byPath = new Map();
  }

  async of(path) {
    const info = await stat(path);
    const cached = this.byPath.get(path);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const body = await readFile(path);
    const digest = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    const variants = [{ encoding: null, body, etag: `"${digest}"` }];
    for (const { name, suffix, decode } of ENCODINGS) {
      const packed = await readFile(path + suffix).catch(() => null);
      if (!packed) continue;
      let unpacked = null;
      try {
        unpacked = decode(packed);
      } catch {
        // Not a valid stream: treated as absent below.
      }
      if (unpacked && unpacked.equals(body)) {
        variants.push({ encoding: name, body: packed, etag: `"${digest}-${name}"` });
      } else {
        console.warn(`static-server: ${path}${suffix} is not ${path} compressed; serving the file itself`);
      }
    }
    const entry = { mtimeMs: info.mtimeMs, size: info.size, variants };
    this.byPath.set(path, entry);
    return entry;
  }
}

/** Starts serving `root`; resolves to the listening server. Port 0 picks a free one. */
export function startServer({ root, host = '127.0.0.1', port = 8080 }) {
  const base = resolve(root);
  const representations = new Representations();
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
        return;
      }
      const urlPath = new URL(req.url, 'http://localhost').pathname;
      const path = await resolvePath(base, urlPath);
      if (!path) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS }).end('Not found');
        return;
      }
      const { variants } = await representations.of(path);
      const accepts = acceptedEncodings(req.headers['accept-encoding']);
      const chosen = variants.find((v) => v.encoding && accepts(v.encoding)) ?? variants[0];
      const name = path.slice(path.lastIndexOf(sep) + 1);
      const headers = {
        'cache-control': HASHED.test(name) ? IMMUTABLE : REVALIDATE,
        etag: chosen.etag,
        ...(variants.length > 1 ? { vary: 'Accept-Encoding' } : {}),
        ...SECURITY_HEADERS,
      };
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifNoneMatch && etagMatches(ifNoneMatch, chosen.etag)) {
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': chosen.body.length,
        ...(chosen.encoding ? { 'content-encoding': chosen.encoding } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : chosen.body);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer({ root, port: Number(port) });
  const { address, port: bound } = server.address();
  console.log(`Điển Hình is served at http://${address}:${bound}/ (Ctrl+C to stop)`);
}
