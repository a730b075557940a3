import { test, expect, open, rel } from './fixtures';
import type { APIRequestContext } from '@playwright/test';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The live DOM is valid HTML: on every kind of page, in both editions, once
 * the app has taken over, the document as the browser holds it is
 * serialized and checked by the Nu Html Checker (vnu.jar from the npm
 * package vnu-jar, run with the system's Java) in one run. Any error fails,
 * and the failure lists each one with its page, place and an extract.
 * scripts/standards.sh checks the page files the build wrote the same way.
 */

// The not-found pages answer 404.
test.use({ allowedConsole: [/Failed to load resource: the server responded with a status of 404.*no\/such\/page/] });

const vnuJar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** The first article, event and pairing of an edition, from the bundle's own content files. */
async function slugs(request: APIRequestContext, prefix: string) {
  const json = async (file: string) => {
    const res = await request.get(rel(`/content/${prefix}${file}`));
    expect(res.status(), `content/${prefix}${file}`).toBe(200);
    return res.json();
  };
  const article: string = (await json('news/page/1.json')).articles[0].slug;
  const years: number[] = (await json('events/index.json')).years;
  const event: string = (await json(`events/year/${years[0]}.json`)).events[0].slug;
  const pairing: string = (await json('cooperation.json')).pairings[0].slug;
  return { article, event, pairing };
}

test('the live DOM of every kind of page, in both editions, has no HTML error (Nu Html Checker)', async ({ page, request }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iuc-asia-live-dom-'));
  const files = new Map<string, string>(); // file name -> the route it holds
  for (const [edition, prefix] of [['en', ''], ['zh-Hans', 'zh-hans/']]) {
    const s = await slugs(request, prefix);
    const routes: [string, string][] = [
      ['home', '/'],
      ['news', '/news/'],
      ['article', `/news/${s.article}/`],
      ['events', '/events/'],
      ['event', `/events/${s.event}/`],
      ['city-cooperation', '/city-cooperation/'],
      ['pairing', `/city-cooperation/${s.pairing}/`],
      ['covenant', '/covenant/'],
      ['about', '/about/'],
      ['legal-notice', '/legal-notice/'],
      ['privacy', '/privacy/'],
      ['accessibility', '/accessibility/'],
      ['not-found', '/no/such/page/'],
    ];
    for (const [name, route] of routes) {
      const address = `/${prefix}${route.slice(1)}`;
      await open(page, address);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('');
      await expect(page.locator('.loading')).toHaveCount(0);
      await expect(page.locator('html')).toHaveAttribute('lang', edition);
      const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
      const file = `${prefix ? 'zh-hans' : 'en'}-${name}.html`;
      fs.writeFileSync(path.join(dir, file), html);
      files.set(file, address);
    }
  }

  const paths = [...files.keys()].map((f) => path.join(dir, f));
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--no-langdetect', '--format', 'json', '--stdout', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error, `could not run java -jar ${vnuJar}`).toBeUndefined();
  let report: { messages: any[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`vnu printed no JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = path.basename(decodeURIComponent(new URL(m.url ?? 'file:///?').pathname));
      const where = m.lastLine ? `line ${m.firstLine ?? m.lastLine}, column ${m.firstColumn ?? m.lastColumn}` : 'no place';
      const extract = m.extract ? `: …${String(m.extract).replace(/\s+/g, ' ')}…` : '';
      return `${files.get(file) ?? file} (${where}): ${m.message}${extract}`;
    });
  expect(errors, `vnu errors in the live DOM (the serialized pages are in ${dir})`).toEqual([]);
  // Nothing else went wrong: every page was checked and vnu agreed there was nothing to report.
  expect(files.size).toBe(26);
  expect(run.status, run.stderr).toBe(0);
  // A failing run keeps the serialized pages for a look (the failure names the folder).
  fs.rmSync(dir, { recursive: true, force: true });
});
