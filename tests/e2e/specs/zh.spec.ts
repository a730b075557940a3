import { test, expect, open, rel, routeOf, canonical, baseUrl, axeRun, pageStates, appReady } from './fixtures';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

/**
 * The Simplified Chinese edition under /zh-hans/, as a visitor (and a
 * crawler) meets it. Expectations come from the fixture content the test
 * bundles are built from (tests/fixtures/content and its zh-hans/ folder);
 * interface words (navigation, labels, sentences) are the site's own.
 */

// ---------------------------------------------------------------------------
// The fixture content.

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'content');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));

type Article = {
  slug: string; title: string; published: string; order?: number; teaser: string; body: string;
  tags: string[]; countries: string[];
};
const articlesIn = (dir: string): Article[] =>
  fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith('.json')).map((f) => readJson(path.join(dir, f)));

/** Newest first, as the site orders news: a month-only date after the exact days of that month; then `order`, then slug. */
function newestFirst(list: Article[]): Article[] {
  const key = (a: Article) => {
    const [y, m, d] = a.published.split('-').map(Number);
    return [y, m ?? 13, d ?? 32, a.order ?? 0];
  };
  return [...list].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < 4; i++) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return a.slug < b.slug ? -1 : 1;
  });
}

const zhArticles = newestFirst(articlesIn('zh-hans/news'));
const enArticles = newestFirst(articlesIn('news'));
const zhSite = readJson('zh-hans/site.json');
const zhEvents = readJson('zh-hans/events.json');
const zhCooperation = readJson('zh-hans/cooperation.json');
const zhCovenant = readJson('zh-hans/covenant.json');
const zhArticle = (slug: string) => zhArticles.find((a) => a.slug === slug)!;
const zhEvent = (slug: string) => zhEvents.events.find((e: any) => e.slug === slug);
const countryName = (code: string) => zhSite.country_names.find((c: any) => c.code === code).name as string;

/** The interface words of the Chinese edition. */
const SITE = zhSite.name as string; // 国际城镇合作亚洲项目
const SUFFIX = ' – IUC亚洲';
const NAV = ['首页', '新闻', '活动', '城市合作', '全球市长盟约'];

// ---------------------------------------------------------------------------
// News search as the site defines it: every query word is the start of a word
// of the title, teaser or body; Chinese, written without spaces, is read as
// overlapping character pairs. Title hits rank above teaser hits, above body
// hits; ties keep the newest-first order.

