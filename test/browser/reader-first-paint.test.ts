// The first paint of the reader's pages in Chromium: the stylesheet comes in the page (allowed by the CSP) so a page is laid out once, and a desktop page painted before its end does not shift when the scroll bar appears.

import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, launchChromium, startSite, type Site } from './browser-support.js';

let site: Site;
let browser: Browser;
/** "home", "story" → path in the Russian edition. */
const pages = new Map<string, string>();

before(async () => {
  site = await startSite();
  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('/ru/', site.origin).href);
  const story = await page.locator('.top-story .card-title a').first().getAttribute('href');
  assert.ok(story, '/ru/ links to a story');
  pages.set('home', '/ru/').set('story', story);
  await context.close();
});

after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

/** Notes CSP refusals and layout shifts from before the first paint. */
const WATCH = `
  window.__refused = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(e.violatedDirective));
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__shifts.push({ value: e.value, nodes: e.sources.map((s) => s.node && s.node.className) });
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Watched {
  refused: string[];
  shifts: { value: number; nodes: string[] }[];
}

interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  args?: {
    beginData?: { url?: string; frame?: string; dirtyObjects?: number; totalObjects?: number };
  };
}

describe('the stylesheet in the page', () => {
  for (const kind of ['home', 'story'])
    test(`${kind}: styled under the CSP and laid out once while it loads, on a phone`, async () => {
      const path = pages.get(kind)!;
      const html = await (await fetch(new URL(path, site.origin))).text();
      const head = html.slice(0, html.indexOf('</head>'));
      const style = /<style>([\s\S]*?)<\/style>/.exec(head)?.[1] ?? '';
      assert.ok(style.includes('.topbar{'), 'the stylesheet is in the head');
      assert.ok(!html.includes('rel="stylesheet"'), 'and not linked');

      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
      });
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      try {
        await browser.startTracing(page, { categories: ['devtools.timeline'] });
        const url = new URL(path, site.origin).href;
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        const trace = JSON.parse((await browser.stopTracing()).toString()) as {
          traceEvents: TraceEvent[];
        };
        const watched = await page.evaluate<Watched>('({ refused: __refused, shifts: __shifts })');
        assert.deepEqual(watched.refused, [], 'nothing refused by the Content-Security-Policy');
        assert.equal(
          await page.locator('.topbar').evaluate((e) => getComputedStyle(e).backgroundColor),
          'rgb(11, 61, 110)',
          'the stylesheet applies',
        );

        // The page's layouts: with a linked stylesheet Chromium laid every box out twice (once
        // before the stylesheet came, for the search form at DOMContentLoaded, and once after).
        const parse = trace.traceEvents.find(
          (e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url,
        );
        assert.ok(parse, 'the trace has the page');
        const frame = parse.args!.beginData!.frame;
        const layouts = trace.traceEvents
          .filter((e) => e.name === 'Layout' && e.args?.beginData?.frame === frame)
          .map((e) => e.args!.beginData!);
        const boxes = Math.max(...layouts.map((l) => l.totalObjects ?? 0));
        const laidOut = layouts.reduce((sum, l) => sum + (l.dirtyObjects ?? 0), 0);
        assert.ok(boxes > 200, `${boxes} boxes on the page`);
        assert.ok(
          laidOut < boxes * 1.25,
          `${laidOut} boxes laid out for ${boxes} (${layouts.map((l) => l.dirtyObjects).join(', ')})`,
        );
      } finally {
        await context.close();
      }
    });
});

describe('a desktop page painted before its end (1350 × 940, scroll bars that take room)', () => {
  let proxy: http.Server;
  let proxyOrigin: string;
  let withBars: Browser;

  // Hands out each page's HTML up to the end of its header, then the rest a second later,
  // as a slow network would: Chromium paints the header while the page is shorter than the window.
  before(async () => {
    proxy = http.createServer((req, res) => {
      const upstream = http.get(new URL(req.url!, site.origin), (up) => {
        const html = String(up.headers['content-type']).startsWith('text/html');
        if (!html) {
          res.writeHead(up.statusCode!, up.headers);
          up.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.concat(chunks);
          const cut = body.indexOf('</header>') + '</header>'.length;
          res.writeHead(up.statusCode!, { 'content-type': up.headers['content-type'] });
          res.write(body.subarray(0, cut));
          setTimeout(() => res.end(body.subarray(cut)), 1000);
        });
      });
      upstream.on('error', () => res.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyOrigin = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    // Playwright hides scroll bars by default; readers on Linux and Windows have them.
    withBars = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      ignoreDefaultArgs: ['--hide-scrollbars'],
    });
  });

  after(async () => {
    await withBars?.close();
    await new Promise((resolve) => proxy?.close(resolve));
  });

  for (const kind of ['home', 'story'])
    test(`${kind}: nothing moves when the rest of the page and the scroll bar come`, async () => {
      const context = await withBars.newContext({ viewport: { width: 1350, height: 940 } });
      await context.addInitScript(WATCH);
      const page = await context.newPage();
      try {
        await page.goto(new URL(pages.get(kind)!, proxyOrigin).href, { waitUntil: 'commit' });
        await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
        const early = await page.evaluate(() => ({
          painted: document.querySelector('main') === null,
          height: document.documentElement.scrollHeight,
        }));
        assert.ok(early.painted && early.height <= 940, `painted early: ${JSON.stringify(early)}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(300);
        const bar = await page.evaluate(() => innerWidth - document.documentElement.clientWidth);
        assert.ok(bar > 0, `the scroll bar takes ${bar} px`);
        const watched = await page.evaluate<Watched>('({ refused: __refused, shifts: __shifts })');
        assert.deepEqual(watched.shifts, []);
      } finally {
        await context.close();
      }
    });
});
