import { test, expect, open, rel, routeOf } from './fixtures';
import * as fs from 'fs';

const EWRC = 'Webinar at EWRC – International Urban Cooperation – China, India, Japan';

for (const [zone, local] of [
  ['UTC', null],
  ['Asia/Shanghai', /\(17:30–19:00 your time, (CST|GMT\+8)\)/],
  ['America/New_York', /\(05:30–07:00 your time, (EDT|GMT-4)\)/],
] as const) {
  test.describe(`in ${zone}`, () => {
    test.use({ timezoneId: zone });
    test(`the EWRC webinar shows 09:30–11:00 UTC and the visitor's time`, async ({ page }) => {
      await open(page, '/events/ewrc-2020-iuc-webinar');
      const when = page.locator('dl.facts time');
      await expect(when).toHaveAttribute('datetime', '2020-10-19T09:30:00+00:00');
      if (local) {
        await expect(when).toHaveText(new RegExp(`^Mon 19 Oct 2020, 09:30–11:00 UTC ${local.source}$`));
      } else {
        await expect(when).toHaveText('Mon 19 Oct 2020, 09:30–11:00 UTC');
      }
    });
  });
}

test.describe('a visitor in UTC', () => {
  test.use({ timezoneId: 'UTC' });
  test('sees the Granada webinar in Madrid time and in their own', async ({ page }) => {
    await open(page, '/events/granada-blockchain-webinars');
    await expect(page.locator('dl.facts time')).toHaveText(/^Mon 19 Oct 2020, 10:30–12:00 (CEST|GMT\+2) \(08:30–10:00 your time, UTC\)$/);
  });
  test('sees an all-day, multi-day event as dates only', async ({ page }) => {
    await open(page, '/events/eiri-chengdu-energy-internet-summit');
    await expect(page.locator('dl.facts time')).toHaveText('Thu 15 – Sat 17 Oct 2020');
    await expect(page.getByText('The old site\'s calendar listed this event on 19 October 2020')).toBeVisible();
  });
});

test('an event page gives venue, organiser, category, language, speakers and source', async ({ page }) => {
  await open(page, '/events/ewrc-2020-iuc-webinar');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('Online');
  await expect(facts).toContainText('European Commission – DG REGIO');
  await expect(facts).toContainText('Cohesion and Cooperation');
  await expect(facts).toContainText('English');
  await expect(page.locator('ul.speakers > li')).toHaveCount(13);
  await expect(page.locator('ul.speakers')).toContainText('Betina Stollar, Programme Director for Asia-Pacific');
  await expect(page.getByRole('heading', { name: 'Programme' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Add to Google Calendar/ })).toHaveAttribute('href', /dates=20201019T093000Z%2F20201019T110000Z/);
});

test('downloading the .ics gives the right DTSTART', async ({ page }) => {
  await open(page, '/events/ewrc-2020-iuc-webinar');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download .ics file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ewrc-2020-iuc-webinar.ics');
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).toContain('\r\nDTSTART:20201019T093000Z\r\n');
  expect(text).toContain('\r\nDTEND:20201019T110000Z\r\n');
  expect(text).toContain('UID:ewrc-2020-iuc-webinar@iuc-asia.eu');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
});

test('the month view for October 2020 is a table with the seed events on their days', async ({ page }) => {
  await open(page, '/events?view=month&month=2020-10');
  const table = page.getByRole('table', { name: 'Events in October 2020' });
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(7);
  await expect(table.locator('thead th').first()).toContainText('Monday');
  const cell = (day: string) => table.locator(`td:has(time[datetime="${day}"])`);
  await expect(cell('2020-10-19').getByRole('link')).toHaveText([
    'European Week of Regions and Cities 2020',
    'Granada webinars: blockchain for smart cities, the circular economy and biotech',
    EWRC,
  ]);
  for (const d of ['2020-10-15', '2020-10-16', '2020-10-17']) {
    await expect(cell(d).getByRole('link', { name: /EIRI Chengdu/ })).toHaveCount(1);
  }
  await expect(cell('2020-10-18').getByRole('link', { name: /EIRI Chengdu/ })).toHaveCount(0);
  await expect(cell('2020-10-08').getByRole('link')).toHaveText(['European Week of Regions and Cities 2020', 'Da Nang workshop on the city\'s greenhouse gas inventory']);
  // The first of October 2020 was a Thursday: three empty cells before it.
  await expect(table.locator('tbody tr').first().locator('td.outside')).toHaveCount(3);
  await page.getByRole('link', { name: 'November 2020 →' }).click();
  await expect(page.getByRole('heading', { name: 'November 2020', level: 2 })).toBeVisible();
  expect(routeOf(page)).toBe('/events?view=month&month=2020-11');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'October 2020', level: 2 })).toBeVisible();
});

test('a busy day shows the first events and a real "+N more" link to the day', async ({ page }) => {
  await page.route('**/content/events.json', async (route) => {
    const res = await route.fetch();
    const data = await res.json();
    const base = data.events.find((e: any) => e.slug === 'ewrc-2020-iuc-webinar');
    for (let i = 1; i <= 3; i++) {
      data.events.push({ ...base, slug: `extra-session-${i}`, title: `Extra session ${i}`, start: `2020-10-19T1${i}:00:00+00:00`, end: `2020-10-19T1${i}:30:00+00:00` });
    }
    await route.fulfill({ response: res, body: JSON.stringify(data) });
  });
  await open(page, '/events?view=month&month=2020-10');
  const cell = page.locator('td:has(time[datetime="2020-10-19"])');
  await expect(cell.locator('ul > li')).toHaveCount(2);
  const more = cell.getByRole('link', { name: '4 more events on Mon 19 Oct 2020' });
  await expect(more).toHaveText('+4 more');
  await more.click();
  expect(routeOf(page)).toBe('/events?view=day&date=2020-10-19');
  await expect(page.getByRole('heading', { name: 'Events on Mon 19 Oct 2020' })).toBeVisible();
  await expect(page.locator('.event-list > li')).toHaveCount(6);
  await page.getByRole('link', { name: 'Back to October 2020' }).click();
  expect(routeOf(page)).toBe('/events?view=month&month=2020-10');
});

