import { test, expect, open, rel, routeOf, appReady } from './fixtures';

const seedTitlesNewestFirst = [
  'IUC takes part in EU webinar on regional innovation',
  'City-to-city cooperation discussed at European Week of Regions and Cities webinar',
  'Da Nang builds skills for its greenhouse gas inventory',
  'IUC joins UNESCAP experts on COVID-19 recovery in Asia-Pacific cities',
  'Shanghai tightens the rules on single-use plastics',
  'City Climate Finance Gap Fund launched',
];

test('the homepage shows the six latest news items, newest first, with dates and images', async ({ page }) => {
  await open(page, '/');
  const news = page.getByRole('region', { name: 'Latest news' });
  const cards = news.getByRole('article');
  await expect(cards).toHaveCount(6);
  await expect(cards.getByRole('heading', { level: 3 })).toHaveText(seedTitlesNewestFirst);
  await expect(cards.nth(0).locator('time')).toHaveAttribute('datetime', '2020-10');
  await expect(cards.nth(0).locator('time')).toHaveText('October 2020');
  await expect(cards.nth(5).locator('time')).toHaveText('September 2020');
  const img = cards.nth(2).getByRole('img');
  await expect(img).toHaveAttribute('alt', /greenhouse|temperature|skyline/i);
  await expect(img).toHaveAttribute('width', '1200');
  await expect(img).toHaveAttribute('height', '675');
  await news.getByRole('link', { name: 'All news' }).click();
  await expect.poll(() => routeOf(page)).toBe('/news/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
});

test('the homepage states the urbanisation figure and the countries covered', async ({ page }) => {
  await open(page, '/');
  const figures = page.locator('.figures > li');
  await expect(figures).toHaveCount(3);
  await expect(figures.nth(0)).toHaveText("54% of the world's population lived in cities, by the programme's own approximate figure, and the share was growing");
  await expect(figures.nth(1)).toHaveText('13 + 17 European and Chinese pilot cities in city-to-city cooperation, 2017–2020');
  const countries = page.getByRole('region', { name: 'Countries and territories covered' }).getByRole('listitem');
  await expect(countries).toHaveText(['China', 'Hong Kong', 'Indonesia', 'Malaysia', 'Singapore', 'Republic of Korea', 'Vietnam']);
});

test('the component cards lead to their sections', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'City-to-city cooperation on sustainable urban development' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City-to-city cooperation');
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
  await page.goBack();
  await expect.poll(() => routeOf(page)).toBe('/');
  await page.getByRole('link', { name: 'Sub-national action under the Global Covenant of Mayors' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Covenant of Mayors');
  await expect.poll(() => routeOf(page)).toBe('/covenant/');
});

test('with no upcoming events, the homepage labels the most recent ones as past', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Recent past events' })).toBeVisible();
  await expect(page.getByText('There are no upcoming events.')).toBeVisible();
  const items = page.locator('.event-list > li h3');
  await expect(items).toHaveText([
    'Granada webinars: blockchain for smart cities, the circular economy and biotech',
    'EIRI Chengdu – The 2nd Energy Internet International Innovation and Entrepreneurship Summit',
    'Webinar at EWRC – International Urban Cooperation – China, India, Japan',
  ]);
  await page.getByRole('link', { name: 'Event calendar' }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/');
});

test('before the EWRC webinar, the homepage lists the next three events as upcoming', async ({ page }) => {
  // 07:00 UTC on 13 October 2020: the webinar starts at 09:30 Brussels time (07:30 UTC).
  await page.clock.setFixedTime(new Date('2020-10-13T07:00:00Z'));
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Upcoming events' })).toBeVisible();
  const items = page.locator('.event-list > li h3');
  await expect(items).toHaveText([
    'European Week of Regions and Cities 2020',
    'Webinar at EWRC – International Urban Cooperation – China, India, Japan',
    'EIRI Chengdu – The 2nd Energy Internet International Innovation and Entrepreneurship Summit',
  ]);
  await expect(page.locator('.event-list time').nth(1)).toHaveText(/^Tue 13 Oct 2020, 09:30–11:00 CEST/);
  await expect(page.locator('.event-list time').nth(1)).toHaveAttribute('datetime', '2020-10-13T09:30:00+02:00');
});

test('pairing filters change the list and the URL, and survive a reload', async ({ page }) => {
  await open(page, '/city-cooperation/');
  const list = page.locator('.pairing-list > li h3');
  await expect(list).toHaveCount(9);
  await page.getByLabel('Round').selectOption('2018');
  await expect(list).toHaveText(['Haikou and Métropole Nice Côte d\'Azur', 'Yantai and Rome', 'Liuzhou and Barnsley']);
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/?round=2018');
  await page.getByLabel('Country').selectOption({ label: 'Italy' });
  await expect(list).toHaveText(['Yantai and Rome']);
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/?round=2018&country=IT');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 1 of 9 pairings and clusters');
  await page.reload();
  await expect(list).toHaveText(['Yantai and Rome']);
  await expect(page.getByLabel('Round')).toHaveValue('2018');
  await expect(page.getByLabel('Country')).toHaveValue('IT');
  await page.goBack();
  await expect(list).toHaveCount(3);
});

test('an empty filter result says so and offers to clear the filters', async ({ page }) => {
  await open(page, '/city-cooperation/?round=2017&country=GB');
  await expect(page.getByText('No pairing matches these filters.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page.locator('.pairing-list > li')).toHaveCount(9);
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
});

test('theme filter matches the themes shown on the cards', async ({ page }) => {
  await open(page, '/city-cooperation/');
  await page.getByLabel('Theme', { exact: true }).selectOption('rail freight');
  await expect(page.locator('.pairing-list > li h3')).toHaveText(['Chongqing and Mannheim']);
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/?theme=rail%20freight');
});

test('the map is decorative; the paired cities are named links reachable from the keyboard, with an equivalent table', async ({ page }) => {
  await open(page, '/city-cooperation/');
  // The drawing is hidden from assistive technology and holds no links.
  const map = page.locator('.map svg');
  await expect(map).toHaveAttribute('aria-hidden', 'true');
  await expect(map.locator('a')).toHaveCount(0);
  const chips = page.getByRole('list', { name: 'Paired cities' }).getByRole('link');
  await expect(chips).toHaveCount(20);
  await expect(chips.first()).toHaveText('Zhengzhou');
  await expect(chips.first()).toHaveClass(/\bcn\b/);
  const rome = page.getByRole('link', { name: 'Rome, Italy: paired with Zhengzhou, Yantai, Liuzhou, Chengdu' });
  await expect(rome).toHaveText('Rome');
  await expect(rome).toHaveClass(/\beu\b/);
  // WCAG 2.2 target size: every chip is at least 24 by 24 CSS pixels.
  for (const box of await chips.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]))) {
    expect(box[0]).toBeGreaterThanOrEqual(24);
    expect(box[1]).toBeGreaterThanOrEqual(24);
  }
  await rome.focus();
  await expect(rome).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/?city=rome');
  await expect(page.locator('.pairing-list > li h3')).toHaveText([
    'Zhengzhou with Agioi Anargyroi-Kamatero and Málaga',
    'Yantai and Rome',
    'Chengdu and Liuzhou smart city cluster',
  ]);
  const table = page.getByRole('table', { name: 'Pairings shown on the map' });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('Yantai (China)');
  // No request leaves the site for map tiles.
  const external = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin)).length);
  expect(external).toBe(0);
});

