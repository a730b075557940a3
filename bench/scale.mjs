// The archive at scale (issue: search and archives at 5,000 articles): what a
// visitor downloads and how long the main thread works on the large archive
// (bench/gen-scale.mjs, built by the one pipeline), next to the same
// measures on the shipped content, and next to Pagefind run over the same
// built pages in the same run (bench/pagefind.mjs, its numbers read from
// PF_JSON). Headless Chromium, no throttling, median of RUNS fresh contexts.
// Content bytes are what the network carried (compressed) for content/.
//
// Usage: SCALE=<large site> SITE=<shipped site> PF_JSON=<file> node bench/scale.mjs
import fs from 'fs';
import { median, launch, interaction, keyWork } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const SCALE = process.env.SCALE ?? 'http://127.0.0.1:8092/';
const SITE = process.env.SITE ?? 'http://127.0.0.1:8089/';
const QUERY = process.env.PF_QUERY ?? 'climate finance';
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;

/** A fresh page whose content bytes and main-thread time can be read at any point. */
async function fresh(browser) {
  // The CSP forbids the evaluated strings that time the interactions.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const urls = new Map();
  let bytes = 0;
  const files = [];
  const sizes = new Map();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '';
    if (url.includes('/content/')) {
      const file = url.replace(/.*\/content\//, '');
      bytes += e.encodedDataLength;
      files.push(file);
      sizes.set(file, e.encodedDataLength);
    }
  });
  // The main thread's tasks so far, from start to end (`busy`), and the CPU
  // time the thread was given meanwhile (`cpu`): on a busy 2-core host the
  // renderer waits for a core within its tasks, so the first is often twice
  // the second. Both from one reading, in ms. (An interaction's own work is
  // read from a trace instead: `keyWork`.)
  const usage = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const read = (name) => 1000 * metrics.find((m) => m.name === name).value;
    return { busy: read('TaskDuration'), cpu: read('ThreadTime') };
  };
  return { context, page, bytes: () => bytes, files, sizes, usage };
}

const READY = 'html[data-app="ready"]';
/** Asks the page for its app, as a visitor's first touch of the search box
 * would on a page that waits for intent (`src/loader.js`); a page that
 * starts its app at once ignores it. These rows measure the app at work. */
const want = (page) => page.evaluate(() => dispatchEvent(new Event('app-wanted')));
const type = (value) => `const i = document.querySelector('#news-q'); i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event('input', { bubbles: true }))`;
// The results of `value` are on screen: its URL, no loading line, a count.
const results = (value) => `return new URLSearchParams(location.search).get('q') === ${JSON.stringify(value)} && !document.querySelector('main .loading') && !!document.querySelector('main p.meta[role=status]')`;

/** A fresh visit to `path`: content bytes and main-thread time until `ready` holds. */
async function visit(browser, base, path, ready) {
  const v = await fresh(browser);
  await v.page.goto(base + path);
  await want(v.page);
  await v.page.waitForFunction(ready, null, { timeout: 60000 });
  await v.page.waitForTimeout(200);
  const out = { bytes: v.bytes(), busy: (await v.usage()).busy, files: v.files.length };
  await v.context.close();
  return out;
}

const NEWS_LINK = '.main-nav a[href$="news/"]';
const NEWS_SHOWN = "return document.querySelectorAll('.grid.cards > article').length === 12 && !document.querySelector('main .loading')";

/** /news opened from the homepage by its link, with the app already
 * running (or the floor's markup put in place, `floor`): the main-thread
 * work of the keypress (`keyWork`) and the content bytes it fetched. The
 * homepage fetches the list's first files once the app is ready
 * (`Store::news_ahead`): `ahead` is their bytes, and the main-thread work
 * between the app's ready mark being seen and the key, which holds their
 * parsing; neither is part of the row's figure. */
