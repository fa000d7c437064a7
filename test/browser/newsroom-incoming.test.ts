// The desk's Incoming view in Chromium: a wire item from a loopback feed at 390 and 1366 px (no sideways scrolling,
// axe clean, touch-sized buttons on the phone), the source's state, and one click taking the item into a draft.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import { pollDueSources } from '../../src/importers/news/ingest-poll.js';
import { addIngestSource } from '../../src/operations/ingest.js';
import { signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let newsroom: Newsroom;
let browser: Browser;
let server: Server | undefined;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Каспий</title>
<item><guid>kaspiy-1</guid><title>Паром Баку — Туркменбаши выходит в ночной рейс с очень длинным заголовком для телефона</title>
<description>&lt;p&gt;Первый ночной рейс отправится в пятницу.&lt;/p&gt;</description><category>Транспорт</category></item>
</channel></rss>`;

after(() => {
  server?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run(
          d: Document,
          o: object,
        ): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }>;
      };
    };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 100)).join(' | ')}`,
    );
  });
}

test('Incoming at 390 and 1366 px, then one click takes the item into a draft', async () => {
  const feed = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED),
  );
  server = feed;
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  const { port } = feed.address() as AddressInfo;
  await addIngestSource(newsroom.t.lede.deps, SYSTEM, {
    name: 'Kaspiy RSS',
    url: `http://127.0.0.1:${port}/feed`,
    format: 'rss',
    edition: 'ru',
    everySeconds: 60,
  });
  await pollDueSources(newsroom.t.lede.deps);
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
  await page.goto(`${newsroom.origin}/newsroom/incoming`);
  await page.locator('.incoming-item').first().waitFor();
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: 844 });
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement!.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(scrollWidth <= innerWidth, `${scrollWidth} px wide in a ${innerWidth} px window`);
    assert.deepEqual(await axeViolations(page), [], `at ${width} px`);
    const button = await page.locator('.incoming-item button').boundingBox();
    assert.ok(button && button.height >= 44, 'the take button is finger-sized');
  }
  const text = (await page.locator('.incoming').textContent()) ?? '';
  assert.match(text, /Паром Баку/);
  assert.match(text, /Kaspiy RSS/);
  assert.match(
    (await page.locator('.incoming-sources').textContent()) ?? '',
    /Kaspiy RSS.*ждут: 1/s,
    'the source with its counts',
  );

  await page.locator('.incoming-item button').click();
  await page.waitForURL(/\/newsroom\/stories\/\d+$/);
  await page.locator('[data-testid=body-editor]').waitFor();
  assert.match(
    (await page.locator('[data-testid=body-editor]').textContent()) ?? '',
    /From Kaspiy RSS: kaspiy-1/,
  );
  await page.goto(`${newsroom.origin}/newsroom/incoming`);
  await page.locator('.empty-state').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
