// Following a link from an article whose app has not loaded (an "intent"
// page, src/loader.js): the site makes it a plain page load. Is that slower
// than loading the app on the click and following the link in the app (what
// keeping in-app navigation on intent would cost), and than an in-app
// navigation once the app is there? Median of RUNS cold visits, each with 4x
// CPU slowdown and a 150 ms / 1.6 Mbit/s network (as bench/run.mjs), timed
// from the click until the next article's heading is on screen.
// Usage: node bench/link-or-app.mjs SITE_URL
import { launch, median } from './browser.mjs';

const SITE = process.argv[2] ?? 'http://127.0.0.1:8089/';
const RUNS = Number(process.env.RUNS ?? 5);
const FROM = 'news/da-nang-ghg-inventory-workshop/';
const LINK = 'nav[aria-label="More articles"] a';
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function visit(browser, how) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(SITE + FROM, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  if (how === 'in-app') {
    await page.evaluate(() => dispatchEvent(new Event('app-wanted')));
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 60000 });
  }
  const link = page.locator(LINK).first();
  const title = (await link.textContent()).trim();
  const t0 = Date.now();
  if (how === 'app, then in-app') {
    await page.evaluate(() => dispatchEvent(new Event('app-wanted')));
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 60000 });
  }
  await link.click();
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent.trim() === t, title, { timeout: 60000, polling: 'raf' });
  const ms = Date.now() - t0;
  await context.close();
  return ms;
}

const browser = await launch();
try {
  console.log(`Following a link from an article, median of ${RUNS}; 4x CPU, 150 ms RTT, 1.6 Mbit/s`);
  for (const how of ['plain page load (the app not loaded)', 'app, then in-app', 'in-app']) {
    const key = how.startsWith('plain') ? 'plain' : how;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(browser, key));
    console.log(`${how.padEnd(40)}${String(median(runs)).padStart(7)} ms`);
  }
} finally {
  await browser.close();
}
