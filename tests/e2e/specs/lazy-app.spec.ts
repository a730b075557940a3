import { test, expect, rel, routeOf, holdWasm, baseUrl } from './fixtures';
import type { Page, Request } from '@playwright/test';

/**
 * A page the build wrote complete for every visitor (`<html data-app="intent">`:
 * an article, /news, a pairing, the Covenant…) downloads no app and no content
 * file until the visitor reaches for something only the app does; a page whose
 * first view depends on the day or the visitor (`data-app="now"`), or whose
 * address carries a query it reads, starts its app at once. See src/loader.js
 * and routes::app_start.
 */

const ARTICLE = '/news/da-nang-ghg-inventory-workshop/';

/** Every request of the app: its glue script, its wasm, a content file. */
function appRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/_bg\.wasm$|\/iuc-asia-[0-9a-f]+\.js$|\/content\//.test(path)) seen.push(r);
  });
  return seen;
}

/** Until the page has loaded, painted and stayed idle a while. */
async function settle(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
}

test('an article loads no app until the visitor reaches for it; its button then loads it and acts', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests = appRequests(page);
  await page.goto(rel(ARTICLE));
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'intent');
  // Reading, scrolling and following the page's links need nothing.
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(300);
  expect(requests.map((r) => r.url())).toEqual([]);
  // The share row's button did nothing without the app: pressing it brings
  // the app, and the press is acted on once it has taken over.
  const share = page.getByRole('group', { name: 'Share this page' });
  await share.getByRole('button').click();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(requests.some((r) => r.url().endsWith('_bg.wasm'))).toBe(true);
  await expect(share.getByRole('status')).not.toBeEmpty();
});

test('a search typed before the app arrives loses no keystroke and shows its results', async ({ page }) => {
  const release = await holdWasm(page);
  const requests = appRequests(page);
  await page.goto(rel('/news/'));
  await settle(page);
  expect(requests).toEqual([]);
  const search = page.getByLabel('Search news');
  // Clicking into the box asks for the app; the visitor types on while it loads.
  await search.click();
  await expect.poll(() => requests.some((r) => r.url().endsWith('_bg.wasm'))).toBe(true);
  await page.keyboard.type('tang', { delay: 30 });
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(search).toHaveValue('tang');
  await expect(search).toBeFocused();
  await expect(page.locator('.grid.cards > article h3')).toHaveText(['Knowledge forum in Tangerang, and a new Covenant signatory']);
  await expect.poll(() => routeOf(page)).toBe('/news/?q=tang');
  // And typing goes on in the app's box.
  await page.keyboard.type('erang');
  await expect.poll(() => routeOf(page)).toBe('/news/?q=tangerang');
});

test('words typed, then left for another field before the app arrives, are still searched', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(rel('/news/'));
  await page.getByLabel('Search news').fill('tang');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Topic', { exact: true })).toBeFocused();
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.getByLabel('Topic', { exact: true })).toBeFocused();
  await expect(page.locator('.grid.cards > article h3')).toHaveText(['Knowledge forum in Tangerang, and a new Covenant signatory']);
  await expect.poll(() => routeOf(page)).toBe('/news/?q=tang');
});

test('Enter in the search box before the app arrives submits the search as a plain address', async ({ page }) => {
  // The app never arrives on the first page: the form does the work.
  await page.route('**/*_bg.wasm', () => {});
  await page.goto(rel('/news/'));
  await page.getByLabel('Search news').fill('tang');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?q=tang/);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  // A query the page reads starts the app at once.
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect(page.locator('.grid.cards > article h3')).toHaveText(['Knowledge forum in Tangerang, and a new Covenant signatory']);
});

test('a filter chosen before the app arrives is applied once it has', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(rel('/covenant/'));
  await expect(page.locator('html')).toHaveAttribute('data-app', 'intent');
  await page.getByLabel('Country or territory').selectOption({ label: 'Malaysia' });
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  await expect.poll(() => routeOf(page)).toBe('/covenant/?country=MY');
  await expect(page.getByRole('table', { name: 'Confirmed signatories and pilot cities by country' }).locator('tbody th[scope="row"]')).toHaveCount(1);
});

test('a keyboard reader of an article reaches every link with Tab, and never loads the app', async ({ page }) => {
  const requests = appRequests(page);
  await page.goto(rel(ARTICLE));
  await settle(page);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.offsetParent !== null || a.classList.contains('skip-link'))
      .map((a) => a.href));
  expect(links.length).toBeGreaterThan(15);
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < links.length + 10; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    if (href) reached.add(href);
  }
  expect(links.filter((l) => !reached.has(l))).toEqual([]);
  // The skip link works without the app too.
  await page.goto(rel(ARTICLE));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(new URL(page.url()).hash).toBe('#main');
  await expect.poll(() => routeOf(page)).toBe(ARTICLE);
  expect(requests.map((r) => r.url())).toEqual([]);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'intent');
});

test('the language switcher works without the app, and keeps the page and its query', async ({ page }) => {
  const requests = appRequests(page);
  await page.goto(rel(ARTICLE));
  await settle(page);
  await page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: '简体中文' }).click();
  await page.waitForURL((u) => routeOf(page) === `/zh-hans${ARTICLE}` || u.pathname.endsWith(`/zh-hans${ARTICLE}`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'intent');
  expect(requests.map((r) => r.url())).toEqual([]);

  // A query view, before its app has arrived: the link keeps the query.
  const release = await holdWasm(page);
  await page.goto(rel('/news/?tag=global-covenant'));
  const zh = page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: '简体中文' });
  await expect(zh).toHaveAttribute('href', `${baseUrl.pathname}zh-hans/news/?tag=global-covenant`);
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  await zh.click();
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/news/?tag=global-covenant');
  release();
});

test('pages of the day or the visitor, and query views, start their app without intent', async ({ page }) => {
  for (const path of ['/events/', '/', '/events/ewrc-2020-iuc-webinar/', '/news/?q=tang', '/city-cooperation/?round=2018']) {
    await page.goto(rel(path));
    await expect(page.locator('html[data-app="ready"]'), path).toHaveCount(1);
  }
  await expect(page.locator('.pairing-list > li').first()).toBeVisible();
  // A query the page does not read (a campaign tag) does not.
  const requests = appRequests(page);
  await page.goto(rel('/news/?utm_source=newsletter'));
  await settle(page);
  expect(requests.map((r) => r.url())).toEqual([]);
});

test.describe('a visitor who saves data', () => {
  test('a pointer resting on the search box starts nothing; a click does', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, effectiveType: '4g' }) }));
    const requests = appRequests(page);
    await page.goto(rel('/news/'));
    await settle(page);
    await page.getByLabel('Search news').hover();
    await page.waitForTimeout(500);
    expect(requests.map((r) => r.url())).toEqual([]);
    await page.getByLabel('Search news').click();
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  });

  test('without Save-Data, the same pointer starts the app a little early', async ({ page }) => {
    const requests = appRequests(page);
    await page.goto(rel('/news/'));
    await settle(page);
    await page.getByLabel('Search news').hover();
    await expect.poll(() => requests.some((r) => r.url().endsWith('_bg.wasm'))).toBe(true);
  });
});
