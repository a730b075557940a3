import { test, expect, open } from './fixtures';
import type { Page, Route } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The fault check: on every route, each content file the page fetches is
 * broken in turn (HTTP 500). The page must then either read exactly as it
 * does with every file present, or say what is missing, naming the file,
 * with a Retry that brings back the whole page. A silent gap (a filter with
 * no options, a section that is simply absent) fails this check.
 */
test.use({ allowedConsole: [/^Failed to load resource: .*\/content\/[a-z0-9/-]+\.json\)$/] });

const fixture = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '../../fixtures/content', file), 'utf8'));
const article = fs.readdirSync(path.join(__dirname, '../../fixtures/content/news')).filter((f) => f.endsWith('.json')).sort()[0].replace(/\.json$/, '');
const event = fixture('events.json').events[0].slug;
const pairing = fixture('cooperation.json').pairings[0].slug;

const routes = [
  '/', '/news/', '/news/?tag=global-covenant', `/news/${article}/`, '/events/', `/events/${event}/`, '/city-cooperation/',
  `/city-cooperation/${pairing}/`, '/covenant/', '/about/', '/zh-hans/news/',
];

/** Loads a path and returns the content files it fetched and what <main> reads. */
async function visit(page: Page, route: string) {
  const files = new Set<string>();
  const onRequest = (r: { url(): string }) => {
    const m = new URL(r.url()).pathname.match(/\/content\/(.+\.json)$/);
    if (m) files.add(m[1]);
  };
  page.on('request', onRequest);
  await open(page, route);
  await expect(page.locator('main .loading')).toHaveCount(0);
  const text = await page.locator('main').innerText();
  page.off('request', onRequest);
  return { files: [...files].sort(), text };
}

for (const route of routes) {
  test(`fault check: ${route}`, async ({ page }) => {
    const { files, text } = await visit(page, route);
    expect(files.length, `${route} fetches content`).toBeGreaterThan(0);
    for (const file of files) {
      const pattern = `**/content/${file}`;
      const fail = (r: Route) => r.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' });
      await page.route(pattern, fail);
      const broken = await visit(page, route);
      const alerts = page.locator('main [role="alert"]');
      if ((await alerts.count()) === 0) {
        expect(broken.text, `${route} without ${file} reads the same, or says what is missing`).toBe(text);
      } else {
        await expect(alerts.first(), `${route} names ${file}`).toContainText(`${file}:1:1`);
        await page.unroute(pattern, fail);
        // Retry every section that failed; the page then reads as before.
        while ((await alerts.count()) > 0) {
          await alerts.first().getByRole('button', { name: /Retry|重试/ }).click();
        }
        await expect(page.locator('main .loading')).toHaveCount(0);
        await expect.poll(() => page.locator('main').innerText(), `${route}: Retry brings back the page`).toBe(text);
      }
      await page.unroute(pattern, fail);
    }
  });
}
