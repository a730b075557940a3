
// Starts the app once the page has loaded and painted; on failure says so on the page.
// This text is fixed, so the CSP allows it by its hash (bundle::CSP); its element's data
// attributes name the files to load: data-js, data-wasm and their integrity.
const failed = (error) => {
  console.error('The app could not start:', error);
  const root = document.documentElement;
  if (root.dataset.app === 'ready' || document.querySelector('.boot-error')) return;
  const note = document.createElement('p');
  note.className = 'boot-error';
  note.setAttribute('role', 'alert');
  note.textContent = root.dataset.bootError || 'The interactive parts of this page could not start.';
  (document.querySelector('main') || document.body).prepend(note);
};
// Resolves once the first contentful paint is on screen (at once where the
// browser does not report paints, and after 4 s at the latest).
const painted = () => new Promise((done) => {
  if (!(PerformanceObserver.supportedEntryTypes || []).includes('paint')) return done();
  setTimeout(done, 4000);
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); done(); }
  }).observe({ type: 'paint', buffered: true });
});
const preload = (attributes) => document.head.append(Object.assign(document.createElement('link'), attributes));
try {
  const app = document.querySelector('script[data-wasm]').dataset;
  if (document.readyState !== 'complete') {
    await new Promise((done) => addEventListener('load', done, { once: true }));
  }
  await painted();
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  for (const href of (document.documentElement.dataset.preload || '').split(' ').filter(Boolean)) {
    preload({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  }
  preload({ rel: 'modulepreload', crossOrigin: 'anonymous', href: app.js, integrity: app.jsIntegrity || '' });
  const wasmResponse = fetch(app.wasm, { integrity: app.wasmIntegrity || '' });
  // Its failure is reported once, below, when the app awaits it.
  wasmResponse.catch(() => {});
  const bindings = await import(app.js);
  // Compiled from its bytes, not streamed: V8 decodes a streamed module on
  // the main thread as its bytes arrive (a long task after the paint),
  // while WebAssembly.compile decodes it on a background thread.
  const wasmFile = await wasmResponse;
  if (!wasmFile.ok) throw new Error(`${app.wasm}: HTTP ${wasmFile.status}`);
  const module = await WebAssembly.compile(await wasmFile.arrayBuffer());
  const wasm = await bindings.default({ module_or_path: module });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  failed(error);
}
