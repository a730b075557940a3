import { test, expect, open, rel, routeOf, canonical, appReady } from './fixtures';

test('the feed pages twelve at a time with real links and URL state', async ({ page }) => {
  await open(page, '/news/');
  const cards = page.locator('.grid.cards > article');
  await expect(cards).toHaveCount(12);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 1 of 2');
  await expect(cards.first().getByRole('heading')).toHaveText('IUC takes part in EU webinar on regional innovation');
  await expect(cards.first().getByRole('list', { name: 'Topics' }).getByRole('link')).toHaveText(['innovation', 'webinar']);
  const pager = page.getByRole('navigation', { name: 'News pages' });
  await expect(pager.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('link', { name: 'Next page' }).click();
  await expect.poll(() => routeOf(page)).toBe('/news/?page=2');
  await expect(cards).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 2 of 2');
  await expect(cards.last().getByRole('heading')).toHaveText('Malaysia launches the Global Covenant of Mayors nationally');
  await page.reload();
  await expect(cards).toHaveCount(3);
  await page.goBack();
  await expect(cards).toHaveCount(12);
});

test('from the keyboard, the next page of news starts at the page heading, as after a page load', async ({ page }) => {
  await open(page, '/news/');
  const pager = page.getByRole('navigation', { name: 'News pages' });
  await pager.getByRole('link', { name: 'Next page' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => routeOf(page)).toBe('/news/?page=2');
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 2 of 2');
  // The link used is replaced by the new page's links; focus is not lost with it.
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // A link opened in a new tab leaves focus where it was.
  const back = pager.getByRole('link', { name: 'Previous page' });
  await back.focus();
  await back.click({ modifiers: ['ControlOrMeta'] });
  await expect(back).toBeFocused();
});

test('from the homepage, the news list is fetched once the app is ready, and then opens with nothing left to load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (r) => { const m = new URL(r.url()).pathname.match(/content\/(news\/.+)$/); if (m) fetched.push(m[1]); });
  await open(page, '/');
  await expect.poll(() => [...new Set(fetched)].sort()).toEqual(['news/index.json', 'news/latest.json', 'news/page/1.json']);
  // From here on no content file can load: what the list shows was fetched ahead.
  await page.route('**/content/**', (route) => route.abort());
  await page.evaluate(() => {
    const w = window as unknown as { sawLoading: boolean };
    w.sawLoading = false;
    new MutationObserver(() => { w.sawLoading ||= !!document.querySelector('main .loading'); })
      .observe(document.body, { childList: true, subtree: true });
  });
  await page.locator('.main-nav').getByRole('link', { name: 'News' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 1 of 2');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading), 'no loading line was ever shown').toBe(false);
});

test('opened from another page, the news list asks for its first page without waiting for the catalogue', async ({ page }) => {
  await open(page, '/events/');
  let asked: () => void = () => {};
  const firstPageAsked = new Promise<boolean>((r) => (asked = () => r(true)));
  await page.route('**/content/news/page/1.json', (route) => { asked(); return route.continue(); });
  // The catalogue is held for up to 2 s, and answers once the first page has been asked for.
  let askedWhileHeld: boolean | undefined;
  await page.route('**/content/news/index.json', async (route) => {
    askedWhileHeld = await Promise.race([firstPageAsked, new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
    await route.continue();
  });
  await page.locator('.main-nav').getByRole('link', { name: 'News' }).click();
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 1 of 2');
  expect(askedWhileHeld).toBe(true);
});

test('a page out of range says so and links to page 1', async ({ page }) => {
  await open(page, '/news/?page=9');
  await expect(page.getByText('There is no page 9 here: the list has 2 pages.')).toBeVisible();
  await page.getByRole('link', { name: 'Go to page 1' }).click();
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
  await expect.poll(() => routeOf(page)).toBe('/news/');
});

test('filter and search round trip: URL, highlight, reload, back and forward', async ({ page }) => {
  await open(page, '/news/');
  await page.getByLabel('Topic', { exact: true }).selectOption('global-covenant');
  await expect.poll(() => routeOf(page)).toBe('/news/?tag=global-covenant');
  const cards = page.locator('.grid.cards > article');
  await expect(cards).toHaveCount(6);
  await page.getByLabel('Search news').pressSequentially('tang');
  await expect(cards).toHaveCount(1);
  await expect.poll(() => routeOf(page)).toBe('/news/?q=tang&tag=global-covenant');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 article found · Page 1 of 1');
  await expect(cards.first().locator('mark').first()).toHaveText('Tangerang');
  await expect(page.getByLabel('Search news')).toBeFocused();
  await page.reload();
  await expect(cards).toHaveCount(1);
  await expect(page.getByLabel('Search news')).toHaveValue('tang');
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('global-covenant');
  await page.goBack();
  await expect(cards).toHaveCount(6);
  await expect.poll(() => routeOf(page)).toBe('/news/?tag=global-covenant');
  await expect(page.getByLabel('Search news')).toHaveValue('');
  await page.goForward();
  await expect(cards).toHaveCount(1);
  await page.getByRole('link', { name: 'Clear search and filters' }).click();
  await expect(cards).toHaveCount(12);
  await expect.poll(() => routeOf(page)).toBe('/news/');
});

test('search covers the article body and explains an empty result', async ({ page }) => {
  await open(page, '/news/?q=niessler');
  const cards = page.locator('.grid.cards > article');
  // Rudolf Niessler is named only in the body of these two articles.
  await expect(cards.getByRole('heading')).toHaveText([
    'IUC takes part in EU webinar on regional innovation',
    'City-to-city cooperation discussed at European Week of Regions and Cities webinar',
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('2 articles found · Page 1 of 1');
  await expect(page.getByLabel('Search news')).toHaveValue('niessler');
  await page.getByLabel('Search news').fill('zeppelin');
  await expect(page.getByText('No article matches “zeppelin”.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('0 articles found');
  await expect.poll(() => routeOf(page)).toBe('/news/?q=zeppelin');
});

test('the country filter narrows the feed', async ({ page }) => {
  await open(page, '/news/');
  await page.getByLabel('Country').selectOption({ label: 'Vietnam' });
  await expect.poll(() => routeOf(page)).toBe('/news/?country=VN');
  await expect(page.locator('.grid.cards > article h3')).toHaveText([
    'Da Nang builds skills for its greenhouse gas inventory',
    'Global Covenant of Mayors partners coordinate in South-East Asia',
    'Roadshow visits Can Tho, Da Nang and Tam Ky',
  ]);
});

test('an article shows its date, reading time, tags, source, neighbours and related items', async ({ page }) => {
  await open(page, '/news/iuc-at-eu-webinar-on-city-to-city-cooperation/');
  const main = page.getByRole('main');
  await expect(main.locator('time').first()).toHaveAttribute('datetime', '2020-10');
  await expect(main.locator('time').first()).toHaveText('October 2020');
  await expect(main.getByText('1 min read')).toBeVisible();
  await expect(main.getByRole('list', { name: 'Topics' }).getByRole('link')).toHaveText(['city to city', 'webinar']);
  await expect(main.getByRole('link', { name: 'https://ec.europa.eu/regional_policy/en/policy/cooperation/international/' }))
    .toHaveAttribute('href', 'https://ec.europa.eu/regional_policy/en/policy/cooperation/international/');
  const more = page.getByRole('navigation', { name: 'More articles' });
  await expect(more.getByRole('link')).toHaveText([
    'IUC takes part in EU webinar on regional innovation',
    'Da Nang builds skills for its greenhouse gas inventory',
  ]);
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link')).toHaveCount(3);
  await more.getByRole('link', { name: 'Da Nang builds skills for its greenhouse gas inventory' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Da Nang builds skills for its greenhouse gas inventory');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page).toHaveTitle('Da Nang builds skills for its greenhouse gas inventory – News – IUC Asia');
  await expect.poll(() => routeOf(page)).toBe('/news/da-nang-ghg-inventory-workshop/');
  await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'ghg inventory' }).click();
  await expect.poll(() => routeOf(page)).toBe('/news/?tag=ghg-inventory');
  await expect(page.locator('.grid.cards > article')).toHaveCount(1);
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('ghg-inventory');
});

test.describe('unknown article', () => {
  // The address answers 404, and the article's file is missing too; Chromium logs both.
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*no-such-story-here/] });
  test('an unknown article answers 404 and says so, with links to the feed and to search', async ({ page }) => {
    const res = await page.goto(rel('/news/no-such-story-here/'));
    expect(res?.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found');
    await expect(page).toHaveTitle('Article not found – IUC Asia');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('link', { name: 'All news' })).toBeVisible();
    await page.getByRole('link', { name: 'Search the news for “no such story here”' }).click();
    await expect.poll(() => routeOf(page)).toBe('/news/?q=no%20such%20story%20here');
    await expect(page.getByText('No article matches “no such story here”.')).toBeVisible();
  });
});

test('the Atom feed is linked from the head and served', async ({ page, request }) => {
  await open(page, '/news/');
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveAttribute('href', 'feed.xml');
  const res = await request.get(rel('/feed.xml'));
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
  expect(body.match(/<entry>/g)?.length).toBe(15);
  // Entries link to the articles' canonical addresses.
  const links = [...body.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1]);
  expect(links).toHaveLength(16);
  expect(links).toContain(canonical('/news/'));
  expect(links).toContain(canonical('/news/da-nang-ghg-inventory-workshop/'));
});

test('the news feeds follow the filters: all news, a topic, a country', async ({ page }) => {
  const feeds = page.locator('p.feeds');
  /** The feed link's address at the configured site URL, and what it serves. */
  async function expectFeed(name: string, path: string, expectedTitle: RegExp) {
    const link = feeds.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', canonical(path));
    await expect(link).toHaveAttribute('type', 'application/atom+xml');
    const res = await page.request.get(rel(path));
    expect(res.status()).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(expectedTitle);
    return xml;
  }
  await open(page, '/news/');
  await expectFeed('All news (Atom feed)', '/feed.xml', /<title>International Urban Cooperation Asia – News<\/title>/);
  await page.getByLabel('Topic', { exact: true }).selectOption('global-covenant');
  const topic = await expectFeed('News on global covenant (Atom feed)', '/feeds/topic/global-covenant.xml', /<title>International Urban Cooperation Asia – News: global covenant<\/title>/);
  // Only that topic's articles, each of which carries the tag.
  const entries = topic.split('<entry>').slice(1);
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) expect(e).toContain('<category term="global-covenant"/>');
  await page.getByLabel('Country').selectOption({ label: 'Vietnam' });
  await expect(feeds.getByRole('link')).toHaveCount(2);
  await expectFeed('News on Vietnam (Atom feed)', '/feeds/country/vn.xml', /<title>International Urban Cooperation Asia – News: Vietnam<\/title>/);
});

test('single letters alone fetch no part of the index, and the box takes at most 200 characters (T17)', async ({ page }) => {
  const shards: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/content/news/search/')) shards.push(r.url()); });
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789'.split('').join(' ');
  await open(page, `/news/?q=${encodeURIComponent(letters)}`);
  await expect(page.locator('main .loading')).toHaveCount(0);
  expect(shards).toEqual([]);
  const box = page.getByRole('searchbox', { name: 'Search news' });
  await box.fill('');
  await box.focus();
  await page.keyboard.insertText('climate '.repeat(30));
  await expect(box).toHaveValue(('climate '.repeat(30)).slice(0, 200));
});
