import { test, expect, open, rel, routeOf, canonical, appReady } from './fixtures';
import * as fs from 'fs';

const EWRC = 'Webinar at EWRC – International Urban Cooperation – China, India, Japan';
const WEEK = 'European Week of Regions and Cities 2020';
const GRANADA = 'Granada webinars: blockchain for smart cities, the circular economy and biotech';
const EIRI = 'EIRI Chengdu – The 2nd Energy Internet International Innovation and Entrepreneurship Summit';

// The EWRC webinar: 13 October 2020, 09:30–11:00 Brussels time (CEST, UTC+2).
for (const [zone, local] of [
  ['UTC', /\(07:30–09:00 your time, UTC\)/],
  ['Asia/Shanghai', /\(15:30–17:00 your time, (CST|GMT\+8)\)/],
  ['America/New_York', /\(03:30–05:00 your time, (EDT|GMT-4)\)/],
  ['Europe/Brussels', null],
] as const) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });
    test(`the EWRC webinar shows 09:30–11:00 Brussels time and the visitor's time`, async ({ page }) => {
      await open(page, '/events/ewrc-2020-iuc-webinar/');
      const when = page.locator('dl.facts time');
      await expect(when).toHaveAttribute('datetime', '2020-10-13T09:30:00+02:00');
      if (local) {
        await expect(when).toHaveText(new RegExp(`^Tue 13 Oct 2020, 09:30–11:00 CEST ${local.source}$`));
      } else {
        // A visitor in the event's own time zone gets no second time.
        await expect(when).toHaveText('Tue 13 Oct 2020, 09:30–11:00 CEST');
      }
    });
  });
}

test.describe('a visitor in UTC', () => {
  test.use({ timezoneId: 'UTC' });
  test('sees the Granada webinar in Madrid time and in their own', async ({ page }) => {
    await open(page, '/events/granada-blockchain-webinars/');
    await expect(page.locator('dl.facts time')).toHaveText(/^Mon 19 Oct 2020, 08:30–10:00 (CEST|GMT\+2) \(06:30–08:00 your time, UTC\)$/);
  });
  test('sees an all-day, multi-day event as dates only', async ({ page }) => {
    await open(page, '/events/eiri-chengdu-energy-internet-summit/');
    await expect(page.locator('dl.facts time')).toHaveText('Thu 15 – Sat 17 Oct 2020');
    await expect(page.getByText('The old site\'s calendar listed this event on 19 October 2020')).toBeVisible();
  });
});

test('every event reaches the browser with its zone named, so no page pays for Intl', async ({ page }) => {
  // The build names each event's zone ("CEST"; "GMT+7" where the zone
  // database has only a number, as for Ho Chi Minh City). An unnamed one
  // would make the app ask the browser's Intl, whose first use costs a
  // visit about 30 ms of main thread.
  await page.addInitScript(() => {
    const Real = Intl.DateTimeFormat;
    (window as any).intlCalls = 0;
    Intl.DateTimeFormat = function (...args: any[]) {
      (window as any).intlCalls++;
      return new (Real as any)(...args);
    } as any;
  });
  for (const path of ['/events/?view=past', '/events/?view=month&month=2020-10', '/events/da-nang-ghg-inventory-workshop-october-2020/', '/events/malaysia-gcom-national-launch/', '/']) {
    await open(page, path);
    await expect(page.locator('main time').first()).toBeVisible();
    expect(await page.evaluate(() => (window as any).intlCalls), path).toBe(0);
  }
});

test('an event page gives venue, organiser, category, language, speakers and source', async ({ page }) => {
  await open(page, '/events/ewrc-2020-iuc-webinar/');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Online');
  await expect(facts).toContainText('European Commission – DG REGIO');
  await expect(facts).toContainText('Cohesion and cooperation');
  await expect(facts).toContainText('English');
  const speakers = page.locator('ul.speakers > li');
  await expect(speakers).toHaveCount(13);
  await expect(page.locator('ul.speakers')).toContainText('Betina Stollar, Programme Director for Asia-Pacific');
  // Names as corrected by the review.
  await expect(page.locator('ul.speakers')).toContainText('Yohei Watanabe');
  await expect(page.locator('ul.speakers')).toContainText('Patrick Maurelli');
  await expect(page.getByRole('heading', { name: 'Programme' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'https://ec.europa.eu/regional_policy/en/policy/cooperation/international/' })).toBeVisible();
  const google = page.getByRole('link', { name: /Add to Google Calendar/ });
  await expect(google).toHaveAttribute('href', /dates=20201013T073000Z%2F20201013T090000Z/);
  await expect(google).toHaveAttribute('href', /ctz=Europe%2FBrussels/);
  // The event's address in the invitation is its canonical one.
  const details = new URL((await google.getAttribute('href'))!).searchParams.get('details');
  expect(details).toContain(canonical('/events/ewrc-2020-iuc-webinar/'));
});

