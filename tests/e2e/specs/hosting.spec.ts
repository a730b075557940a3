import { test, expect, rel } from './fixtures';

/**
 * What a host does with the bundle, checked over HTTP and with JavaScript
 * off: every page in the sitemap is a real file that answers 200 with its
 * own heading, title, description and canonical URL; unknown paths answer
 * 404 with the not-found page; every response carries the CSP. Runs against
 * nginx (deploy/nginx.conf) and against Cloudflare's Pages runtime.
 */

const base = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8089/');

/** The sitemap's URLs, as addresses on the server under test. */
async function pages(request: import('@playwright/test').APIRequestContext) {
  const xml = await (await request.get(rel('/sitemap.xml'))).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  expect(locs.length).toBeGreaterThan(20);
  // The configured site URL is the prefix every loc shares with the homepage's.
  const home = locs.find((l) => new URL(l).pathname === base.pathname)!;
  expect(home, 'the sitemap lists the homepage').toBeTruthy();
  return locs.map((loc) => ({ loc, url: new URL(loc.slice(home.length), base).href }));
}

const pick = (html: string, re: RegExp) => html.match(re)?.[1] ?? null;

test('every page in the sitemap answers 200 with its own heading, title, description and canonical URL', async ({ request }) => {
  const seenTitles = new Map<string, string>();
  for (const { loc, url } of await pages(request)) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'], url).toContain('text/html');
    expect(res.headers()['content-security-policy'], url).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const html = await res.text();
    const h1 = pick(html, /<h1[^>]*>(.*?)<\/h1>/s);
    expect(h1?.replace(/<[^>]+>/g, '').trim(), `${url} has a heading`).toBeTruthy();
    const title = pick(html, /<title>(.*?)<\/title>/s)!;
    expect(title, url).toBeTruthy();
    expect(seenTitles.get(title), `${url} and ${seenTitles.get(title)} share the title "${title}"`).toBeUndefined();
    seenTitles.set(title, url);
    expect(pick(html, /<meta name="description" content="([^"]*)"/), url).toBeTruthy();
    expect(pick(html, /<link rel="canonical" href="([^"]*)"/), url).toBe(loc);
    expect(pick(html, /<meta property="og:url" content="([^"]*)"/), url).toBe(loc);
    expect(html, `${url} has no loading placeholder`).not.toContain('class="loading"');
    // The Chinese edition lives under zh-hans/.
    const lang = new URL(loc).pathname.startsWith(`${base.pathname}zh-hans/`) ? 'zh-Hans' : 'en';
    expect(html, url).toMatch(new RegExp(`<html lang="${lang}"`));
  }
});

