// axe-core in Chromium over every page kind of every edition (home, story, rubric, tag, archive day, calendar, search) at one width.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startSite, type Site } from './browser-support.js';
import { EDITIONS, findReaderPages, PAGE_KINDS } from './reader-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

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

/**
 * No axe violation on any page kind of one edition at this width. One edition and width per test
 * file keeps each file well inside the runner's two minutes on a loaded machine.
 */
export function describeAxe(
  code: (typeof EDITIONS)[number]['code'],
  viewport: { name: string; width: number; height: number },
): void {
  const edition = EDITIONS.find((e) => e.code === code)!;
  let site: Site;
  let browser: Browser;
  let pages: Map<string, string>;

  before(async () => {
    site = await startSite();
    browser = await launchChromium();
    pages = await findReaderPages(site, browser, [edition]);
  });

  after(async () => {
    await browser?.close();
    await site?.t.dispose();
  });

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

    test(`${code}: no page kind has a violation`, async () => {
      const found: string[] = [];
      for (const kind of PAGE_KINDS) {
        const path = pages.get(`${code} ${kind}`);
        assert.ok(path, `no ${code} ${kind} page was found`);
        const res = await page.goto(new URL(path, site.origin).href);
        assert.equal(res?.status(), 200, path);
        const violations = await axeViolations(page);
        if (violations.length > 0)
          found.push(
            `${kind} ${path} at ${viewport.width} px: ${violations.map((v) => v.id).join(', ')}\n` +
              report(violations),
          );
      }
      assert.deepEqual(found, []);
    });
  });
}
