// Stories for the syndication tests: a crawled interview page, a translation group, hostile text, a future story.

import assert from 'node:assert/strict';
import { SYSTEM } from '../../src/domain/actor.js';
import type { StoryInput } from '../../src/domain/story.js';
import { importCrawlFile } from '../../src/importers/import-crawl-files.js';
import type { Deps } from '../../src/operations/deps.js';
import { importStory } from '../../src/operations/import-story.js';
import { INTERVIEW_FILE } from './crawl-pages.js';

/** The tests' "now": a day after the crawled interview came out. */
export const NOW = '2025-12-06T09:00:00Z';

export const HOSTILE_TITLE = 'Hostile <script>alert(1)</script> ]]> & "quotes" ]]> twice';

export function storyInput(over: Partial<StoryInput>): StoryInput {
  return {
    edition: 'en',
    type: 'news',
    title: 'Ferry line to Turkmenbashi adds a night crossing',
    rubric: 'Economy / Transport',
    lead: 'The ferry operator adds a night crossing from next month.',
    blocks: [{ type: 'paragraph', content: [{ text: 'The crossing takes twelve hours.' }] }],
    publishedAt: '2025-12-05T09:00:00+04:00',
    ...over,
  };
}

export interface Seeded {
  interviewId: number;
  ferryId: number;
  forum: { en: number; az: number; ru: number };
  hostileId: number;
  opinionId: number;
  futureId: number;
}

/** Imports the crawled interview page and six stories; every one lands published. */
export async function seedSyndication(deps: Deps): Promise<Seeded> {
  const interview = await importCrawlFile(deps, INTERVIEW_FILE);
  assert.equal(interview.ok, true, interview.error ?? '');
  const add = async (input: StoryInput, group?: string) =>
    (await importStory(deps, SYSTEM, input, group ? { translationGroup: group } : {})).story.id;
  const ferryId = await add(
    storyInput({
      sourceKey: 't:ferry',
      author: 'Anna Keller',
      tags: ['Shipping', 'Caspian'],
      blocks: [
        {
          type: 'paragraph',
          content: [
            { text: 'The operator ' },
            { text: 'ASCO', marks: ['link', 'bold'], href: '/en/tags/asco' },
            { text: ' said the crossing takes twelve hours ' },
            { text: '(from Alat - ed.)', marks: ['editorNote'] },
            { text: '.' },
          ],
        },
        { type: 'heading', content: [{ text: 'Timetable' }] },
        { type: 'list', items: [[{ text: 'Mondays' }], [{ text: 'Thursdays' }]] },
        {
          type: 'image',
          src: '/media/ferry.jpg',
          alt: 'The ferry',
          caption: 'At Alat port',
          credit: 'Report',
        },
        {
          type: 'quote',
          content: [{ type: 'paragraph', content: [{ text: 'We are ready.' }] }],
          cite: 'Captain',
        },
        { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=x&t=1' },
      ],
    }),
  );
  const forum = {
    en: await add(
      storyInput({ title: 'Baku hosts a water forum', rubric: 'World', sourceKey: 't:forum-en' }),
      'g-forum',
    ),
    az: await add(
      storyInput({
        edition: 'az',
        title: 'Bakı su forumuna ev sahibliyi edir',
        rubric: 'Dünya',
        lead: 'Bakıda su forumu keçirilir.',
        sourceKey: 't:forum-az',
      }),
      'g-forum',
    ),
    ru: await add(
      storyInput({
        edition: 'ru',
        title: 'Баку принимает водный форум',
        rubric: 'В мире',
        lead: 'В Баку проходит водный форум.',
        sourceKey: 't:forum-ru',
      }),
      'g-forum',
    ),
  };
  const hostileId = await add(
    storyInput({
      title: HOSTILE_TITLE,
      lead: '"><img src=x onerror=alert(1)> ]]>',
      rubric: 'Economy',
      tags: ['<b>tag</b> & co'],
      author: 'Eve <script>',
      sourceKey: 't:hostile',
      blocks: [
        { type: 'paragraph', content: [{ text: '<script>alert(2)</script> ]]> \u0007bell' }] },
      ],
    }),
  );
  const opinionId = await add(
    storyInput({
      edition: 'az',
      type: 'opinion',
      title: 'Rəy: Xəzər dənizində yeni dövr',
      rubric: 'Siyasət / Xarici siyasət',
      lead: 'Xəzər regionunda əməkdaşlıq güclənir.',
      sourceKey: 't:opinion',
      tags: ['Xəzər'],
    }),
  );
  const futureId = await add(
    storyInput({
      title: 'Tomorrow: a story from the future',
      sourceKey: 't:future',
      publishedAt: '2025-12-07T09:00:00+04:00',
    }),
  );
  return { interviewId: interview.id!, ferryId, forum, hostileId, opinionId, futureId };
}
