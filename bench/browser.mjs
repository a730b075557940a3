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
