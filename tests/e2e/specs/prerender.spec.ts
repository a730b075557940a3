import { test, expect, rel, routeOf, holdWasm, canonical, baseUrl, appReady } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * Every page is a real HTML file, rendered at build time by the app's own
 * components. Before the wasm runs, the page already shows its own heading
 * and content; once the app has loaded its content it takes over in place:
 * nothing moves, and keyboard focus stays where it was.
 */

type Kind = {
  name: string;
  path: string;
  h1: string;
  title: string;
  /** What the page shows from its content, before and after the takeover. */
  content: (page: Page) => Promise<void>;
};

const main = (page: Page): Locator => page.getByRole('main');

const kinds: Kind[] = [
  {
    name: 'home', path: '/', h1: 'International Urban Cooperation Asia', title: 'International Urban Cooperation Asia',
    content: async (page) => {
      await expect(page.locator('.figures .figure-value')).toHaveText(['54%', '13 + 17', '7']);
      const news = page.getByRole('region', { name: 'Latest news' });
      await expect(news.getByRole('article')).toHaveCount(6);
      await expect(news.getByRole('article').first().getByRole('heading')).toHaveText('IUC takes part in EU webinar on regional innovation');
      await expect(page.locator('.event-list > li')).toHaveCount(3);
    },
  },
  {
    name: 'news', path: '/news/', h1: 'News', title: 'News – IUC Asia',
    content: async (page) => {
      await expect(page.locator('.grid.cards > article')).toHaveCount(12);
      await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 1 of 2');
      await expect(page.getByRole('navigation', { name: 'News pages' }).getByRole('link', { name: 'Next page' })).toBeVisible();
    },
  },
  {
    name: 'article', path: '/news/da-nang-ghg-inventory-workshop/', h1: 'Da Nang builds skills for its greenhouse gas inventory',
    title: 'Da Nang builds skills for its greenhouse gas inventory – News – IUC Asia',
    content: async (page) => {
      await expect(main(page)).toContainText('Da Nang, in Vietnam, organised an online workshop for city staff on 8 October 2020');
      await expect(main(page).getByText('1 min read')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'More articles' }).getByRole('link')).toHaveText([
        'City-to-city cooperation discussed at European Week of Regions and Cities webinar',
        'IUC joins UNESCAP experts on COVID-19 recovery in Asia-Pacific cities',
      ]);
      await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link')).toHaveCount(3);
    },
  },
  {
    name: 'events', path: '/events/', h1: 'Events', title: 'Events – IUC Asia',
    content: async (page) => {
      // Every fixture event is in the past, for the build and for the visitor.
      await expect(main(page).getByText('No upcoming events are scheduled.')).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Calendar views' }).getByRole('link')).toHaveText(['Upcoming', 'Month', 'Past events']);
      await expect(page.locator('.event-list > li h3').first()).toHaveText('Granada webinars: blockchain for smart cities, the circular economy and biotech');
    },
  },
  {
    name: 'event', path: '/events/ewrc-2020-iuc-webinar/', h1: 'Webinar at EWRC – International Urban Cooperation – China, India, Japan',
    title: 'Webinar at EWRC – International Urban Cooperation – China, India, Japan – Events – IUC Asia',
    content: async (page) => {
      const facts = page.locator('dl.facts');
      await expect(facts.locator('time')).toHaveAttribute('datetime', '2020-10-13T09:30:00+02:00');
      await expect(facts.locator('time')).toContainText('Tue 13 Oct 2020, 09:30–11:00 CEST');
      await expect(facts).toContainText('European Commission – DG REGIO');
      await expect(page.locator('ul.speakers > li')).toHaveCount(13);
    },
  },
  {
    name: 'city cooperation', path: '/city-cooperation/', h1: 'City-to-city cooperation', title: 'City-to-city cooperation – IUC Asia',
    content: async (page) => {
      await expect(page.locator('.pairing-list > li')).toHaveCount(9);
      await expect(page.getByRole('list', { name: 'Paired cities' }).getByRole('link')).toHaveCount(20);
      await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing all 9 pairings and clusters');
    },
  },
  {
    name: 'pairing', path: '/city-cooperation/yantai-rome/', h1: 'Yantai and Rome', title: 'Yantai and Rome – City-to-city cooperation – IUC Asia',
    content: async (page) => {
      await expect(main(page)).toContainText('Yantai (China)');
      await expect(main(page).locator('ol.timeline li')).toHaveCount(2);
    },
  },
  {
    name: 'covenant', path: '/covenant/', h1: 'Global Covenant of Mayors', title: 'Global Covenant of Mayors – IUC Asia',
    content: async (page) => {
      await expect(page.getByRole('heading', { name: 'Three pillars' })).toBeVisible();
      const table = page.getByRole('table', { name: 'Confirmed signatories and pilot cities by country' });
      await expect(table.locator('tbody th[scope="row"]')).toHaveCount(7);
    },
  },
  {
    name: 'site information', path: '/about/', h1: 'About the programme', title: 'About the programme – IUC Asia',
    content: async (page) => {
      await expect(main(page)).toContainText('International Urban Cooperation (IUC) Asia was one of the regional components');
      await expect(main(page).getByRole('heading', { level: 2 }).first()).toHaveText('Who was behind it');
    },
  },
];