async function openNews(browser, base, floor = null) {
  const v = await fresh(browser);
  await v.page.goto(base);
  await v.page.waitForSelector(`${READY} .news-card`);
  const ready = await v.usage();
  const AHEAD = ['news/index.json', 'news/page/1.json'];
  for (let i = 0; i < 100 && !AHEAD.every((f) => v.sizes.has(f)); i++) await v.page.waitForTimeout(50);
  await v.page.waitForTimeout(300);
  const before = await v.usage();
  const bytes0 = v.bytes();
  const work = await keyWork(v.context, v.page, NEWS_LINK, NEWS_SHOWN, floor);
  const out = {
    ...work, bytes: v.bytes() - bytes0,
    ahead: { bytes: AHEAD.reduce((n, f) => n + (v.sizes.get(f) ?? 0), 0), busy: before.busy - ready.busy },
  };
  await v.context.close();
  return out;
}

async function searches(browser, base) {
  const v = await fresh(browser);
  await v.page.goto(base + 'news/');
  await want(v.page);
  await v.page.waitForSelector(`${READY} .grid.cards > article`);
  await v.page.waitForTimeout(200);
  const out = { next: [] };
  let before = v.bytes();
  out.firstMs = await interaction(v.page, type(QUERY), results(QUERY), true);
  out.firstBytes = v.bytes() - before;
  out.found = await v.page.locator('main [role=status]').first().textContent();
  let q = QUERY + ' ';
  for (const ch of 'cit') {
    q += ch;
    before = v.bytes();
    const t = await interaction(v.page, type(q), results(q), true);
    out.next.push({ q, ms: t, bytes: v.bytes() - before });
  }
  await v.context.close();
  return out;
}

const NEXT_MONTH_LINK = '.month-nav a[rel=next]';
/** The markup the app draws for `selector` once `link` is followed on
 * `url` (with `done` built from the page as it was before), and the title:
 * what the floor under that navigation puts in place (`keyWork`'s
 * `floor`). The floor is what the browser alone spends on that result on
 * this host; a finer update of the old tree could cost less, so it is a
 * baseline, not a proven lower bound. */
async function appDrawn(browser, url, ready, link, doneOf, selector) {
  const v = await fresh(browser);
  await v.page.goto(url);
  await want(v.page);
  await v.page.waitForSelector(ready);
  await v.page.waitForTimeout(200);
  await interaction(v.page, `document.querySelector(${JSON.stringify(link)}).click()`, await doneOf(v.page));
  const out = await v.page.evaluate((sel) => ({ html: document.querySelector(sel).outerHTML, title: document.title }), selector);
  await v.context.close();
  return { selector, ...out };
}
const MONTH_SECTION = 'section[aria-labelledby="month-heading"]';
/** The month shown has changed from the one on `page` now. */
const captionChanged = async (page) =>
  `return document.querySelector('table.calendar caption')?.textContent !== ${JSON.stringify(await page.locator('table.calendar caption').textContent())}`;

/** The month view of `month`, then its "next month" link followed (or
 * the floor's markup put in place, `floor`): the keypress's main-thread
 * work (`keyWork`) and the content bytes it fetched. */
async function monthSwitch(browser, base, month, floor = null) {
  const v = await fresh(browser);
  await v.page.goto(`${base}events/?view=month&month=${month}`);
  await v.page.waitForSelector(`${READY} table.calendar`);
  await v.page.waitForTimeout(200);
  const done = await captionChanged(v.page);
  const bytes0 = v.bytes();
  const out = { ...(await keyWork(v.context, v.page, NEXT_MONTH_LINK, done, floor)), bytes: v.bytes() - bytes0 };
  await v.context.close();
  return out;
}

async function chinese(browser, base) {
  const v = await fresh(browser);
  await v.page.goto(base + 'zh-hans/news/');
  await want(v.page);
  await v.page.waitForSelector(`${READY} .grid.cards > article`);
  const before = v.bytes();
  const t = await interaction(v.page, type('城市'), results('城市'), true);
  const found = await v.page.locator('main [role=status]').first().textContent();
  const marks = await v.page.locator('.grid.cards mark').count();
  const out = { ms: t, bytes: v.bytes() - before, found, marks };
  await v.context.close();
  return out;
}

