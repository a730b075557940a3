import { test, expect } from '@playwright/test';
import { createHash } from 'crypto';
import http from 'node:http';
import zlib from 'node:zlib';

/**
 * The two tested hosts serve one bundle the same way, request by request:
 * nginx with deploy/nginx.conf (BASE_URL) and Cloudflare's Pages runtime
 * reading _headers (CF_BASE_URL, `wrangler pages dev`), both serving the
 * same bundle at the same path (scripts/test.sh starts them). For each
 * request below both must answer with the same status (301 and 308 are
 * both "permanent redirect"), media type, Cache-Control, Location path,
 * Vary (as a set, on compressible responses) and, decoded, the same body.
 * Requests are sent with node:http, so no client adds or decodes anything.
 */

const nginxBase = process.env.BASE_URL ?? '';
const cfBase = process.env.CF_BASE_URL ?? '';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(url: string, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

const header = (r: Reply, name: string) => {
  const v = r.headers[name];
  return Array.isArray(v) ? v.join(', ') : v ?? '';
};
const mediaType = (r: Reply) => header(r, 'content-type').split(';')[0].trim().toLowerCase();
const directives = (v: string) => v.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean).sort().join(', ');
const statusClass = (s: number) =>
  [301, 308].includes(s) ? 'permanent redirect' : [302, 303, 307].includes(s) ? 'temporary redirect' : String(s);
const compressible = (type: string) =>
  /^text\//.test(type) || /(json|javascript|wasm|xml|svg)/.test(type);
function decoded(r: Reply): Buffer {
  const enc = header(r, 'content-encoding');
  if (enc === 'br') return zlib.brotliDecompressSync(r.body);
  if (enc === 'gzip') return zlib.gunzipSync(r.body);
  if (enc === '' || enc === 'identity') return r.body;
  throw new Error(`unexpected Content-Encoding ${enc}`);
}

/** What the comparison looks at, for one host's reply to one request. */
function summary(r: Reply, url: string) {
  const type = mediaType(r);
  const redirect = statusClass(r.status).endsWith('redirect');
  const body = decoded(r);
  return {
    status: statusClass(r.status),
    location: redirect ? (() => { const l = new URL(header(r, 'location'), url); return l.pathname + l.search; })() : '',
    // A redirect's own body and its type are the host's business.
    type: redirect ? '' : type,
    cacheControl: directives(header(r, 'cache-control')),
    vary: !redirect && compressible(type) ? directives(header(r, 'vary')) : '',
    body: redirect ? '' : `${body.length} B sha256 ${createHash('sha256').update(body).digest('hex').slice(0, 12)}`,
  };
}

/** Site paths, each with the status both hosts must agree on. */
type Probe = { path: string; want: number | 'redirect'; acceptEncoding?: string };

