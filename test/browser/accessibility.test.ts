// axe-core in Chromium: no violation on the home, a rubric, a story and an author page of each edition, desktop and phone.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const EDITIONS = [
  { code: 'az', home: '/' },
  { code: 'ru', home: '/ru/' },
  { code: 'en', home: '/en/' },
] as const;
const KINDS = ['home', 'rubric', 'story', 'author'] as const;
const AUTHORS = { az: 'rashad-guliyev', ru: 'anna-kerimova', en: 'emma-collins' } as const;

let site: Site;
let browser: Browser;
/** "az story" → path: the home, rubric and story page of each edition, read from the home pages. */
const pages = new Map<string, string>();

/** Runs axe on the loaded page; axe itself needs JavaScript, injected under the site's CSP. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target,
        html: n.html,
        failureSummary: n.failureSummary,
      })),
    }));
  });
}

function report(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
        `    ${v.helpUrl}`,
        ...v.nodes.map(
          (n) =>
            `    target ${JSON.stringify(n.target)}: ${n.html.slice(0, 160)}\n` +
            `      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

before(async () => {
  site = await startSite();
  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const { code, home } of EDITIONS) {
    const res = await page.goto(new URL(home, site.origin).href);
    assert.equal(res?.status(), 200, home);
    const rubric = await page
      .locator('.rubric-block .section-title a')
      .first()
      .getAttribute('href');
    const story = await page.locator('.top-story .card-title a').first().getAttribute('href');
    assert.ok(rubric, `${home} links to a rubric`);
    assert.ok(story, `${home} links to a story`);
    pages.set(`${code} home`, home).set(`${code} rubric`, rubric).set(`${code} story`, story);
    // A demo author who writes in the edition (importers/demo/authors.ts).
    pages.set(`${code} author`, `${home}author/${AUTHORS[code]}/`);
  }
  await context.close();
});

after(async () => {
  await browser?.close();
  await site?.t.dispose();
});

for (const viewport of VIEWPORTS)
  describe(`axe at ${viewport.name} width (${viewport.width} px)`, () => {
    let context: BrowserContext;
    let page: Page;
    before(async () => {
      context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
      });
      page = await context.newPage();
    });
    after(() => context?.close());

    for (const { code } of EDITIONS)
      for (const kind of KINDS)
        test(`${code} ${kind} page has no violation`, async () => {
          const path = pages.get(`${code} ${kind}`);
          assert.ok(path, `no ${code} ${kind} page was found on the home page`);
          const res = await page.goto(new URL(path, site.origin).href);
          assert.equal(res?.status(), 200, path);
          const violations = await axeViolations(page);
          assert.equal(
            violations.length,
            0,
            `${path} at ${viewport.width} px: ${violations.map((v) => v.id).join(', ')}\n` +
              report(violations),
          );
        });
  });
