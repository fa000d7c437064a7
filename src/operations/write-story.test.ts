// The one story write: every path leaves a revision, an audit line and its outbox event together, or nothing.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  newStory,
  openNewsroomDeps,
  type NewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import type { Block } from '../domain/blocks.js';
import { LedeError } from '../domain/errors.js';
import { sql } from 'kysely';
import { onPostgres, openSchemaDb } from '../../test/support/test-store.js';
import type { StoryEventRecord } from '../storage/distribution-port.js';
import { correctionSchema, correctStory } from './correct-story.js';
import { createStory } from './create-story.js';
import { fanOutStoryEvents } from './deliveries.js';
import {
  CRAWL_IMPORTER,
  importCrawlPage,
  importCrawlPages,
  type CrawlPageInput,
} from './import-crawl-page.js';
import { restoreRevision } from './restore-revision.js';
import { parseFields } from './story-fields.js';
import { transitionStory } from './transition-story.js';
import { translateStory } from './translate-story.js';
import { updateStory } from './update-story.js';
import { writeStories } from './write-stories.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

/** Takes the outbox's pending events (as the delivery loop would), oldest first. */
function takeOutbox(): Promise<StoryEventRecord[]> {
  return deps.store.transaction((store) =>
    store.distribution.claimStoryEvents(deps.clock.now().toISOString(), 1000),
  );
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

function page(over: Partial<CrawlPageInput> = {}): CrawlPageInput {
  return {
    edition: 'ru',
    type: 'news',
    title: 'Порт Алят принял первый паром',
    rubric: 'Экономика',
    lead: 'Паром прибыл утром.',
    blocks: [paragraph('Паром прибыл утром.')],
    tags: ['Порт'],
    publishedAt: '2025-12-05T10:00:00+04:00',
    sourceKey: 'crawl:ferry',
    hotTags: ['Паром', 'Каспий'],
    ...over,
  };
}

describe('every path writes through the one story write', () => {
  test('an imported crawl page has a revision by its importer, an audit line and its event', async () => {
    await takeOutbox();
    const { story } = await importCrawlPage(deps, CRAWL_IMPORTER, page());
    const revisions = await deps.store.workflow.listRevisions(story.id);
    assert.deepEqual(
      revisions.map((r) => [r.version, r.savedByName, r.savedBy]),
      [[1, 'crawl import', null]],
    );
    const snapshot = (await deps.store.workflow.findRevision(story.id, 1))!.snapshot as {
      title: string;
      rubric: string;
    };
    assert.equal(snapshot.title, 'Порт Алят принял первый паром');
    assert.equal(snapshot.rubric, 'Экономика');
    const audit = await deps.store.audit.list({ storyId: story.id, limit: 10 });
    assert.deepEqual(
      audit.map((a) => [a.action, a.actorName]),
      [['story.import', 'crawl import']],
    );
    const events = await takeOutbox();
    assert.ok(events.some((e) => e.type === 'story.published' && e.storyId === story.id));

    // The same page again is the story's next version, by the importer again.
    const again = await importCrawlPage(
      deps,
      CRAWL_IMPORTER,
      page({ title: 'Порт Алят принял второй паром' }),
    );
    assert.equal(again.created, false);
    assert.deepEqual(
      (await deps.store.workflow.listRevisions(story.id)).map((r) => r.version),
      [2, 1],
    );
    assert.ok((await takeOutbox()).some((e) => e.type === 'story.updated'));
  });

  test('create, save, transitions, correction, restore and translation each leave their trace', async () => {
    const { reporter, editor } = deps.people;
    await takeOutbox();
    const draft = await createStory(deps, reporter, newStory({ title: 'Каждый путь' }));
    await updateStory(deps, reporter, draft.id, {
      baseVersion: 1,
      story: { lead: 'Новый лид.' },
    });
    for (const to of ['review', 'approved', 'published'] as const)
      await transitionStory(deps, editor, draft.id, { to });
    await correctStory(deps, editor, draft.id, { note: 'Уточнён лид', story: { lead: 'Лид.' } });
    await restoreRevision(deps, editor, draft.id, 1);
    const translation = await translateStory(deps, editor, draft.id, { edition: 'en' });

    // One revision per version: create, save, correction, restore (transitions keep the version).
    assert.deepEqual(
      (await deps.store.workflow.listRevisions(draft.id)).map((r) => r.version),
      [4, 3, 2, 1],
    );
    assert.equal((await deps.store.workflow.listRevisions(translation.id)).length, 1);
    const actions = (await deps.store.audit.list({ storyId: draft.id, limit: 20 }))
      .map((a) => a.action)
      .reverse();
    assert.deepEqual(actions, [
      'story.create',
      'story.update',
      'story.submit',
      'story.approve',
      'story.publish',
      'story.correct',
      'story.restore',
    ]);
    // Readers see the story from publication on: each change after it is in the outbox.
    const types = (await takeOutbox()).filter((e) => e.storyId === draft.id).map((e) => e.type);
    assert.deepEqual(types, ['story.published', 'story.corrected', 'story.updated']);
  });
});

describe('nothing stays when a write fails', () => {
  test('a correction whose blocks the editor schema refuses is refused, with no new version', async () => {
    const { reporter, editor } = deps.people;
    const story = await createStory(deps, reporter, newStory({ title: 'Исправим неверно' }));
    for (const to of ['review', 'approved', 'published'] as const)
      await transitionStory(deps, editor, story.id, { to });
    await takeOutbox();
    const auditBefore = await deps.store.audit.list({ storyId: story.id, limit: 50 });
    // The API's schema lets an empty question through; the editor's schema does not.
    const input = parseFields(correctionSchema, {
      note: 'Добавлен вопрос',
      story: { blocks: [{ type: 'question', content: [] }, paragraph('Ответ.')] },
    });
    await assert.rejects(correctStory(deps, editor, story.id, input), (e: unknown) => {
      assert.ok(e instanceof LedeError);
      assert.equal(e.code, 'invalid_input');
      assert.match(
        e.detail,
        /^blocks: block 1 \(question\): a question holds one or more paragraphs/,
      );
      return true;
    });
    const now = (await deps.store.stories.findById(story.id))!;
    assert.equal(now.version, 1);
    assert.deepEqual(now.corrections, []);
    assert.equal((await deps.store.workflow.listRevisions(story.id)).length, 1);
    assert.deepEqual(await deps.store.audit.list({ storyId: story.id, limit: 50 }), auditBefore);
    assert.deepEqual(await takeOutbox(), []);
  });

  test('a crawl page whose body the editor schema refuses leaves no story, tag or strip', async () => {
    const tagsBefore = (await deps.store.taxonomy.listTags('ru')).length;
    await assert.rejects(
      importCrawlPage(
        deps,
        CRAWL_IMPORTER,
        page({
          sourceKey: 'crawl:broken',
          tags: ['Совсем новый тег'],
          blocks: [{ type: 'list', items: [] }],
        }),
      ),
      { code: 'invalid_input' },
    );
    assert.equal(await deps.store.stories.findBySourceKey('crawl:broken'), null);
    assert.equal((await deps.store.taxonomy.listTags('ru')).length, tagsBefore);
  });
});

describe("a story's related picks", () => {
  test('are written with the story, in order, shown in its view and kept in its revision; a wrong pick writes nothing', async () => {
    const { reporter } = deps.people;
    const a = await createStory(deps, reporter, newStory({ title: 'Связанная первая' }));
    const b = await createStory(deps, reporter, newStory({ title: 'Связанная вторая' }));
    const story = await createStory(
      deps,
      reporter,
      newStory({ title: 'С подборкой', related: [b.id, a.id] }),
    );
    assert.deepEqual(
      story.related.map((r) => [r.id, r.title]),
      [
        [b.id, 'Связанная вторая'],
        [a.id, 'Связанная первая'],
      ],
    );
    const [revision] = await deps.store.workflow.listRevisions(story.id);
    assert.ok(revision);
    // The view's shape goes back as it came: picks as { id, … } are taken by their ids.
    const saved = await updateStory(deps, reporter, story.id, {
      baseVersion: 1,
      story: { related: [{ id: a.id }] },
    });
    assert.deepEqual(
      saved.related.map((r) => r.id),
      [a.id],
    );
    for (const [related, detail] of [
      [[story.id], /not related to itself/],
      [[999_999], /there is no story 999999/],
    ] as const)
      await assert.rejects(
        updateStory(deps, reporter, story.id, { baseVersion: 2, story: { related: [...related] } }),
        (e: unknown) => e instanceof LedeError && detail.test(e.detail),
      );
    assert.deepEqual((await deps.store.related.picksOf([story.id])).get(story.id), [a.id]);
    assert.equal((await deps.store.stories.findById(story.id))!.version, 2);
  });
});

describe('crawl pages in a batch', () => {
  test('the same stories and strip as one by one; a bad page is the only one refused; again, no duplicates', async () => {
    const d = await openNewsroomDeps();
    try {
      const pages = [
        page({
          sourceKey: 'crawl:b1',
          title: 'Первая',
          publishedAt: '2025-12-05T12:00:00+04:00',
          hotTags: ['Баку', 'Нефть'],
        }),
        page({ sourceKey: 'crawl:b2', title: '', publishedAt: '2025-12-05T13:00:00+04:00' }),
        page({
          sourceKey: 'crawl:b3',
          title: 'Вторая',
          publishedAt: '2025-12-06T09:00:00+04:00',
          hotTags: ['Газ'],
        }),
        page({
          sourceKey: 'crawl:b4',
          title: 'Старая',
          publishedAt: '2025-12-01T09:00:00+04:00',
          hotTags: ['Хлопок'],
        }),
        page({ sourceKey: 'crawl:b5', title: 'Первая', publishedAt: '2025-12-04T09:00:00+04:00' }),
      ];
      const first = await importCrawlPages(d, CRAWL_IMPORTER, pages);
      assert.deepEqual(
        first.map((o) => ('error' in o ? 'error' : o.created)),
        [true, 'error', true, true, true],
      );
      const stored = first.flatMap((o) => ('story' in o ? [o.story] : []));
      assert.deepEqual(
        stored.map((s) => s.slug),
        ['pervaya', 'vtoraya', 'staraya', 'pervaya-2'],
      );
      for (const s of stored) {
        assert.equal(s.status, 'published');
        assert.equal((await d.store.workflow.listRevisions(s.id)).length, 1);
      }
      // The freshest page's strip; the older page's tag exists all the same.
      const strip = async () => (await d.store.taxonomy.listHotTags('ru')).map((h) => h.name);
      assert.deepEqual(await strip(), ['Газ']);
      assert.ok((await d.store.taxonomy.listTags('ru')).some((t) => t.name === 'Хлопок'));

      // In one transaction when nothing is refused: the same pages again are updated in place.
      const again = await importCrawlPages(d, CRAWL_IMPORTER, [pages[0]!, pages[2]!, pages[4]!]);
      assert.deepEqual(
        again.map((o) => ('story' in o ? [o.story.id, o.created, o.story.version] : o.error)),
        [
          [stored[0]!.id, false, 2],
          [stored[1]!.id, false, 2],
          [stored[3]!.id, false, 2],
        ],
      );
      assert.equal(await d.store.stories.countStories(), 4);
      assert.deepEqual(await strip(), ['Газ']);
    } finally {
      await d.testStore.dispose();
    }
  });
});

describe("the crawl page's hot tags", () => {
  test('the freshest page sets the strip; an older page only makes its tags known', async () => {
    const d = await openNewsroomDeps();
    try {
      await importCrawlPage(
        d,
        CRAWL_IMPORTER,
        page({ publishedAt: '2025-12-05T12:00:00+04:00', hotTags: ['Баку', 'Нефть'] }),
      );
      const strip = async () => (await d.store.taxonomy.listHotTags('ru')).map((h) => h.name);
      assert.deepEqual(await strip(), ['Баку', 'Нефть']);
      // Older than the newest story: the strip stays, its tags exist once each.
      await importCrawlPage(
        d,
        CRAWL_IMPORTER,
        page({
          sourceKey: 'crawl:older',
          title: 'Старая заметка',
          publishedAt: '2025-12-01T12:00:00+04:00',
          hotTags: ['Газ', 'Баку'],
        }),
      );
      assert.deepEqual(await strip(), ['Баку', 'Нефть']);
      const names = (await d.store.taxonomy.listTags('ru')).map((t) => t.name);
      assert.equal(names.filter((n) => n === 'Газ').length, 1);
      assert.equal(names.filter((n) => n === 'Баку').length, 1);
      // A newer page takes the strip over, and the change is in the outbox for the CDN.
      await d.store.transaction((s) =>
        s.distribution.claimStoryEvents(d.clock.now().toISOString(), 1000),
      );
      await importCrawlPage(
        d,
        CRAWL_IMPORTER,
        page({
          sourceKey: 'crawl:newer',
          title: 'Свежая заметка',
          publishedAt: '2025-12-06T08:00:00+04:00',
          hotTags: ['Газ'],
        }),
      );
      assert.deepEqual(await strip(), ['Газ']);
      const made = await fanOutStoryEvents(d, { cdn: true, renderItem: () => '{}' });
      assert.equal(made, 2, 'the story event and the edition-wide change');
      const purges = await d.store.distribution.listDeliveries({ kind: 'cdn', limit: 10 });
      const edition = purges.filter((p) => p.eventType === 'edition.changed');
      assert.equal(edition.length, 1);
      assert.deepEqual(
        JSON.parse((await d.store.distribution.findDelivery(edition[0]!.id))!.body),
        {
          keys: ['edition-ru'],
        },
      );
    } finally {
      await d.testStore.dispose();
    }
  });
});

describe('the bulk write', () => {
  test('writes each story with its revision and one edition-wide change per edition', async () => {
    await takeOutbox();
    const at = deps.clock.now().toISOString();
    const ids = await writeStories(deps, CRAWL_IMPORTER, {
      at,
      action: 'story.generate',
      stories: ['ru', 'en'].map((edition, i) => ({
        edition: edition as 'ru' | 'en',
        type: 'news',
        status: 'published',
        title: `Архив ${i}`,
        slug: `arkhiv-bulk-${i}`,
        lead: 'Лид.',
        blocks: [paragraph('Текст.')],
        rubric: edition === 'ru' ? 'Экономика' : 'Economy',
        author: 'Архивариус',
        tags: ['Архив'],
        publishedAt: '2020-01-01T00:00:00.000Z',
        updatedAt: '2020-01-01T00:00:00.000Z',
        translationGroup: null,
        translatedFromVersion: null,
        sourceKey: null,
      })),
    });
    for (const id of ids) {
      const [revision] = await deps.store.workflow.listRevisions(id);
      assert.equal(revision?.version, 1);
      assert.equal(revision?.savedByName, 'crawl import');
    }
    const events = await takeOutbox();
    assert.deepEqual(events.map((e) => [e.type, e.edition]).sort(), [
      ['edition.changed', 'en'],
      ['edition.changed', 'ru'],
    ]);
  });
});

describe('the bulk write on PostgreSQL', () => {
  test(
    'analyzes the tables it fills once earlier writes have doubled them, so a batch’s look-ups by 500 ids are planned by their size',
    { skip: !onPostgres && 'planner statistics are PostgreSQL’s' },
    async () => {
      const d = await openNewsroomDeps();
      const db = openSchemaDb<object>(d.testStore);
      try {
        const known = async () =>
          (
            await sql<{ relname: string; n: number }>`
              select relname, reltuples::float8 as n from pg_class
              where oid in (to_regclass('story'), to_regclass('story_tag'), to_regclass('story_author'))
              order by relname`.execute(db)
          ).rows.map((r) => [r.relname, Number(r.n)]);
        const batch = (from: number) =>
          writeStories(d, CRAWL_IMPORTER, {
            at: d.clock.now().toISOString(),
            action: 'story.generate',
            stories: Array.from({ length: 500 }, (_, i) => ({
              edition: 'ru' as const,
              type: 'news' as const,
              status: 'published' as const,
              title: `Архив ${from + i}`,
              slug: `arkhiv-${from + i}`,
              lead: 'Лид.',
              blocks: [paragraph('Текст.')],
              rubric: 'Экономика',
              author: 'Архивариус',
              tags: ['Архив'],
              publishedAt: '2020-01-01T00:00:00.000Z',
              updatedAt: '2020-01-01T00:00:00.000Z',
              translationGroup: null,
              translatedFromVersion: null,
              sourceKey: null,
            })),
          });
        await batch(0);
        await batch(500);
        assert.ok(
          (await known()).every(([, n]) => Number(n) < 1000),
          'not analyzed yet',
        );
        // The next bulk write analyzes first: every table holds the 1,000 rows of the first two.
        await batch(1000);
        assert.deepEqual(await known(), [
          ['story', 1000],
          ['story_author', 1000],
          ['story_tag', 1000],
        ]);
      } finally {
        await db.destroy();
        await d.testStore.dispose();
      }
    },
  );
});

describe('the rule', () => {
  test("no code outside the story write calls the story repo's insert, update, the state change, the cover write or a live entry write", async () => {
    const src = fileURLToPath(new URL('..', import.meta.url));
    const allowed = new Set(['operations/write-story.ts', 'operations/write-stories.ts']);
    const offenders: string[] = [];
    const files = (await readdir(src, { recursive: true })).filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith(`storage${path.sep}`),
    );
    assert.ok(files.length > 100, 'the source tree was read');
    for (const file of files) {
      const rel = file.split(path.sep).join('/');
      if (allowed.has(rel)) continue;
      const text = await readFile(path.join(src, file), 'utf8');
      // The story repo's writes (stories.insert, insertMany, update) and the workflow's state change.
      for (const m of text.matchAll(
        /\bstories\s*\.\s*(insert|insertMany|update)\s*\(|\.(setStoryState|covers\.set|related\.set|insertEntry|updateEntry|deleteEntry|ensureCoverage|setCoverageEnd|markStoryChanged)\s*\(/g,
      ))
        offenders.push(`${rel}: ${m[1] ?? m[2]}`);
    }
    assert.deepEqual(offenders, []);
  });
});

describe('a long body is checked in slices', () => {
  test('the same blocks as one check, and a bad block named by its place in the whole body', async () => {
    const { checkBodyInSlices } = await import('./write-story.js');
    const { validateBlocksWithSchema } = await import('../newsroom/editor/validate-blocks.js');
    const deps = { checkBlocks: validateBlocksWithSchema };
    const blocks: Block[] = Array.from({ length: 250 }, (_, i) => ({
      type: 'paragraph',
      content: [{ text: `Абзац ${i} ` }, { text: 'дальше.' }],
    }));
    assert.deepEqual(await checkBodyInSlices(deps, blocks), validateBlocksWithSchema(blocks));
    const bad = [...blocks];
    bad[172] = { type: 'question', content: [] } as unknown as Block;
    await assert.rejects(checkBodyInSlices(deps, bad), (error: unknown) => {
      assert.ok(error instanceof LedeError);
      assert.match(error.detail, /^blocks: block 173 \(question\)/);
      return true;
    });
  });
});
