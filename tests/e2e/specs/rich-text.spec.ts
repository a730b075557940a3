import { test, expect, open, appReady, rel, routeOf, axeRun, holdWasm, urlOf } from './fixtures';

// The fixture article whose body (Markdown) has a link, a link to another
// page of the site, a subheading, a bulleted and a numbered list, a quote
// and a figure with its caption, in both editions.
const ARTICLE = '/news/roadshow-can-tho-da-nang-tam-ky/';

const editions = [
  { pre: '', h2: 'The three cities', h3: 'What the itinerary covered', caption: "The roadshow's three stops", covenant: 'Global Covenant of Mayors', external: 'UN-Habitat', quote: 'Can Tho had signed up' },
  { pre: '/zh-hans', h2: '走访的三座城市', h3: '行程安排', caption: '路演的三站', covenant: '全球市长盟约', external: '联合国人居署', quote: '芹苴已于2019年2月签署' },
];

for (const e of editions) {
  const path = `${e.pre}${ARTICLE}`;
  const text = (page: import('@playwright/test').Page) => page.locator('article .rich');

  async function expectElements(page: import('@playwright/test').Page) {
    const body = text(page);
    await expect(body.getByRole('heading', { level: 2, name: e.h2 })).toBeVisible();
    await expect(body.getByRole('heading', { level: 3, name: e.h3 })).toBeVisible();
    await expect(body.locator('ul > li')).toHaveCount(3);
    await expect(body.locator('ol > li')).toHaveCount(2);
    await expect(body.locator('blockquote')).toContainText(e.quote);
    const figure = body.getByRole('figure');
    await expect(figure.locator('figcaption')).toHaveText(e.caption);
    await expect(figure.getByRole('img')).toHaveAttribute('width', '1200');
    // Links to the site lead into the reader's own edition.
    const covenant = body.getByRole('link', { name: e.covenant });
    await expect(covenant).toHaveAttribute('href', `${e.pre ? 'zh-hans/' : ''}covenant/`);
    expect(await covenant.evaluate((a: HTMLAnchorElement) => a.href)).toBe(urlOf(`${e.pre}/covenant/`));
    await expect(body.getByRole('link', { name: e.external })).toHaveAttribute('href', 'https://unhabitat.org/');
    // No Markdown syntax reaches the page.
    await expect(body).not.toContainText('**');
    await expect(body).not.toContainText('](');
  }

  test.describe(`rich text ${e.pre || '/'}`, () => {
    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      test('the page the build wrote has every element', async ({ page }) => {
        await page.goto(rel(path));
        await expectElements(page);
      });
    });

    test('the app shows the same text, element for element', async ({ page }) => {
      // The elements and text, without the comments the framework keeps
      // as its markers, and without the empty style attribute that a part
      // held below the fold keeps once released (takeover.rs: removing it
      // would cost the wasm bytes it does not have; it changes nothing drawn).
      const html = () => text(page).evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        const walk = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
        const comments: Node[] = [];
        while (walk.nextNode()) comments.push(walk.currentNode);
        for (const c of comments) c.parentNode!.removeChild(c);
        for (const e of copy.querySelectorAll('[style=""]')) e.removeAttribute('style');
        return copy.innerHTML;
      });
      const release = await holdWasm(page);
      await page.goto(rel(path));
      const before = await html();
      release();
      await appReady(page);
      await expectElements(page);
      expect(await html()).toBe(before);
    });

    test('a link to another page of the site opens it in the app', async ({ page }) => {
      await open(page, path);
      await text(page).getByRole('link', { name: e.covenant }).click();
      await expect.poll(() => routeOf(page)).toBe(`${e.pre}/covenant/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test.describe('rich text and accessibility', () => {
  test.use({ bypassCSP: true });
  for (const e of editions) {
    test(`axe finds no violation in the rich article ${e.pre || '/'}`, async ({ page }) => {
      await open(page, `${e.pre}${ARTICLE}`);
      const result = await axeRun(page);
      expect(result.violations).toEqual([]);
    });
  }
});

test('search finds words in list items and link texts, never the syntax or addresses', async ({ page }) => {
  const cards = page.locator('.grid.cards > article');
  // "invitation" is only in a numbered list item, "report" only in a link's text.
  for (const word of ['invitation', 'report']) {
    await open(page, `/news/?q=${word}`);
    await expect(cards.getByRole('heading', { name: 'Roadshow visits Can Tho, Da Nang and Tam Ky' })).toBeVisible();
  }
  // "unhabitat" is only in a link's address, "https" only in addresses.
  for (const q of ['unhabitat', 'https']) {
    await open(page, `/news/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText('0 articles found');
  }
  // "**" has no word to look for: the list stays whole, nothing marked.
  await open(page, '/news/');
  const all = await cards.count();
  await open(page, `/news/?q=${encodeURIComponent('**')}`);
  await expect(cards).toHaveCount(all);
  await expect(page.getByText('No article matches')).toHaveCount(0);
  await expect(page.locator('.grid.cards mark')).toHaveCount(0);
});