test('a pairing page shows its cities, themes, milestones and source', async ({ page }) => {
  await open(page, '/city-cooperation/chongqing-mannheim/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chongqing and Mannheim');
  const main = page.getByRole('main');
  await expect(main).toContainText('Chongqing (China)');
  await expect(main).toContainText('Mannheim (Germany)');
  await expect(main).toContainText('rail freight');
  const timeline = main.locator('ol.timeline li');
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(2)).toContainText('15 July 2020');
  await expect(main.getByRole('link', { name: /mannheim-and-chongqing-online-meeting/ })).toHaveAttribute('href', 'https://www.iuc-asia.eu/2020/07/mannheim-and-chongqing-online-meeting-on-bilateral-cooperation/');
  await main.getByRole('link', { name: 'All pairings' }).click();
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
});

test.describe('unknown pairing', () => {
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*atlantis-and-lemuria/] });
  test('an unknown pairing answers 404, says so and links back', async ({ page }) => {
    const res = await page.goto(rel('/city-cooperation/atlantis-and-lemuria/'));
    expect(res?.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pairing not found');
    await page.getByRole('main').getByRole('link', { name: 'City-to-city cooperation' }).click();
    await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('City-to-city cooperation');
  });
});

test('the covenant page lists all seven countries with confirmed signatories, and filters by country', async ({ page }) => {
  await open(page, '/covenant/');
  await expect(page.getByRole('heading', { name: 'Three pillars' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mitigation', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Adaptation and resilience', level: 3 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Access to sustainable energy', level: 3 })).toBeVisible();
  await expect(page.locator('ol.timeline li strong')).toHaveText(['On joining', 'Within 2 years', 'Within 3 years']);
  await expect(page.getByRole('heading', { name: 'The Common Reporting Framework' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Confirmed signatories and pilot cities by country' });
  const rowHeads = table.locator('tbody th[scope="row"]');
  await expect(rowHeads).toHaveCount(7);
  for (const name of ['China', 'Hong Kong', 'Indonesia', 'Malaysia', 'Singapore', 'Republic of Korea', 'Vietnam']) {
    await expect(table.getByRole('rowheader', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const vietnam = table.getByRole('row', { name: /^Vietnam/ });
  await expect(vietnam).toContainText('Can Tho (February 2019)');
  await expect(vietnam.locator('time')).toHaveAttribute('datetime', '2019-02');
  // No empty cell anywhere.
  const cells = await table.locator('td').allInnerTexts();
  expect(cells.every((c) => c.trim().length > 0)).toBe(true);
  await page.getByLabel('Country or territory').selectOption({ label: 'Malaysia' });
  await expect(rowHeads).toHaveCount(1);
  await expect.poll(() => routeOf(page)).toBe('/covenant/?country=MY');
  await expect(table).toContainText('Kuala Lumpur City Hall (21 March 2019, signed at the national launch)');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('table').locator('tbody th[scope="row"]')).toHaveCount(1);
  await expect(page.getByLabel('Country or territory')).toHaveValue('MY');
});

test('an unreadable round in the address is named, and every pairing shown (T19)', async ({ page }) => {
  for (const round of ['-1', '99999999999999999999999']) {
    await open(page, `/city-cooperation/?round=${round}`);
    await expect(page.getByRole('main')).toContainText(`The round “${round}” in the address is not a year of the programme, so every round is shown.`);
    await expect(page.locator('.pairing-list > li')).toHaveCount(9);
  }
});
