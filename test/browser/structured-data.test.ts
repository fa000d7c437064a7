// The story's JSON-LD in Chromium: readable from the DOM, and no Content-Security-Policy violation for it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';

let site: Site;
let browser: Browser;

const url = (path: string) => new URL(path, site.origin).href;

before(async () => {
  site = await startSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

/** A page that records every CSP violation event and every console message. */
async function watchedPage(): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage();
  const console: string[] = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  // Init scripts come through the DevTools protocol, so the site's CSP does not stop them.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return { page, console };
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the JSON-LD is read from the page and Chromium reports no CSP violation for it', async () => {
  const { page, console } = await watchedPage();
  const res = await page.goto(url(site.interviewPath));
  assert.equal(res?.status(), 200);
  const csp = res.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self'/, 'inline scripts are not allowed');
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(text ?? '') as Record<string, unknown>;
  assert.equal(data['@type'], 'NewsArticle');
  assert.equal(data.genre, 'interview');
  await page.waitForLoadState('load');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(
    console.filter((m) => /Content Security Policy/i.test(m)),
    [],
  );

  // The control: under the same policy a classic inline script is refused, and seen to be.
  await page.route(url('/csp-control'), (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
      body: '<!doctype html><title>x</title><script type="application/ld+json">{"a":1}</script><script>void 0</script>',
    }),
  );
  await page.goto(url('/csp-control'));
  await page.waitForLoadState('load');
  assert.deepEqual(
    (await violations(page)).map((v) => v.split(' ')[0]),
    ['script-src-elem'],
    'one violation: the classic script, not the data block',
  );
  assert.equal(console.filter((m) => /Content Security Policy/i.test(m)).length, 1);
  await page.close();
});
