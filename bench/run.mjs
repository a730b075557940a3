// Benchmarks the release bundle in headless Chromium. Prints sizes and
// timings, each timing as a ratio to a baseline measured in the same run:
//   - page loads (FCP, LCP, time until the list is visible) for /, /news and
//     /events with 4x CPU slowdown and a mid-range mobile network, against
//     the floor: a hand-written static HTML page of the homepage's content,
//     served by the same nginx with the same config;
//   - interactions on a generated archive (5,000 articles, 2,000 events),
//     against the same interactions on the shipped content;
//   - bytes the homepage downloads with the large archive vs the shipped set.
// Usage: node bench/run.mjs  (scripts/bench.sh builds and serves everything)
import { median, launch, interaction } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const SITE = process.env.SITE ?? 'http://127.0.0.1:8089/';
const FLOOR = process.env.FLOOR ?? 'http://127.0.0.1:8091/';
const SCALE = process.env.SCALE ?? 'http://127.0.0.1:8092/';
// A mid-range phone on a "fast 3G / slow 4G" connection, as Lighthouse's
// mobile preset simulates: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const fmt = (ms) => `${ms.toFixed(1)} ms`.padStart(10);

const OBSERVE = () => {
  window.__perf = { fcp: 0, lcp: 0, cls: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') window.__perf.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
};

async function newPage(browser, { throttle }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  if (throttle) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return { context, page };
}

/** One cold load: FCP, LCP, CLS and when `ready` first holds. */
async function load(browser, url, ready) {
  const { context, page } = await newPage(browser, { throttle: true });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(ready, null, { timeout: 60000, polling: 'raf' });
  const readyAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  const p = await page.evaluate(() => window.__perf);
  await context.close();
  return { fcp: p.fcp, lcp: p.lcp, cls: p.cls, ready: readyAt };
}

const LIST_READY = {
  '/': () => document.querySelectorAll('html[data-app="ready"] .news-card h3').length >= 6,
  // /news waits for intent (src/loader.js): its list is the page the build wrote.
  'news/': () => document.querySelectorAll('.news-card h3').length >= 6,
  'events/?view=past': () => document.querySelectorAll('html[data-app="ready"] .event-item h3').length >= 6,
};

async function pageLoads(browser) {
  console.log(`\nPage loads: median of ${RUNS} cold loads, 4x CPU slowdown, 150 ms RTT, 1.6 Mbit/s`);
  const floor = [];
  for (let i = 0; i < RUNS; i++) floor.push(await load(browser, FLOOR, () => document.querySelectorAll('.news-card h3').length >= 6));
  const f = { fcp: median(floor.map((r) => r.fcp)), lcp: median(floor.map((r) => r.lcp)), ready: median(floor.map((r) => r.ready)) };
  console.log(`${'page'.padEnd(22)}${'FCP'.padStart(10)}${'× floor'.padStart(9)}${'LCP'.padStart(10)}${'× floor'.padStart(9)}${'list shown'.padStart(12)}${'× floor'.padStart(9)}${'CLS'.padStart(8)}`);
  const row = (name, r) => console.log(`${name.padEnd(22)}${fmt(r.fcp)}${(r.fcp / f.fcp).toFixed(2).padStart(9)}${fmt(r.lcp)}${(r.lcp / f.lcp).toFixed(2).padStart(9)}${fmt(r.ready).padStart(12)}${(r.ready / f.ready).toFixed(2).padStart(9)}${r.cls.toFixed(3).padStart(8)}`);
  row('floor (static HTML)', { ...f, cls: median(floor.map((r) => r.cls)) });
  for (const [path, ready] of Object.entries(LIST_READY)) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(browser, SITE + (path === '/' ? '' : path), ready));
    row('/' + (path === '/' ? '' : path), { fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)), ready: median(runs.map((r) => r.ready)), cls: median(runs.map((r) => r.cls)) });
  }
}