test('downloading the .ics gives the right DTSTART', async ({ page }) => {
  await open(page, '/events/ewrc-2020-iuc-webinar/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download .ics file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ewrc-2020-iuc-webinar.ics');
  // Long lines are folded (RFC 5545 §3.1); unfold them to read the values.
  const text = fs.readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('\r\nDTSTART:20201013T073000Z\r\n');
  expect(text).toContain('\r\nDTEND:20201013T090000Z\r\n');
  expect(text).toContain('UID:ewrc-2020-iuc-webinar@iuc-asia.eu');
  expect(text).toContain(`\r\nURL:${canonical('/events/ewrc-2020-iuc-webinar/')}\r\n`);
});

test('the month view for October 2020 is a table with the events on their days', async ({ page }) => {
  await open(page, '/events/?view=month&month=2020-10');
  const table = page.getByRole('table', { name: 'Events in October 2020' });
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(7);
  await expect(table.locator('thead th').first()).toContainText('Monday');
  const cell = (day: string) => table.locator(`td:has(time[datetime="${day}"])`);
  await expect(cell('2020-10-13').getByRole('link')).toHaveText([WEEK, EWRC]);
  await expect(cell('2020-10-19').getByRole('link')).toHaveText([WEEK, GRANADA]);
  for (const d of ['2020-10-15', '2020-10-16', '2020-10-17']) {
    await expect(cell(d).getByRole('link', { name: /EIRI Chengdu/ })).toHaveCount(1);
  }
  await expect(cell('2020-10-18').getByRole('link', { name: /EIRI Chengdu/ })).toHaveCount(0);
  await expect(cell('2020-10-08').getByRole('link')).toHaveText([WEEK, 'Da Nang workshop on the city\'s greenhouse gas inventory']);
  // The week ran from 5 to 22 October (its end, midnight of the 23rd, is exclusive).
  await expect(cell('2020-10-22').getByRole('link', { name: WEEK })).toHaveCount(1);
  await expect(cell('2020-10-23').getByRole('link')).toHaveCount(0);
  await expect(cell('2020-10-04').getByRole('link')).toHaveCount(0);
  // The first of October 2020 was a Thursday: three empty cells before it.
  await expect(table.locator('tbody tr').first().locator('td.outside')).toHaveCount(3);
  await page.getByRole('link', { name: 'November 2020 →' }).click();
  await expect(page.getByRole('heading', { name: 'November 2020', level: 2 })).toBeVisible();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=month&month=2020-11');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'October 2020', level: 2 })).toBeVisible();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=month&month=2020-10');
});

