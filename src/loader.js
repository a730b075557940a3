// Starts the app when the page needs it (bundle::LOADER says when and why); on failure
// says so on the page. This text is fixed, so the CSP allows it by its hash (bundle::CSP).
const root = document.documentElement;
const failed = (error) => {
  console.error('The app could not start:', error);
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
let started;
const start = () => started ||= (async () => {
  try {
    const app = document.querySelector('script[data-wasm]').dataset;
    if (document.readyState !== 'complete') {
      await new Promise((done) => addEventListener('load', done, { once: true }));
    }
    await painted();
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    for (const href of (root.dataset.preload || '').split(' ').filter(Boolean)) {
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
})();
// Links to the other editions keep the query, as the app's do.
for (const a of document.querySelectorAll('#app a[hreflang]')) {
  const href = a.getAttribute('href');
  if (!href.includes('?')) a.setAttribute('href', href + location.search);
}
// A button pressed before the app is ready brings it, and is pressed again in the app's page.
const BUTTONS = '#app button:not(.kept-page *)';
let pressed = -1;
addEventListener('click', (e) => {
  const button = e.target.closest?.(BUTTONS);
  if (!button || root.dataset.app === 'ready') return;
  pressed = [...document.querySelectorAll(BUTTONS)].indexOf(button);
  start();
}, true);
new MutationObserver((_, observer) => {
  if (root.dataset.app !== 'ready') return;
  observer.disconnect();
  if (pressed >= 0) document.querySelectorAll(BUTTONS)[pressed]?.click();
}).observe(root, { attributes: true, attributeFilter: ['data-app'] });
// The one rule the build cannot apply: /news/?tag=x is served the file of /news/.
const keys = (root.dataset.appQuery || '').split(' ');
if (root.dataset.app !== 'intent' || [...new URLSearchParams(location.search).keys()].some((k) => keys.includes(k))) {
  start();
} else {
  const net = navigator.connection || {};
  const wants = (e) => {
    const el = e.target.closest?.('#app :is(button, input, select, textarea)');
    if (!el
      || (e.type === 'focusin' && !el.matches('input, textarea'))
      || (e.type === 'keydown' && ['Tab', 'Shift', 'Control', 'Alt', 'Meta', 'Escape', 'CapsLock'].includes(e.key))
      || (e.type === 'pointerover' && (net.saveData || /2g/.test(net.effectiveType)))) return;
    start();
  };
  for (const type of ['focusin', 'pointerdown', 'keydown', 'input', 'change', 'pointerover']) {
    addEventListener(type, wants, { capture: true, passive: true });
  }
  if (document.activeElement) wants({ type: 'focusin', target: document.activeElement });
  addEventListener('app-wanted', start);
}