/** Where the header, the heading and the main content are on the screen. */
const layout = (page: Page) => page.evaluate(() => {
  const box = (s: string) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return [Math.round(r.top), Math.round(r.left), Math.round(r.width), Math.round(r.height)];
  };
  const top = (s: string) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return [Math.round(r.top), Math.round(r.left), Math.round(r.width)];
  };
  return { header: box('.site-header'), h1: box('h1'), main: top('main'), scroll: Math.round(window.scrollY) };
});

for (const kind of kinds) {
  test(`${kind.name}: the page the build wrote shows its own content before the wasm, and the app takes over without moving it`, async ({ page }) => {
    const release = await holdWasm(page);
    const res = await page.goto(rel(kind.path));
    expect(res?.status()).toBe(200);
    // Before the wasm: the page's own heading, head and content.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.h1);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(kind.title);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical(kind.path));
    await kind.content(page);
    await expect(page.locator('.loading')).toHaveCount(0);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    const before = await layout(page);
    release();
    await appReady(page);
    // After: the same page, in the same place.
    expect(await layout(page)).toEqual(before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.h1);
    await expect(page).toHaveTitle(kind.title);
    await kind.content(page);
    await expect(page.locator('.loading')).toHaveCount(0);
    await expect.poll(() => routeOf(page)).toBe(kind.path);
  });
}

test('on a 360px phone, and scrolled down, nothing moves at the takeover either', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const kind of kinds) {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const release = await holdWasm(page);
    await page.goto(rel(kind.path));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.h1);
    await kind.content(page);
    // A visitor who has started reading: scrolled a little way down.
    await page.evaluate(() => window.scrollTo({ top: 300, behavior: 'instant' }));
    expect(await page.evaluate(() => Math.round(window.scrollY)), kind.path).toBeGreaterThan(0);
    const before = await layout(page);
    release();
    await appReady(page);
    expect(await layout(page), kind.path).toEqual(before);
  }
});

