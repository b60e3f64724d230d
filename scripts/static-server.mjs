// A small static server for the built app in dist/: the serve command and the end-to-end tests
// both use it, so what the tests load is what a person opens.
//
// Any path that does not name a file gets index.html, so a deep link such as /ho-so survives a
// reload (the router then takes over in the browser).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Starts serving `root`; resolves to the listening server. Port 0 picks a free one. */
export function startServer({ root, host = '127.0.0.1', port = 8080 }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const urlPath = new URL(req.url, 'http://localhost').pathname;
      let path = await fileAt(base, urlPath);
      if (!path && !extname(urlPath)) path = join(base, 'index.html');
      if (!path) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
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
