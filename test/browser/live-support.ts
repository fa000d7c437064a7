// What the live-story browser tests share: a live story made for the test, axe over one part of a page, screenshots on demand.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { SYSTEM } from '../../src/domain/actor.js';
import { importStory } from '../../src/operations/import-story.js';
import type { Newsroom } from './newsroom-support.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations inside the element `selector` names, one line each. */
export async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }>;
        };
      }
    ).axe;
    const results = await axe.run(document.querySelector(selector)!, {
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 120)}`);
  }, selector);
}

/** LEDE_SHOTS=folder keeps a picture, to look at while working on the layout. */
export async function shot(page: Page, name: string): Promise<void> {
  if (process.env.LEDE_SHOTS)
    await page.screenshot({ path: `${process.env.LEDE_SHOTS}/${name}.png`, fullPage: true });
}

/** A published live story of the Russian edition, made by the system; its id. */
export async function liveStory(newsroom: Newsroom, title: string): Promise<number> {
  const { story } = await importStory(newsroom.t.lede.deps, SYSTEM, {
    edition: 'ru',
    type: 'live',
    title,
    rubric: 'Политика',
    lead: 'Следим за событиями.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Вступление к трансляции.' }] }],
    publishedAt: new Date(Date.now() - 60_000).toISOString(),
    sourceKey: `t:live:${title}`,
  });
  return story.id;
}
