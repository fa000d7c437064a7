// The distribution repo: change sequence in commit order, claims one process at a time; on SQLite and PostgreSQL.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  onPostgres,
  openSchemaDb,
  openTestStore,
  type TestStore,
} from '../../test/support/test-store.js';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/open-store.js';
import { bumpChangeSeq } from './change-seq.js';
import type { KyselyStore } from './kysely-store.js';
import type { Database } from './schema.js';
import type { StoryWrite } from './stories-port.js';

let t: TestStore;
/**
 * Another Lede process: a second connection pool on PostgreSQL. On SQLite the same store, since
 * better-sqlite3 waits for a lock synchronously and two connections in one process would block it.
 */
let other: KyselyStore;
let rubricId: number;

before(async () => {
  t = await openTestStore();
  other = onPostgres ? await openStore(loadConfig({ ...t.env, LEDE_DEMO: 'off' })) : t.store;
  rubricId = (
    await t.store.taxonomy.createRubric({
      edition: 'en',
      name: 'Wire',
      slug: 'wire',
      parentId: null,
      position: 0,
    })
  ).id;
});
after(async () => {
  if (other !== t.store) await other.close();
  await t.dispose();
});

let n = 0;
function write(over: Partial<StoryWrite> = {}): StoryWrite {
  n += 1;
  return {
    edition: 'en',
    type: 'news',
    status: 'published',
    title: `Story ${n}`,
    slug: `story-${n}`,
    lead: 'Lead',
    blocks: [],
    rubricId,
    authorId: null,
    tagIds: [],
    publishedAt: '2025-12-01T09:00:00.000Z',
    updatedAt: '2025-12-01T09:00:00.000Z',
    translationGroup: null,
    translatedFromVersion: null,
    sourceKey: null,
    ...over,
  };
}

const seqOf = async (id: number) =>
  (
    await t.store.distribution.listChangesAfter({
      after: 0,
      statuses: ['published', 'unpublished', 'draft'],
      limit: 10_000,
    })
  ).find((r) => r.id === id)?.seq;

describe('change sequence', () => {
  test('every write of a story takes the next number, whatever its times say', async () => {
    const a = await t.store.stories.insert(write());
    const b = await t.store.stories.insert(write({ updatedAt: '2020-01-01T00:00:00.000Z' }));
    const [sa, sb] = [await seqOf(a.id), await seqOf(b.id)];
    assert.ok(sa !== undefined && sb !== undefined && sb > sa);
    await t.store.stories.update(a.id, write({ title: 'Story a, edited' }));
    const sa2 = (await seqOf(a.id))!;
    assert.ok(sa2 > sb);
    await t.store.workflow.setStoryState(b.id, {
      status: 'unpublished',
      updatedAt: '2020-01-01T00:00:01.000Z',
    });
    const sb2 = (await seqOf(b.id))!;
    assert.ok(sb2 > sa2);
    const after = await t.store.distribution.listChangesAfter({
      after: sa2,
      statuses: ['published', 'unpublished'],
      limit: 10,
    });
    assert.deepEqual(after, [{ id: b.id, seq: sb2 }]);
    // A status no subscriber sees is left out; the edition filter holds.
    assert.deepEqual(
      await t.store.distribution.listChangesAfter({
        after: sa2,
        statuses: ['published'],
        limit: 10,
      }),
      [],
    );
    assert.deepEqual(
      await t.store.distribution.listChangesAfter({
        after: 0,
        edition: 'ru',
        statuses: ['published', 'unpublished'],
        limit: 10,
      }),
      [],
    );
  });

  const seenAfter = (after: number, store: KyselyStore = t.store) =>
    store.distribution.listChangesAfter({ after, statuses: ['published'], limit: 10_000 });
  const lastSeq = async () => (await seenAfter(0)).at(-1)?.seq ?? 0;

  test('a slow writer holds no other writer back; numbers follow the commits', async () => {
    const events: string[] = [];
    const base = await lastSeq();
    let wrote!: () => void;
    const slowWrote = new Promise<void>((resolve) => (wrote = resolve));
    const slow = t.store.transaction(async (tx) => {
      const s = await tx.stories.insert(write({ title: 'slow' }));
      events.push('slow wrote');
      wrote();
      await sleep(300);
      events.push('slow commits');
      return s;
    });
    await slowWrote;
    const f = await other.transaction((tx) => tx.stories.insert(write({ title: 'fast' })));
    events.push('fast committed');
    if (onPostgres) {
      // The fast writer did not wait for the slow one, and a reader sees its change already:
      // numbered after every change committed before it, ahead of the slow one's.
      assert.deepEqual(events, ['slow wrote', 'fast committed']);
      const during = await seenAfter(base, other);
      assert.deepEqual(
        during.map((r) => r.id),
        [f.id],
      );
      const s = await slow;
      // Polling after what it saw, the reader misses nothing: the slow change comes after.
      assert.deepEqual(
        (await seenAfter(during[0]!.seq)).map((r) => r.id),
        [s.id],
      );
    } else {
      // SQLite runs one writer at a time.
      const s = await slow;
      assert.deepEqual(events, ['slow wrote', 'slow commits', 'fast committed']);
      assert.deepEqual(
        (await seenAfter(base)).map((r) => r.id),
        [s.id, f.id],
      );
    }
  });

  test('a change numbered but not committed holds the next number back', async (c) => {
    if (!onPostgres) return c.skip('SQLite runs one writer at a time');
    const events: string[] = [];
    const base = await lastSeq();
    const x = await t.store.stories.insert(write({ title: 'numbered, then slow' }));
    const raw = openSchemaDb<Database>(t);
    try {
      // A transaction numbering its change now (not at its end) holds the lock to its commit.
      let numbered!: () => void;
      const isNumbered = new Promise<void>((resolve) => (numbered = resolve));
      const held = raw.transaction().execute(async (trx) => {
        await bumpChangeSeq(trx, 'postgres', x.id);
        events.push('numbered');
        numbered();
        await sleep(300);
        events.push('held commits');
      });
      await isNumbered;
      const fast = other.stories.insert(write({ title: 'after the numbered one' }));
      // Meanwhile a reader sees x's first number, not the one held back.
      assert.deepEqual(
        (await seenAfter(base, other)).map((r) => r.id),
        [x.id],
      );
      const first = (await seenAfter(base, other))[0]!.seq;
      const f = await fast;
      events.push('fast committed');
      await held;
      assert.deepEqual(events, ['numbered', 'held commits', 'fast committed']);
      assert.deepEqual(
        (await seenAfter(first)).map((r) => r.id),
        [x.id, f.id],
      );
    } finally {
      await raw.destroy();
    }
  });

  test('a reader polling while writers cross misses no change and sees none twice', async () => {
    const base = await lastSeq();
    let cursor = base;
    const seen: number[] = [];
    let writing = true;
    const poll = async () => {
      for (const r of await seenAfter(cursor, other)) {
        seen.push(r.id);
        cursor = r.seq;
      }
    };
    const reader = (async () => {
      while (writing) {
        await poll();
        await sleep(5);
      }
    })();
    const writer = async (store: KyselyStore, name: string) => {
      const ids: number[] = [];
      for (let i = 0; i < 8; i++) {
        const id = await store.transaction(async (tx) => {
          const s = await tx.stories.insert(write({ title: `${name} ${i}` }));
          // Some writers stay open a little after writing, before they number their change.
          if (i % 3 === 0) await sleep(20);
          return s.id;
        });
        ids.push(id);
      }
      return ids;
    };
    const written = (await Promise.all([writer(t.store, 'one'), writer(other, 'two')])).flat();
    writing = false;
    await reader;
    await poll();
    assert.deepEqual(
      [...seen].sort((a, b) => a - b),
      [...written].sort((a, b) => a - b),
    );
  });
});

