// Editors saving at once: different stories do not wait for each other, one story takes one save per base, and a stale save is answered after its transaction.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openObservedStore } from '../../test/support/observed-store.js';
import {
  newStory,
  openNewsroomDeps,
  type NewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { onPostgres } from '../../test/support/test-store.js';
import { createStory } from './create-story.js';
import { StaleVersionError, type StoryView } from './story-view.js';
import { updateStory } from './update-story.js';

let deps: NewsroomDeps;
before(async () => {
  deps = await openNewsroomDeps();
});
after(async () => {
  await deps.testStore.dispose();
});

let n = 0;
const draft = () => createStory(deps, deps.people.editor, newStory({ title: `Порт ${++n}` }));
const save = (story: StoryView, lead: string, d: NewsroomDeps = deps) =>
  updateStory(d, deps.people.editor, story.id, { baseVersion: story.version, story: { lead } });
const changesAfter = (after: number) =>
  deps.store.distribution.listChangesAfter({ after, statuses: ['draft'], limit: 1000 });

test('a save of one story does not wait for a save of another still open', async (c) => {
  if (!onPostgres) return c.skip('SQLite runs one writer at a time');
  const [a, b] = [await draft(), await draft()];
  const base = (await changesAfter(0)).at(-1)!.seq;
  const events: string[] = [];
  // A's save is written whole, and its transaction stays open a while before it commits.
  let written!: () => void;
  const aWritten = new Promise<void>((resolve) => (written = resolve));
  const slow = deps.store.transaction(async (store) => {
    await save(a, 'Лид A', { ...deps, store });
    events.push('a saved');
    written();
    await sleep(400);
    events.push('a commits');
  });
  await aWritten;
  const saved = await save(b, 'Лид B');
  events.push('b committed');
  assert.equal(saved.lead, 'Лид B');
  await slow;
  assert.deepEqual(events, ['a saved', 'b committed', 'a commits']);
  // Numbered in the order they committed: a reader polling after B's number finds A.
  assert.deepEqual(
    (await changesAfter(base)).map((r) => r.id),
    [b.id, a.id],
  );
});

test('saves of one story on the same base: one is saved, the others get the story as it is', async () => {
  const story = await draft();
  const results = await Promise.allSettled(
    ['один', 'два', 'три', 'четыре'].map((lead) => save(story, lead)),
  );
  const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  assert.equal(saved.length, 1);
  assert.equal(refused.length, 3);
  for (const e of refused) {
    assert.ok(e instanceof StaleVersionError, String(e));
    assert.equal(e.current.version, story.version + 1);
    assert.equal(e.current.lead, saved[0]!.lead);
  }
  assert.equal((await deps.store.stories.findById(story.id))!.version, story.version + 1);
});

test('a stale save is answered after its transaction ends, reading under no lock', async () => {
  const story = await draft();
  await save(story, 'Новее');
  const observed = openObservedStore(deps.testStore);
  try {
    await assert.rejects(save(story, 'Старее', { ...deps, store: observed.store }), (e) => {
      assert.ok(e instanceof StaleVersionError);
      assert.equal(e.current.lead, 'Новее');
      return true;
    });
    const sql = observed.queries.map((q) => q.sql.toLowerCase());
    const began = sql.findIndex((s) => s.startsWith('begin'));
    const ended = sql.indexOf('rollback');
    assert.ok(began >= 0 && ended > began, sql.join('\n'));
    // Inside the transaction the story is only read under its row lock (the row and its tags);
    // the story shown in the answer, its rubric and the rest are read after the rollback.
    const inside = sql.slice(began + 1, ended);
    assert.equal(inside.length, 2, inside.join('\n'));
    assert.ok(inside[0]!.startsWith('select * from "story" where "id" = '));
    assert.ok(inside[1]!.includes(' from "story_tag" '));
    assert.ok(sql.slice(ended).some((s) => s.startsWith('select * from "story"')));
  } finally {
    await observed.close();
  }
});

test('two editors saving two stories in crossed turns both finish, every change numbered once', async () => {
  const [a, b] = [await draft(), await draft()];
  const base = (await changesAfter(0)).at(-1)!.seq;
  const editor = async (order: number[], name: string) => {
    let saves = 0;
    for (let i = 0; i < 6; i++) {
      const id = order[i % 2]!;
      // Saved on the version read just before; a 409 (the other editor came first) is retried.
      for (;;) {
        const now = (await deps.store.stories.findById(id))!;
        try {
          await updateStory(deps, deps.people.editor, id, {
            baseVersion: now.version,
            story: { lead: `${name} ${i}` },
          });
          saves++;
          break;
        } catch (e) {
          if (!(e instanceof StaleVersionError)) throw e;
        }
      }
    }
    return saves;
  };
  const counts = await Promise.all([editor([a.id, b.id], 'one'), editor([b.id, a.id], 'two')]);
  assert.deepEqual(counts, [6, 6]);
  const [na, nb] = [
    (await deps.store.stories.findById(a.id))!,
    (await deps.store.stories.findById(b.id))!,
  ];
  assert.equal(na.version + nb.version, a.version + b.version + 12);
  // Each story carries the number of its last save: two distinct numbers past the base.
  const seqs = (await changesAfter(base)).map((r) => r.seq);
  assert.equal(seqs.length, 2);
  assert.ok(seqs[0]! > base && seqs[1]! > seqs[0]!);
});

test('two saves picking each other’s story as related, at the same moment, both commit', async (c) => {
  if (!onPostgres) return c.skip('SQLite runs one writer at a time');
  const [a, b] = [await draft(), await draft()];
  // Each save has locked its own story before either writes its picks: the picks' foreign keys
  // share-lock the other story, which a save's lock must leave free (FOR NO KEY UPDATE).
  let arrive!: () => void;
  let count = 0;
  const bothLocked = new Promise<void>((resolve) => (arrive = resolve));
  const pick = (mine: number, theirs: number) =>
    deps.store.transaction(async (store) => {
      assert.ok(await store.stories.lockById(mine));
      if (++count === 2) arrive();
      await bothLocked;
      await store.related.set(mine, [theirs]);
    });
  await Promise.all([pick(a.id, b.id), pick(b.id, a.id)]);
  assert.deepEqual(
    [...(await deps.store.related.picksOf([a.id, b.id])).entries()].sort(),
    [
      [a.id, [b.id]],
      [b.id, [a.id]],
    ].sort(),
  );
});

test('two saves of different stories naming one new tag at once both keep it', async (c) => {
  if (!onPostgres) return c.skip('SQLite runs one writer at a time');
  const [a, b] = [await draft(), await draft()];
  const tags = ['Срочно: шторм на Каспии'];
  let written!: () => void;
  const aWritten = new Promise<void>((resolve) => (written = resolve));
  const slow = deps.store.transaction(async (store) => {
    await updateStory({ ...deps, store }, deps.people.editor, a.id, {
      baseVersion: a.version,
      story: { tags },
    });
    written();
    await sleep(300);
  });
  await aWritten;
  // B's save makes the same tag while A's is open: it waits for A's tag and takes it.
  const savedB = await updateStory(deps, deps.people.editor, b.id, {
    baseVersion: b.version,
    story: { tags },
  });
  await slow;
  assert.deepEqual(savedB.tags, tags);
  assert.deepEqual((await deps.store.stories.findById(a.id))!.tags, tags);
  assert.equal((await deps.store.taxonomy.findTags('ru', tags)).length, 1);
});

test('two stories given one headline at once both get made, each with its own slug', async (c) => {
  if (!onPostgres) return c.skip('SQLite runs one writer at a time');
  const title = `Паром ${Date.now()}`;
  // The first is written and held open: the second picks the same free slug, waits on the
  // first's row, and runs again once the first commits.
  let written!: () => void;
  const firstWritten = new Promise<void>((resolve) => (written = resolve));
  const first = deps.store.transaction(async (store) => {
    const story = await createStory({ ...deps, store }, deps.people.editor, newStory({ title }));
    written();
    await sleep(300);
    return story;
  });
  await firstWritten;
  const second = await createStory(deps, deps.people.editor, newStory({ title }));
  const made = await first;
  assert.equal(second.title, title);
  assert.notEqual(second.slug, made.slug);
  assert.equal((await deps.store.stories.findById(second.id))?.slug, second.slug);
});
