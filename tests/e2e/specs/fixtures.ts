import { test as base, expect, Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception (a wasm panic
 * shows up as both; so does a Content-Security-Policy violation), and on any
 * request to another origin. Tests that break content on purpose list the
 * console messages they expect in `allowedConsole`. Chromium's "Failed to
 * load resource" message does not name the resource, so the guard appends the
 * address it came from: an allowance can (and should) name the file, e.g.
 * /Failed to load resource.*404.*content\/events\.json/. Give one RegExp
 * (join alternatives with |): Playwright reads a two-element array whose
 * second element is an object as [value, fixture options].
 */
export const test = base.extend<{ allowedConsole: RegExp[]; consoleGuard: void }>({
  allowedConsole: [[], { option: true }],
  consoleGuard: [
    async ({ page, allowedConsole }, use) => {
      const problems: string[] = [];
      const origin = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8089/').origin;
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
          problems.push(`request to another origin: ${url}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        let text = m.text();
        if (text.startsWith('Failed to load resource')) text += ` (${m.location().url})`;
        if (allowedConsole.some((r) => r.test(text))) return;
        problems.push(`console.error: ${text}`);
      });
      await use();
      expect(problems, 'no console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** The base URL the suite runs against (may carry a sub-path, e.g. /iuc-asia/). */
export const baseUrl = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8089/');

/** Site-relative path (works under a sub-path base URL too). */
export const rel = (path: string) => path.replace(/^\//, '');

/** The absolute address of a site path on the server under test. */
export const urlOf = (path: string) => new URL(rel(path), baseUrl).href;

/**
 * The public (canonical) address of a site path: the site URL the bundle
 * was built with (https://www.iuc-asia.eu/), under the same sub-path as the
 * server under test.
 */
export const canonical = (path: string) => `https://www.iuc-asia.eu${baseUrl.pathname}${rel(path)}`;

/**
 * Opens a path and waits until the app has taken over from the prerendered
 * page. On a page that waits for intent (`<html data-app="intent">`: an
 * article, /news, a pairing…) the app is asked for first, as a visitor's
 * first touch of the search box or a filter would (`appReady`).
 */
export async function open(page: Page, path: string) {
  await page.goto(rel(path));
  await appReady(page);
}

/**
 * Asks the page for its app (the loader's `app-wanted` event; a page that
 * started its app at once ignores it) and waits until it has taken over.
 */
export async function appReady(page: Page) {
  await page.evaluate(() => dispatchEvent(new Event('app-wanted')));
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
}

/**
 * Holds back the app's wasm until the returned function is called, so a test
 * can look at the page the build wrote before the app takes over.
 */
export async function holdWasm(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => {
    await held;
    // The page may be gone when a failing test is torn down.
    await route.continue().catch(() => {});
  });
  return release;
}

/** The pathname relative to the base URL ("/news/?page=2"). */
export function routeOf(page: Page): string {
  const url = new URL(page.url());
  const path = url.pathname.startsWith(baseUrl.pathname) ? url.pathname.slice(baseUrl.pathname.length - 1) : url.pathname;
  return path + url.search;
}

/** The WCAG rules the suite holds every page to: 2.0, 2.1 and 2.2, A and AA. */
/**
 * Every kind of page, and the states of the list pages a visitor can reach,
 * as [name, path]: axe checks each, in each edition. `search` finds
 * articles; `nothing` finds none.
 */
export const pageStates = (search: string, nothing: string): [string, string][] => [
  ['home', '/'],
  ['news', '/news/'],
  ['news page 2', '/news/?page=2'],
  ['article', '/news/da-nang-ghg-inventory-workshop/'],
  ['filtered search', `/news/?q=${encodeURIComponent(search)}&tag=global-covenant`],
  ['empty search', `/news/?q=${encodeURIComponent(nothing)}`],
  ['calendar list', '/events/'],
  ['past events', '/events/?view=past'],
  ['month view', '/events/?view=month&month=2020-10'],
  ['day view', '/events/?view=day&date=2020-10-19'],
  ['event', '/events/ewrc-2020-iuc-webinar/'],
  ['all-day event', '/events/eiri-chengdu-energy-internet-summit/'],
  ['city cooperation', '/city-cooperation/'],
  ['filtered pairings', '/city-cooperation/?round=2018'],
  ['pairings of a city', '/city-cooperation/?city=rome'],
  ['pairing', '/city-cooperation/chongqing-mannheim/'],
  ['covenant', '/covenant/'],
  ['about', '/about/'],
  ['legal notice', '/legal-notice/'],
  ['privacy', '/privacy/'],
  ['accessibility', '/accessibility/'],
  ['404', '/no/such/page/'],
  ['unknown article', '/news/no-such-article/'],
];

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page (the test must bypass the CSP, which rightly
 * forbids the injected script): the violations, each with its nodes, and
 * the ids of the rules that passed.
 */
export async function axeRun(page: Page): Promise<{ violations: string[]; checked: string[] }> {
  const axePath = require('path').join(require('path').dirname(require.resolve('axe-core')), 'axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async (values) => {
    // @ts-ignore
    const r = await axe.run(document, { runOnly: { type: 'tag', values } });
    return {
      violations: r.violations.map((v: any) => `${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).join(', ')})`),
      checked: r.passes.map((p: any) => p.id),
    };
  }, wcagTags);
}