describe('claims', () => {
  test('two processes claiming at once share the due deliveries, none twice', async () => {
    const story = await t.store.stories.insert(write());
    const now = '2025-12-06T09:00:00.000Z';
    await t.store.distribution.insertDeliveries(
      Array.from({ length: 40 }, (_, i) => ({
        eventId: i + 1,
        kind: 'cdn' as const,
        webhookId: null,
        eventType: 'story.updated',
        storyId: story.id,
        body: JSON.stringify({ keys: [`k${i}`] }),
        createdAt: now,
      })),
    );
    const lease = '2025-12-06T09:01:00.000Z';
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? other : t.store).distribution.claimDeliveries(now, lease, 9),
      ),
    );
    const ids = claims.flat().map((d) => d.id);
    assert.equal(ids.length, 40);
    assert.equal(new Set(ids).size, 40, 'no delivery claimed twice');
    assert.ok(claims.flat().every((d) => d.attempts === 1 && d.nextAttemptAt === lease));
    // Leased: not due again until the lease is over.
    assert.deepEqual(await t.store.distribution.claimDeliveries(now, lease, 100), []);
    const again = await t.store.distribution.claimDeliveries(
      lease,
      '2025-12-06T09:02:00.000Z',
      100,
    );
    assert.equal(again.length, 40, 'a dead process leaves them to be taken again');
    assert.ok(again.every((d) => d.attempts === 2));
    for (const d of again)
      await t.store.distribution.finishAttempt(d.id, {
        status: 'delivered',
        at: lease,
        nextAttemptAt: null,
        statusCode: 200,
        error: null,
      });
  });

  test('story events are fanned out once by one of two processes', async () => {
    const story = await t.store.stories.insert(write());
    for (let i = 0; i < 30; i++)
      await t.store.distribution.recordStoryEvent(
        {
          type: 'story.updated',
          storyId: story.id,
          edition: 'en',
          at: `2025-12-06T09:00:${String(i).padStart(2, '0')}.000Z`,
          keys: ['sitemap'],
        },
        '2025-12-06T09:00:00.000Z',
      );
    const now = '2025-12-06T10:00:00.000Z';
    const claim = (store: KyselyStore) =>
      store.transaction(async (tx) => {
        const events = await tx.distribution.claimStoryEvents(now, 7);
        await sleep(20);
        return events.map((e) => e.id);
      });
    const rounds = await Promise.all([
      claim(t.store),
      claim(other),
      claim(t.store),
      claim(other),
      claim(t.store),
    ]);
    const ids = rounds.flat();
    assert.equal(new Set(ids).size, ids.length, 'no event twice');
    assert.equal(ids.length, 30);
    assert.deepEqual(
      await t.store.transaction((tx) => tx.distribution.claimStoryEvents(now, 7)),
      [],
    );
    assert.equal(
      (await t.store.distribution.pruneDistribution('2025-12-07T00:00:00.000Z')) >= 30,
      true,
    );
  });
});
