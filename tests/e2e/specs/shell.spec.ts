import { test, expect, open, rel, routeOf } from './fixtures';

// Every route: its heading and its document title.
const routes: [string, string, string][] = [
  ['/', 'International Urban Cooperation Asia', 'International Urban Cooperation Asia'],
  ['/news', 'News', 'News – IUC Asia'],
  ['/news/da-nang-ghg-inventory-workshop', 'Da Nang builds skills for its greenhouse gas inventory', 'Da Nang builds skills for its greenhouse gas inventory – IUC Asia'],
  ['/events', 'Events', 'Events – IUC Asia'],
  ['/events/ewrc-2020-iuc-webinar', 'Webinar at EWRC – International Urban Cooperation – China, India, Japan', 'Webinar at EWRC – International Urban Cooperation – China, India, Japan – IUC Asia'],
  ['/city-cooperation', 'City-to-city cooperation', 'City-to-city cooperation – IUC Asia'],
  ['/city-cooperation/chongqing-mannheim', 'Chongqing and Mannheim', 'Chongqing and Mannheim – IUC Asia'],
  ['/covenant', 'Global Covenant of Mayors', 'Global Covenant of Mayors – IUC Asia'],
  ['/about', 'About the programme', 'About the programme – IUC Asia'],
  ['/legal-notice', 'Legal notice', 'Legal notice – IUC Asia'],
  ['/privacy', 'Privacy', 'Privacy – IUC Asia'],
  ['/accessibility', 'Accessibility statement', 'Accessibility statement – IUC Asia'],
  ['/no/such/page', 'Page not found', 'Page not found – IUC Asia'],
];

for (const [path, heading, title] of routes) {
  test(`${path} shows its heading, title and description`, async ({ page }) => {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(title);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveCount(1);
    await expect(description).toHaveAttribute('content', /\w{4,}/);
    const url = new URL(rel(path), process.env.BASE_URL ?? 'http://127.0.0.1:8089/').href;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', url);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title.replace(/ – IUC Asia$/, ''));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', path.startsWith('/news/') ? 'article' : 'website');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}

test('the header navigation marks the current section', async ({ page }) => {
  await open(page, '/news/da-nang-ghg-inventory-workshop');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'News' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', /./);
  await nav.getByRole('link', { name: 'City cooperation' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('City-to-city cooperation');
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
  await expect(page.getByRole('main')).toContainText('sets no cookies');
  await expect(page.getByRole('main')).toContainText('no request to any other website');
  expect(routeOf(page)).toBe('/privacy');
});

test('a deep link survives a reload', async ({ page }) => {
  await open(page, '/city-cooperation/yantai-rome');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yantai and Rome');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yantai and Rome');
  expect(routeOf(page)).toBe('/city-cooperation/yantai-rome');
});

test('back and forward move between pages', async ({ page }) => {
  await open(page, '/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Events' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await nav.getByRole('link', { name: 'Global Covenant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Covenant of Mayors');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  expect(routeOf(page)).toBe('/events');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  await expect(page).toHaveTitle('Events – IUC Asia');
});

test('an unknown path shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto(rel('/this-does-not-exist'));
  // The SPA rewrite answers 200 so the app can boot; the app says 404.
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the homepage' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
  expect(routeOf(page)).toBe('/');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await open(page, '/news');
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
  expect(routeOf(page)).toBe('/news');
});

test('after a client-side navigation, focus is on the new heading and the page is at the top', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, '/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Accessibility statement');
  await expect(h1).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
});

test('the back-to-top link returns to the header', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, '/covenant');
  await page.getByRole('link', { name: 'Back to top' }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(10);
  expect(routeOf(page)).toBe('/covenant');
});

test('the layout fits a 320px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/news', '/events', '/covenant', '/city-cooperation']) {
    await open(page, path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows`).toBeLessThanOrEqual(0);
  }
});
