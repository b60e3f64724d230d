// The app's Content-Security-Policy, in one place: the build writes it into each page's <meta>
// (scripts/post-build/first-paint.mjs), the static server sends it as a header, and README's nginx
// example repeats the header (tests/e2e/delivery.test.mjs checks that they agree).
//
// What the app needs and nothing more: its own files ('self'); 'wasm-unsafe-eval' to compile the
// wasm (it allows WebAssembly compilation, not JavaScript eval); no inline script at all (the build
// moves trunk's loader into a file, scripts/post-build/boot-module.mjs). Images, fetches (the wasm),
// the manifest and the service worker fall under default-src 'self'.
//
// Styles: the app's views set no `style` attribute; the stylesheets are inlined into the page
// (scripts/post-build/inline-css.mjs) so it can paint without waiting for another file. The <meta>
// allows that one <style> by its sha256 and nothing else inline. The header, which a host sends
// unchanged from build to build, cannot know the hash and says 'unsafe-inline' for styles instead;
// a browser enforces both policies, so on the pages the <meta>'s stricter rule is the one that holds
// (an injected style element or attribute is refused and reported: tests/e2e/csp.test.mjs).

/** The directives, in the order they are written; `style` is the style-src sources. */
const directives = (style) => [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', style],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> policy may not carry: the browser ignores them there and says so in the console. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const join = (list) => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as the server's Content-Security-Policy header. */
export function headerPolicy() {
  return join(directives("'self' 'unsafe-inline'"));
}

/**
 * The policy for a page's <meta http-equiv>: the inline styles it holds allowed by their hash
 * (`'sha256-…'` sources), and without what only a header can say.
 */
export function metaPolicy(styleSources = []) {
  return join(directives(["'self'", ...styleSources].join(' ')).filter(([name]) => !HEADER_ONLY.has(name)));
}
