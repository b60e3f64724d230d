// Registers the service worker (public/sw.js), which keeps the app usable offline after one visit.
//
// The build appends this file to the boot module (scripts/post-build/boot-module.mjs), after trunk's
// loader, whose top-level `await init(...)` resolves once the wasm has run `main` and the app is on
// screen: so this runs only after the app has started, and then waits for an idle moment. Had it
// run on `load` (as it once did), the worker's precache would start while the wasm is still on its
// way and download it a second time from a host that sends no validators. A browser without service
// workers, or a failed registration, leaves the app working online as before.
if ('serviceWorker' in navigator) {
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch((error) => {
      console.warn('Điển Hình: the service worker could not be registered or updated:', error);
    });
  };
  if ('requestIdleCallback' in window) {
    requestIdleCallback(register, { timeout: 5000 });
  } else {
    setTimeout(register, 1000);
  }
}
