import { test as base, expect, Page } from '@playwright/test';

/**
 * Every test fails on a console error or an uncaught exception (a wasm panic
 * shows up as both; so does a Content-Security-Policy violation), and on any
 * request to another origin. Tests that break content on purpose list the
 * console messages they expect in `allowedConsole`.
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
        const text = m.text();
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

/** Site-relative path (works under a sub-path base URL too). */
export const rel = (path: string) => path.replace(/^\//, '');

/** Opens a path and waits until the app (not the static shell) is running. */
export async function open(page: Page, path: string) {
  await page.goto(rel(path));
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
}

/** The pathname relative to the base URL ("/news?page=2"). */
export function routeOf(page: Page): string {
  const base = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8089/');
  const url = new URL(page.url());
  const path = url.pathname.startsWith(base.pathname) ? url.pathname.slice(base.pathname.length - 1) : url.pathname;
  return path + url.search;
}
