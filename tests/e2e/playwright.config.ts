import { defineConfig } from '@playwright/test';

// The suite runs against the release bundle served by nginx with the repo's
// deploy/nginx.conf (scripts/test.sh starts it). BASE_URL may carry a
// sub-path, e.g. http://127.0.0.1:8089/iuc-asia/.
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:8089/';

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // browser: every journey in Chromium; host: HTTP behaviour of a host
  // (status codes, headers, page files with JavaScript off), also run against
  // Cloudflare's Pages runtime; hosts: nginx (BASE_URL) and Cloudflare's
  // Pages runtime (CF_BASE_URL) on one bundle, compared request by request;
  // smoke: one journey on the shipped content.
  projects: [
    { name: 'browser', testIgnore: /(smoke|hosts-agree)\.spec\.ts/ },
    { name: 'host', testMatch: /hosting\.spec\.ts/ },
    { name: 'hosts', testMatch: /hosts-agree\.spec\.ts/ },
    { name: 'smoke', testMatch: /smoke\.spec\.ts/ },
  ],
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