async function interactions(browser, base, label) {
  const { context, page } = await newPage(browser, { throttle: false });
  const t = { openNews: [], nextPage: [], keystroke: [], openEvents: [], nextMonth: [], filter: [] };
  for (let i = 0; i < RUNS; i++) {
    await page.goto(base);
    await page.waitForSelector('html[data-app="ready"] .news-card');
    await page.waitForFunction(() => document.querySelectorAll('.event-item').length > 0 || document.querySelector('.note'));
    t.openNews.push(await interaction(page, "document.querySelector('.main-nav a[href$=\"news/\"]').click()", "return document.querySelector('.pagination') && document.querySelectorAll('.grid.cards > article').length === 12"));
    t.nextPage.push(await interaction(page, "document.querySelector('.pagination a[rel=next]').click()", "return /page=2/.test(location.search) && document.querySelector('.pagination a[aria-current=page]')?.textContent === '2'"));
    // Load the search terms once, then time one keystroke.
    await page.fill('#news-q', 'c');
    await page.waitForSelector('.grid.cards > article, .note');
    await page.fill('#news-q', '');
    await page.waitForFunction(() => !location.search.includes('q='));
    t.keystroke.push(await interaction(page,
      "const i = document.querySelector('#news-q'); i.value = 'climate'; i.dispatchEvent(new Event('input', { bubbles: true }))",
      "return /q=climate/.test(location.search) && [...document.querySelectorAll('.grid.cards > article mark')].length > 0"));
    t.openEvents.push(await interaction(page, "document.querySelector('.main-nav a[href$=\"events/\"]').click()", "return !!document.querySelector('.view-switcher') && (document.querySelectorAll('.event-item').length > 0 || !!document.querySelector('.note'))"));
    await page.goto(base + 'events/?view=month&month=2020-10');
    await page.waitForSelector('table.calendar');
    t.nextMonth.push(await interaction(page, "document.querySelector('.month-nav a[rel=next]').click()", "return document.querySelector('table.calendar caption')?.textContent === 'Events in November 2020'"));
    t.filter.push(await interaction(page,
      "const s = document.querySelector('#ev-category'); s.value = 'climate-action'; s.dispatchEvent(new Event('change', { bubbles: true }))",
      "return /category=climate-action/.test(location.search) && document.querySelector('table.calendar caption')?.textContent === 'Events in November 2020'", true));
  }
  await context.close();
  const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  return m;
}

async function bytesOfHomepage(browser, base) {
  const { context, page } = await newPage(browser, { throttle: false });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.waitForSelector('html[data-app="ready"] .news-card');
  await page.waitForTimeout(300);
  await context.close();
  return bytes;
}

const browser = await launch();
try {
  await pageLoads(browser);
  console.log(`\nInteractions: median of ${RUNS}, no throttling; large = 5,000 articles and 2,000 events`);
  const shipped = await interactions(browser, SITE, 'shipped');
  const large = await interactions(browser, SCALE, 'large');
  const names = { openNews: 'open /news', nextPage: 'next news page', keystroke: 'one search keystroke', openEvents: 'open /events', nextMonth: 'next month', filter: 'apply a filter' };
  console.log(`${'interaction'.padEnd(24)}${'shipped'.padStart(10)}${'large'.padStart(11)}${'× shipped'.padStart(11)}`);
  for (const k of Object.keys(names)) console.log(`${names[k].padEnd(24)}${fmt(shipped[k])}${fmt(large[k]).padStart(11)}${(large[k] / shipped[k]).toFixed(2).padStart(11)}`);
  const b1 = await bytesOfHomepage(browser, SITE), b2 = await bytesOfHomepage(browser, SCALE);
  console.log(`\nHomepage transfer: shipped ${(b1 / 1024).toFixed(1)} KiB, large archive ${(b2 / 1024).toFixed(1)} KiB (× ${(b2 / b1).toFixed(3)})`);
} finally {
  await browser.close();
}
