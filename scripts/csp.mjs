// The app's Content-Security-Policy, in one place: the build writes it into index.html's <meta>
// (scripts/post-build/first-paint.mjs), the static server sends it as a header, and README's nginx
// snippet repeats it (tests/e2e/delivery.test.mjs checks that the three agree).
//
// What the app needs and nothing more: its own files ('self'); 'wasm-unsafe-eval' to compile the
// wasm (it allows WebAssembly compilation, not JavaScript eval); no inline script at all (the build
// moves trunk's loader into a file, scripts/post-build/boot-module.mjs); no inline style either: the
// app's views set no `style` attribute and every rule is in the stylesheets. Images, fetches (the
// wasm), the manifest and the service worker fall under default-src 'self'.

/** The directives, in the order they are written. */
export const DIRECTIVES = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy may not carry: the browser ignores them there and says so in the console. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const join = (directives) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as the server's Content-Security-Policy header. */
export function headerPolicy() {
  return join(DIRECTIVES);
}

/** The same policy for index.html's <meta http-equiv>, without what only a header can say. */
export function metaPolicy() {
  return join(DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));
}
