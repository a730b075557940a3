// What a visitor's first view of a page costs, measured in a real Chromium:
// every response the page's load brings (the page, its stylesheet, the
// app's glue script and wasm, content files, images), each counted as the
// body bytes Playwright reports it received (as served: brotli from nginx's
// .br twins; the headers, the host's, are left out), until the
// network has been quiet for QUIET ms (and, on a page that starts its app at
// once, until the app has taken over). Each page's total is printed as a
// ratio to that page's own HTML + CSS: about 1 on a page that downloads
// nothing else, 30 or more on a page that downloads the app.
//
// Usage: node bench/first-view.mjs [LABEL=]SITE_URL... [-- PATH...]
// Several bundles side by side (e.g. before=http://127.0.0.1:8288/
// after=http://127.0.0.1:8289/): the same pages, each bundle's rows together.
// Without paths: an article, an event, a pairing, /covenant, /, /news, /events.
import { launch } from './browser.mjs';

const QUIET = Number(process.env.QUIET ?? 1500);
const args = process.argv.slice(2);
const cut = args.indexOf('--');
const sites = (cut < 0 ? args : args.slice(0, cut)).map((s) => {
  const m = /^([^=]+)=(https?:.*)$/.exec(s);
  return m ? [m[1], m[2]] : [s, s];
});
const DEFAULT_PAGES = [
  ['article', 'news/da-nang-ghg-inventory-workshop/'],
  ['event', 'events/ewrc-2020-iuc-webinar/'],
  ['pairing', 'city-cooperation/chongqing-mannheim/'],
  ['/covenant', 'covenant/'],
  ['/', ''],
  ['/news', 'news/'],
  ['/events', 'events/'],
];
const pages = cut < 0 ? DEFAULT_PAGES : args.slice(cut + 1).map((p) => [p, p.replace(/^\//, '')]);

/** One cold first view of `url`: every response's body as served (brotli), by kind. */
async function firstView(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const list = [];
  let open = 0, last = Date.now();
  page.on('request', () => { open++; last = Date.now(); });
  const settle = async (req, failed) => {
    if (!failed) {
      const s = await req.sizes().catch(() => null);
      const type = req.resourceType();
      list.push({ url: req.url(), type, bytes: s ? s.responseBodySize : 0 });
    }
    open--; last = Date.now();
  };
  page.on('requestfinished', (r) => settle(r, false));
  page.on('requestfailed', (r) => settle(r, true));
  await page.goto(url, { waitUntil: 'load' });
  // A page that starts its app at once is counted until the app is ready.
  const now = await page.evaluate(() => document.documentElement.dataset.app !== 'intent' && !!document.querySelector('script[data-wasm]'));
  if (now) await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 30000 });
  while (Date.now() - last < QUIET || open > 0) await page.waitForTimeout(100);
  const ready = await page.evaluate(() => document.documentElement.dataset.app === 'ready');
  await context.close();
  const sum = (f) => list.filter(f).reduce((n, r) => n + r.bytes, 0);
  const html = sum((r) => r.type === 'document');
  const css = sum((r) => r.type === 'stylesheet');
  const wasm = sum((r) => r.url.endsWith('.wasm'));
  const js = sum((r) => r.url.endsWith('.js'));
  const json = sum((r) => r.url.endsWith('.json'));
  const total = sum(() => true);
  return { requests: list.length, html, css, js, wasm, json, other: total - html - css - js - wasm - json, total, ready };
}

const browser = await launch();
try {
  console.log(`First view: bytes on the wire (brotli as served) and requests of a cold load, until ${QUIET} ms of network quiet`);
  const w = Math.max(12, ...sites.map(([l]) => l.length + 14));
  console.log(`${'page'.padEnd(w)}${'reqs'.padStart(5)}${'HTML'.padStart(8)}${'CSS'.padStart(7)}${'JS'.padStart(7)}${'wasm'.padStart(9)}${'JSON'.padStart(7)}${'other'.padStart(7)}${'total'.padStart(9)}${'× HTML+CSS'.padStart(12)}  app`);
  for (const [name, path] of pages) {
    for (const [label, base] of sites) {
      const r = await firstView(browser, new URL(path, base).href);
      const row = sites.length > 1 ? `${name} (${label})` : name;
      console.log(`${row.padEnd(w)}${String(r.requests).padStart(5)}${String(r.html).padStart(8)}${String(r.css).padStart(7)}${String(r.js).padStart(7)}` +
        `${String(r.wasm).padStart(9)}${String(r.json).padStart(7)}${String(r.other).padStart(7)}${String(r.total).padStart(9)}` +
        `${(r.total / (r.html + r.css)).toFixed(2).padStart(12)}  ${r.ready ? 'ready' : 'not loaded'}`);
    }
  }
} finally {
  await browser.close();
}