function slugs(dir) {
  // The newest generated article and a generated event, from the bundle's own files.
  const read = (f) => JSON.parse(fs.readFileSync(`${dir}/content/${f}`, 'utf8'));
  const article = read('news/page/1.json').articles[0].slug;
  const index = read('events/index.json');
  const year = index.years[Math.floor(index.years.length / 2)];
  const event = read(`events/year/${year}.json`).events[0].slug;
  return { article, event, month: `${year}-05` };
}

const browser = await launch();
try {
  const large = slugs(process.env.SCALE_DIR);
  const shipped = slugs(process.env.SITE_DIR);
  const pf = process.env.PF_JSON && fs.existsSync(process.env.PF_JSON) ? JSON.parse(fs.readFileSync(process.env.PF_JSON, 'utf8')) : null;
  const med = async (f) => {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await f());
    return runs;
  };
  const pick = (runs, key) => median(runs.map((r) => key(r)));
  /** The floor under an in-app navigation (see `appDrawn`), and the
   * app's share of the row above (`app`, its large-archive runs). */
  const floorRow = (app, s, l) =>
    row('  floor: the same result drawn without the app', pick(s, (r) => r.busy), pick(l, (r) => r.busy), '', ms,
      `; the app is ${(pick(app, (r) => r.busy) / pick(l, (r) => r.busy)).toFixed(2)}× this floor ` +
      `(CPU time ${(pick(app, (r) => r.cpu) / pick(l, (r) => r.cpu)).toFixed(2)}×); ${cpuOf(s, l)}`);
  const cpuOf = (s, l) => `CPU time ${ms(pick(s, (r) => r.cpu))} / ${ms(pick(l, (r) => r.cpu))}`;
  const row = (name, shippedV, largeV, target, fmt, extra = '') =>
    console.log(`${name.padEnd(44)}${fmt(shippedV).padStart(12)}${fmt(largeV).padStart(12)}${(largeV / shippedV).toFixed(2).padStart(9)}  ${target}${extra}`);
  console.log(`\nThe archive at scale: median of ${RUNS} fresh visits, no throttling; large = the shipped content + 5,000 articles, 2,000 events`);
  console.log(`${'measure'.padEnd(44)}${'shipped'.padStart(12)}${'large'.padStart(12)}${'× shipped'.padStart(9)}  target`);

  const ready = (sel) => `document.querySelectorAll('${READY} ${sel}').length > 0`;
  for (const [name, path, sel, target] of [
    ['/news first view: content bytes', 'news/', '.grid.cards > article', '≤ 100 KB'],
    ['/events first view: content bytes', 'events/', '.view-switcher', '≤ 100 KB'],
  ]) {
    const s = await med(() => visit(browser, SITE, path, ready(sel)));
    const l = await med(() => visit(browser, SCALE, path, ready(sel)));
    row(name, pick(s, (r) => r.bytes), pick(l, (r) => r.bytes), target, kb);
    if (path === 'news/') {
      row('/news first view: main-thread work, whole load', pick(s, (r) => r.busy), pick(l, (r) => r.busy), '(app boot included)', ms);
      const so = await med(() => openNews(browser, SITE));
      const lo = await med(() => openNews(browser, SCALE));
      row('/news opened from the homepage: main-thread', pick(so, (r) => r.busy), pick(lo, (r) => r.busy), '≤ 50 ms', ms,
        `; ${kb(pick(lo, (r) => r.bytes))} fetched; ${cpuOf(so, lo)}; ` +
        `fetched ahead on the homepage: ${kb(pick(lo, (r) => r.ahead.bytes))}, ` +
        `with ${ms(pick(lo, (r) => r.ahead.busy))} of main-thread work there after the app was ready`);
      const newsFloor = (base) => appDrawn(browser, base, `${READY} .news-card`, NEWS_LINK, async () => NEWS_SHOWN, 'main');
      const [snf, lnf] = [await newsFloor(SITE), await newsFloor(SCALE)];
      floorRow(lo, await med(() => openNews(browser, SITE, snf)), await med(() => openNews(browser, SCALE, lnf)));
    }
  }
  for (const [name, kind] of [['an article page: content bytes', 'article'], ['an event page: content bytes', 'event']]) {
    const path = (x) => (kind === 'article' ? `news/${x.article}/` : `events/${x.event}/`);
    const s = await med(() => visit(browser, SITE, path(shipped), ready('main h1')));
    const l = await med(() => visit(browser, SCALE, path(large), ready('main h1')));
    row(name, pick(s, (r) => r.bytes), pick(l, (r) => r.bytes), '≤ 30 KB', kb);
  }
  const ss = await med(() => searches(browser, SITE));
  const ls = await med(() => searches(browser, SCALE));
  const pfFirst = pf?.firstBytes;
  row(`first search "${QUERY}": content bytes`, pick(ss, (r) => r.firstBytes), pick(ls, (r) => r.firstBytes),
    `≤ max(Pagefind, 150 KB)`, kb, pfFirst ? `; Pagefind ${kb(pfFirst)} (× ${(pick(ls, (r) => r.firstBytes) / pfFirst).toFixed(2)})` : '');
  row('first search: keystroke to results', pick(ss, (r) => r.firstMs), pick(ls, (r) => r.firstMs), '≤ 300 ms', ms,
    pf?.firstMs ? `; Pagefind ${ms(pf.firstMs)}` : '');
  for (let i = 0; i < 3; i++) {
    row(`next keystroke "${ls[0].next[i].q}"`, pick(ss, (r) => r.next[i].ms), pick(ls, (r) => r.next[i].ms), '≤ 50 ms', ms,
      `; ${kb(pick(ls, (r) => r.next[i].bytes))}` + (pf?.nextMs ? `; Pagefind ${ms(pf.nextMs[i])}, ${kb(pf.nextBytes[i])}` : ''));
  }
  console.log(`  results: shipped "${ss[0].found}", large "${ls[0].found}"` + (pf?.enCount !== undefined ? `; Pagefind ${pf.enCount} results` : ''));
  const sm = await med(() => monthSwitch(browser, SITE, '2020-09'));
  const lm = await med(() => monthSwitch(browser, SCALE, large.month));
  row('a month switch: main-thread work', pick(sm, (r) => r.busy), pick(lm, (r) => r.busy), '≤ 16 ms', ms,
    `; ${kb(pick(lm, (r) => r.bytes))} fetched; ${cpuOf(sm, lm)}`);
  const monthFloor = (base, month) =>
    appDrawn(browser, `${base}events/?view=month&month=${month}`, `${READY} table.calendar`, NEXT_MONTH_LINK, captionChanged, MONTH_SECTION);
  const [smf, lmf] = [await monthFloor(SITE, '2020-09'), await monthFloor(SCALE, large.month)];
  const sf = await med(() => monthSwitch(browser, SITE, '2020-09', smf));
  const lf = await med(() => monthSwitch(browser, SCALE, large.month, lmf));
  floorRow(lm, sf, lf);
  const sz = await med(() => chinese(browser, SITE));
  const lz = await med(() => chinese(browser, SCALE));
  row('Chinese 城市 on /zh-hans/news: keystroke to results', pick(sz, (r) => r.ms), pick(lz, (r) => r.ms), 'finds the articles', ms,
    `; ${kb(pick(lz, (r) => r.bytes))}` + (pf?.zhMs ? `; Pagefind ${ms(pf.zhMs)}, ${kb(pf.zhBytes)}, ${pf.zhCount} results` : ''));
  console.log(`  results: shipped "${sz[0].found}" (${sz[0].marks} highlights), large "${lz[0].found}" (${lz[0].marks} highlights)`);
} finally {
  await browser.close();
}
