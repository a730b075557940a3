import { test, expect, open, routeOf } from './fixtures';
import type { Page, Route } from '@playwright/test';

// A failed content request is logged by Chromium itself; that is expected here.
test.use({ allowedConsole: [/^Failed to load resource: .*\/content\/[a-z/-]+\.json\)$/] });

type Breakage = 'http404' | 'http500' | 'html' | 'badjson' | 'network';

/** Breaks one content file until the returned function is called. */
async function breakFile(page: Page, file: string, how: Breakage) {
  const pattern = `**/content/${file}`;
  const handler = (route: Route) => {
    switch (how) {
      case 'http404':
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
      case 'http500':
        return route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' });
      case 'html':
        // What a CDN's SPA fallback does for a missing file.
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>IUC</title>' });
      case 'badjson':
        return route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "organisers": [\n    {"id": "x",}\n  ]\n}' });
      case 'network':
        return route.abort('connectionrefused');
    }
  };
  await page.route(pattern, handler);
  return () => page.unroute(pattern, handler);
}

async function expectShellWorks(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'News' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Funded by the European Union');
}

test('homepage: missing latest news (404) is reported in its section only, and Retry recovers', async ({ page }) => {
  const restore = await breakFile(page, 'news/latest.json', 'http404');
  await open(page, '/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The latest news could not be loaded');
  await expect(alert).toContainText('news/latest.json:1:1: (document): the file was not found on the server (HTTP 404)');
  // The rest of the page still works.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
  await expect(page.getByRole('heading', { name: 'The programme\'s two components' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /events/i, level: 2 })).toBeVisible();
  await expectShellWorks(page);
  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('article')).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'IUC takes part in EU webinar on regional innovation' })).toBeVisible();
});

test('events: a server error (500) names the file and the status', async ({ page }) => {
  const restore = await breakFile(page, 'events/index.json', 'http500');
  await open(page, '/events/?view=past');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The events could not be loaded');
  await expect(alert).toContainText('events/index.json:1:1: (document): the server answered with HTTP 500 instead of the file');
  await expectShellWorks(page);
  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.event-list > li')).toHaveCount(15);
  await expect(page.getByRole('link', { name: 'Webinar at EWRC – International Urban Cooperation – China, India, Japan' })).toBeVisible();
});

test('city cooperation: an HTML page instead of JSON is recognised', async ({ page }) => {
  const restore = await breakFile(page, 'cooperation.json', 'html');
  await open(page, '/city-cooperation/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cooperation.json:1:1: (document): the server sent a web page instead of JSON; the file is probably missing');
  await expectShellWorks(page);
  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.pairing-list > li')).toHaveCount(9);
  await expect(page.locator('.pairing-list').getByRole('link', { name: 'Chongqing and Mannheim' })).toBeVisible();
});

test('broken JSON is reported with file, line, column and field path', async ({ page }) => {
  await breakFile(page, 'events/ewrc-2020-iuc-webinar.json', 'badjson');
  await open(page, '/events/ewrc-2020-iuc-webinar/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The event could not be loaded');
  await expect(alert.locator('code')).toHaveText(/^events\/ewrc-2020-iuc-webinar\.json:3:16: organisers\[0\]: trailing comma/);
  await expectShellWorks(page);
  // Another section, with its own file, is unaffected.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Global Covenant' }).click();
  await expect(page.getByRole('heading', { name: 'Three pillars' })).toBeVisible();
  await expect.poll(() => routeOf(page)).toBe('/covenant/');
});

test('a failing network is reported calmly and Retry recovers', async ({ page }) => {
  const restore = await breakFile(page, 'covenant.json', 'network');
  await open(page, '/covenant/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('covenant.json:1:1: (document): the server could not be reached');
  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Three pillars' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Confirmed signatories and pilot cities by country' }).locator('tbody th[scope="row"]')).toHaveCount(7);
});

test('each content file is fetched once per visit', async ({ page }) => {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/content\/(.+)$/);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  });
  await open(page, '/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Events', 'Home', 'Events', 'Home']) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await expect(page.getByRole('link', { name: 'Webinar at EWRC – International Urban Cooperation – China, India, Japan' })).toBeVisible();
  expect(counts.get('events/index.json')).toBe(1);
  expect(counts.get('events/year/2020.json')).toBe(1);
  expect(counts.get('events-home.json')).toBe(1);
  expect(counts.get('site.json')).toBe(1);
  expect(counts.get('news/latest.json')).toBe(1);
  // Fetched ahead for the news list, once (`Store::news_ahead`).
  await expect.poll(() => counts.get('news/index.json')).toBe(1);
  expect(counts.get('news/page/1.json')).toBe(1);
  expect([...counts.keys()].filter((f) => f.startsWith('events/year/')), 'only the years shown').toEqual(['events/year/2020.json']);
});

test('markup in content is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror="document.title=\'pwned\'">';
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; return d.dismiss(); });
  await page.route('**/content/news/latest.json', async (route) => {
    const res = await route.fetch();
    const data = await res.json();
    data.articles[0].title = payload;
    data.articles[0].teaser = '<script>alert(1)</script>';
    await route.fulfill({ response: res, body: JSON.stringify(data) });
  });
  await open(page, '/');
  await expect(page.getByRole('link', { name: payload })).toBeVisible();
  await expect(page.getByText('<script>alert(1)</script>')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page).toHaveTitle('International Urban Cooperation Asia');
  expect(dialogs).toBe(0);
});

test('a content file that fails keeps the published page, with a notice and Retry (T7)', async ({ page }) => {
  const title = 'Korean and other Asian cities meet in Gwangju to align climate plans';
  const restore = await breakFile(page, 'news/korea-workshop-gwangju.json', 'http500');
  await open(page, '/news/korea-workshop-gwangju/');
  // The article the build wrote stays, whole: the app's error does not replace it.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('IUC Asia held its second climate action workshop in Korea in')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('This page is shown as it was published: part of it could not be brought up to date.');
  const alert = main.getByRole('alert');
  await expect(alert).toContainText('news/korea-workshop-gwangju.json:1:1: (document): the server answered with HTTP 500');
  await restore();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.kept-page')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the news list stays when its catalogue fails to load (T7)', async ({ page }) => {
  await breakFile(page, 'news/index.json', 'http500');
  await open(page, '/news/');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('news/index.json:1:1');
  await expect(page.getByRole('main').getByRole('link', { name: 'IUC takes part in EU webinar on regional innovation' })).toBeVisible();
});