test('the month links stop a month beyond the events, and every month view is noindex', async ({ page }) => {
  // The fixture's events run from March 2017 to October 2020.
  const nav = page.getByRole('navigation', { name: 'Months' });
  await open(page, '/events/?view=month&month=2020-11');
  await expect(page.getByRole('heading', { name: 'November 2020', level: 2 })).toBeVisible();
  await expect(nav.getByRole('link', { name: '← October 2020' })).toBeVisible();
  await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await open(page, '/events/?view=month&month=2017-02');
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'March 2017 →' })).toBeVisible();
  // Far outside the range, "previous" leads straight back to the last month.
  await open(page, '/events/?view=month&month=2031-05');
  await expect(nav.getByRole('link', { name: '← November 2020' })).toBeVisible();
  await expect(nav.locator('a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test('a busy day shows the first events and a real "+N more" link to the day', async ({ page }) => {
  await page.route('**/content/events/year/2020.json', async (route) => {
    const res = await route.fetch();
    const data = await res.json();
    const base = data.events.find((e: any) => e.slug === 'ewrc-2020-iuc-webinar');
    for (let i = 1; i <= 3; i++) {
      data.events.push({ ...base, slug: `extra-session-${i}`, title: `Extra session ${i}`, start: `2020-10-19T1${i}:00:00+02:00`, end: `2020-10-19T1${i}:30:00+02:00` });
    }
    await route.fulfill({ response: res, body: JSON.stringify(data) });
  });
  await open(page, '/events/?view=month&month=2020-10');
  // The week, Granada's webinars and three extra sessions: five events.
  const cell = page.locator('td:has(time[datetime="2020-10-19"])');
  await expect(cell.locator('ul > li')).toHaveCount(2);
  const more = cell.getByRole('link', { name: '3 more events on Mon 19 Oct 2020' });
  await expect(more).toHaveText('+3 more');
  await more.click();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=day&date=2020-10-19');
  await expect(page.getByRole('heading', { name: 'Events on Mon 19 Oct 2020' })).toBeVisible();
  await expect(page.locator('.event-list > li')).toHaveCount(5);
  await expect(page.locator('.event-list > li h3')).toContainText(['Extra session 1', 'Extra session 2', 'Extra session 3']);
  await page.getByRole('link', { name: 'Back to October 2020' }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=month&month=2020-10');
});

test('the month view can be used from the keyboard', async ({ page }) => {
  await open(page, '/events/?view=month&month=2020-10');
  const prev = page.getByRole('link', { name: '← September 2020' });
  await prev.focus();
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
  }
  expect(order[0]).toBe('This month');
  expect(order[1]).toBe('November 2020 →');
  // Then the events of the month, in the order of their days: the week starts on the 5th.
  expect(order[2]).toBe(WEEK);
  expect(order[3]).toBe(WEEK);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => routeOf(page)).toMatch(/^\/events\/[a-z0-9-]+\/$/);
});

test('moving between months and views keeps the calendar where it was on screen', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await open(page, '/events/?view=month&month=2020-09');
  const nav = page.locator('.month-nav');
  // A visitor who has scrolled down to the calendar's links.
  await nav.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
  const top = () => nav.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await top()).toBe(120);
  const next = page.getByRole('link', { name: 'October 2020 →' });
  await next.click();
  await expect(page.locator('table.calendar caption')).toHaveText('Events in October 2020');
  expect(await top(), 'the page did not jump to its top').toBe(120);
  // Focus stays on the link the visitor used (it now names the next month).
  await expect(page.getByRole('link', { name: 'November 2020 →' })).toBeFocused();
  const views = page.getByRole('navigation', { name: 'Calendar views' });
  await views.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 60));
  const viewsTop = () => views.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const before = await viewsTop();
  expect(before).toBe(60);
  await views.getByRole('link', { name: 'Past events' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Past events' })).toBeVisible();
  expect(await viewsTop()).toBe(before);
});