test('nginx and Cloudflare Pages answer every kind of request alike', async () => {
  test.skip(!nginxBase || !cfBase, 'needs BASE_URL (nginx) and CF_BASE_URL (wrangler) serving the same bundle');
  const nginx = new URL(nginxBase);
  const cf = new URL(cfBase);
  expect(nginx.pathname, 'both serve the bundle at the same path').toBe(cf.pathname);
  // The hashed names and the homepage's share image, from the homepage.
  const home = decoded(await get(nginx.href, {})).toString();
  const attr = (re: RegExp) => {
    const m = home.match(re)?.[1];
    expect(m, `the homepage has ${re}`).toBeTruthy();
    return new URL(m!, nginx).pathname.slice(nginx.pathname.length);
  };
  const css = attr(/<link rel="stylesheet" href="([^"]+)"/);
  const wasm = attr(/data-wasm="([^"]+)"/);
  const js = attr(/data-js="([^"]+)"/);
  // The share image's address is at the public site URL; its name is the same here.
  const share = `share/${home.match(/<meta property="og:image" content="[^"]*\/share\/(og-[0-9a-f]{16}\.png)"/)?.[1]}`;
  const probes: Probe[] = [
    // Pages, with and without their slash, in both editions.
    { path: '', want: 200 },
    { path: 'news/', want: 200 },
    { path: 'news', want: 'redirect' },
    { path: 'events/ewrc-2020-iuc-webinar', want: 'redirect' },
    { path: 'news/?tag=webinar&page=2', want: 200 },
    { path: 'zh-hans/', want: 200 },
    { path: 'zh-hans/news', want: 'redirect' },
    { path: 'zh-hans/events/ewrc-2020-iuc-webinar/', want: 200 },
    // The app: hashed files, the wasm with and without brotli.
    { path: css, want: 200 },
    { path: js, want: 200 },
    { path: wasm, want: 200 },
    { path: wasm, want: 200, acceptEncoding: 'br' },
    { path: wasm, want: 200, acceptEncoding: 'gzip' },
    { path: wasm, want: 200, acceptEncoding: '' },
    // Content, feeds, calendars, images, host files.
    { path: 'content/site.json', want: 200 },
    { path: 'content/news/index.json', want: 200 },
    { path: 'content/news/da-nang-ghg-inventory-workshop.json', want: 200, acceptEncoding: '' },
    { path: 'content/zh-hans/site.json', want: 200 },
    { path: 'feed.xml', want: 200 },
    { path: 'feeds/topic/webinar.xml', want: 200 },
    { path: 'feeds/country/vn.xml', want: 200 },
    { path: 'zh-hans/feed.xml', want: 200 },
    { path: 'zh-hans/feeds/country/vn.xml', want: 200 },
    { path: 'events.ics', want: 200 },
    { path: 'calendars/climate-action.ics', want: 200 },
    { path: 'calendar/ewrc-2020-iuc-webinar.ics', want: 200 },
    { path: 'zh-hans/calendar/ewrc-2020-iuc-webinar.ics', want: 200 },
    { path: share, want: 200 },
    { path: 'favicon.png', want: 200 },
    { path: 'images/news-climate.svg', want: 200 },
    { path: 'sitemap.xml', want: 200 },
    // At the host root; under a sub-path the root's _headers is the
    // deployer's (the bundle's dist-root/ has rules for its own path only).
    ...(nginx.pathname === '/' ? [{ path: 'robots.txt', want: 200 } as Probe] : []),
    // Missing files of every kind, in both editions.
    { path: 'no-such-page/', want: 404 },
    { path: 'no-such-page', want: 404 },
    { path: 'news/no-such-article/', want: 404 },
    { path: 'zh-hans/no-such-page/', want: 404 },
    { path: 'zh-hans/news/no-such-article/', want: 404 },
    { path: 'content/missing.json', want: 404 },
    { path: 'content/news/missing.json', want: 404 },
    { path: 'zh-hans/content/missing.json', want: 404 },
    { path: 'zh-hans/content/news/missing.json', want: 404 },
    { path: 'content/zh-hans/news/missing.json', want: 404 },
    { path: 'calendar/x.ics', want: 404 },
    { path: 'zh-hans/calendar/x.ics', want: 404 },
    { path: 'feeds/topic/no-such-topic.xml', want: 404 },
    { path: 'share/og-0000000000000000.png', want: 404 },
    { path: 'images/no-such-image.svg', want: 404 },
    { path: js.replace(/-[0-9a-f]{12,16}\.js$/, '-0123456789abcdef.js'), want: 404 },
  ];
  const differences: string[] = [];
  for (const p of probes) {
    const path = `${nginx.pathname}${p.path}`;
    const headers: Record<string, string> = {};
    // Browsers send this; '' sends no Accept-Encoding at all.
    const ae = p.acceptEncoding ?? 'gzip, deflate, br';
    if (ae) headers['Accept-Encoding'] = ae;
    const label = `${path}${p.acceptEncoding !== undefined ? ` (Accept-Encoding: ${ae || 'none'})` : ''}`;
    const urls = [new URL(path, nginx).href, new URL(path, cf).href];
    const [a, b] = await Promise.all(urls.map((u) => get(u, headers)));
    const [sa, sb] = [summary(a, urls[0]), summary(b, urls[1])];
    const want = p.want === 'redirect' ? 'permanent redirect' : String(p.want);
    if (sa.status !== want) differences.push(`${label}: nginx answers ${a.status}, expected ${want}`);
    if (sa.status === 'permanent redirect' && sa.location !== `${path}/`) {
      differences.push(`${label}: nginx redirects to ${sa.location}`);
    }
    for (const k of Object.keys(sa) as (keyof typeof sa)[]) {
      if (sa[k] !== sb[k]) differences.push(`${label}: ${k}: nginx "${sa[k]}", Cloudflare "${sb[k]}"`);
    }
    for (const [host, r] of [['nginx', a], ['Cloudflare', b]] as const) {
      // Whatever it was asked for, a host sends only an encoding the client accepts.
      const enc = header(r, 'content-encoding');
      if (enc && !ae.includes(enc)) differences.push(`${label}: ${host} sends Content-Encoding ${enc}`);
      // A redirect names a path, never the scheme and port the server
      // listens on, which a TLS proxy in front does not share.
      const loc = header(r, 'location');
      if (loc && !loc.startsWith('/')) differences.push(`${label}: ${host} redirects to ${loc}`);
    }
  }
  expect(differences, 'the two hosts disagree').toEqual([]);
});