const isCjk = (c: string) => {
  const n = c.codePointAt(0)!;
  return (n >= 0x3040 && n <= 0x30ff) || (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff)
    || (n >= 0xac00 && n <= 0xd7af) || (n >= 0xf900 && n <= 0xfaff) || (n >= 0x20000 && n <= 0x2ffff);
};
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(/[^\p{Alphabetic}\p{N}]+/u)) {
    const chars = [...word];
    for (let i = 0; i < chars.length;) {
      const cjk = isCjk(chars[i]);
      let j = i;
      while (j < chars.length && isCjk(chars[j]) === cjk) j++;
      const run = chars.slice(i, j);
      if (!cjk) out.push(run.join('').toLowerCase());
      else if (run.length === 1) out.push(run[0]);
      else for (let k = 0; k + 1 < run.length; k++) out.push(run[k] + run[k + 1]);
      i = j;
    }
  }
  return out;
}
const hit = (text: string, w: string) => tokens(text).some((t) => t.startsWith(w));
/** A body's words (it is Markdown): link texts without their addresses, no marks. */
const bodyText = (md: string) => md
  .replace(/!\[([^\]]*)\]\([^)"]*(?:"([^"]*)")?\)/g, '$2')
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  .replace(/[*_`#>]/g, ' ');

/** The articles a search (with a topic and a country) finds, best first. */
function searchNews(list: Article[], q: string, filter: { tag?: string; country?: string } = {}): Article[] {
  const words = [...new Set(tokens(q))];
  const scored: [number, number, Article][] = [];
  list.forEach((a, i) => {
    if (filter.tag && !a.tags.includes(filter.tag)) return;
    if (filter.country && !a.countries.includes(filter.country)) return;
    let total = 0;
    for (const w of words) {
      const s = hit(a.title, w) ? 4 : hit(a.teaser, w) ? 2 : hit(bodyText(a.body), w) ? 1 : 0;
      if (!s) return;
      total += s;
    }
    scored.push([total, i, a]);
  });
  return scored.sort((x, y) => y[0] - x[0] || x[1] - y[1]).map((s) => s[2]);
}
const occurrences = (text: string, word: string) => text.split(word).length - 1;

// ---------------------------------------------------------------------------
// Dates as the Chinese edition writes them.

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
/** "2020-10-13" → "2020年10月13日（星期二）". */
function dayLabel(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日（${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
}
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** The first and last day an event covers, in its own time zone (an all-day event ends at midnight after its last day). */
const eventDays = (e: any): [string, string] =>
  [e.start.slice(0, 10), e.all_day ? addDays(e.end.slice(0, 10), -1) : e.end.slice(0, 10)];
const eventsOn = (day: string) => zhEvents.events
  .filter((e: any) => { const [a, b] = eventDays(e); return a <= day && day <= b; })
  .sort((a: any, b: any) => Date.parse(a.start) - Date.parse(b.start));

/** English month and weekday names, which a Chinese page's dates must not show. */
const ENGLISH_DATES = /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const zh = (p: string) => `/zh-hans${p}`;
const q = (word: string) => encodeURIComponent(word);
const cards = (page: Page) => page.locator('.grid.cards > article');
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** The text of every date and time in the main content. */
const datesIn = (page: Page) => page.locator('main time').allTextContents();
async function noEnglishDates(page: Page) {
  const dates = await datesIn(page);
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.filter((t) => ENGLISH_DATES.test(t)), 'dates in English').toEqual([]);
}

/** Follows a link to another edition (a full page load) and waits for the app there. */
async function landsOn(page: Page, route: string, lang: string) {
  const routeOfUrl = (u: URL) => (u.pathname.startsWith(baseUrl.pathname) ? u.pathname.slice(baseUrl.pathname.length - 1) : u.pathname) + u.search;
  await page.waitForURL((u) => routeOfUrl(u) === route);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await appReady(page);
}

/** Presses Tab until `target` has focus (at most `max` times). */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 30) {
  for (let i = 0; i < max && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

// ---------------------------------------------------------------------------
// 1. Home.

test('the Chinese homepage is in Chinese, with a language switcher to English', async ({ page }) => {
  await open(page, zh('/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(h1(page)).toHaveText(SITE);
  await expect(page).toHaveTitle(SITE);
  await expect(page.getByRole('link', { name: '跳至主要内容' })).toHaveCount(1);
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link')).toHaveText(NAV);
  await expect(nav.getByRole('link', { name: '首页' })).toHaveAttribute('aria-current', 'page');
  // The switcher names each edition in its own language, marked as such.
  const langs = page.getByRole('navigation', { name: '网站语言' });
  await expect(langs.getByRole('link')).toHaveText(['English', '简体中文']);
  const english = langs.getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  expect(new URL(await english.evaluate((a) => (a as HTMLAnchorElement).href)).href).toBe(baseUrl.href);
  await expect(english).not.toHaveAttribute('aria-current', /./);
  await expect(langs.getByRole('link', { name: '简体中文' })).toHaveAttribute('aria-current', 'true');
  await expect(langs.getByRole('link', { name: '简体中文' })).toHaveAttribute('lang', 'zh-Hans');
  // The latest news are the Chinese articles, newest first.
  const latest = page.getByRole('region', { name: '最新新闻' });
  await expect(latest.getByRole('article').first().getByRole('heading')).toHaveText(zhArticles[0].title);
  await expect(latest.getByRole('article').nth(1).getByRole('heading')).toHaveText(zhArticles[1].title);
  await expect(page.getByRole('contentinfo')).toContainText('由欧盟资助');
  await noEnglishDates(page);
  // Following the switcher leads to the English homepage.
  await english.click();
  await landsOn(page, '/', 'en');
  await expect(h1(page)).toHaveText('International Urban Cooperation Asia');
});

test('a Chinese page downloads the Chinese content only, not the English files as well', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.includes('/content/')) requested.push(new URL(r.url()).pathname); });
  for (const route of ['/', '/news/', '/events/', '/news/da-nang-ghg-inventory-workshop/', '/about/']) {
    requested.length = 0;
    await open(page, zh(route));
    await expect(page.locator('.loading')).toHaveCount(0);
    const english = requested.filter((p) => !p.startsWith(`${baseUrl.pathname}content/zh-hans/`));
    expect.soft(english, `${zh(route)} requests content outside content/zh-hans/`).toEqual([]);
    // What the page's <head> tells the browser to fetch early.
    const preloads = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    const content = preloads.filter((p) => p.startsWith(`${baseUrl.pathname}content/`));
    expect.soft(content.length, `${zh(route)} preloads its content`).toBeGreaterThan(0);
    expect.soft(content.filter((p) => !p.startsWith(`${baseUrl.pathname}content/zh-hans/`)), `${zh(route)} preloads English content`).toEqual([]);
  }
});

// ---------------------------------------------------------------------------
// 2. News: search, filters, pager.

test('news: searching 城市 finds every article that contains it, with highlights and a Chinese count and pager', async ({ page }) => {
  await open(page, zh('/news/'));
  await expect(h1(page)).toHaveText('新闻');
  const status = page.getByRole('status').filter({ hasText: '页' });
  const pagesAll = Math.ceil(zhArticles.length / 12);
  await expect(status).toHaveText(`${zhArticles.length} 篇文章 · 第 1 页，共 ${pagesAll} 页`);

  const found = searchNews(zhArticles, '城市');
  // Every fixture article that contains 城市 in its title, teaser or body, and no other.
  expect(found.map((a) => a.slug).sort()).toEqual(
    zhArticles.filter((a) => [a.title, a.teaser, bodyText(a.body)].some((t) => t.includes('城市'))).map((a) => a.slug).sort());
  const pages = Math.ceil(found.length / 12);
  expect(pages, 'the fixture gives the search more than one page').toBeGreaterThan(1);

  await page.getByLabel('搜索新闻').pressSequentially('城市');
  await expect.poll(() => routeOf(page)).toBe(`/zh-hans/news/?q=${q('城市')}`);
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${found.length} 篇文章 · 第 1 页，共 ${pages} 页`);
  const first = found.slice(0, 12);
  await expect(cards(page).locator('h3')).toHaveText(first.map((a) => a.title));
  // Each place 城市 occurs in a card's title and teaser is marked, and only that.
  const marks = await cards(page).evaluateAll((els) => els.map((el) => [...el.querySelectorAll('mark')].map((m) => m.textContent)));
  expect(marks).toEqual(first.map((a) => Array(occurrences(a.title, '城市') + occurrences(a.teaser, '城市')).fill('城市')));
  await expect(cards(page).first().locator('h3 mark').first()).toHaveText('城市');

  // The pager speaks Chinese.
  const pager = page.getByRole('navigation', { name: '新闻分页' });
  await expect(pager.getByRole('link', { name: '第 1 页' })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: `第 ${pages} 页` })).toBeVisible();
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect.poll(() => routeOf(page)).toBe(`/zh-hans/news/?q=${q('城市')}&page=2`);
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${found.length} 篇文章 · 第 2 页，共 ${pages} 页`);
  await expect(cards(page).locator('h3')).toHaveText(found.slice(12, 24).map((a) => a.title));
  await expect(pager.getByRole('link', { name: '上一页' })).toBeVisible();
  await expect(pager.getByRole('link', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByLabel('搜索新闻')).toHaveValue('城市');
});

test('news: topic and country filters combine with the search', async ({ page }) => {
  const tag = 'global-covenant';
  const country = 'VN';
  const withTag = searchNews(zhArticles, '城市', { tag });
  const withBoth = searchNews(zhArticles, '城市', { tag, country });
  expect(withTag.length).toBeGreaterThan(withBoth.length);
  expect(withBoth.length).toBeGreaterThan(0);

  await open(page, `${zh('/news/')}?q=${q('城市')}`);
  await page.getByRole('combobox', { name: '主题' }).selectOption(tag);
  await expect.poll(() => routeOf(page)).toBe(`/zh-hans/news/?q=${q('城市')}&tag=${tag}`);
  await expect(cards(page).locator('h3')).toHaveText(withTag.map((a) => a.title));
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${withTag.length} 篇文章 · 第 1 页，共 1 页`);
  // One page: no pager.
  await expect(page.getByRole('navigation', { name: '新闻分页' })).toHaveCount(0);

  await page.getByRole('combobox', { name: '国家/地区' }).selectOption({ label: countryName(country) });
  await expect.poll(() => routeOf(page)).toBe(`/zh-hans/news/?q=${q('城市')}&tag=${tag}&country=${country}`);
  await expect(cards(page).locator('h3')).toHaveText(withBoth.map((a) => a.title));
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${withBoth.length} 篇文章 · 第 1 页，共 1 页`);
  await expect(cards(page).locator('mark').first()).toHaveText('城市');

  // The address alone gives the same view.
  await page.reload();
  await appReady(page);
  await expect(cards(page).locator('h3')).toHaveText(withBoth.map((a) => a.title));
  await expect(page.getByLabel('搜索新闻')).toHaveValue('城市');
  await expect(page.getByRole('combobox', { name: '主题' })).toHaveValue(tag);
  await expect(page.getByRole('combobox', { name: '国家/地区' })).toHaveValue(country);

  await page.getByRole('link', { name: '清除搜索和筛选条件' }).click();
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/news/');
  await expect(cards(page)).toHaveCount(Math.min(12, zhArticles.length));
});

test('news: a search that finds nothing says so in Chinese', async ({ page }) => {
  expect(searchNews(zhArticles, '齐柏林')).toEqual([]);
  await open(page, `${zh('/news/')}?q=${q('齐柏林')}`);
  await expect(page.getByText('没有与“齐柏林”匹配的文章。')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText('找到 0 篇文章');
  await expect(cards(page)).toHaveCount(0);
});

// ---------------------------------------------------------------------------
// 3. Events.

const EWRC = 'ewrc-2020-iuc-webinar';

test('events: the list of past events gives Chinese dates, newest first', async ({ page }) => {
  await open(page, `${zh('/events/')}?view=past`);
  await expect(h1(page)).toHaveText('活动');
  const all = [...zhEvents.events].sort((a: any, b: any) => Date.parse(b.start) - Date.parse(a.start));
  await expect(page.getByRole('status').filter({ hasText: '往期活动' }))
    .toHaveText(`${all.length} 项往期活动 · 第 1 页，共 ${Math.ceil(all.length / 20)} 页`);
  const items = page.locator('.event-list > li');
  await expect(items.locator('h3')).toHaveText(all.slice(0, 20).map((e: any) => e.title));
  // Months as headings, days with their weekday, all in Chinese.
  const months = [...new Set(all.slice(0, 20).map((e: any) => { const [y, m] = e.start.split('-').map(Number); return `${y}年${m}月`; }))];
  await expect(page.locator('.month-heading')).toHaveText(months);
  for (const t of await items.locator('p.when time').allTextContents()) {
    expect(t).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日（星期[一二三四五六日]）/);
  }
  const ewrc = items.filter({ has: page.getByRole('link', { name: zhEvent(EWRC).title }) });
  await expect(ewrc.locator('p.when time')).toHaveText(/^2020年10月13日（星期二）09:30–11:00 (GMT\+2|CEST)（您当地时间 07:30–09:00，UTC）$/);
  await noEnglishDates(page);
});

test('events: the month view names the month and the weekdays in Chinese', async ({ page }) => {
  await open(page, `${zh('/events/')}?view=month&month=2020-10`);
  await expect(page.getByRole('heading', { level: 2, name: '2020年10月' })).toBeVisible();
  const inMonth = zhEvents.events.filter((e: any) => { const [a, b] = eventDays(e); return a <= '2020-10-31' && b >= '2020-10-01'; });
  await expect(page.getByRole('status').filter({ hasText: '本月' })).toHaveText(`本月有 ${inMonth.length} 项活动。`);
  const table = page.getByRole('table', { name: '2020年10月的活动' });
  // Shown: 一 … 日; read out: 星期一 … 星期日.
  await expect(table.locator('thead th[scope="col"] [aria-hidden="true"]')).toHaveText(['一', '二', '三', '四', '五', '六', '日']);
  await expect(table.locator('thead th[scope="col"] .visually-hidden')).toHaveText(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']);
  // Every day names its full date, and lists the events on it.
  for (let d = 1; d <= 31; d++) {
    const day = `2020-10-${String(d).padStart(2, '0')}`;
    const cell = table.locator(`td:has(time[datetime="${day}"])`);
    await expect(cell.locator('.full-date')).toHaveText(dayLabel(day));
    await expect(cell.getByRole('link')).toHaveText(eventsOn(day).map((e: any) => e.title));
  }
  await expect(table.locator('td:has(time[datetime="2020-10-13"]) .full-date')).toHaveText('2020年10月13日（星期二）');
  // 1 October 2020 was a Thursday: three empty cells before it.
  await expect(table.locator('tbody tr').first().locator('td.outside')).toHaveCount(3);
  const months = page.getByRole('navigation', { name: '月份' });
  await expect(months.getByRole('link')).toHaveText(['← 2020年9月', '本月', '2020年11月 →']);
  await months.getByRole('link', { name: '2020年11月 →' }).click();
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/events/?view=month&month=2020-11');
  await expect(page.getByRole('heading', { level: 2, name: '2020年11月' })).toBeVisible();
  await expect(page.getByRole('table', { name: '2020年11月的活动' })).toBeVisible();
  await noEnglishDates(page);
});

test('events: the day view is headed with the Chinese date', async ({ page }) => {
  await open(page, `${zh('/events/')}?view=day&date=2020-10-19`);
  await expect(page.getByRole('heading', { name: `${dayLabel('2020-10-19')}的活动` })).toBeVisible();
  await expect(page.locator('.event-list > li h3')).toHaveText(eventsOn('2020-10-19').map((e: any) => e.title));
  await expect(page.getByRole('link', { name: '返回2020年10月' })).toBeVisible();
});

test('events: an event page in Chinese, and its .ics download with the event', async ({ page }) => {
  const event = zhEvent(EWRC);
  await open(page, zh(`/events/${EWRC}/`));
  await expect(h1(page)).toHaveText(event.title);
  await expect(page).toHaveTitle(`${event.title} – 活动${SUFFIX}`);
  const facts = page.locator('dl.facts');
  await expect(facts.locator('dt')).toHaveText(['时间', '地点', '主办方', '类别', '语言']);
  await expect(facts.locator('time')).toHaveAttribute('datetime', event.start);
  await expect(facts.locator('time')).toHaveText(/^2020年10月13日（星期二）09:30–11:00 (GMT\+2|CEST)（您当地时间 07:30–09:00，UTC）$/);
  await expect(facts.locator('dd').nth(1)).toHaveText('线上');
  await expect(facts.locator('dd').nth(2)).toHaveText(zhEvents.organisers.find((o: any) => o.id === event.organiser).name);
  await expect(facts.locator('dd').nth(3)).toHaveText(zhEvents.categories.find((c: any) => c.id === event.category).name);
  await expect(page.locator('ul.speakers > li')).toHaveCount(event.speakers.length);
  await expect(page.getByRole('heading', { name: '发言嘉宾' })).toBeVisible();
  await noEnglishDates(page);

  const ics = page.getByRole('link', { name: '下载 .ics 文件' });
  const [download] = await Promise.all([page.waitForEvent('download'), ics.click()]);
  expect(download.suggestedFilename()).toBe(`${EWRC}.ics`);
  // Long lines are folded (RFC 5545 §3.1); unfolding must give whole characters back.
  const text = fs.readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain(`\r\nSUMMARY:${event.title}\r\n`);
  expect(text).toContain('\r\nDTSTART:20201013T073000Z\r\n');
  expect(text).toContain('\r\nDTEND:20201013T090000Z\r\n');
  expect(text).toContain(`\r\nURL:${canonical(zh(`/events/${EWRC}/`))}\r\n`);
  // The same file, as a calendar application fetches it.
  const res = await page.request.get(await ics.evaluate((a) => (a as HTMLAnchorElement).href));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  expect((await res.text()).replace(/\r\n[ \t]/g, '')).toBe(text);
});

test('events: the .ics files and the Google Calendar link of the Chinese edition are in Chinese', async ({ page }) => {
  const event = zhEvent(EWRC);
  const organiser = zhEvents.organisers.find((o: any) => o.id === event.organiser).name;
  await open(page, zh(`/events/${EWRC}/`));
  const href = await page.getByRole('link', { name: '下载 .ics 文件' }).evaluate((a) => (a as HTMLAnchorElement).href);
  const text = (await (await page.request.get(href)).text()).replace(/\r\n[ \t]/g, '');
  const line = (ics: string, name: string) => ics.split('\r\n').find((l) => l.startsWith(`${name}:`)) ?? '';
  // The page says 地点：线上 and names the organiser under 主办方; the
  // visitor's calendar should read the same, not English labels.
  expect.soft(line(text, 'LOCATION'), `LOCATION of ${zh(`/calendar/${EWRC}.ics`)}`).toBe('LOCATION:线上');
  const description = line(text, 'DESCRIPTION');
  expect.soft(description, 'DESCRIPTION names the organiser').toContain(organiser);
  expect.soft(description, 'DESCRIPTION has no English labels').not.toMatch(/Organiser:|Source:/);
  expect.soft(description, 'DESCRIPTION labels the organiser in Chinese').toMatch(/主办方[:：]/);
  expect.soft(description, 'DESCRIPTION labels the source in Chinese').toMatch(/来源[:：]/);
  const google = new URL(await page.getByRole('link', { name: /添加到 Google 日历/ }).getAttribute('href') ?? '');
  expect.soft(google.searchParams.get('text')).toBe(event.title);
  expect.soft(google.searchParams.get('details')).toContain(canonical(zh(`/events/${EWRC}/`)));
  expect.soft(google.searchParams.get('location'), 'location of the Google Calendar link').toBe('线上');
  // The Chinese calendar to subscribe to carries a Chinese name.
  const feed = (await (await page.request.get(rel(zh('/events.ics')))).text()).replace(/\r\n[ \t]/g, '');
  expect.soft(line(feed, 'X-WR-CALNAME'), `calendar name of ${zh('/events.ics')}`).toMatch(/^X-WR-CALNAME:.*[\u4e00-\u9fff]/);
  expect.soft(feed.split('\r\n').filter((l) => l === 'LOCATION:Online').length, `events in ${zh('/events.ics')} located "Online"`).toBe(0);
});

test('events: the Chinese calendar feed lists every event with its Chinese page', async ({ page }) => {
  await open(page, zh('/events/'));
  // The subscribe section gives the calendar's address at the configured site URL.
  const address = await page.getByLabel('日历地址（适用于其他应用）').inputValue();
  expect(address).toBe(canonical(zh('/events.ics')));
  const res = await page.request.get(rel(zh('/events.ics')));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = (await res.text()).replace(/\r\n[ \t]/g, '');
  expect(body.match(/\r\nBEGIN:VEVENT\r\n/g)?.length).toBe(zhEvents.events.length);
  const urls = [...body.matchAll(/\r\nURL:(\S+)\r\n/g)].map((m) => m[1]).sort();
  expect(urls).toEqual(zhEvents.events.map((e: any) => canonical(zh(`/events/${e.slug}/`))).sort());
  expect(body).toContain(`\r\nSUMMARY:${zhEvent(EWRC).title}\r\n`);
});

// ---------------------------------------------------------------------------
// 4. City cooperation, a pairing, the Covenant.

test('city cooperation: the pairings in Chinese, a filter, and one pairing page', async ({ page }) => {
  const pairings = zhCooperation.pairings;
  await open(page, zh('/city-cooperation/'));
  await expect(h1(page)).toHaveText('城市间合作');
  await expect(page).toHaveTitle(`城市间合作${SUFFIX}`);
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示全部 ${pairings.length} 个结对和集群`);
  const list = page.locator('.pairing-list > li');
  await expect(list.locator('h3')).toHaveText(pairings.map((p: any) => p.title));
  await expect(list.locator('.eyebrow')).toHaveText(pairings.map((p: any) => `${p.kind === 'cluster' ? '集群' : '结对'} · ${p.round}年轮次`));

  const in2018 = pairings.filter((p: any) => p.round === 2018);
  await page.getByRole('combobox', { name: '轮次' }).selectOption('2018');
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/city-cooperation/?round=2018');
  await expect(list.locator('h3')).toHaveText(in2018.map((p: any) => p.title));
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(`显示 ${pairings.length} 个结对和集群中的 ${in2018.length} 个`);

  const pairing = pairings.find((p: any) => p.slug === 'yantai-rome');
  const city = (id: string) => zhCooperation.cities.find((c: any) => c.id === id);
  const country = (code: string) => zhCooperation.countries.find((c: any) => c.code === code).name;
  await list.getByRole('link', { name: pairing.title }).click();
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/city-cooperation/yantai-rome/');
  await expect(h1(page)).toHaveText(pairing.title);
  await expect(h1(page)).toBeFocused();
  await expect(page).toHaveTitle(`${pairing.title} – 城市间合作${SUFFIX}`);
  const facts = page.locator('dl.facts');
  await expect(facts.locator('dt')).toHaveText(['中方', '欧方', '轮次', '主题领域']);
  await expect(facts.locator('dd').nth(0)).toHaveText(pairing.chinese_cities.map((id: string) => `${city(id).name}（${country(city(id).country)}）`).join('、'));
  await expect(facts.locator('dd').nth(1)).toHaveText(pairing.eu_cities.map((id: string) => `${city(id).name}（${country(city(id).country)}）`).join('、'));
  await expect(facts.locator('dd').nth(3)).toHaveText(pairing.themes.join('、'));
  await expect(page.getByRole('heading', { level: 2, name: '重要节点' })).toBeVisible();
  await expect(page.locator('ol.timeline time')).toHaveText(pairing.milestones.map((m: any) => {
    const [y, mo, d] = m.date.split('-').map(Number);
    return d ? `${y}年${mo}月${d}日` : mo ? `${y}年${mo}月` : `${y}年`;
  }));
  await page.getByRole('main').getByRole('link', { name: '全部结对' }).click();
  await expect.poll(() => routeOf(page)).toBe('/zh-hans/city-cooperation/');
  await expect(h1(page)).toHaveText('城市间合作');
});

