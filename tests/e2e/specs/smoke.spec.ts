import { test, expect, open, routeOf, canonical, baseUrl, appReady } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * One journey through a bundle of the SHIPPED content (public/content):
 * home → news → an article → events → an event → city cooperation → a
 * pairing → covenant. It asserts only what does not depend on which
 * articles, events or pairings exist: headings, titles, that lists are not
 * empty, that links lead to real pages.
 */

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** In-site links on the current page, as absolute addresses (no fragment). */
async function siteLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.filter((h) => new URL(h).origin === baseUrl.origin).map((h) => h.replace(/#.*$/, ''));
}

test('a visitor can go from the homepage through every section of the shipped content', async ({ page, request }) => {
  test.setTimeout(120_000);
  const links = new Set<string>();
  const collect = async () => (await siteLinks(page)).forEach((l) => links.add(l));
  const nav = page.getByRole('navigation', { name: 'Main' });

  // Home: the programme's name, the latest news and the events.
  await open(page, '/');
  await expect(h1(page)).not.toHaveText('');
  await expect(page.getByRole('region', { name: 'Latest news' }).getByRole('article').first()).toBeVisible();
  await expect(page.locator('.event-list > li').first()).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Funded by the European Union');
  await collect();

  // News: a non-empty, paged list.
  await nav.getByRole('link', { name: 'News' }).click();
  await expect(h1(page)).toHaveText('News');
  await expect.poll(() => routeOf(page)).toBe('/news/');
  await expect(page).toHaveTitle('News – IUC Asia');
  const cards = page.locator('.grid.cards > article');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeLessThanOrEqual(12);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText(/^\d+ articles? · Page 1 of \d+$/);
  await collect();

  // An article: the one at the top of the list.
  const articleLink = cards.first().getByRole('heading').getByRole('link');
  const articleTitle = (await articleLink.textContent())!.trim();
  await articleLink.click();
  await expect(h1(page)).toHaveText(articleTitle);
  await expect(h1(page)).toBeFocused();
  await expect.poll(() => routeOf(page)).toMatch(/^\/news\/[a-z0-9-]+\/$/);
  await expect(page).toHaveTitle(`${articleTitle} – News – IUC Asia`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical(routeOf(page)));
  await expect(page.getByRole('main').locator('p').first()).not.toHaveText('');
  await collect();
  // The article is a real file: a fresh load shows it too.
  await page.reload();
  await expect(h1(page)).toHaveText(articleTitle);
  await appReady(page);

  // Events: the calendar views; the past list is never empty.
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(h1(page)).toHaveText('Events');
  await expect.poll(() => routeOf(page)).toBe('/events/');
  await collect();
  await page.getByRole('navigation', { name: 'Calendar views' }).getByRole('link', { name: 'Past events' }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=past');
  const events = page.locator('.event-list > li');
  await expect(events.first()).toBeVisible();
  await collect();

  // An event: its date and a calendar file.
  const eventLink = events.first().getByRole('heading').getByRole('link');
  const eventTitle = (await eventLink.textContent())!.trim();
  await eventLink.click();
  await expect(h1(page)).toHaveText(eventTitle);
  await expect.poll(() => routeOf(page)).toMatch(/^\/events\/[a-z0-9-]+\/$/);
  await expect(page).toHaveTitle(`${eventTitle} – Events – IUC Asia`);
  await expect(page.locator('dl.facts time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d/);
  const ics = await request.get(await page.getByRole('link', { name: 'Download .ics file' }).evaluate((a) => (a as HTMLAnchorElement).href));
  expect(ics.status()).toBe(200);
  expect(await ics.text()).toContain('BEGIN:VEVENT');
  await collect();

  // City cooperation: pairings, and the cities as links under the map.
  await nav.getByRole('link', { name: 'City cooperation' }).click();
  await expect(h1(page)).toHaveText('City-to-city cooperation');
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
  const pairings = page.locator('.pairing-list > li');
  await expect(pairings.first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Paired cities' }).getByRole('link').first()).toBeVisible();
  await collect();
  const pairingLink = pairings.first().getByRole('heading').getByRole('link');
  const pairingTitle = (await pairingLink.textContent())!.trim();
  await pairingLink.click();
  await expect(h1(page)).toHaveText(pairingTitle);
  await expect.poll(() => routeOf(page)).toMatch(/^\/city-cooperation\/[a-z0-9-]+\/$/);
  await expect(page).toHaveTitle(`${pairingTitle} – City-to-city cooperation – IUC Asia`);
  await collect();

  // Covenant: the countries table.
  await nav.getByRole('link', { name: 'Global Covenant' }).click();
  await expect(h1(page)).toHaveText('Global Covenant of Mayors');
  await expect.poll(() => routeOf(page)).toBe('/covenant/');
  const table = page.getByRole('table', { name: 'Confirmed signatories and pilot cities by country' });
  await expect(table.locator('tbody th[scope="row"]').first()).toBeVisible();
  await collect();

  // Every in-site link seen on the way answers 200 (pages, feeds, calendar files, images).
  expect(links.size).toBeGreaterThan(30);
  const broken: string[] = [];
  for (const link of links) {
    const res = await request.get(link);
    if (res.status() !== 200) broken.push(`${res.status()} ${link}`);
  }
  expect(broken).toEqual([]);
});
