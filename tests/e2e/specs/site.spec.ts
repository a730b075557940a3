import { test, expect, open, rel, routeOf, canonical, baseUrl, appReady } from './fixtures';

// Every kind of page: its address, heading and document title.
const routes: [string, string, string][] = [
  ['/', 'International Urban Cooperation Asia', 'International Urban Cooperation Asia'],
  ['/news/', 'News', 'News – IUC Asia'],
  ['/news/da-nang-ghg-inventory-workshop/', 'Da Nang builds skills for its greenhouse gas inventory', 'Da Nang builds skills for its greenhouse gas inventory – News – IUC Asia'],
  ['/events/', 'Events', 'Events – IUC Asia'],
  ['/events/ewrc-2020-iuc-webinar/', 'Webinar at EWRC – International Urban Cooperation – China, India, Japan', 'Webinar at EWRC – International Urban Cooperation – China, India, Japan – Events – IUC Asia'],
  ['/city-cooperation/', 'City-to-city cooperation', 'City-to-city cooperation – IUC Asia'],
  ['/city-cooperation/chongqing-mannheim/', 'Chongqing and Mannheim', 'Chongqing and Mannheim – City-to-city cooperation – IUC Asia'],
  ['/covenant/', 'Global Covenant of Mayors', 'Global Covenant of Mayors – IUC Asia'],
  ['/about/', 'About the programme', 'About the programme – IUC Asia'],
  ['/legal-notice/', 'Legal notice', 'Legal notice – IUC Asia'],
  ['/privacy/', 'Privacy', 'Privacy – IUC Asia'],
  ['/accessibility/', 'Accessibility statement', 'Accessibility statement – IUC Asia'],
];

for (const [path, heading, title] of routes) {
  test(`${path} shows its heading, title, description and canonical URL`, async ({ page }) => {
    const res = await page.goto(rel(path));
    expect(res?.status()).toBe(200);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(title);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveCount(1);
    await expect(description).toHaveAttribute('content', /\w{4,}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical(path));
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical(path));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', heading);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', path.startsWith('/news/') && path !== '/news/' ? 'article' : 'website');
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => routeOf(page)).toBe(path);
  });
}

test.describe('unknown addresses', () => {
  // The page's own 404 status is logged by Chromium.
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*(no\/such\/page|this-does-not-exist)/] });

  test('an unknown path answers 404 with the not-found page: noindex, no canonical URL', async ({ page }) => {
    const res = await page.goto(rel('/no/such/page/'));
    expect(res?.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page).toHaveTitle('Page not found – IUC Asia');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
    // The address stays what the visitor typed.
    await expect.poll(() => routeOf(page)).toBe('/no/such/page/');
  });

  test('the not-found page offers a way home', async ({ page }) => {
    const response = await page.goto(rel('/this-does-not-exist'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await appReady(page);
    await page.getByRole('link', { name: 'Go to the homepage' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
    await expect.poll(() => routeOf(page)).toBe('/');
  });
});

test('an address without its trailing slash reaches the page', async ({ page }) => {
  const res = await page.goto(rel('/news'));
  expect(res?.status()).toBe(200);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical('/news/'));
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.grid.cards > article')).toHaveCount(12);
});

test('every in-site link uses the canonical address, with its trailing slash', async ({ page }) => {
  for (const path of ['/', '/news/', '/news/da-nang-ghg-inventory-workshop/', '/events/', '/events/?view=month&month=2020-10',
    '/events/ewrc-2020-iuc-webinar/', '/city-cooperation/', '/city-cooperation/yantai-rome/', '/covenant/', '/about/']) {
    await open(page, path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const own = hrefs.filter((h) => new URL(h).origin === baseUrl.origin);
    expect(own.length, path).toBeGreaterThan(10);
    for (const href of own) {
      const u = new URL(href);
      expect(u.pathname.startsWith(baseUrl.pathname), `${path}: ${href} is inside the site`).toBe(true);
      const last = u.pathname.split('/').pop()!;
      // A page ends with "/"; a file (feed, calendar, image) has an extension.
      expect(last === '' || last.includes('.'), `${path}: ${href} is a canonical address`).toBe(true);
    }
  }
});

test('the header navigation marks the current section', async ({ page }) => {
  await open(page, '/news/da-nang-ghg-inventory-workshop/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /./);
  await nav.getByRole('link', { name: 'City cooperation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City-to-city cooperation');
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/');
  await expect(nav.getByRole('link', { name: 'City cooperation' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'News' })).not.toHaveAttribute('aria-current', /./);
});

test('the footer carries the EU funding statement and real site-information pages', async ({ page }) => {
  await open(page, '/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Funded by the European Union');
  await expect(footer.getByRole('img', { name: 'Flag of the European Union' })).toBeVisible();
  await footer.getByRole('link', { name: 'Privacy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  await expect(page).toHaveTitle('Privacy – IUC Asia');
  await expect(page.getByRole('main')).toContainText('sets no cookies');
  await expect(page.getByRole('main')).toContainText('no request to any other website');
  await expect.poll(() => routeOf(page)).toBe('/privacy/');
});

test('a deep link survives a reload', async ({ page }) => {
  await open(page, '/city-cooperation/yantai-rome/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yantai and Rome');
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yantai and Rome');
  await expect(page).toHaveTitle('Yantai and Rome – City-to-city cooperation – IUC Asia');
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/yantai-rome/');
});

test('back and forward move between pages, with their titles', async ({ page }) => {
  await open(page, '/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await nav.getByRole('link', { name: 'Global Covenant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Covenant of Mayors');
  await expect.poll(() => routeOf(page)).toBe('/covenant/');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect.poll(() => routeOf(page)).toBe('/events/');
  await expect(page).toHaveTitle('Events – IUC Asia');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
  await expect.poll(() => routeOf(page)).toBe('/');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page).toHaveTitle('Events – IUC Asia');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical('/events/'));
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await open(page, '/news/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(inMain).toBe(true);
  await expect.poll(() => routeOf(page)).toBe('/news/');
});

test('after a client-side navigation, focus is on the new heading and the page is at the top', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, '/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Accessibility statement');
  await expect(h1).toBeFocused();
  await expect.poll(() => routeOf(page)).toBe('/accessibility/');
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
});

test('the back-to-top link returns to the header', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, '/covenant/');
  await page.getByRole('link', { name: 'Back to top' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  // The fragment is on the same page: no reload, the app keeps running.
  await expect.poll(() => routeOf(page)).toBe('/covenant/');
  await appReady(page);
});

test('the layout fits a 320px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/news/', '/events/', '/covenant/', '/city-cooperation/']) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows`).toBeLessThanOrEqual(0);
  }
});