test('the Global Covenant of Mayors page in Chinese', async ({ page }) => {
  await open(page, zh('/covenant/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(h1(page)).toHaveText('全球市长盟约');
  await expect(page).toHaveTitle(`全球市长盟约${SUFFIX}`);
  await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '全球市长盟约' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: '三大支柱' })).toBeVisible();
  for (const pillar of zhCovenant.pillars) await expect(page.getByRole('heading', { name: pillar.title, exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: '各国家和地区已确认的签署方和试点城市' });
  await expect(table.locator('thead th')).toHaveText(['国家或地区', '签署方（签署日期）', '试点城市']);
  const rows = table.locator('tbody th[scope="row"]');
  await expect(rows).toHaveCount(zhCovenant.countries.length);
  for (const [i, c] of zhCovenant.countries.entries()) await expect(rows.nth(i)).toContainText(c.name);
  await expect(page.getByRole('main')).toContainText(zhCovenant.intro[0]);
});

test('Chinese type: an open line, no oblique and no letter-spacing, on Chinese pages and Chinese passages only', async ({ page }) => {
  /** The computed style of the first `selector`, or of a new `tag` put in `main` where none is given. */
  const styleOf = (selector: string, tag?: string) => page.evaluate(([selector, tag]) => {
    const el = tag ? document.querySelector('main')!.appendChild(document.createElement(tag)) : document.querySelector(selector);
    const s = getComputedStyle(el!);
    return { letterSpacing: s.letterSpacing, fontStyle: s.fontStyle, lineHeight: parseFloat(s.lineHeight), fontSize: parseFloat(s.fontSize), fontFamily: s.fontFamily };
  }, [selector, tag] as const);

  await open(page, zh('/city-cooperation/'));
  const eyebrow = await styleOf('main .eyebrow');
  expect(eyebrow.letterSpacing).toBe('normal');
  const body = await styleOf('body');
  expect(body.lineHeight / body.fontSize).toBeCloseTo(1.75, 2);
  expect(body.fontFamily).toContain('Noto Sans CJK SC');
  const heading = await styleOf('h1');
  expect(heading.lineHeight / heading.fontSize).toBeCloseTo(1.4, 2);
  for (const tag of ['em', 'i', 'cite']) expect((await styleOf('', tag)).fontStyle, tag).toBe('normal');

  // The English page keeps its own type, but its Chinese link (中文) is set as Chinese.
  await open(page, '/city-cooperation/');
  expect((await styleOf('main .eyebrow')).letterSpacing).not.toBe('normal');
  expect((await styleOf('', 'em')).fontStyle).toBe('italic');
  const link = await styleOf('.lang-switch [lang|="zh"]');
  expect(link.letterSpacing).toBe('normal');
  expect(link.fontFamily).toContain('Noto Sans CJK SC');
});

