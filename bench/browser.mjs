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
 * painted. With `changed`, `done` is asked only once the page has changed
 * (the old results may already satisfy it). */
export async function interaction(page, action, done, changed = false) {
  return page.evaluate(async ([action, done, changed]) => {
    const act = new Function(action), ok = new Function(done);
    let mutated = !changed;
    const t0 = performance.now();
    act();
    await new Promise((resolve) => {
      const check = () => { if (mutated && ok()) { obs.disconnect(); resolve(); return true; } return false; };
      const obs = new MutationObserver(() => { mutated = true; check(); });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      if (!check()) setTimeout(function poll() { if (!check()) setTimeout(poll, 1); }, 1);
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, [action, done, changed]);
}