test('the month view can be used from the keyboard', async ({ page }) => {
  await open(page, '/events?view=month&month=2020-10');
  const prev = page.getByRole('link', { name: '← September 2020' });
  await prev.focus();
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim()));
  }
  expect(order[0]).toBe('This month');
  expect(order[1]).toBe('November 2020 →');
  // Then the events of the month, in the order of their days.
  expect(order[2]).toBe('European Week of Regions and Cities 2020');
  expect(order[3]).toBe('European Week of Regions and Cities 2020');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(routeOf(page)).toMatch(/^\/events\//);
});

test('on a narrow screen the month becomes a list of days with events', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/events?view=month&month=2020-10');
  await expect(page.locator('table.calendar thead')).toBeHidden();
  const days = page.locator('table.calendar td.busy .full-date');
  await expect(days.first()).toBeVisible();
  await expect(days.first()).toHaveText('Mon 5 Oct 2020');
  // Days without events are not listed.
  await expect(page.locator('td:has(time[datetime="2020-10-01"])')).toBeHidden();
  await expect(page.locator('td:has(time[datetime="2020-10-19"])').getByRole('link', { name: EWRC })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('filters live in the URL and survive a reload', async ({ page }) => {
  await open(page, '/events?view=past');
  const items = page.locator('.event-list > li');
  await expect(items).toHaveCount(15);
  await expect(page.getByRole('status').filter({ hasText: 'past events' })).toHaveText('15 past events · Page 1 of 1');
  await page.getByLabel('Category').selectOption({ label: 'Climate action' });
  expect(routeOf(page)).toBe('/events?view=past&category=climate-action');
  await expect(items).toHaveCount(7);
  await page.getByLabel('Organiser').selectOption({ label: 'Da Nang City' });
  await expect(items).toHaveCount(2);
  await page.reload();
  await expect(items).toHaveCount(2);
  await expect(page.getByLabel('Organiser')).toHaveValue('da-nang-city');
  await page.getByRole('navigation', { name: 'Calendar views' }).getByRole('link', { name: 'Month' }).click();
  expect(routeOf(page)).toBe('/events?view=month&category=climate-action&organiser=da-nang-city');
  await page.getByLabel('Language').selectOption('English');
  await expect(page.getByRole('status').filter({ hasText: 'month' })).toBeVisible();
});

test('with no upcoming events, the list view says so and points to the past', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'));
  await open(page, '/events');
  await expect(page.getByText('No upcoming events are scheduled.')).toBeVisible();
  await page.getByRole('link', { name: 'past events', exact: true }).click();
  expect(routeOf(page)).toBe('/events?view=past');
  await expect(page.locator('.event-list > li h3').first()).toHaveText(EWRC);
});

test('before the programme, every event is upcoming, in time order and paged', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2017-01-01T00:00:00Z'));
  await open(page, '/events');
  await expect(page.getByRole('status').filter({ hasText: 'upcoming' })).toHaveText('15 upcoming events · Page 1 of 1');
  await expect(page.locator('.event-list > li h3').first()).toHaveText('Launch of EU–China city-to-city cooperation in Beijing');
  await expect(page.locator('.month-heading').first()).toHaveText('March 2017');
});

test('upcoming events follow the visitor clock', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-10-19T10:00:00Z'));
  await open(page, '/events');
  // The EWRC webinar is under way, so still upcoming; Granada's has ended.
  const titles = page.locator('.event-list > li h3');
  await expect(titles).toHaveText(['European Week of Regions and Cities 2020', EWRC]);
});

test('an unknown event and a bad month say so', async ({ page }) => {
  await open(page, '/events/not-an-event');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event not found');
  await page.getByRole('main').getByRole('link', { name: 'Event calendar' }).click();
  expect(routeOf(page)).toBe('/events');
  await open(page, '/events?view=month&month=2020-13');
  await expect(page.getByText('The calendar could not read the month “2020-13” in the address')).toBeVisible();
});

test('no raw or garbled dates anywhere in the calendar', async ({ page }) => {
  for (const path of ['/events?view=past', '/events?view=month&month=2020-10', '/events/ewrc-2020-iuc-webinar', '/events/eiri-chengdu-energy-internet-summit', '/']) {
    await open(page, path);
    await expect(page.locator('main')).not.toContainText(/E000000|\+0000|undefined|NaN|Invalid Date|T\d\d:\d\d:\d\d/);
  }
});

test('the calendar feed is linked and served as text/calendar', async ({ page, request }) => {
  await open(page, '/events');
  await expect(page.getByRole('link', { name: 'Subscribe to the calendar (events.ics)' })).toBeVisible();
  const res = await request.get(rel('/events.ics'));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/calendar');
  const body = await res.text();
  expect(body.match(/BEGIN:VEVENT/g)?.length).toBe(15);
});