// ---------------------------------------------------------------------------
// 5. Not found.

test.describe('unknown addresses under /zh-hans/', () => {
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*(no\/such\/page|no-such-article|nothing-here)/] });

  test('an unknown path answers 404 with the Chinese not-found page', async ({ page }) => {
    for (const route of ['/zh-hans/no/such/page/', '/zh-hans/nothing-here']) {
      const res = await page.goto(rel(route));
      expect(res?.status(), route).toBe(404);
      await appReady(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(h1(page)).toHaveText('未找到页面');
      await expect(page).toHaveTitle(`未找到页面${SUFFIX}`);
      await expect(page.getByRole('main')).toContainText('此地址没有对应的页面。');
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link')).toHaveText(NAV);
      await expect.poll(() => routeOf(page)).toBe(route);
    }
    await page.getByRole('main').getByRole('link', { name: '返回首页' }).click();
    await expect.poll(() => routeOf(page)).toBe('/zh-hans/');
    await expect(h1(page)).toHaveText(SITE);
  });

  test('an unknown article answers 404 and offers the Chinese news', async ({ page }) => {
    const res = await page.goto(rel('/zh-hans/news/no-such-article/'));
    expect(res?.status()).toBe(404);
    await appReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(h1(page)).toHaveText('未找到文章');
    await expect(page).toHaveTitle(`未找到文章${SUFFIX}`);
    await page.getByRole('main').getByRole('link', { name: '全部新闻' }).click();
    await expect.poll(() => routeOf(page)).toBe('/zh-hans/news/');
    await expect(h1(page)).toHaveText('新闻');
  });
});