test('a link that the new view replaces hands focus to the heading in view, not to the document', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await open(page, '/events/?view=month&month=2020-09');
  const nav = page.locator('.month-nav');
  await nav.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
  // "This month" is not offered on this month's own view: the link goes.
  await page.getByRole('link', { name: 'This month' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'This month' })).toHaveCount(0);
  // The visitor's month, whose view is shorter here (no events): the
  // heading above the month links, not the next one that came into view.
  const month = page.locator('h2#month-heading');
  await expect(month).toBeFocused();
  await expect(month).toBeInViewport();
  // From there, Tab goes on to the month links just below it.
  await page.keyboard.press('Tab');
  await expect(page.locator('.month-nav a').first()).toBeFocused();
  // "Clear filters" goes with the filters, and the router goes to the top:
  // focus goes to the page's heading.
  await open(page, '/events/?view=past&category=climate-action');
  await page.getByRole('link', { name: 'Clear filters' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => routeOf(page)).toBe('/events/?view=past');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('on a narrow screen the month becomes a list of days with events', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/events/?view=month&month=2020-10');
  await expect(page.locator('table.calendar thead')).toBeHidden();
  const days = page.locator('table.calendar td.busy .full-date');
  await expect(days.first()).toBeVisible();
  await expect(days.first()).toHaveText('Mon 5 Oct 2020');
  // Days without events are not listed.
  await expect(page.locator('td:has(time[datetime="2020-10-01"])')).toBeHidden();
  await expect(page.locator('td:has(time[datetime="2020-10-13"])').getByRole('link', { name: EWRC })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('filters live in the URL and survive a reload', async ({ page }) => {
  await open(page, '/events/?view=past');
  const items = page.locator('.event-list > li');
  await expect(items).toHaveCount(15);
  await expect(page.getByRole('status').filter({ hasText: 'past events' })).toHaveText('15 past events · Page 1 of 1');
  await page.getByLabel('Category').selectOption({ label: 'Climate action' });
  await expect.poll(() => routeOf(page)).toBe('/events/?view=past&category=climate-action');
  await expect(items).toHaveCount(7);
  await page.getByLabel('Organiser').selectOption({ label: 'Da Nang City' });
  await expect(items).toHaveCount(2);
  await expect(items.locator('h3')).toHaveText([
    'Da Nang workshop on the city\'s greenhouse gas inventory',
    'Da Nang training and workshop on its Climate Action Plan',
  ]);
  await page.reload();
  await appReady(page);
  await expect(items).toHaveCount(2);
  await expect(page.getByLabel('Organiser')).toHaveValue('da-nang-city');
  await expect(page.getByLabel('Category')).toHaveValue('climate-action');
  await items.getByRole('link', { name: 'Da Nang training and workshop on its Climate Action Plan' }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/da-nang-climate-action-plan-workshop-july-2020/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Da Nang training and workshop on its Climate Action Plan');
  await page.goBack();
  await expect(items).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Calendar views' }).getByRole('link', { name: 'Month' }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=month&category=climate-action&organiser=da-nang-city');
  await page.getByRole('search', { name: 'Filter events' }).getByLabel('Language').selectOption('English');
  await expect(page.getByRole('status').filter({ hasText: 'month' })).toBeVisible();
});

test('with no upcoming events, the list view says so and points to the past', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
  await open(page, '/events/');
  await expect(page.getByText('No upcoming events are scheduled.')).toBeVisible();
  await page.getByRole('link', { name: 'past events', exact: true }).click();
  await expect.poll(() => routeOf(page)).toBe('/events/?view=past');
  await expect(page.locator('.event-list > li h3').first()).toHaveText(GRANADA);
  await expect(page.locator('.event-list > li h3').nth(1)).toHaveText(EIRI);
  await expect(page.locator('.event-list > li h3').nth(2)).toHaveText(EWRC);
});

test('before the programme, every event is upcoming, in time order and paged', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2017-01-01T00:00:00Z'));
  await open(page, '/events/');
  await expect(page.getByRole('status').filter({ hasText: 'upcoming' })).toHaveText('15 upcoming events · Page 1 of 1');
  await expect(page.locator('.event-list > li h3').first()).toHaveText('Launch of EU–China city-to-city cooperation in Beijing');
  await expect(page.locator('.month-heading').first()).toHaveText('March 2017');
});

test('upcoming events follow the visitor clock', async ({ page }) => {
  // 07:00 UTC on 19 October 2020: Granada's webinar (06:30–08:00 UTC) is under way, so still upcoming.
  await page.clock.setFixedTime(new Date('2020-10-19T07:00:00Z'));
  await open(page, '/events/');
  const titles = page.locator('.event-list > li h3');
  await expect(titles).toHaveText([WEEK, GRANADA]);
});

test('after the last session of the day, only the running week is upcoming', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-10-19T08:30:00Z'));
  await open(page, '/events/');
  await expect(page.locator('.event-list > li h3')).toHaveText([WEEK]);
});

test.describe('unknown event', () => {
  test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*not-an-event/] });
  test('an unknown event answers 404 and says so', async ({ page }) => {
    const res = await page.goto(rel('/events/not-an-event/'));
    expect(res?.status()).toBe(404);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event not found');
    await expect(page).toHaveTitle('Event not found – IUC Asia');
    await page.getByRole('main').getByRole('link', { name: 'Event calendar' }).click();
    await expect.poll(() => routeOf(page)).toBe('/events/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
  });
});

test('a bad month in the address says so', async ({ page }) => {
  await open(page, '/events/?view=month&month=2020-13');
  await expect(page.getByText('The calendar could not read the month “2020-13” in the address')).toBeVisible();
  // The year 0 (T19) and a signed year are no months either.
  for (const month of ['0000-01', '+202-01']) {
    await open(page, `/events/?view=month&month=${encodeURIComponent(month)}`);
    await expect(page.getByText(`The calendar could not read the month “${month}” in the address`)).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('January 0');
  }
});

