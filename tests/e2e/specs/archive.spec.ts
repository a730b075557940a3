// The archive loads only what the visitor looks at: a page of summaries,
// the search shards of the words typed, the years of the months shown.
import type { Page } from '@playwright/test';
import { test, expect, open, rel, routeOf, appReady } from './fixtures';

/** Records the content files the page fetches from now on. */
function contentRequests(page: Page): string[] {
  const files: string[] = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/content\/(.+)$/);
    if (m) files.push(m[1]);
  });
  return files;
}

/** The shard keys a word needs, by the rule of `search::shards_for`: the
 * shard whose range (its key up to the next, in byte order) the word
 * falls in, and the following ones whose keys begin with it. */
function shardsFor(keys: string[], word: string): string[] {
  const cmp = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  return keys.filter((k, i) => (cmp(k, word) <= 0 || k.startsWith(word)) && (i + 1 === keys.length || cmp(keys[i + 1], word) > 0));
}
const shardFile = (key: string) => `news/search/${Buffer.from(key, 'utf8').toString('hex')}.json`;

test('/news loads its catalogue and one page of summaries; the next page loads the next file', async ({ page }) => {
  const files = contentRequests(page);
  await open(page, '/news/');
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
  expect(files.filter((f) => f.startsWith('news/')).sort()).toEqual(['news/index.json', 'news/page/1.json']);
  files.length = 0;
  await page.getByRole('navigation', { name: 'News pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page.locator('.grid.cards > article')).toHaveCount(3);
  expect(files).toEqual(['news/page/2.json']);
});

test('a topic or country filter loads the facets, once; the list of all news does not', async ({ page }) => {
  const files = contentRequests(page);
  await open(page, '/news/');
  const cards = page.locator('.grid.cards > article');
  await expect(cards).toHaveCount(12);
  expect(files).not.toContain('news/facets.json');
  await page.getByLabel('Topic', { exact: true }).selectOption('global-covenant');
  await expect.poll(() => routeOf(page)).toBe('/news/?tag=global-covenant');
  await expect(cards).toHaveCount(6);
  await page.getByLabel('Topic', { exact: true }).selectOption('');
  await expect(cards).toHaveCount(12);
  await page.getByLabel('Topic', { exact: true }).selectOption('webinar');
  await expect.poll(() => routeOf(page)).toBe('/news/?tag=webinar');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(/articles? found/);
  expect(files.filter((f) => f === 'news/facets.json')).toHaveLength(1);
});

test('a filtered view asks for the facets together with the catalogue, and the shards of a search without waiting for them', async ({ page }) => {
  /** Holds `held` for up to 2 s, until `other` has been asked for; whether it was. */
  const holdUntil = async (held: string, other: string) => {
    let asked: () => void = () => {};
    const otherAsked = new Promise<boolean>((r) => (asked = () => r(true)));
    const result = { askedWhileHeld: undefined as boolean | undefined };
    await page.route(`**/content/${other}`, (route) => { asked(); return route.continue(); });
    await page.route(`**/content/${held}`, async (route) => {
      result.askedWhileHeld = await Promise.race([otherAsked, new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
      await route.continue();
    });
    return result;
  };
  // A topic followed from an article: the list opens filtered.
  await open(page, '/news/korea-workshop-gwangju/');
  const catalogue = await holdUntil('news/index.json', 'news/facets.json');
  await page.locator('main a[href*="tag=global-covenant"]').first().click();
  await expect(page.locator('.grid.cards > article')).toHaveCount(6);
  expect(catalogue.askedWhileHeld, 'the facets were asked for while the catalogue was held').toBe(true);
  await page.unrouteAll();
  // A filtered search opened from its address.
  const facets = await holdUntil('news/facets.json', 'news/search/*.json');
  await open(page, '/news/?q=gwangju&tag=global-covenant');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(/^1 article found/);
  expect(facets.askedWhileHeld, 'a shard was asked for while the facets were held').toBe(true);
});

test('a search fetches only the shards of its words', async ({ page, request }) => {
  const catalogue = await (await request.get(rel('/content/news/index.json'))).json();
  const files = contentRequests(page);
  await open(page, '/news/');
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
  files.length = 0;
  await page.getByLabel('Search news').fill('gwangju workshop');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(/^1 article found/);
  await expect(page.locator('.grid.cards > article mark').first()).toBeVisible();
  const wanted = [...new Set([...shardsFor(catalogue.shards, 'gwangju'), ...shardsFor(catalogue.shards, 'workshop')])].map(shardFile);
  expect(wanted.length).toBeGreaterThan(0);
  // How few shards a query needs in a large archive is measured by
  // `make bench` and held by the host test of `search::build_shards`; the
  // fixture's index is small enough to be one shard.
  const fetchedShards = files.filter((f) => f.startsWith('news/search/')).sort();
  expect(fetchedShards).toEqual(wanted.sort());
  // A single letter after a word waits for its second: nothing new is fetched.
  files.length = 0;
  await page.getByLabel('Search news').fill('gwangju workshop c');
  await expect.poll(() => routeOf(page)).toBe('/news/?q=gwangju%20workshop%20c');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(/^1 article found/);
  expect(files).toEqual([]);
});

test('the month view loads the year it shows, and another year only when the visitor goes there', async ({ page }) => {
  const files = contentRequests(page);
  await open(page, '/events/?view=month&month=2020-01');
  await expect(page.locator('table.calendar caption')).toHaveText('Events in January 2020');
  expect(files.filter((f) => f.startsWith('events/')).sort()).toEqual(['events/index.json', 'events/year/2020.json']);
  files.length = 0;
  await page.locator('.month-nav a[rel="prev"]').click();
  await expect(page.locator('table.calendar caption')).toHaveText('Events in December 2019');
  expect(files).toEqual(['events/year/2019.json']);
  files.length = 0;
  await page.locator('.month-nav a[rel="next"]').click();
  await expect(page.locator('table.calendar caption')).toHaveText('Events in January 2020');
  expect(files, 'a year already loaded is not fetched again').toEqual([]);
});

test('an event page loads only its own file, which links to the events before and after it', async ({ page }) => {
  const files = contentRequests(page);
  await open(page, '/events/ewrc-2020-iuc-webinar/');
  const more = page.getByRole('navigation', { name: 'More events' });
  await expect(more.getByRole('link')).toHaveCount(2);
  expect(files.filter((f) => f.startsWith('events'))).toEqual(['events/ewrc-2020-iuc-webinar.json']);
  await more.getByRole('link').last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('EIRI Chengdu – The 2nd Energy Internet International Innovation and Entrepreneurship Summit');
  expect(files.filter((f) => f.startsWith('events'))).toEqual(['events/ewrc-2020-iuc-webinar.json', 'events/eiri-chengdu-energy-internet-summit.json']);
});

test('files from two builds never combine: the page reloads once, then says the site was updated (T6)', async ({ page }) => {
  // facets.json as the next build would write it, while the page and the
  // catalogue are this build's.
  await page.route('**/content/news/facets.json', async (route) => {
    const res = await route.fetch();
    const data = await res.json();
    expect(Object.keys(data)[0]).toBe('build');
    data.build = 'ffffffffffffffff';
    await route.fulfill({ response: res, body: JSON.stringify(data) });
  });
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(rel('/news/?tag=global-covenant'));
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText('news/facets.json:1:1: (document): the site was updated while this page was open: reload the page to see the new version');
  expect(loads).toBe(2);
  // No list was drawn from the mix: the page is the one the build wrote.
  await appReady(page);
});