// ---------------------------------------------------------------------------
// 6. The language switcher keeps the page and its query.

test('language switcher: filtered news to Chinese by mouse and back to English by keyboard, query kept', async ({ page }) => {
  const tag = 'global-covenant';
  const word = 'cdp';
  const zhFound = searchNews(zhArticles, word, { tag });
  const enFound = searchNews(enArticles, word, { tag });
  expect(zhFound.length).toBeGreaterThan(0);
  expect(enFound.length).toBeGreaterThan(0);
  const route = `/news/?q=${word}&tag=${tag}`;

  await open(page, '/news/');
  await page.getByLabel('Topic', { exact: true }).selectOption(tag);
  await page.getByLabel('Search news').pressSequentially(word);
  await expect.poll(() => routeOf(page)).toBe(route);
  await expect(cards(page).locator('h3')).toHaveText(enFound.map((a) => a.title));

  const toChinese = page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: '简体中文' });
  await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
  await expect(toChinese).toHaveAttribute('hreflang', 'zh-Hans');
  await toChinese.click();
  await landsOn(page, zh(route), 'zh-Hans');
  await expect(h1(page)).toHaveText('新闻');
  await expect(page.getByLabel('搜索新闻')).toHaveValue(word);
  await expect(page.getByRole('combobox', { name: '主题' })).toHaveValue(tag);
  await expect(cards(page).locator('h3')).toHaveText(zhFound.map((a) => a.title));
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toHaveText(`找到 ${zhFound.length} 篇文章 · 第 1 页，共 1 页`);

  // Back with the keyboard alone.
  const toEnglish = page.getByRole('navigation', { name: '网站语言' }).getByRole('link', { name: 'English' });
  await page.locator('body').focus();
  await tabTo(page, toEnglish);
  await page.keyboard.press('Enter');
  await landsOn(page, route, 'en');
  await expect(h1(page)).toHaveText('News');
  await expect(page.getByLabel('Search news')).toHaveValue(word);
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue(tag);
  await expect(cards(page).locator('h3')).toHaveText(enFound.map((a) => a.title));
});

