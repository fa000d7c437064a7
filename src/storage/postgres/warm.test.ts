// Warming the database: PostgreSQL reads the search tables and the stories into its shared buffers, as far as they have room.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { hourlyStories } from '../../../test/support/story-write.js';
import {
  onPostgres,
  openSchemaDb,
  openTestStore,
  type TestStore,
} from '../../../test/support/test-store.js';
import { warmPostgres } from './warm.js';

const skip = !onPostgres && 'PostgreSQL only';
const NOW = Date.parse('2026-01-01T00:00:00Z');

let t: TestStore;
let db: Kysely<unknown>;

before(async () => {
  t = await openTestStore();
  await hourlyStories(t.store, 300, NOW, (i) => ({
    title: `Harbour report ${i}`,
    slug: `harbour-${i}`,
    lead: `Ships at the harbour gate, day ${i}, with cargo of grain and timber for the mills.`,
  }));
  if (!onPostgres) return;
  db = openSchemaDb<unknown>(t);
  await sql`create extension if not exists pg_buffercache with schema public`
    .execute(db)
    .catch(() => undefined);
});
after(async () => {
  await db?.destroy();
  await t.dispose();
});

/** How many of a table's blocks are in shared buffers, and how many it has. */
async function buffered(table: string): Promise<{ inBuffers: number; blocks: number }> {
  const row = (
    await sql<{ n: string; blocks: string }>`select
      (select count(*) from public.pg_buffercache b
        where b.reldatabase = (select oid from pg_database where datname = current_database())
          and b.relforknumber = 0
          and b.relfilenode = pg_relation_filenode(to_regclass(${table}))) as n,
      pg_relation_size(to_regclass(${table})) / 8192 as blocks`.execute(db)
  ).rows[0]!;
  return { inBuffers: Number(row.n), blocks: Number(row.blocks) };
}

test('reads the search tables and the stories into shared buffers', { skip }, async () => {
  // In one transaction on one connection, so that its own count of blocks read tells what the
  // warm-up read (the test's writes left these tables in shared buffers already).
  const { report, fetched } = await db.transaction().execute(async (trx) => {
    const blocksRead = async () => {
      const row = (
        await sql<{ rank: string; story: string }>`select
          pg_stat_get_xact_blocks_fetched(to_regclass('search_rank')) as rank,
          pg_stat_get_xact_blocks_fetched(to_regclass('story')) as story`.execute(trx)
      ).rows[0]!;
      return { search_rank: Number(row.rank), story: Number(row.story) };
    };
    const before = await blocksRead();
    const report = await warmPostgres(trx);
    const after = await blocksRead();
    const fetched = new Map([
      ['search_rank', after.search_rank - before.search_rank],
      ['story', after.story - before.story],
    ]);
    return { report, fetched };
  });
  assert.equal(report.note, null);
  const what = report.parts.filter((p) => p.loaded).map((p) => p.what);
  for (const part of [
    'search entries and their word and date indexes',
    'ranking vectors',
    'stories',
    'phrase index (word pairs)',
  ])
    assert.ok(what.includes(part), `${part} read: ${what.join(', ')}`);
  for (const table of ['search_rank', 'story']) {
    const after = await buffered(table);
    assert.ok(after.blocks > 0);
    assert.equal(fetched.get(table), after.blocks, `${table}: each block read once`);
    assert.equal(after.inBuffers, after.blocks, `${table}: every block in shared buffers`);
  }
  assert.ok(report.room > 0 && report.room < report.sharedBuffers);
  assert.equal(
    report.wanted,
    report.parts.reduce((sum, p) => sum + p.bytes, 0),
  );
});

test('the store warms PostgreSQL through the same code', { skip }, async () => {
  const report = await t.store.warm();
  assert.ok(report.parts.length > 0 && report.parts.every((p) => p.loaded));
});

test(
  'with too little room, reads the first parts that fit and says what to set',
  { skip },
  async () => {
    const all = await warmPostgres(db, { room: 0 });
    assert.deepEqual(
      all.parts.filter((p) => p.loaded),
      [],
    );
    assert.match(all.note ?? '', /set shared_buffers to \d+ MB or more/);
    // Room for the first two parts exactly: those are read, the larger ones after them are not.
    const [first, second] = all.parts;
    const some = await warmPostgres(db, { room: first!.bytes + second!.bytes });
    assert.deepEqual(
      some.parts.map((p) => p.loaded),
      all.parts.map((p, i) => i < 2 || p.bytes === 0),
    );
    assert.ok(second!.bytes > 0, 'the search entries take room');
  },
);

test(
  'SQLite has nothing to read into a server',
  { skip: onPostgres && 'SQLite only' },
  async () => {
    const report = await t.store.warm();
    assert.deepEqual(report.parts, []);
    assert.equal(report.note, null);
  },
);
