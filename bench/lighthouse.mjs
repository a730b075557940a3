// Lighthouse (mobile preset) on the site's main kinds of page and on the
// floor (bench/floor: the homepage's content as hand-written static HTML,
// served compressed by the same nginx), median of RUNS runs made side by
// side in one measuring run. Prints LCP as a ratio to the floor's, with FCP,
// TBT and CLS. Usage: node bench/lighthouse.mjs SITE_URL FLOOR_URL OUT_DIR PAGE...
// where PAGE is a path under SITE_URL, or LABEL=URL for any other page.
import { execFileSync } from 'child_process';
import fs from 'fs';
import { median } from './browser.mjs';

const [site, floor, outDir, ...paths] = process.argv.slice(2);
const RUNS = Number(process.env.LH_RUNS ?? 3);
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

function once(url, out) {
  // Lighthouse sometimes loses the trace (NO_NAVSTART); such a run is repeated.
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      execFileSync('bench/node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${out}`,
        '--chrome-path=/usr/bin/chromium', `--chrome-flags=${FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo'],
        { stdio: 'ignore' });
    } catch { /* the report says what went wrong */ }
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    if (!r.runtimeError) return r;
  }
  throw new Error(`Lighthouse failed three times on ${url}`);
}

// LABEL=URL only where a URL follows the `=`: a path's own query (`?view=past`) stays a path.
const target = (p) => {
  const labelled = /^(.+?)=(https?:\/\/.+)$/.exec(p);
  return labelled ? [labelled[1], labelled[2]] : [p, site + p.replace(/^\//, '')];
};
const targets = [['floor', floor], ...paths.map(target)];
const results = Object.fromEntries(targets.map(([name]) => [name, []]));
// Side by side: each round measures every page once.
for (let run = 0; run < RUNS; run++) {
  for (const [name, url] of targets) {
    const r = once(url, `${outDir}/lh-${name.replace(/[^a-z0-9]+/gi, '_')}-${run}.json`);
    const a = r.audits, c = r.categories;
    results[name].push({
      fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
      perf: c.performance.score * 100, a11y: c.accessibility.score * 100, bp: c['best-practices'].score * 100, seo: c.seo.score * 100,
    });
  }
}
const m = (name, k) => median(results[name].map((r) => r[k]));
const floorLcp = m('floor', 'lcp');
console.log(`Lighthouse mobile, median of ${RUNS} side-by-side runs; LCP as a ratio to the floor`);
console.log(`${'page'.padEnd(44)}${'LCP'.padStart(9)}${'× floor'.padStart(9)}${'FCP'.padStart(9)}${'TBT'.padStart(8)}${'CLS'.padStart(7)}  perf/a11y/bp/seo`);
for (const [name] of targets) {
  console.log(`${name.padEnd(44)}${(m(name, 'lcp') / 1000).toFixed(2).padStart(8)}s${(m(name, 'lcp') / floorLcp).toFixed(2).padStart(9)}` +
    `${(m(name, 'fcp') / 1000).toFixed(2).padStart(8)}s${Math.round(m(name, 'tbt')).toString().padStart(6)}ms${m(name, 'cls').toFixed(3).padStart(7)}  ` +
    `${m(name, 'perf')}/${m(name, 'a11y')}/${m(name, 'bp')}/${m(name, 'seo')}`);
}