test('language switcher: a paged Chinese search and a month of the calendar keep their query in English', async ({ page }) => {
  const route = `/news/?q=${q('城市')}&page=2`;
  await open(page, zh(route));
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toContainText('第 2 页');
  await page.getByRole('navigation', { name: '网站语言' }).getByRole('link', { name: 'English' }).click();
  await landsOn(page, route, 'en');
  await expect(page.getByLabel('Search news')).toHaveValue('城市');

  await open(page, '/events/?view=month&month=2020-10');
  await page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: '简体中文' }).click();
  await landsOn(page, zh('/events/?view=month&month=2020-10'), 'zh-Hans');
  await expect(page.getByRole('table', { name: '2020年10月的活动' })).toBeVisible();
});

test('language switcher: an article keeps its slug both ways (keyboard there, mouse back)', async ({ page }) => {
  const slug = 'da-nang-ghg-inventory-workshop';
  const en = enArticles.find((a) => a.slug === slug)!;
  await open(page, `/news/${slug}/`);
  await expect(h1(page)).toHaveText(en.title);
  const toChinese = page.getByRole('navigation', { name: 'Site language' }).getByRole('link', { name: '简体中文' });
  await page.locator('body').focus();
  await tabTo(page, toChinese);
  await page.keyboard.press('Enter');
  await landsOn(page, zh(`/news/${slug}/`), 'zh-Hans');
  await expect(h1(page)).toHaveText(zhArticle(slug).title);
  await expect(page).toHaveTitle(`${zhArticle(slug).title} – 新闻${SUFFIX}`);
  await expect(page.getByRole('main')).toContainText(zhArticle(slug).body[0]);
  await expect(page.getByRole('main')).toContainText('阅读约需');
  await page.getByRole('navigation', { name: '网站语言' }).getByRole('link', { name: 'English' }).click();
  await landsOn(page, `/news/${slug}/`, 'en');
  await expect(h1(page)).toHaveText(en.title);
});

