// The ingest repo contract: sources, claims, incoming items; the same answers on SQLite and PostgreSQL (LEDE_DATABASE_URL chooses).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openTestStore, type TestStore } from '../../test/support/test-store.js';
import type { IncomingItem } from './ingest-port.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

const T0 = '2025-12-06T09:00:00.000Z';
const T1 = '2025-12-06T09:01:00.000Z';
const LATER = '2025-12-06T09:10:00.000Z';

function item(sourceId: number, over: Partial<IncomingItem> = {}): Omit<IncomingItem, 'id'> {
  return {
    sourceId,
    guid: 'urn:a',
    version: '1',
    hash: 'h1',
    status: 'incoming',
    edition: 'en',
    title: 'A',
    story: '{}',
    note: null,
    error: null,
    attempts: 0,
    retryAt: null,
    receivedAt: T0,
    updatedAt: T0,
    storyId: null,
    ...over,
  };
}

test('sources: a name once, claimed by one asker until the lease ends, then polled again', async () => {
  const repo = t.store.ingest;
  const base = {
    url: 'http://127.0.0.1:1/x',
    dir: null,
    format: 'rss' as const,
    edition: 'en' as const,
    everySeconds: 60,
    createdAt: T0,
    nextPollAt: T0,
  };
  const a = (await repo.addSource({ ...base, name: 'A' }))!;
  assert.equal(await repo.addSource({ ...base, name: 'A' }), null);
  assert.equal((await repo.claimDueSource(T1, LATER))?.id, a.id);
  assert.equal(await repo.claimDueSource(T1, LATER), null, 'held by the first claim');
  assert.equal(
    (await repo.claimDueSource(LATER.replace('10:00', '11:00'), '2025-12-06T10:00:00.000Z'))?.id,
    a.id,
    'a lapsed claim is taken over',
  );
  await repo.finishPoll(a.id, {
    lastPollAt: T1,
    lastError: 'HTTP 503',
    failures: 1,
    nextPollAt: LATER,
  });
  assert.equal(await repo.nextDue(), LATER);
  const [listed] = await repo.listSources();
  assert.equal(listed!.lastError, 'HTTP 503');
  assert.equal(listed!.failures, 1);
  assert.deepEqual(listed!.counts, { incoming: 0, withdrawn: 0, taken: 0, failed: 0 });
});

test('items: one per source and guid, replaced in place, listed by status, taken once', async () => {
  const repo = t.store.ingest;
  const source = (await repo.addSource({
    name: 'B',
    url: null,
    dir: '/tmp',
    format: 'ninjs',
    edition: 'en',
    everySeconds: 60,
    createdAt: T0,
    nextPollAt: T0,
  }))!;
  const first = await repo.saveItem(item(source.id));
  const again = await repo.saveItem(
    item(source.id, { version: '2', hash: 'h2', title: 'A2', updatedAt: T1 }),
  );
  assert.equal(again.id, first.id);
  assert.equal((await repo.findItem(source.id, 'urn:a'))!.title, 'A2');
  await repo.saveItem(item(source.id, { guid: 'urn:b', status: 'withdrawn', note: 'killed' }));
  const listed = await repo.listItems({ edition: 'en', statuses: ['incoming'], limit: 10 });
  assert.deepEqual(
    listed.map((i) => i.guid),
    ['urn:a'],
  );
  assert.equal(
    await repo.markTaken(first.id, 999_999, T1).catch(() => 'refused'),
    'refused',
    'the story must exist',
  );
  const counts = (await repo.listSources()).find((s) => s.id === source.id)!.counts;
  assert.deepEqual(counts, { incoming: 1, withdrawn: 1, taken: 0, failed: 0 });
  assert.equal(await repo.removeSource('B'), true);
  assert.equal(await repo.findItemById(first.id), null);
  assert.equal(await repo.removeSource('B'), false);
});
