// The service worker of Điển Hình: after one visit, the app starts and works with no network, and a
// network that never answers cannot hold its start hostage.
//
// - install: precache the first paints (index.html, kept under the scope's address, for the home
//   page; shell.html for every other page) and every other file the build emitted (the hashed wasm,
//   JS and CSS, the icons, the manifest, the schemas). The list and the build id below are written
//   at build time by scripts/precache-manifest.mjs (trunk's post_build hook), so they are right for
//   every build. It is registered only once the app has started (web/register-sw.js), so the
//   hashed files are already in the browser's HTTP cache and are taken from there, not downloaded
//   a second time.
// - fetch: navigations (addresses without an extension, such as /ho-so/abc) go to the network
//   first, so a new deploy is seen on the next online start; offline, on a server error, or when
//   the network has not delivered the page within NAVIGATION_TIMEOUT_MS, the cached first paint
//   answers instead. Every other same-origin GET is served from the cache first: its name carries
//   a content hash, so a cached copy is never stale.
// - activate: a new build has a new cache name; the old caches are deleted once it takes over.
//   The dossiers live in localStorage, which a service worker neither sees nor touches.

// Generated lines: scripts/precache-manifest.mjs rewrites each of these two lines whole.
const BUILD_ID = 'dev';
const PRECACHE = ['./'];

const CACHE_PREFIX = 'dien-hinh-';
const CACHE = CACHE_PREFIX + BUILD_ID;
/** The home page's first paint, and every other page's (an older build has only the former). */
const HOME = new URL('./', self.location).href;
const SHELL = new URL('./shell.html', self.location).href;
/**
 * How long a navigation waits for the network before the cached copy answers. A phone on a slow
 * network gets the page in about a second; three seconds without it means the network is not
 * answering, and the cached app is better than a blank screen.
 */
const NAVIGATION_TIMEOUT_MS = 3000;
/** trunk's content-hashed names (the hash may be shorter than 16 digits): a copy in the HTTP cache is this very file. */
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // A hashed file may come from the HTTP cache as it is ('force-cache'): the running page has just
    // loaded it. Every other file is revalidated ('no-cache'), so the HTTP cache cannot hand us an
    // index.html of the previous build. addAll is all or nothing: a failed install is retried by the
    // browser on a later visit, and the previous build keeps serving meanwhile.
    await cache.addAll(PRECACHE.map((path) => new Request(new URL(path, self.location), {
      cache: HASHED.test(path) ? 'force-cache' : 'no-cache',
    })));
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
    event.respondWith(networkFirstPage(request, url.pathname === new URL(HOME).pathname));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

/**
 * A page address: the network's answer when it comes in time, else the cached first paint (the
 * router does the rest). Without a cached copy there is nothing better to offer, so the network
 * gets all the time it needs.
 */
async function networkFirstPage(request, isHome) {
  const network = fetchWhole(request);
  // Its failure is handled below, perhaps only after it has happened, or not at all once the cached
  // copy has answered: never an unhandled rejection.
  network.catch(() => {});
  const cached = await cachedPage(isHome);
  if (!cached) return network;
  const timeout = new Promise((ok) => setTimeout(() => ok(null), NAVIGATION_TIMEOUT_MS));
  try {
    const response = await Promise.race([network, timeout]);
    if (response && response.status < 500) return response;
  } catch {
    // Offline or refused: the cached copy below.
  }
  return cached;
}

/**
 * The network's answer with its body read to the end, so a server that sends the headers and then
 * stalls counts as not answering. A page is some 30 kB (6 kB over the wire), so nothing is lost by
 * not streaming it; anything other than a plain answer (a redirect, say) is passed on as it came.
 */
async function fetchWhole(request) {
  const response = await fetch(request);
  if (response.type !== 'basic' || !response.ok || !response.body) return response;
  const body = await response.arrayBuffer();
  // The body is decoded now: its transfer headers no longer describe it.
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function cachedPage(isHome) {
  const response = (!isHome && await caches.match(SHELL, { cacheName: CACHE }))
    || await caches.match(HOME, { cacheName: CACHE });
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
