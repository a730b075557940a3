// What every bench script shares: the median, and headless Chromium
// launched the same way (Debian's, from Playwright in tests/e2e), and a
// timer for an interaction up to its result on screen.
import { createRequire } from 'module';
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });

/** Time from running `action` in the page until `done` holds and a frame is
 * painted. With `changed`, the old view may already satisfy `done` (a
 * search's old results, while the URL already names the new query and the
 * new results are still to be drawn or fetched), so `done` must hold once the
 * page has changed and then stayed unchanged for QUIET ms; the time is that
 * of the frame that painted its last change. */
const QUIET = 150;
export async function interaction(page, action, done, changed = false) {
  return page.evaluate(async ([action, done, changed, QUIET]) => {
    const act = new Function(action), ok = new Function(done);
    const t0 = performance.now();
    act();
    if (!changed) {
      await new Promise((resolve) => {
        const check = () => { if (ok()) { obs.disconnect(); resolve(); return true; } return false; };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        if (!check()) setTimeout(function poll() { if (!check()) setTimeout(poll, 1); }, 1);
      });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }
    // The frame after each change; the last one is the result's.
    let changes = 0, last = 0, painted = null;
    const obs = new MutationObserver(() => {
      const n = ++changes;
      last = performance.now();
      painted = null;
      requestAnimationFrame(() => setTimeout(() => { if (changes === n) painted = performance.now(); }, 0));
    });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    await new Promise((resolve) => setTimeout(function poll() {
      if (painted !== null && performance.now() - last >= QUIET && ok()) resolve();
      else setTimeout(poll, 5);
    }, 5));
    obs.disconnect();
    return painted - t0;
  }, [action, done, changed, QUIET]);
}

/** The main-thread work one keypress of a visitor causes: Enter on the
 * link `link` (a selector), focused beforehand, with Chromium tracing the
 * page and no code of the bench running in it meanwhile (no evaluated
 * action, no observer, no polling: each of those is main-thread work
 * too, which `interaction` adds to what it times). Every task on the
 * page's main thread from the key's first task until WINDOW ms later is
 * summed: `busy` their wall time (what the targets bound) and `cpu` the
 * thread time they were given (on a busy 2-core host a task often waits
 * for a core). `done` (a function body) must hold afterwards, or the
 * measure fails: the WINDOW was too short for the result. With `floor`
 * ({ selector, html, title }), the link's click puts that markup in place
 * of `selector` instead, in one step, as `history.pushState` changes the
 * URL the same way the app does: what the browser alone spends on the
 * same result. */
const WINDOW = 700;
export async function keyWork(context, page, link, done, floor = null) {
  const a = page.locator(link);
  await a.scrollIntoViewIfNeeded();
  if (floor) {
    await a.evaluate((el, { selector, html, title }) => el.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      history.pushState(null, '', el.href);
      document.title = title;
      document.querySelector(selector).outerHTML = html;
    }, { capture: true, once: true }), floor);
  }
  await a.focus();
  await page.waitForTimeout(100);
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await page.keyboard.press('Enter');
  await new Promise((resolve) => setTimeout(resolve, WINDOW));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  if (!(await page.evaluate((body) => new Function(body)(), done))) throw new Error(`keyWork: the result of Enter on ${link} was not on screen within ${WINDOW} ms`);
  // The page's main thread: the one that dispatched the key.
  const key = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((x, y) => x.ts - y.ts)[0];
  if (!key) throw new Error('keyWork: no keydown in the trace');
  const tasks = events.filter((e) => e.pid === key.pid && e.tid === key.tid && e.ph === 'X' && e.name === 'RunTask');
  const from = tasks.find((t) => t.ts <= key.ts && key.ts <= t.ts + t.dur)?.ts ?? key.ts;
  const mine = tasks.filter((t) => t.ts >= from);
  return { busy: mine.reduce((n, t) => n + t.dur, 0) / 1000, cpu: mine.reduce((n, t) => n + (t.tdur ?? 0), 0) / 1000 };
}