// ---------------------------------------------------------------------------
// 7. hreflang alternates, in each head and in the sitemap.

type Head = { lang: string | null; siteUrl: string; canonical: string | null; alternates: Map<string, string[]> };

function parseHead(html: string): Head {
  const attrs = (tag: string) => new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));
  const htmlTag = attrs(html.match(/<html\b[^>]*>/)?.[0] ?? '');
  const head = html.slice(0, html.indexOf('</head>'));
  let canonicalHref: string | null = null;
  const alternates = new Map<string, string[]>();
  for (const m of head.matchAll(/<link\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.get('rel') === 'canonical') canonicalHref = a.get('href') ?? null;
    if (a.get('rel') === 'alternate' && a.has('hreflang')) {
      alternates.set(a.get('hreflang')!, [...(alternates.get(a.get('hreflang')!) ?? []), a.get('href')!]);
    }
  }
  return { lang: htmlTag.get('lang') ?? null, siteUrl: htmlTag.get('data-site-url') ?? '', canonical: canonicalHref, alternates };
}

/** The path of an address below the site URL, "/" + what follows it; null if it is not on the site. */
function below(href: string | null | undefined, siteUrl: string): string | null {
  if (!href || !href.startsWith(siteUrl)) return null;
  return '/' + href.slice(siteUrl.length);
}

const hreflangPages: [string, string][] = [
  ['home', '/'],
  ['news', '/news/'],
  ['article', '/news/da-nang-ghg-inventory-workshop/'],
  ['events', '/events/'],
  ['event', `/events/${EWRC}/`],
  ['city cooperation', '/city-cooperation/'],
  ['pairing', '/city-cooperation/yantai-rome/'],
  ['covenant', '/covenant/'],
  ['about', '/about/'],
];

