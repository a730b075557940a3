// Pagefind (https://pagefind.app, the npm package pinned in bench/package.json)
// over the same built pages as the site's own search, for `make bench`:
//
//   node bench/pagefind.mjs index SITE_DIR
//     Runs the pagefind binary over SITE_DIR (only each page's <main>) into
//     SITE_DIR/pagefind, writes .br/.gz twins of its .js/.json/.css files the
//     way the site's own pipeline compresses its bundle (nginx serves them
//     with gzip_static/brotli_static; Pagefind's index, fragment, meta and
//     wasm files are gzip inside already and served as they are), and prints
//     the time, the pages indexed per language and the size of its output.
//
//   node bench/pagefind.mjs measure BASE_URL
//     In headless Chromium, on BASE_URL/news/ (CSP bypassed: the site's CSP
//     would block Pagefind, and only its cost is measured), times the first
//     search (import of pagefind.js, init, search, data() of the first 12
//     results: their fragments with URL and highlighted excerpt), then three
//     further keystrokes, then the Chinese query on a fresh
//     BASE_URL/zh-hans/news/; with the bytes each one transferred (CDP
//     encodedDataLength, counting Pagefind's web worker as well). Median of
//     RUNS fresh browser contexts, no throttling, as bench/run.mjs times the
//     site's own interactions.
//
// Environment: RUNS (5), PF_QUERY ("climate finance"), PF_NEXT (comma-separated
// further queries; default PF_QUERY + " c", " ci", " cit"), PF_ZH_QUERY
// ("城市"), CHROMIUM, PF_COMPRESS=0 (index: no .br/.gz twins), PF_ARGS (index:
// extra pagefind flags), PF_JSON (index writes its numbers there, measure
// merges its medians in: firstMs, firstBytes, enCount, nextQueries, nextMs,
// nextBytes, nextMsMedian, nextBytesMedian, zhCount, zhMs, zhBytes,
// indexSeconds, ...).
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { fileURLToPath } from 'url';
import { launch, median } from './browser.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.join(HERE, 'node_modules', '.bin', 'pagefind');
const OUT = 'pagefind';
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function writeJson(values, merge) {
  const file = process.env.PF_JSON;
  if (!file) return;
  let old = {};
  if (merge) try { old = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* none yet */ }
  fs.writeFileSync(file, JSON.stringify({ ...old, ...values }, null, 2) + '\n');
}

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------- index