test('an unknown path answers 404 with the not-found page, noindex and no canonical link', async ({ request }) => {
  for (const path of ['/no-such-page/', '/news/no-such-article/', '/events/nope/']) {
    const res = await request.get(rel(path), { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
    const html = await res.text();
    expect(html).toContain('Page not found');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(res.headers()['content-security-policy'], path).toContain("default-src 'none'");
  }
});

test('a page address without its trailing slash reaches the page, by a redirect to the canonical address or directly', async ({ request }) => {
  for (const [path, h1] of [['/news', 'News'], ['/events/ewrc-2020-iuc-webinar', 'Webinar at EWRC – International Urban Cooperation – China, India, Japan']]) {
    const first = await request.get(rel(path), { maxRedirects: 0 });
    if (first.status() !== 200) {
      // nginx answers 301, Cloudflare 308: both keep the method and point at the canonical address.
      expect([301, 308], path).toContain(first.status());
      expect(new URL(first.headers()['location'], new URL(rel(path), base)).href, path).toBe(new URL(rel(`${path}/`), base).href);
    }
    const res = await request.get(rel(path));
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toContain(`<h1 tabindex="-1">${h1}</h1>`);
  }
});

test('a query view answers 200 with its section page', async ({ request }) => {
  for (const [path, h1] of [['/news/?tag=webinar&page=2', 'News'], ['/events/?view=month&month=2020-10', 'Events'],
    ['/city-cooperation/?city=rome', 'City-to-city cooperation'], ['/covenant/?country=MY', 'Global Covenant of Mayors']]) {
    const res = await request.get(rel(path), { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toContain(`<h1 tabindex="-1">${h1}</h1>`);
  }
});

test('each page preloads only the content it needs', async ({ request }) => {
  const preloads = async (path: string) => {
    const html = await (await request.get(rel(path))).text();
    // Nothing is fetched before the first paint: the page names its content
    // for the loader, which preloads it after that paint.
    expect(html, path).not.toMatch(/<link rel="(module)?preload"/);
    const list = html.match(/<html [^>]*data-preload="([^"]*)"/)?.[1] ?? '';
    return list.split(' ').filter(Boolean).map((h) => h.replace(/.*content\//, '')).sort();
  };
  expect(await preloads('/')).toEqual(['events-home.json', 'news/latest.json', 'site.json']);
  // The upcoming list needs the events' index and only the latest year of
  // the fixture's events (all past), not every event.
  expect(await preloads('/events/')).toEqual(['events/index.json', 'events/year/2020.json']);
  expect(await preloads('/news/')).toEqual(['news/index.json', 'news/page/1.json', 'site.json']);
  expect(await preloads('/covenant/')).toEqual(['covenant.json']);
  const article = await preloads('/news/da-nang-ghg-inventory-workshop/');
  expect(article).toContain('news/da-nang-ghg-inventory-workshop.json');
  expect(article).not.toContain('site.json');
});

test('security and cache headers on pages, assets and content', async ({ request }) => {
  const page = await request.get(rel('/news/'));
  const h = page.headers();
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['x-frame-options']).toBe('DENY');
  const html = await page.text();
  const css = pick(html, /<link rel="stylesheet" href="([^"]+)"/)!;
  const asset = await request.get(new URL(css, base).href);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toContain('max-age=31536000');
  const content = await request.get(rel('/content/events/index.json'));
  expect(content.headers()['cache-control']).toBe('no-cache');
  const ics = await request.get(rel('/events.ics'));
  expect(ics.headers()['cache-control']).toBe('no-cache');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const one = await request.get(rel('/calendar/ewrc-2020-iuc-webinar.ics'));
  expect(one.status()).toBe(200);
  expect(one.headers()['content-type']).toContain('text/calendar');
});

test('host files are not published inside a sub-path bundle', async ({ request }) => {
  test.skip(base.pathname === '/', 'the site is at the host root');
  for (const f of ['_headers', '_redirects', 'robots.txt']) {
    expect((await request.get(rel(`/${f}`))).status(), f).toBe(404);
  }
  const robots = await request.get(new URL('/robots.txt', base).href);
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain(`${base.pathname}sitemap.xml`);
});

test('every page has a link preview: og:url, a PNG og:image of at least 1200×630 with its size and alt, and a large Twitter card', async ({ request }) => {
  const images = new Map<string, string>();
  const files = (await pages(request)).map((p) => ({ ...p, file: p.url }));
  // The not-found page too (it has no og:url: it has no address of its own).
  files.push({ loc: '', url: new URL(rel('/404.html'), base).href, file: '404.html' });
  for (const { loc, url } of files) {
    const html = await (await request.get(url)).text();
    const meta = (p: string) => pick(html, new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`));
    if (loc) expect(meta('og:url'), url).toBe(loc);
    const image = meta('og:image');
    expect(image, `${url} has og:image`).toMatch(/^https:\/\/.+\/share\/og-[0-9a-f]{16}\.png$/);
    expect(meta('og:image:type'), url).toBe('image/png');
    expect(Number(meta('og:image:width')), url).toBeGreaterThanOrEqual(1200);
    expect(Number(meta('og:image:height')), url).toBeGreaterThanOrEqual(630);
    expect(meta('og:image:alt'), url).toBeTruthy();
    expect(meta('twitter:card'), url).toBe('summary_large_image');
    images.set(image!, `${meta('og:image:width')}x${meta('og:image:height')}`);
  }
  for (const [image, size] of images) {
    // The image's address is at the configured site URL; fetch it here.
    const local = new URL(rel(`/share/${image.split('/share/')[1]}`), base).href;
    const res = await request.get(local);
    expect(res.status(), local).toBe(200);
    expect(res.headers()['content-type'], local).toBe('image/png');
    const png = await res.body();
    expect(png.subarray(0, 8).toString('hex'), local).toBe('89504e470d0a1a0a');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, `${local}: the size the page declares`).toBe(size);
  }
});
