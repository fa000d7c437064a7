// Importing a story: taxonomy made on the way, re-imports update in place, bad input changes nothing.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { StoryInput } from '../domain/story.js';
import { importStory } from './import-story.js';

let deps: TestDeps;
before(async () => {
  deps = await openTestDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

const input: StoryInput = {
  edition: 'ru',
  type: 'interview',
  title: 'Министр: Порт в Аляте удвоит грузооборот',
  rubric: 'Экономика / Транспорт',
  lead: 'Министр рассказал о планах порта.',
  blocks: [
    { type: 'question', content: [{ type: 'paragraph', content: [{ text: 'Каковы планы?' }] }] },
    {
      type: 'answer',
      speaker: 'Министр',
      content: [
        {
          type: 'paragraph',
          content: [
            { text: 'Расширение ' },
            { text: '(второй очереди - ред.)', marks: ['editorNote'] },
          ],
        },
      ],
    },
  ],
  tags: ['Порт', 'Транспорт'],
  author: 'Анна Keller',
  publishedAt: '2025-12-05T14:30:00+04:00',
  sourceKey: 'test:port',
};

test('a new story gets its rubric path, tags, author and a transliterated slug', async () => {
  const { story, created } = await importStory(deps, SYSTEM, input);
  assert.equal(created, true);
  assert.equal(story.status, 'published');
  assert.equal(story.slug, 'ministr-port-v-alyate-udvoit-gruzooborot');
  assert.equal(story.publishedAt, '2025-12-05T10:30:00.000Z');
  assert.deepEqual(story.tags, ['Порт', 'Транспорт']);
  const rubric = await deps.store.taxonomy.findRubricById(story.rubricId);
  assert.equal(rubric?.name, 'Транспорт');
  assert.equal(rubric?.slug, 'transport');
  const parent = await deps.store.taxonomy.findRubricById(rubric.parentId!);
  assert.equal(parent?.name, 'Экономика');
  assert.equal(story.blocks[1]?.type, 'answer');
});

test('importing the same source again updates that story and keeps its slug', async () => {
  const before = await deps.store.stories.countStories();
  const { story, created } = await importStory(deps, SYSTEM, {
    ...input,
    title: 'Министр: Порт в Аляте утроит грузооборот',
  });
  assert.equal(created, false);
  assert.equal(await deps.store.stories.countStories(), before);
  assert.equal(story.slug, 'ministr-port-v-alyate-udvoit-gruzooborot');
  assert.equal(story.title, 'Министр: Порт в Аляте утроит грузооборот');
  assert.equal(story.version, 2);
});

test('a second story with the same headline gets a different slug', async () => {
  const { story } = await importStory(deps, SYSTEM, { ...input, sourceKey: 'test:port-2' });
  assert.equal(story.slug, 'ministr-port-v-alyate-udvoit-gruzooborot-2');
});

test('bad input is refused with the field named, and nothing is written', async () => {
  const before = await deps.store.stories.countStories();
  const rubrics = (await deps.store.taxonomy.listRubrics('ru')).length;
  for (const [bad, field] of [
    [{ ...input, title: '  ' }, 'title'],
    [{ ...input, edition: 'fr' }, 'edition'],
    [{ ...input, rubric: 'Новый / раздел', blocks: [{ type: 'script', content: [] }] }, 'blocks.0'],
    [{ ...input, publishedAt: 'yesterday' }, 'publishedAt'],
    [
      {
        ...input,
        blocks: [
          {
            type: 'paragraph',
            content: [{ text: 'x', href: 'javascript:alert(1)', marks: ['link'] }],
          },
        ],
      },
      'blocks.0.content.0.href',
    ],
  ] as const) {
    await assert.rejects(importStory(deps, SYSTEM, bad), (e: unknown) => {
      assert.ok(e instanceof LedeError);
      assert.equal(e.code, 'invalid_input');
      assert.ok(e.detail.startsWith(field), `${e.detail} names ${field}`);
      return true;
    });
  }
  assert.equal(await deps.store.stories.countStories(), before);
  assert.equal((await deps.store.taxonomy.listRubrics('ru')).length, rubrics);
});

test('a reporter may not import; an editor of another edition may not either', async () => {
  const reporter: Actor = { kind: 'user', id: 1, name: 'R', role: 'reporter', editions: ['ru'] };
  const azEditor: Actor = { kind: 'user', id: 2, name: 'E', role: 'editor', editions: ['az'] };
  for (const actor of [reporter, azEditor])
    await assert.rejects(importStory(deps, actor, { ...input, sourceKey: 'x' }), {
      code: 'forbidden',
    });
});

test('a page naming only a sub-rubric is filed under the rubric the edition has', async () => {
  const { story } = await importStory(deps, SYSTEM, {
    ...input,
    rubric: 'транспорт',
    sourceKey: 'test:leaf-rubric',
    title: 'Паром ушёл по расписанию',
  });
  const rubric = await deps.store.taxonomy.findRubricById(story.rubricId);
  assert.equal(rubric?.slug, 'transport');
  assert.notEqual(rubric?.parentId, null);
  assert.equal(story.updatedAt, story.publishedAt);
});
