import { createHash } from 'crypto';
import { test, expect, open, rel, baseUrl, appReady } from './fixtures';

const sri = (data: string | Buffer) => `sha384-${createHash('sha384').update(data).digest('base64')}`;

const everyRoute = [
  '/', '/news/', '/news/?q=climate&tag=global-covenant', '/news/da-nang-ghg-inventory-workshop/',
  '/events/', '/events/?view=month&month=2020-10', '/events/?view=past', '/events/ewrc-2020-iuc-webinar/',
  '/city-cooperation/', '/city-cooperation/yantai-rome/', '/covenant/', '/about/', '/legal-notice/',
  '/privacy/', '/accessibility/', '/nowhere/',
];

test.describe('under the Content-Security-Policy', () => {
  // /nowhere/ answers 404, which Chromium logs.
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*\/nowhere\//] });
  test('every route loads with no violation and no third-party request', async ({ page }) => {
    // The fixture fails the test on any CSP violation or other-origin request.
    for (const path of everyRoute) {
      const res = await page.goto(rel(path));
      expect(res?.status(), path).toBe(path === '/nowhere/' ? 404 : 200);
      expect(res?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
      await appReady(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
    }
  });
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

test('cache headers: hashed assets for a year, pages and content revalidate', async ({ page, request }) => {
  await open(page, '/');
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name).find((n) => n.endsWith('.wasm')));
  // trunk's hash is hex without leading zeros (bundle::is_hashed).
  expect(wasm).toMatch(/-[0-9a-f]{12,16}_bg\.wasm$/);
  const asset = await request.get(wasm!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toBe('application/wasm');
  // Pages revalidate: Cloudflare's default, which nginx sends too.
  const index = await request.get(rel('/'));
  expect(index.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const deep = await request.get(rel('/news/da-nang-ghg-inventory-workshop/'));
  expect(deep.status()).toBe(200);
  expect(deep.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(await deep.text()).toContain('Da Nang builds skills for its greenhouse gas inventory');
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
  const gz = await request.get(rel('/content/events/index.json'), { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  const page2 = await request.get(rel('/news/'), { headers: { 'Accept-Encoding': 'br' } });
  expect(page2.headers()['content-encoding']).toBe('br');
});

test('host files, a sitemap and robots.txt, for the host root', async ({ request }) => {
  const base = baseUrl.pathname;
  // At the site root the host files are in the bundle; under a sub-path
  // they sit at the host's root, outside the bundle.
  const hostFile = (f: string) => request.get(new URL(`/${f}`, baseUrl).href);
  const redirects = await (await hostFile('_redirects')).text();
  expect(redirects.trim(), 'no rewrite: every page is a file').toMatch(/^#[^\n]*$/);
  const headers = await (await hostFile('_headers')).text();
  expect(headers).toContain(`${base}*\n  Content-Security-Policy:`);
  expect(headers).toMatch(/_bg\.wasm\n {2}Cache-Control: public, max-age=31536000, immutable/);
  expect(headers).toContain(`${base}content/*\n  Cache-Control: no-cache`);
  const robots = await (await hostFile('robots.txt')).text();
  expect(robots).toContain(`Sitemap: https://www.iuc-asia.eu${base}sitemap.xml`);
  const sitemap = await (await request.get(rel('/sitemap.xml'))).text();
  expect(sitemap).toContain(`<loc>https://www.iuc-asia.eu${base}news/da-nang-ghg-inventory-workshop/</loc>`);
  expect(sitemap).toContain(`<loc>https://www.iuc-asia.eu${base}events/</loc>`);
  // The 9 section and information pages, 15 articles, 15 events, 9 pairings,
  // each also in the Chinese edition under zh-hans/.
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const english = locs.filter((l) => !l.includes(`${base}zh-hans/`));
  expect(english).toHaveLength(9 + 15 + 15 + 9);
  for (const loc of english) {
    expect(locs, `${loc} has a Chinese edition`).toContain(loc.replace(`https://www.iuc-asia.eu${base}`, `https://www.iuc-asia.eu${base}zh-hans/`));
  }
  expect(locs).toHaveLength(2 * english.length);
  expect(sitemap).not.toContain('404');
});

test('each page preloads the content it needs, and its one inline script is the loader the CSP allows by hash', async ({ page }) => {
  const preloads = async () => (await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((ls) =>
    ls.map((l) => l.getAttribute('href') ?? ''))).filter((h) => h.includes('content/')).map((h) => h.replace(/.*content\//, '')).sort();
  await open(page, '/');
  expect(await preloads()).toEqual(['events-home.json', 'news/latest.json', 'site.json']);
  const inline = page.locator('script:not([src]):not([type="application/ld+json"])');
  await expect(inline, 'one inline script').toHaveCount(1);
  const csp = (await page.request.get(page.url())).headers()['content-security-policy'];
  expect(csp, 'the CSP names the loader by its hash').toContain(`'${sri(await inline.textContent() ?? '')}'`);
  await open(page, '/news/da-nang-ghg-inventory-workshop/');
  // The article's own file carries its neighbours and related articles.
  expect(await preloads()).toEqual(['news/da-nang-ghg-inventory-workshop.json']);
});

test('the favicon is a PNG the host serves, from any depth of page', async ({ page }) => {
  for (const path of ['/', '/news/da-nang-ghg-inventory-workshop/', '/zh-hans/events/']) {
    await page.goto(rel(path));
    const icon = page.locator('head link[rel="icon"]');
    await expect(icon).toHaveAttribute('type', 'image/png');
    const href = await icon.evaluate((l) => (l as HTMLLinkElement).href);
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
  }
});

test('a preloaded content file is downloaded once, by the preload and the app together', async ({ page }) => {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/content\/(.+)$/);
    if (m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  });
  await open(page, '/news/da-nang-ghg-inventory-workshop/');
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('link')).toHaveCount(3);
  expect(Object.fromEntries(counts)).toEqual({ 'news/da-nang-ghg-inventory-workshop.json': 1 });
});

test('the app and its content are fetched only once the page has loaded and painted, with their integrity', async ({ page }) => {
  await open(page, '/events/');
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const started = (name: RegExp) => performance.getEntriesByType('resource').find((r) => name.test(r.name))?.startTime ?? -1;
    return { loaded: nav.loadEventEnd, painted: fcp?.startTime ?? Infinity,
      wasm: started(/_bg\.wasm$/), js: started(/iuc-asia-[0-9a-f]+\.js$/), content: started(/content\/events\/index\.json$/) };
  });
  for (const what of ['wasm', 'js', 'content'] as const) {
    expect(timing[what], `the ${what} download starts after the load event`).toBeGreaterThanOrEqual(timing.loaded);
    expect(timing[what], `the ${what} download starts after the first contentful paint`).toBeGreaterThanOrEqual(timing.painted);
  }
  // No preload in the HTML competes with the page's first paint; the loader adds them.
  await expect(page.locator('head link[href$="_bg.wasm"]')).toHaveCount(0);
  await expect(page.locator('head link[rel="modulepreload"][integrity^="sha384-"]')).toHaveCount(1);
  // The loader fetches the wasm with the integrity of the file the host serves.
  const loader = page.locator('script[data-wasm]');
  const wasm = await (await page.request.get(await loader.getAttribute('data-wasm') ?? '')).body();
  expect(await loader.getAttribute('data-wasm-integrity')).toBe(sri(wasm));
});