/** As the site's pipeline does (src/bundle.rs): brotli 9 below 64 KiB, 11 above; gzip 9; a twin only if smaller. */
function compressTwins(dir) {
  let n = 0, br = 0, gz = 0;
  for (const file of fs.readdirSync(dir)) {
    if (!/\.(js|json|css)$/.test(file)) continue;
    const p = path.join(dir, file), data = fs.readFileSync(p);
    const twins = {
      br: zlib.brotliCompressSync(data, { params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: data.length < 64 * 1024 ? 9 : 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 22,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
      gz: zlib.gzipSync(data, { level: 9 }),
    };
    for (const [ext, bytes] of Object.entries(twins)) {
      if (bytes.length < data.length) {
        fs.writeFileSync(`${p}.${ext}`, bytes);
        if (ext === 'br') br += bytes.length; else gz += bytes.length;
      } else fs.rmSync(`${p}.${ext}`, { force: true });
    }
    n++;
  }
  return { n, br, gz };
}

function index(site) {
  if (!site || !fs.existsSync(site)) throw new Error(`usage: node bench/pagefind.mjs index SITE_DIR (${site} not found)`);
  if (!fs.existsSync(BIN)) throw new Error(`${BIN} missing: run (cd bench && npm ci)`);
  const out = path.join(site, OUT);
  fs.rmSync(out, { recursive: true, force: true });
  const args = ['--site', site, '--output-subdir', OUT, '--root-selector', 'main',
    ...(process.env.PF_ARGS ?? '').split(/\s+/).filter(Boolean)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(BIN, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const log = (r.stdout ?? '') + (r.stderr ?? '');
  if (r.status !== 0) { process.stderr.write(log); throw new Error(`pagefind exited with ${r.status ?? r.signal}`); }
  const own = Number(log.match(/Finished in ([\d.]+) seconds/)?.[1] ?? NaN);
  const words = Number(log.match(/Indexed (\d+) words/)?.[1] ?? NaN);
  const entry = JSON.parse(fs.readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8'));

  // Pagefind's own output, before the .br/.gz twins are added.
  const files = walk(out).map((p) => ({ rel: path.relative(out, p), size: fs.statSync(p).size }));
  const sum = (re) => files.filter((f) => re.test(f.rel)).reduce((a, f) => a + f.size, 0);
  const count = (re) => files.filter((f) => re.test(f.rel)).length;
  const total = sum(/./);
  const ui = sum(/^pagefind-(ui|modular-ui|component-ui|highlight)\b/);
  const twins = process.env.PF_COMPRESS === '0' ? null : compressTwins(out);

  console.log(`Pagefind ${entry.version}: pagefind ${args.join(' ')}`);
  console.log(`  took ${seconds.toFixed(2)} s (Pagefind reports ${own} s); ${words} words`);
  const htmlFiles = walk(site).filter((p) => p.endsWith('.html') && !p.startsWith(out + path.sep)).length;
  console.log(`  pages indexed: ${Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`).join(', ')} (${htmlFiles} .html files in the site${args.includes('--glob') ? '' : '; the default glob takes them all, 404.html and zh-hans/404.html too'})`);
  for (const [lang, v] of Object.entries(entry.languages)) {
    const re = (dir) => new RegExp(`^${dir}/${lang.replace(/[-]/g, '\\-')}_`);
    console.log(`    ${lang.padEnd(8)} ${count(re('index'))} index chunks (${kib(sum(re('index')))}), ${count(re('fragment'))} fragment files (${kib(sum(re('fragment')))}), wasm ${v.wasm ? `wasm.${v.wasm}.pagefind` : 'wasm.unknown.pagefind (no stemmer)'}`);
  }
  console.log(`  ${OUT}/ holds ${kib(total)} in ${files.length} files; without the prebuilt UI files the API does not use: ${kib(total - ui)}`);
  if (twins) console.log(`  wrote .br/.gz beside ${twins.n} .js/.json/.css files (${kib(twins.br)} brotli, ${kib(twins.gz)} gzip)`);
  writeJson({
    indexSeconds: +seconds.toFixed(3), indexPages: Object.fromEntries(Object.entries(entry.languages).map(([l, v]) => [l, v.page_count])),
    indexWords: words, indexBytes: total, indexBytesWithoutUi: total - ui, indexFiles: files.length,
  }, false);
}

// ---------------------------------------------------------------- measure

/**
 * Counts CDP Network.loadingFinished encodedDataLength for the page and for
 * every worker it starts (Pagefind 1.6 searches in a dedicated worker, whose
 * requests the page's own CDP session does not see).
 */
async function networkCounter(context, page) {
  const cdp = await context.newCDPSession(page);
  const req = new Map(); // requestId -> { url, contentLength }
  let done = [], msgId = 0;
  const inflight = new Set(), ended = new Set();
  const info = (id) => { if (!req.has(id)) req.set(id, { url: '', contentLength: null }); return req.get(id); };
  const contentLength = (headers) => {
    for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === 'content-length') return Number(v);
    return null;
  };
  const on = {
    'Network.requestWillBeSent': (p) => { info(p.requestId).url = p.request.url; if (!ended.has(p.requestId)) inflight.add(p.requestId); },
    'Network.responseReceivedExtraInfo': (p) => { info(p.requestId).contentLength ??= contentLength(p.headers); },
    'Network.responseReceived': (p) => { info(p.requestId).contentLength ??= contentLength(p.response.headers); },
    'Network.loadingFailed': (p) => { ended.add(p.requestId); inflight.delete(p.requestId); },
    'Network.loadingFinished': (p) => { done.push({ id: p.requestId, encoded: p.encodedDataLength }); ended.add(p.requestId); inflight.delete(p.requestId); },
  };
  for (const [ev, f] of Object.entries(on)) cdp.on(ev, f);
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    const send = (method, params = {}) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++msgId, method, params }) });
    try {
      if (/worker/.test(targetInfo.type)) await send('Network.enable');
    } finally {
      await send('Runtime.runIfWaitingForDebugger').catch(() => {});
    }
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    if (m.method && on[m.method]) on[m.method](m.params);
  });
  await cdp.send('Network.enable');
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return {
    reset() { done = []; },
    async settle(page) {
      // loadingFinished may come a moment after the fetch resolved in the page.
      for (let i = 0; i < 100 && inflight.size; i++) await page.waitForTimeout(20);
      await page.waitForTimeout(50);
      // Resolved only now: the worker script's events come from two sessions,
      // not always in order.
      return done.map(({ id, encoded }) => {
        const r = info(id);
        // Chromium reports a dedicated worker's own script with its headers
        // only (the body arrives with encodedDataLength 0); add the body as sent.
        const fixed = r.contentLength != null && encoded < r.contentLength;
        return { url: r.url, bytes: encoded + (fixed ? r.contentLength : 0), fixed };
      });
    },
    async quiet(page, ms = 300) {
      let last = -1, since = Date.now();
      for (let i = 0; i < 200; i++) {
        if (inflight.size || done.length !== last) { last = done.length; since = Date.now(); }
        if (Date.now() - since >= ms) return;
        await page.waitForTimeout(25);
      }
    },
  };
}

/** In the page: import, init, one search and data() of the first `top` results. */
const FIRST = async ({ base, query, top }) => {
  const t0 = performance.now();
  window.pagefind = await import(base + 'pagefind/pagefind.js');
  await window.pagefind.init();
  const t1 = performance.now();
  const s = await window.pagefind.search(query);
  const t2 = performance.now();
  const data = await Promise.all(s.results.slice(0, top).map((r) => r.data()));
  const t3 = performance.now();
  return { count: s.results.length, ms: t3 - t0, initMs: t1 - t0, searchMs: t2 - t1, dataMs: t3 - t2, loaded: data.length,
    urls: data.map((d) => d.url), top: data[0] && { url: data[0].url, excerpt: data[0].excerpt } };
};
const NEXT = async ({ query, top }) => {
  const t0 = performance.now();
  const s = await window.pagefind.search(query);
  const t1 = performance.now();
  const data = await Promise.all(s.results.slice(0, top).map((r) => r.data()));
  const t2 = performance.now();
  return { count: s.results.length, ms: t2 - t0, searchMs: t1 - t0, dataMs: t2 - t1, loaded: data.length };
};

async function openFresh(browser, url) {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const net = await networkCounter(context, page);
  await page.goto(url, { waitUntil: 'load' });
  // Let the site's own app finish its start-up requests first.
  // (A page that waits for intent, src/loader.js, starts none.)
  if (await page.evaluate(() => document.documentElement.dataset.app !== 'intent')) {
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 15000 }).catch(() => {});
  }
  await net.quiet(page);
  return { context, page, net };
}

function tally(requests, base) {
  const pf = requests.filter((r) => r.url.startsWith(base + 'pagefind/'));
  return {
    bytes: pf.reduce((a, r) => a + r.bytes, 0),
    requests: pf.length,
    fragments: pf.filter((r) => /\.pf_fragment$/.test(r.url)).length,
    chunks: pf.filter((r) => /\.pf_index$/.test(r.url)).length,
    other: requests.filter((r) => !r.url.startsWith(base + 'pagefind/')).map((r) => r.url),
    runtimeBytes: pf.filter((r) => /\.(js|pagefind)$/.test(r.url)).reduce((a, r) => a + r.bytes, 0),
    indexBytes: pf.filter((r) => /\.(pf_meta|pf_index)$|pagefind-entry\.json/.test(r.url)).reduce((a, r) => a + r.bytes, 0),
    fragmentBytes: pf.filter((r) => /\.pf_fragment$/.test(r.url)).reduce((a, r) => a + r.bytes, 0),
    fixed: pf.filter((r) => r.fixed).length,
    files: pf.map((r) => r.url.slice(base.length + OUT.length + 1).replace(/\?.*/, '')),
  };
}

async function measure(base) {
  if (!base) throw new Error('usage: node bench/pagefind.mjs measure BASE_URL');
  if (!base.endsWith('/')) base += '/';
  const RUNS = Number(process.env.RUNS ?? 5);
  const TOP = 12;
  const query = process.env.PF_QUERY ?? 'climate finance';
  const next = process.env.PF_NEXT ? process.env.PF_NEXT.split(',') : [`${query} c`, `${query} ci`, `${query} cit`];
  const zhQuery = process.env.PF_ZH_QUERY ?? '城市';
  const runs = { first: [], next: next.map(() => []), zh: [] };
  let warned = false;
  const check = (label, r, t) => {
    if (!warned && t.other.length) { console.warn(`note: other requests during "${label}", not counted: ${t.other.join(' ')}`); warned = true; }
    if (r.loaded !== Math.min(TOP, r.count)) throw new Error(`"${label}": loaded ${r.loaded} of ${r.count} results`);
  };

  const browser = await launch();
  try {
    for (let i = 0; i < RUNS; i++) {
      {
        const { context, page, net } = await openFresh(browser, base + 'news/');
        net.reset();
        const r = await page.evaluate(FIRST, { base, query, top: TOP });
        const t = tally(await net.settle(page), base);
        check(query, r, t);
        runs.first.push({ ...r, ...t });
        for (const [k, q] of next.entries()) {
          net.reset();
          const n = await page.evaluate(NEXT, { query: q, top: TOP });
          const tn = tally(await net.settle(page), base);
          check(q, n, tn);
          runs.next[k].push({ ...n, ...tn });
        }
        await context.close();
      }
      {
        const { context, page, net } = await openFresh(browser, base + 'zh-hans/news/');
        const lang = await page.evaluate(() => document.documentElement.lang);
        net.reset();
        const r = await page.evaluate(FIRST, { base, query: zhQuery, top: TOP });
        const t = tally(await net.settle(page), base);
        check(zhQuery, r, t);
        runs.zh.push({ ...r, ...t, lang });
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }

  const m = (xs, k) => median(xs.map((x) => x[k]));
  const first = runs.first, zh = runs.zh;
  console.log(`\nPagefind search on ${base}: median of ${RUNS} fresh contexts, no throttling; time from the call until the first ${TOP} results' data (URL, excerpt) are loaded`);
  console.log(`${'search'.padEnd(34)}${'results'.padStart(8)}${'time'.padStart(11)}${'bytes'.padStart(12)}${'requests'.padStart(10)}${'fragments'.padStart(11)}   breakdown`);
  const row = (label, xs, extra) => console.log(`${label.padEnd(34)}${String(m(xs, 'count')).padStart(8)}${`${m(xs, 'ms').toFixed(1)} ms`.padStart(11)}${kib(m(xs, 'bytes')).padStart(12)}${String(m(xs, 'requests')).padStart(10)}${String(m(xs, 'fragments')).padStart(11)}   ${extra}`);
  // init() in 1.6 only starts the worker; the first search waits for it, the wasm, meta and index.
  const firstBreak = (xs) => `import+init ${m(xs, 'initMs').toFixed(1)} ms, search ${m(xs, 'searchMs').toFixed(1)} ms (worker, wasm, meta, index), data ${m(xs, 'dataMs').toFixed(1)} ms`;
  row(`first "${query}" /news/`, first, firstBreak(first));
  next.forEach((q, k) => row(`then "${q}"`, runs.next[k], `search ${m(runs.next[k], 'searchMs').toFixed(1)} ms, data ${m(runs.next[k], 'dataMs').toFixed(1)} ms`));
  row(`first "${zhQuery}" /zh-hans/news/`, zh, firstBreak(zh));
  for (const [label, xs] of [['first English', first], ['first Chinese', zh]])
    console.log(`  ${label} bytes: ${kib(m(xs, 'runtimeBytes'))} pagefind.js, worker and wasm; ${kib(m(xs, 'indexBytes'))} entry, meta and index chunks; ${kib(m(xs, 'fragmentBytes'))} fragments`);
  const files = (r) => r.files.filter((f) => !/^(index|fragment)\//.test(f)).join(', ');
  console.log(`  first search fetched: ${files(first[0])}, ${first[0].chunks} index chunk(s), ${first[0].fragments} fragment(s)`);
  console.log(`  Chinese page <html lang="${zh[0].lang}"> fetched: ${files(zh[0])}, ${zh[0].chunks} index chunk(s), ${zh[0].fragments} fragment(s)`);
  const list = (r) => r.urls.slice(0, 6).join(' ') + (r.count > 6 ? ` … (${r.count - 6} more)` : '');
  console.log(`  English results: ${list(first[0])}`);
  console.log(`  Chinese results: ${list(zh[0])}`);
  if (first[0].top) console.log(`  top English result: ${first[0].top.url}: ${first[0].top.excerpt.replace(/\s+/g, ' ').slice(0, 160)}`);
  if (zh[0].top) console.log(`  top Chinese result: ${zh[0].top.url}: ${zh[0].top.excerpt.replace(/\s+/g, ' ').slice(0, 100)}`);
  if (first[0].fixed) console.log(`  (the worker script's body was added from its Content-Length: Chromium reports it with its headers only)`);

  const nextMs = runs.next.map((xs) => +m(xs, 'ms').toFixed(2));
  const nextBytes = runs.next.map((xs) => m(xs, 'bytes'));
  writeJson({
    runs: RUNS, query, firstMs: +m(first, 'ms').toFixed(2), firstBytes: m(first, 'bytes'), enCount: m(first, 'count'),
    firstImportInitMs: +m(first, 'initMs').toFixed(2), firstSearchMs: +m(first, 'searchMs').toFixed(2), firstDataMs: +m(first, 'dataMs').toFixed(2), firstRequests: m(first, 'requests'),
    nextQueries: next, nextMs, nextBytes, nextMsMedian: median(nextMs), nextBytesMedian: median(nextBytes),
    zhQuery, zhCount: m(zh, 'count'), zhMs: +m(zh, 'ms').toFixed(2), zhBytes: m(zh, 'bytes'),
  }, true);
}

const [cmd, arg] = process.argv.slice(2);
try {
  if (cmd === 'index') index(arg);
  else if (cmd === 'measure') await measure(arg);
  else throw new Error('usage: node bench/pagefind.mjs index SITE_DIR | measure BASE_URL');
} catch (e) {
  console.error(`pagefind bench: ${e.message}`);
  process.exit(1);
}