test('no raw or garbled dates anywhere in the calendar', async ({ page }) => {
  for (const path of ['/events/?view=past', '/events/?view=month&month=2020-10', '/events/ewrc-2020-iuc-webinar/', '/events/eiri-chengdu-energy-internet-summit/', '/']) {
    await open(page, path);
    await expect(page.locator('main')).not.toContainText(/E000000|\+0000|undefined|NaN|Invalid Date|T\d\d:\d\d:\d\d/);
  }
});

test.describe('calendar subscriptions', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** The subscribe links of the page, checked against one calendar's address. */
  async function expectSubscribeLinks(page: import('@playwright/test').Page, path: string, name: string) {
    const section = page.getByRole('region', { name: 'Subscribe' });
    const https = canonical(path);
    const webcal = https.replace(/^https:/, 'webcal:');
    await expect(section.getByRole('link', { name: 'Apple Calendar and other apps' })).toHaveAttribute('href', webcal);
    const google = new URL(await section.getByRole('link', { name: /^Google Calendar/ }).getAttribute('href') ?? '');
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe(webcal);
    for (const [label, host] of [['Outlook.com', 'outlook.live.com'], ['Outlook for work or school', 'outlook.office.com']]) {
      const u = new URL(await section.getByRole('link', { name: new RegExp(`^${label}`) }).getAttribute('href') ?? '');
      expect(u.host).toBe(host);
      expect(u.pathname).toBe('/calendar/0/addfromweb');
      expect(u.searchParams.get('url')).toBe(https);
      expect(u.searchParams.get('name')).toBe(name);
    }
    await expect(section.getByLabel('Calendar address, for any other app')).toHaveValue(https);
    // The calendar behind the links is served, as text/calendar.
    const res = await page.request.get(rel(path));
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/calendar');
    return (await res.text()).replace(/\r\n[ \t]/g, '');
  }

  test('/events offers every way to subscribe, and a category filter narrows it', async ({ page }) => {
    await open(page, '/events/');
    const all = await expectSubscribeLinks(page, '/events.ics', 'IUC Asia events');
    expect(all.match(/BEGIN:VEVENT/g)?.length).toBe(15);
    // The copy button works from the keyboard and says so.
    const copy = page.getByRole('button', { name: 'Copy address' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Subscribe' }).getByRole('status')).toHaveText('Address copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical('/events.ics'));
    // With a category chosen, the links lead to that category's calendar.
    await page.getByLabel('Category').selectOption('climate-action');
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('climate-action');
    const climate = await expectSubscribeLinks(page, '/calendars/climate-action.ics', 'IUC Asia events: Climate action');
    const count = climate.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(15);
  });

  test('an event page offers the subscription, Outlook and Google add links, and a copy-link share button', async ({ page }) => {
    await open(page, '/events/ewrc-2020-iuc-webinar/');
    await expectSubscribeLinks(page, '/events.ics', 'IUC Asia events');
    const outlook = new URL(await page.getByRole('link', { name: /^Add to Outlook\.com/ }).getAttribute('href') ?? '');
    expect(outlook.host).toBe('outlook.live.com');
    expect(outlook.searchParams.get('startdt')).toBe('2020-10-13T07:30:00Z');
    expect(outlook.searchParams.get('subject')).toBe(EWRC);
    const share = page.getByRole('group', { name: 'Share this page' });
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical('/events/ewrc-2020-iuc-webinar/'));
  });

  test('a cancelled event says so on its card and its page', async ({ page }) => {
    await open(page, '/events/?view=past');
    const card = page.locator('li.event-item').filter({ hasText: 'Smart city roundtable in Rome' });
    await expect(card.locator('.badge')).toHaveText('Cancelled');
    await card.getByRole('link').first().click();
    await expect(page.locator('main .badge')).toHaveText('Cancelled');
    await expect(page.locator('li.event-item .badge')).toHaveCount(0);
  });
});

test('the calendar feed is served as text/calendar', async ({ page, request }) => {
  await open(page, '/events/');
  const res = await request.get(rel('/events.ics'));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = (await res.text()).replace(/\r\n[ \t]/g, '');
  expect(body.match(/BEGIN:VEVENT/g)?.length).toBe(15);
  expect(body).toContain('UID:da-nang-climate-action-plan-workshop-july-2020@iuc-asia.eu');
  // Each event links to its page at its canonical address.
  const urls = [...body.matchAll(/\r\nURL:(\S+)\r\n/g)].map((m) => m[1]);
  expect(urls).toHaveLength(15);
  expect(urls).toContain(canonical('/events/ewrc-2020-iuc-webinar/'));
});
