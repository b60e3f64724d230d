// The service worker of Điển Hình: after one visit, the app starts and works with no network.
//
// - install: precache the app shell (index.html, kept under the scope's address) and every other
//   file trunk emitted (the hashed wasm, JS and CSS, the icons, the manifest). The list and the
//   build id below are written at build time by scripts/precache-manifest.mjs (trunk's post_build
//   hook), so they are right for every build.
// - fetch: navigations (addresses without an extension, such as /ho-so/abc) go to the network
//   first, so a new deploy is seen on the next online start, and fall back to the cached shell
//   offline; every other same-origin GET is served from the cache first: its name carries a
//   content hash, so a cached copy is never stale.
// - activate: a new build has a new cache name; the old caches are deleted once it takes over.
//   The dossiers live in localStorage, which a service worker neither sees nor touches.

// Generated lines: scripts/precache-manifest.mjs rewrites each of these two lines whole.
const BUILD_ID = 'dev';
const PRECACHE = ['./'];

const CACHE_PREFIX = 'dien-hinh-';
const CACHE = CACHE_PREFIX + BUILD_ID;
const SHELL = new URL('./', self.location).href;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'no-cache' revalidates with the server, so the browser's HTTP cache cannot hand us an
    // index.html of the previous build. addAll is all or nothing: a failed install is retried
    // by the browser on a later visit, and the previous build keeps serving meanwhile.
    await cache.addAll(PRECACHE.map((path) => new Request(new URL(path, self.location), { cache: 'no-cache' })));
    // Every file is content-hashed and the running page has already loaded its own, so the new
    // build can take over at once instead of waiting for every tab to close.
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const lastSegment = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (request.mode === 'navigate' && !lastSegment.includes('.')) {
    event.respondWith(networkFirstShell(request));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

/** A page address: the network's answer when there is one, else the cached shell (the router does the rest). */
async function networkFirstShell(request) {
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
    return (await cachedShell()) ?? response;
  } catch (error) {
    const shell = await cachedShell();
    if (shell) return shell;
    throw error;
  }
}

async function cachedShell() {
  const response = await caches.match(SHELL, { cacheName: CACHE });
  if (!response || !response.redirected) return response;
  // A navigation may not be answered with a redirected response: copy it into a plain one.
  return new Response(response.body, { status: response.status, headers: response.headers });
}

/** A file: from the cache if there, else from the network, kept for next time. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}
