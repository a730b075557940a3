// Lighthouse (mobile preset) on the site's main kinds of page and on the
// floor (bench/floor: the homepage's content as hand-written static HTML,
// served compressed by the same nginx), median of RUNS runs made side by
// side in one measuring run. Prints LCP as a ratio to the floor's, with FCP,
// TBT and CLS. Usage: node bench/lighthouse.mjs SITE_URL FLOOR_URL OUT_DIR PAGE...
// where PAGE is a path under SITE_URL, or LABEL=URL for any other page.
//
// TBT is printed twice. First at the preset's fixed 4× CPU slowdown, which
// Lighthouse's docs (docs/throttling.md, "Calibrating the CPU slowdown")
// intend for a high-end desktop host. Then calibrated: every run's trace
// audited again at the one slowdown those docs' calculator gives for this
// host, from the median of the benchmarkIndex Lighthouse measured in all of
// this measuring run's page loads (one load's own index swings with what
// else the host is doing). The simulated throttling applies the slowdown
// only when auditing, so both figures come from the very same page loads.
import { execFileSync } from 'child_process';
import fs from 'fs';
import { median } from './browser.mjs';

const [site, floor, outDir, ...paths] = process.argv.slice(2);
const RUNS = Number(process.env.LH_RUNS ?? 3);
const FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const LIGHTHOUSE = 'bench/node_modules/.bin/lighthouse';
const CATEGORIES = '--only-categories=performance,accessibility,best-practices,seo';
/** Where the page load reported in `out` keeps its artifacts until it is audited again. */
const artifactsOf = (out) => `${out}.artifacts`;

function once(url, out) {
  const artifacts = artifactsOf(out);
  // Lighthouse sometimes loses the trace (NO_NAVSTART); such a run is repeated.
  for (let attempt = 1; attempt <= 3; attempt++) {
    fs.rmSync(artifacts, { recursive: true, force: true });
    try {
      execFileSync(LIGHTHOUSE, [url, '--quiet', '--output=json', `--output-path=${out}`, `-GA=${artifacts}`,
        '--chrome-path=/usr/bin/chromium', `--chrome-flags=${FLAGS}`, CATEGORIES],
        { stdio: 'ignore' });
    } catch { /* the report says what went wrong */ }
    const r = JSON.parse(fs.readFileSync(out, 'utf8'));
    if (!r.runtimeError) return r;
  }
  throw new Error(`Lighthouse failed three times on ${url}`);
}

/** The CPU slowdown that makes a host of this benchmarkIndex emulate
 * Lighthouse's mid-tier phone: straight lines through the points of the
 * calculator that Lighthouse's throttling docs link to (an index of 150
 * wants 1×, 800 wants 2×, 1300 wants 3×, and each 233 above that one more). */
function slowdownFor(index) {
  if (index >= 1300) return 3 + (index - 1300) / 233;
  if (index >= 800) return 2 + (index - 800) / 500;
  return Math.max(1, 1 + (index - 150) / 650);
}

/** The audits of the page load saved beside `out`, run again at `slowdown`. */
function reaudit(url, out, slowdown) {
  // The saved settings must match the audit's, so the slowdown is changed in both.
  const artifacts = artifactsOf(out);
  const file = `${artifacts}/artifacts.json`;
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  saved.settings.throttling.cpuSlowdownMultiplier = slowdown;
  fs.writeFileSync(file, JSON.stringify(saved));
  const again = out.replace(/\.json$/, '-calibrated.json');
  execFileSync(LIGHTHOUSE, [url, '--quiet', '--output=json', `--output-path=${again}`, `-A=${artifacts}`,
    `--throttling.cpuSlowdownMultiplier=${slowdown}`, CATEGORIES], { stdio: 'pipe' });
  fs.rmSync(artifacts, { recursive: true, force: true });
  const r = JSON.parse(fs.readFileSync(again, 'utf8'));
  if (r.runtimeError) throw new Error(`Lighthouse could not audit ${url} again: ${r.runtimeError.message}`);
  return r;
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
    const out = `${outDir}/lh-${name.replace(/[^a-z0-9]+/gi, '_')}-${run}.json`;
    const r = once(url, out);
    const a = r.audits, c = r.categories;
    results[name].push({
      url, out, index: r.environment.benchmarkIndex,
      fcp: a['first-contentful-paint'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue,
      perf: c.performance.score * 100, a11y: c.accessibility.score * 100, bp: c['best-practices'].score * 100, seo: c.seo.score * 100,
    });
  }
}
const all = Object.values(results).flat();
const index = median(all.map((r) => r.index));
const slowdown = slowdownFor(index);
for (const r of all) r.tbtCal = reaudit(r.url, r.out, slowdown).audits['total-blocking-time'].numericValue;
const m = (name, k) => median(results[name].map((r) => r[k]));
const floorLcp = m('floor', 'lcp');
console.log(`Lighthouse mobile, median of ${RUNS} side-by-side runs; LCP as a ratio to the floor`);
console.log(`The host's benchmarkIndex: median ${index.toFixed(0)} of ${all.length} page loads ` +
  `(${Math.min(...all.map((r) => r.index)).toFixed(0)}–${Math.max(...all.map((r) => r.index)).toFixed(0)}); ` +
  `TBT at the preset's 4× and calibrated to this host: ×${slowdown.toFixed(2)}`);
console.log(`${'page'.padEnd(44)}${'LCP'.padStart(9)}${'× floor'.padStart(9)}${'FCP'.padStart(9)}${'TBT 4×'.padStart(9)}${'calibr.'.padStart(9)}${'CLS'.padStart(7)}  perf/a11y/bp/seo`);
for (const [name] of targets) {
  console.log(`${name.padEnd(44)}${(m(name, 'lcp') / 1000).toFixed(2).padStart(8)}s${(m(name, 'lcp') / floorLcp).toFixed(2).padStart(9)}` +
    `${(m(name, 'fcp') / 1000).toFixed(2).padStart(8)}s${Math.round(m(name, 'tbt')).toString().padStart(7)}ms` +
    `${Math.round(m(name, 'tbtCal')).toString().padStart(7)}ms${m(name, 'cls').toFixed(3).padStart(7)}  ` +
    `${m(name, 'perf')}/${m(name, 'a11y')}/${m(name, 'bp')}/${m(name, 'seo')}`);
}
