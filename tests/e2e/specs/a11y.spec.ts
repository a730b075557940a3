import { test, expect, open, rel, routeOf, axeRun, pageStates } from './fixtures';

// axe-core is injected as a script; the CSP (rightly) forbids that, so this
// file alone lets the browser bypass it.
test.use({ bypassCSP: true });


const routes = pageStates('climate', 'zeppelin');

for (const width of [1280, 360]) {
  test.describe(`${width}px wide`, () => {
    // The not-found pages answer 404 (and an unknown article's file is missing).
    test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*(no\/such\/page|no-such-article)/] });
    for (const [name, route] of routes) {
      test(`axe finds no WCAG 2.0/2.1/2.2 A or AA violation: ${name}`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await open(page, route);
        await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
        await expect(page.locator('.loading')).toHaveCount(0);
        const result = await axeRun(page);
        expect(result.violations).toEqual([]);
        // axe did look: the rules that apply to every page passed, target size (2.2) among them.
        expect(result.checked).toEqual(expect.arrayContaining(['document-title', 'html-has-lang', 'color-contrast', 'target-size']));
      });
    }
  });
}

test('axe finds no violation on the page the build wrote, before the app runs', async ({ page }) => {
  await page.route('**/*_bg.wasm', () => {}); // never answered: the prerendered page stays
  for (const route of ['/', '/news/', '/events/', '/city-cooperation/', '/covenant/']) {
    await page.goto(rel(route));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
    const result = (await axeRun(page)).violations;
    expect(result, route).toEqual([]);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(0);
  }
});

for (const width of [1280, 360]) {
  test(`every interactive element is reachable by Tab and shows a visible focus style (${width}px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const route of ['/', '/news/', '/events/?view=month&month=2020-10', '/city-cooperation/', '/covenant/']) {
      await open(page, route);
      await expect(page.locator('.loading')).toHaveCount(0);
      const expected = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('a[href], button, select, input, [tabindex="0"]'))
          .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
          .filter((el) => !el.closest('[inert]')).length);
      const seen = new Set<string>();
      const unstyled: string[] = [];
      await page.locator('body').focus();
      for (let i = 0; i < expected + 5; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const id = el.tagName + '|' + (el.getAttribute('href') ?? el.id ?? '') + '|' + el.textContent?.trim().slice(0, 40) + '|' + Math.round(el.getBoundingClientRect().top + window.scrollY) + ':' + Math.round(el.getBoundingClientRect().left);
          return { id, visible };
        });
        if (!info) continue;
        seen.add(info.id);
        if (!info.visible) unstyled.push(info.id);
      }
      expect(unstyled, `${route}: elements without a visible focus style`).toEqual([]);
      // The skip link is hidden until focused, so count it among the reachable.
      expect(seen.size, `${route}: reachable by Tab`).toBeGreaterThanOrEqual(expected);
    }
  });
}

test('controls work from the keyboard alone', async ({ page }) => {
  await open(page, '/city-cooperation/');
  await page.getByLabel('Round').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.pairing-list > li')).toHaveCount(4);
  await expect.poll(() => routeOf(page)).toBe('/city-cooperation/?round=2017');
  await open(page, '/news/');
  await page.getByLabel('Search news').focus();
  await page.keyboard.type('korea');
  const cards = page.locator('.grid.cards > article');
  await expect(cards).toHaveCount(1);
  const link = cards.getByRole('heading').getByRole('link');
  await expect(link).toHaveText('Korean and other Asian cities meet in Gwangju to align climate plans');
  // Tab from the search box to the article's link, then follow it.
  for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korean and other Asian cities meet in Gwangju to align climate plans');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => routeOf(page)).toBe('/news/korea-workshop-gwangju/');
});