for (const [name, route] of hreflangPages) {
  test(`hreflang: the English and Chinese ${name} pages name each other`, async ({ page }) => {
    const get = async (p: string) => {
      const res = await page.request.get(rel(p));
      expect(res.status(), p).toBe(200);
      return parseHead(await res.text());
    };
    const en = await get(route);
    const zhHead = await get(zh(route));
    // The configured site URL, under the same sub-path as the server.
    expect(en.siteUrl).toMatch(/^https?:\/\/[^/]+\//);
    expect(new URL(en.siteUrl).pathname).toBe(baseUrl.pathname);
    expect(zhHead.siteUrl).toBe(en.siteUrl);
    const site = en.siteUrl;
    expect(en.lang).toBe('en');
    expect(zhHead.lang).toBe('zh-Hans');
    expect(below(en.canonical, site)).toBe(route);
    expect(below(zhHead.canonical, site)).toBe(zh(route));
    for (const [which, head] of [['en', en], ['zh-Hans', zhHead]] as const) {
      for (const lang of ['en', 'zh-Hans', 'x-default']) {
        expect(head.alternates.get(lang), `${which} page: one hreflang="${lang}"`).toHaveLength(1);
      }
      // Each page names itself and the other: the en alternate is the English
      // page's canonical address, the zh-Hans alternate the Chinese page's.
      expect(below(head.alternates.get('en')?.[0], site), `${which} page: hreflang="en"`).toBe(below(en.canonical, site));
      expect(below(head.alternates.get('zh-Hans')?.[0], site), `${which} page: hreflang="zh-Hans"`).toBe(below(zhHead.canonical, site));
      expect(below(head.alternates.get('x-default')?.[0], site), `${which} page: hreflang="x-default"`).toBe(route);
    }
  });
}

test('hreflang: the sitemap lists both editions of every page, each with its alternates', async ({ page }) => {
  const res = await page.request.get(rel('/sitemap.xml'));
  expect(res.status()).toBe(200);
  const xml = await res.text();
  expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const site = parseHead(await (await page.request.get(rel('/'))).text()).siteUrl;
  const entries = new Map<string, Map<string, string>>();
  for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = below(m[1].match(/<loc>([^<]+)<\/loc>/)?.[1], site);
    expect(loc, 'every <loc> is on the site').not.toBeNull();
    const alts = new Map<string, string>();
    for (const l of m[1].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)) alts.set(l[1], below(l[2], site)!);
    entries.set(loc!, alts);
  }
  for (const [, route] of hreflangPages) {
    for (const loc of [route, zh(route)]) {
      const alts = entries.get(loc);
      expect(alts, `${loc} is in the sitemap`).toBeDefined();
      expect(Object.fromEntries(alts!), `${loc}: alternates`).toEqual({ en: route, 'zh-Hans': zh(route), 'x-default': route });
    }
  }
  // And every other entry is one of a reciprocal pair.
  for (const [loc, alts] of entries) {
    const en = alts.get('en')!;
    const zhLoc = alts.get('zh-Hans')!;
    expect([en, zhLoc], `${loc} is one of its own alternates`).toContain(loc);
    expect(zhLoc, `${loc}: zh-Hans alternate`).toBe(zh(en));
    expect(alts.get('x-default'), `${loc}: x-default`).toBe(en);
    expect(entries.get(en)?.get('zh-Hans'), `${en} names ${zhLoc}`).toBe(zhLoc);
    expect(entries.get(zhLoc)?.get('en'), `${zhLoc} names ${en}`).toBe(en);
  }
});

// ---------------------------------------------------------------------------
// 8. axe on every Chinese route, wide and narrow.

const axeRoutes = pageStates('城市', '齐柏林');

for (const width of [1280, 360]) {
  test.describe(`axe, ${width}px wide`, () => {
    // axe-core is injected as a script, which the CSP (rightly) forbids.
    test.use({ bypassCSP: true, allowedConsole: [/Failed to load resource: the server responded with a status of 404.*(no\/such\/page|no-such-article)/] });
    for (const [name, route] of axeRoutes) {
      test(`axe finds no WCAG 2.0/2.1/2.2 A or AA violation on the Chinese ${name} page`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, zh(route));
        await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
        await expect(h1(page)).not.toHaveText('');
        await expect(page.locator('.loading')).toHaveCount(0);
        const result = await axeRun(page);
        expect(result.violations).toEqual([]);
        expect(result.checked).toEqual(expect.arrayContaining(['document-title', 'html-has-lang', 'html-lang-valid', 'color-contrast', 'target-size']));
      });
    }
  });
}

// ---------------------------------------------------------------------------
// 9. Without JavaScript.

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every Chinese article page shows its Chinese heading, in a zh-Hans document', async ({ page }) => {
    for (const a of zhArticles) {
      const route = zh(`/news/${a.slug}/`);
      const res = await page.goto(rel(route));
      expect(res?.status(), route).toBe(200);
      await expect(page.locator('html'), route).toHaveAttribute('lang', 'zh-Hans');
      await expect(h1(page), route).toHaveText(a.title);
      await expect(page, route).toHaveTitle(`${a.title} – 新闻${SUFFIX}`);
      await expect(page.getByRole('main'), route).toContainText(a.body[0]);
      await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
    }
  });

  test('the language switcher is a plain link that works without the app', async ({ page }) => {
    const slug = zhArticles[0].slug;
    await page.goto(rel(zh(`/news/${slug}/`)));
    await page.getByRole('navigation', { name: '网站语言' }).getByRole('link', { name: 'English' }).click();
    await expect.poll(() => routeOf(page)).toBe(`/news/${slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText(enArticles.find((a) => a.slug === slug)!.title);
  });
});