test('on a long page, the parts below the window are drawn after the takeover, each where it was, with no layout shift', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const release = await holdWasm(page);
  await page.goto(rel('/city-cooperation/'));
  await expect(page.locator('.pairing-list > li')).toHaveCount(9);
  await page.evaluate(() => {
    (window as any).shifted = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as any).shifted += (e as any).value;
    }).observe({ type: 'layout-shift' });
  });
  const boxes = () => page.evaluate(() => [...document.querySelectorAll('main section, main li, main p, main h2, footer')]
    .map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${Math.round(r.top)} ${Math.round(r.height)}`; })
    .concat(`page ${document.documentElement.scrollHeight}`));
  const before = await boxes();
  // The app does leave parts for later frames (the swap's frame draws only the window)…
  const deferred = page.waitForFunction(() => document.querySelector('main [style*="content-visibility"]') !== null, null, { polling: 'raf' });
  release();
  // The page waits for intent: ask for the app.
  await page.evaluate(() => dispatchEvent(new Event('app-wanted')));
  await deferred;
  // …and draws them all before it says it is ready.
  await appReady(page);
  await expect(page.locator('[style*="content-visibility"]')).toHaveCount(0);
  expect(await boxes()).toEqual(before);
  expect(await page.evaluate(() => (window as any).shifted)).toBe(0);
});

test.describe('an unknown address', () => {
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*no-such-page/] });
  test('shows the not-found page before the wasm, and still after the takeover', async ({ page }) => {
    const release = await holdWasm(page);
    const res = await page.goto(rel('/no-such-page/'));
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the homepage' })).toBeVisible();
    const before = await layout(page);
    release();
    await appReady(page);
    expect(await layout(page)).toEqual(before);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test('a query view shows the page at once, and the app then applies the query', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(rel('/news/?page=2'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expect(page.locator('.loading')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(page.locator('.grid.cards > article')).toHaveCount(3);
  await expect(page.getByRole('status').filter({ hasText: 'Page' })).toHaveText('15 articles · Page 2 of 2');
  await expect.poll(() => routeOf(page)).toBe('/news/?page=2');
});

test('a search typed before the takeover keeps its focus and its words, and is applied', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(rel('/news/'));
  const search = page.getByLabel('Search news');
  await expect(search).toBeVisible();
  // From the keyboard: Tab until the search box has focus.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await search.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(search).toBeFocused();
  await page.keyboard.type('tang');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  release();
  await appReady(page);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('tang');
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('1 article found · Page 1 of 1');
  await expect(page.locator('.grid.cards > article h3')).toHaveText(['Knowledge forum in Tangerang, and a new Covenant signatory']);
  // Typing goes on in the same box.
  await page.keyboard.type('erang');
  await expect(search).toHaveValue('tangerang');
  await expect.poll(() => routeOf(page)).toBe('/news/?q=tangerang');
});

test('a link focused before the takeover is still focused after it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(rel('/city-cooperation/'));
  const first = page.getByRole('main').getByRole('link').first();
  const href = await first.getAttribute('href');
  await first.focus();
  await expect(first).toBeFocused();
  release();
  await appReady(page);
  const focused = await page.evaluate(() => ({
    inMain: !!document.activeElement?.closest('main'),
    href: document.activeElement?.getAttribute('href'),
    connected: document.activeElement?.isConnected,
  }));
  expect(focused).toEqual({ inMain: true, href, connected: true });
  // The focused link is the live app's: Enter follows it in the app.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => routeOf(page)).toBe('/' + new URL(href!, page.url()).pathname.slice(baseUrl.pathname.length));
});

test.describe('when the app cannot start', () => {
  // A wasm that is not the one built fails its integrity check as well.
  test.use({ allowedConsole: [/^The app could not start|^Failed to load resource: the server responded with a status of 500.*_bg\.wasm|^Fetch API cannot load .*_bg\.wasm\. SRI's integrity checks failed\.|^Failed to find a valid digest in the 'integrity' attribute for resource '.*_bg\.wasm'/] });
  test('the page stays readable, and says that its interactive parts are missing', async ({ page }) => {
    await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto(rel('/events/'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The interactive parts of this page (search, filters, calendar views) could not start.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
    await expect(page.locator('.event-list > li').first()).toBeVisible();
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind of page shows its heading and content', async ({ page }) => {
    for (const kind of kinds) {
      const res = await page.goto(rel(kind.path));
      expect(res?.status(), kind.path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(kind.h1);
      await expect(page).toHaveTitle(kind.title);
      await kind.content(page);
      await expect(page.locator('.loading')).toHaveCount(0);
    }
  });

  test('every article can be reached by plain links from the news page', async ({ page }) => {
    // Follows the links a visitor can follow from /news/ without the app:
    // the list, the pager, and each article's newer/older links.
    const articles = new Map<string, string>();
    const seen = new Set<string>();
    const queue = [rel('/news/')];
    const newsPath = new URL(rel('/news/'), baseUrl).pathname;
    while (queue.length) {
      const next = queue.shift()!;
      await page.goto(next);
      const here = new URL(page.url());
      const h1 = await page.getByRole('heading', { level: 1 }).textContent();
      expect(h1?.trim(), `${here.pathname} has a heading`).toBeTruthy();
      if (here.pathname !== newsPath && here.pathname.startsWith(newsPath)) articles.set(here.pathname, h1!.trim());
      const links = [
        ...await page.locator('main .grid.cards h3 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
        ...await page.getByRole('navigation', { name: 'News pages' }).getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
        ...await page.getByRole('navigation', { name: 'More articles' }).getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)),
      ];
      for (const l of links) {
        if (!seen.has(l)) { seen.add(l); queue.push(l); }
      }
    }
    expect([...articles.keys()].sort()).toHaveLength(15);
    expect(articles.get(`${newsPath}malaysia-national-launch-gcom/`)).toBe('Malaysia launches the Global Covenant of Mayors nationally');
  });

  // The page has <base href> (for the sub-path), so a bare "#main" would name the homepage.
  test('the skip link stays on the page and moves to the main content', async ({ page }) => {
    await page.goto(rel('/news/'));
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
    await expect.poll(() => routeOf(page)).toBe('/news/');
    expect(new URL(page.url()).hash).toBe('#main');
  });

  test('the back-to-top link stays on the page', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(rel('/covenant/'));
    await page.getByRole('link', { name: 'Back to top' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Covenant of Mayors');
    await expect.poll(() => routeOf(page)).toBe('/covenant/');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  });
});
