import { test, expect, open, rel, routeOf } from './fixtures';

const everyRoute = [
  '/', '/news', '/news?q=climate&tag=global-covenant', '/news/da-nang-ghg-inventory-workshop',
  '/events', '/events?view=month&month=2020-10', '/events?view=past', '/events/ewrc-2020-iuc-webinar',
  '/city-cooperation', '/city-cooperation/yantai-rome', '/covenant', '/about', '/legal-notice',
  '/privacy', '/accessibility', '/nowhere',
];

test('every route loads under the Content-Security-Policy with no violation and no third-party request', async ({ page }) => {
  // The fixture fails the test on any CSP violation or other-origin request.
  for (const path of everyRoute) {
    const res = await page.goto(rel(path));
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
  }
});

test('security headers are sent', async ({ request }) => {
  const res = await request.get(rel('/'));
  const h = res.headers();
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('camera=()');
});

test('cache headers: hashed assets for a year, HTML and content revalidate', async ({ page, request }) => {
  await open(page, '/');
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  expect(wasm).toMatch(/-[0-9a-f]{16}_bg\.wasm$/);
  const asset = await request.get(wasm!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toBe('application/wasm');
  const index = await request.get(rel('/'));
  expect(index.headers()['cache-control']).toBe('no-cache');
  const deep = await request.get(rel('/news/da-nang-ghg-inventory-workshop'));
  expect(deep.status()).toBe(200);
  expect(deep.headers()['cache-control']).toBe('no-cache');
  const content = await request.get(rel('/content/site.json'));
  expect(content.headers()['cache-control']).toBe('no-cache');
  expect(content.headers()['content-type']).toContain('application/json');
  const missing = await request.get(rel('/content/missing.json'));
  expect(missing.status()).toBe(404);
});

test('brotli is served to a client that accepts it, gzip to one that does not', async ({ page, request }) => {
  await open(page, '/');
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  const br = await request.get(wasm!, { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  const gz = await request.get(rel('/content/events.json'), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
});

test('the bundle carries host files, a sitemap and robots.txt', async ({ request }) => {
  const base = new URL(rel('/'), process.env.BASE_URL ?? 'http://127.0.0.1:8089/').pathname;
  const redirects = await (await request.get(rel('/_redirects'))).text();
  expect(redirects.trim()).toBe(`${base}* ${base}index.html 200`);
  const headers = await (await request.get(rel('/_headers'))).text();
  expect(headers).toContain('Content-Security-Policy:');
  expect(headers).toMatch(/_bg\.wasm\n {2}Cache-Control: public, max-age=31536000, immutable/);
  expect(headers).toContain(`${base}content/*\n  Cache-Control: no-cache`);
  const robots = await (await request.get(rel('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: https://www.iuc-asia.eu${base}sitemap.xml`);
  const sitemap = await (await request.get(rel('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>https://www.iuc-asia.eu${base}news/da-nang-ghg-inventory-workshop</loc>`);
  expect(sitemap.match(/<url>/g)?.length).toBe(9 + 15 + 15 + 9);
});

test.describe('a host without rewrite rules', () => {
  // The 404 status of the fallback page is logged by Chromium.
  test.use({ allowedConsole: [/Failed to load resource/] });
  test('serves 404.html for a deep link, and the app still shows the page', async ({ page, request }) => {
  const fallback = await (await request.get(rel('/404.html'))).text();
  expect(fallback).toContain('<div id="app">');
  await page.route('**/city-cooperation/yantai-rome', (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: fallback }));
  await page.goto(rel('/city-cooperation/yantai-rome'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Yantai and Rome');
  expect(routeOf(page)).toBe('/city-cooperation/yantai-rome');
  });
});

test('the homepage content is preloaded with the wasm', async ({ page }) => {
  await open(page, '/');
  const preloads = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
  expect(preloads.some((h) => h?.endsWith('content/site.json'))).toBe(true);
  expect(preloads.some((h) => h?.endsWith('content/news/latest.json'))).toBe(true);
  const scripts = await page.locator('script:not([src])').count();
  expect(scripts, 'no inline script').toBe(0);
});

test('the static shell shows the page before the wasm, and the app takes over without moving it', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(rel('/'));
  // Before the wasm: a real page, with the programme name, tagline and footer.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('International Urban Cooperation Asia');
  await expect(page.locator('.tagline')).toContainText('An EU programme');
  await expect(page.getByRole('contentinfo')).toContainText('Funded by the European Union');
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  const measure = () => page.evaluate(() => {
    const box = (s: string) => { const r = document.querySelector(s)!.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.left), Math.round(r.height)]; };
    return { header: box('.site-header'), h1: box('h1'), tagline: box('.tagline'), figures: box('.figures') };
  });
  const before = await measure();
  release();
  await expect(page.locator('html[data-app="ready"]')).toHaveCount(1);
  expect(await measure()).toEqual(before);
});
