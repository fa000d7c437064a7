// The upkeep of the search index: rebuilt when an upgrade changes what it keeps; bulk writes rebuild the text indexes at their end.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import {
  onPostgres,
  openTestStore,
  TEST_DATABASE_URL,
  type TestStore,
} from '../../test/support/test-store.js';
import { publishedStory } from '../../test/support/story-write.js';
import type { EditionCode } from '../domain/editions.js';
import { EDITION_PARTS } from './migrations/0009-search-by-edition.js';
import { loadConfig } from '../server/config.js';
import { openStore } from '../server/open-store.js';
import { VOCABULARY_PER_LENGTH } from './port.js';
import { analyzeQuery, parseQuery } from './query/index.js';

let t: TestStore;
before(async () => {
  t = await openTestStore();
});
after(async () => {
  await t.dispose();
});

/** A top-level rubric of the test store. */
function newRubric(edition: EditionCode, slug: string, name: string) {
  return t.store.taxonomy.createRubric({ edition, slug, name, parentId: null, position: 0 });
}

async function findIds(q: string, edition: EditionCode = 'ru'): Promise<number[]> {
  // Stories are indexed after their write commits: what was queued first.
  await t.store.search.drain();
  const result = await t.store.search.query({
    query: analyzeQuery(parseQuery(q), edition),
    scope: { editions: [edition], unpublishedEditions: [], nowSec: Math.floor(Date.now() / 1000) },
    filters: {},
    sort: 'relevance',
    limit: 10,
    offset: 0,
  });
  return result.hits.map((h) => h.id);
}

test('stories indexed before the pair migration are found by phrase after the upgrade', async () => {
  const s = t.store;
  const rubric = await newRubric('ru', 'politika', 'Политика');
  const story = await s.stories.insert(
    publishedStory({
      edition: 'ru',
      title: 'Лондон снял эмбарго на поставки оружия',
      slug: 'embargo',
      lead: 'Решение принято после переговоров в Баку.',
      rubricId: rubric.id,
      publishedAt: '2025-12-04T10:00:00.000Z',
    }),
  );
  // Back to the schema of the release before pairs (its index empty, as the down step leaves it),
  // then open as the new release does.
  await s.search.drain();
  await s.migrateDownTo('0006-media');
  await s.migrate();
  assert.deepEqual(await findIds('"эмбарго на поставки"'), [story.id]);
  assert.deepEqual(await findIds('переговорами'), [story.id]);
  assert.deepEqual(await findIds('"поставки эмбарго"'), []);
});

test('the upgrade to one search table per edition keeps every entry, each in its edition', async () => {
  const s = t.store;
  const rubric = await newRubric('en', 'energy', 'Energy');
  const write = publishedStory({
    edition: 'en',
    title: 'Caspian pipeline reaches the coast',
    slug: 'pipeline-coast',
    lead: 'Engineers welded the last section overnight.',
    rubricId: rubric.id,
    publishedAt: '2025-12-05T10:00:00.000Z',
  });
  const story = await s.stories.insert(write);
  await s.search.drain();
  await s.migrateDownTo('0008-vocabulary-probe');
  const before = await entriesByTable();
  if (onPostgres) assert.deepEqual(Object.keys(before), ['search_doc']);
  await s.migrate();
  const after = await entriesByTable();
  if (onPostgres) {
    // Copied, not rebuilt: as many entries as before, each in its edition's table.
    assert.deepEqual(Object.keys(after), ['search_doc_en', 'search_doc_ru']);
    assert.equal(after.search_doc_en! + after.search_doc_ru!, before.search_doc!);
    // An edited story is written anew in its edition's table.
    await s.stories.update(story.id, { ...write, title: 'Caspian pipeline welded to the coast' });
    await s.search.drain();
    assert.deepEqual(await entriesByTable(), after);
  }
  assert.deepEqual(await findIds('welding', 'en'), [story.id]);
});

test('the upgrade to a ranking table copies every entry, each vector in its row as it is', async () => {
  const s = t.store;
  const rubric = await newRubric('az', 'iqtisadiyyat', 'İqtisadiyyat');
  const story = await s.stories.insert(
    publishedStory({
      edition: 'az',
      title: 'Neft hasilatı artıb',
      slug: 'neft-hasilati',
      lead: 'Yataqlarda hasilat ötən aya nisbətən çoxalıb.',
      rubricId: rubric.id,
      publishedAt: '2025-12-06T10:00:00.000Z',
      // Many words of one long root: search_doc keeps such a vector compressed (in TOAST).
      blocks: [
        {
          type: 'paragraph',
          content: [
            {
              text: Array.from(
                { length: 200 },
                (_, i) => `neftçıxarmaməntəqələri${String.fromCharCode(97 + (i % 26))}${i}`,
              ).join(' '),
            },
          ],
        },
      ],
    }),
  );
  await s.search.drain();
  await s.migrateDownTo('0009-search-by-edition');
  if (onPostgres) assert.deepEqual(await rankTable(), null);
  await s.migrate();
  if (onPostgres) {
    const entries = Object.values(await entriesByTable()).reduce((a, b) => a + b, 0);
    assert.ok(entries >= 1);
    assert.deepEqual(await rankTable(), { rows: entries, differ: 0, compressed: 0, toast: 0 });
    // The release before dates in the ranking table (0011): its rows get their entries' dates.
    await s.search.drain();
    await s.migrateDownTo('0010-search-rank');
    assert.deepEqual(await columnsOf('search_rank'), ['story_id', 'tsv']);
    await s.migrate();
    assert.deepEqual(await columnsOf('search_rank'), ['story_id', 'sort_sec', 'tsv']);
    assert.deepEqual(await rankTable(), { rows: entries, differ: 0, compressed: 0, toast: 0 });
  }
  assert.deepEqual(await findIds('hasilatın', 'az'), [story.id]);
});

/** PostgreSQL: the columns of a table of the test's schema, in order. */
async function columnsOf(table: string): Promise<string[]> {
  const rows = await pgRows<{ name: string }>(
    `select attname as name from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped order by attnum`,
    [`${t.env.LEDE_DATABASE_SCHEMA}.${table}`],
  );
  return rows.map((r) => r.name);
}

/**
 * PostgreSQL: search_rank beside search_doc — its rows, how many vectors differ from (or lack, or
 * outlive) their entry's, how many are stored compressed, and the bytes of its TOAST table; null when
 * there is no such table.
 */
async function rankTable(): Promise<{
  rows: number;
  differ: number;
  compressed: number;
  toast: number;
} | null> {
  const schema = t.env.LEDE_DATABASE_SCHEMA;
  const [exists] = await pgRows<{ oid: string | null }>(`select to_regclass($1) as oid`, [
    `${schema}.search_rank`,
  ]);
  if (!exists?.oid) return null;
  const [row] = await pgRows<{ rows: string; differ: string; compressed: string; toast: string }>(
    `select (select count(*) from ${schema}.search_rank) as rows,
      (select count(*) from ${schema}.search_doc d full join ${schema}.search_rank r using (story_id)
        where r.tsv is distinct from d.tsv or r.sort_sec is distinct from d.sort_sec) as differ,
      (select count(*) from ${schema}.search_rank where pg_column_compression(tsv) is not null) as compressed,
      (select pg_relation_size(reltoastrelid) from pg_class where oid = $1::regclass) as toast`,
    [`${schema}.search_rank`],
  );
  return {
    rows: Number(row!.rows),
    differ: Number(row!.differ),
    compressed: Number(row!.compressed),
    toast: Number(row!.toast),
  };
}

test('relevance follows an edit: a word moved into the headline ranks its story first', async () => {
  const s = t.store;
  const rubric = await newRubric('ru', 'energetika', 'Энергетика');
  const story = (n: number, title: string, publishedAt: string) =>
    publishedStory({
      edition: 'ru',
      title,
      slug: `truboprovod-${n}`,
      lead: 'Строители закончили сварку последнего участка трубопровода.',
      rubricId: rubric.id,
      publishedAt,
    });
  const older = story(1, 'Совещание в министерстве', '2025-11-01T10:00:00.000Z');
  const a = await s.stories.insert(older);
  const b = await s.stories.insert(story(2, 'Итоги недели', '2025-11-20T10:00:00.000Z'));
  // The same lead: the newer story comes first.
  assert.deepEqual(await findIds('трубопроводом'), [b.id, a.id]);
  // Re-dated, the older one is the newer: ranking reads the date kept beside its vector.
  await s.stories.update(a.id, { ...older, publishedAt: '2025-11-25T10:00:00.000Z' });
  assert.deepEqual(await findIds('трубопроводом'), [a.id, b.id]);
  if (onPostgres) assert.deepEqual((await rankTable())?.differ, 0);
  await s.stories.update(a.id, older);
  assert.deepEqual(await findIds('трубопроводом'), [b.id, a.id]);
  await s.stories.update(a.id, { ...older, title: 'Трубопровод достроен' });
  assert.deepEqual(await findIds('трубопроводом'), [a.id, b.id]);
  // A story taken back is gone from the ranking as from the count.
  await s.stories.update(a.id, { ...older, status: 'draft' });
  assert.deepEqual(await findIds('трубопроводом'), [b.id]);
  if (onPostgres) assert.deepEqual((await rankTable())?.differ, 0);
  // An entry removed (its story gone) leaves nothing behind.
  await s.search.remove(b.id);
  assert.deepEqual(await findIds('трубопроводом'), []);
  if (onPostgres) assert.deepEqual((await rankTable())?.differ, 0);
});

test('a story too long for a page is indexed and ranked all the same', async () => {
  const s = t.store;
  const rubric = (await s.taxonomy.listRubrics('en'))[0]!;
  // 3,000 different made-up words: a tsvector of about 40 KB, more than a heap page holds.
  const words = Array.from({ length: 3000 }, (_, i) => `zq${i.toString(36)}word`);
  const long = await s.stories.insert(
    publishedStory({
      edition: 'en',
      title: 'Harbour cranes tested',
      slug: 'harbour-cranes-long',
      rubricId: rubric.id,
      publishedAt: '2025-12-07T10:00:00.000Z',
      blocks: [{ type: 'paragraph', content: [{ text: `${words.join(' ')} harbour` }] }],
    }),
  );
  const short = await s.stories.insert(
    publishedStory({
      edition: 'en',
      title: 'Quay repaired',
      slug: 'quay-repaired',
      rubricId: rubric.id,
      publishedAt: '2025-12-08T10:00:00.000Z',
      blocks: [{ type: 'paragraph', content: [{ text: 'The harbour quay was repaired.' }] }],
    }),
  );
  // Ranked: a story whose vector was not kept for ranking would be counted but never listed.
  assert.deepEqual((await findIds('harbours', 'en')).sort(), [long.id, short.id].sort());
  assert.deepEqual(await findIds('crane', 'en'), [long.id]);
  assert.deepEqual(await findIds(words[2999]!, 'en'), [long.id]);
  if (onPostgres) assert.deepEqual((await rankTable())?.differ, 0);
});

test('the upgrade to filter tokens gives each entry the tokens a new entry gets', async () => {
  const s = t.store;
  const rubric = await newRubric('az', 'region', 'Regionlar');
  const tags = await Promise.all(
    ['tovuz', 'qazax'].map((slug) => s.taxonomy.createTag({ edition: 'az', slug, name: slug })),
  );
  const writer = await s.taxonomy.createAuthor({ name: 'Aydan Məmmədli', slug: 'aydan' });
  const dates = [
    '2024-12-31T23:59:59.000Z',
    '2025-01-01T00:00:00.000Z',
    '2019-07-09T03:00:00.000Z',
  ];
  const stories = [];
  for (const [i, publishedAt] of dates.entries())
    stories.push(
      await s.stories.insert(
        publishedStory({
          edition: 'az',
          title: `Tovuzda yeni körpü ${i}`,
          slug: `korpu-${i}`,
          rubricId: rubric.id,
          type: i === 0 ? 'interview' : 'news',
          authorId: i === 1 ? null : writer.id,
          tagIds: tags.slice(0, i).map((tag) => tag.id),
          publishedAt,
        }),
      ),
    );
  await s.search.drain();
  const written = await facetsOf(stories.map((story) => story.id));
  if (onPostgres) assert.equal(written.length, 3);
  await s.search.drain();
  await s.migrateDownTo('0011-search-rank-dates');
  if (onPostgres) {
    assert.ok(!(await columnsOf('search_doc')).includes('facets'));
    assert.ok((await postgresIndexes()).every((index) => !index.includes('facets')));
  }
  const vacuumsBefore = await vacuumsOf('search_doc_az_0');
  await s.migrate();
  assert.deepEqual(await facetsOf(stories.map((story) => story.id)), written);
  if (onPostgres) {
    // Built once the update has committed and VACUUM has taken the old row versions away.
    const indexes = await postgresIndexes();
    assert.equal(indexes.length, 3 * 2 * EDITION_PARTS);
    assert.ok(
      indexes.every((index) => / \((tsv|pairs), facets\)$/.test(index)),
      indexes[0],
    );
    assert.equal(await vacuumsOf('search_doc_az_0'), vacuumsBefore + 1);
  }
  const types = await s.search.query({
    query: analyzeQuery(parseQuery('körpü'), 'az'),
    scope: { editions: ['az'], unpublishedEditions: [], nowSec: Math.floor(Date.now() / 1000) },
    filters: {
      types: ['news'],
      tagIds: [tags[0]!.id],
      fromSec: Date.parse('2019-01-01T00:00:00Z') / 1000,
      toSec: Date.parse('2025-01-01T00:00:01Z') / 1000,
    },
    sort: 'date',
    limit: 10,
    offset: 0,
  });
  assert.deepEqual(
    types.hits.map((h) => h.id),
    [stories[1]!.id, stories[2]!.id],
  );
});

test('opening a database an older release left says what it upgrades, and then nothing', async () => {
  await t.store.migrateDownTo('0011-search-rank-dates');
  const open = async () => {
    const heard: string[] = [];
    const logger = { info: (m: string) => heard.push(m), warn() {}, error() {} };
    const store = await openStore(loadConfig({ ...t.env, LEDE_DEMO: 'off' }), logger);
    await store.close();
    return heard;
  };
  const heard = await open();
  // 0012 and every migration after it, by name, in order.
  assert.match(heard[0]!, /^migrating the database: 0012-search-facets(, \d{4}-[a-z-]+)*$/);
  assert.match(heard[1]!, /^database migrated in \d+\.\d s$/);
  // PostgreSQL builds the text indexes the migration left out, and says so before it starts.
  if (onPostgres) assert.match(heard[2]!, /^building the search indexes: minutes on a large/);
  assert.equal(heard.length, onPostgres ? 3 : 2);
  assert.deepEqual(await open(), []);
});

/** PostgreSQL: how many times VACUUM has run on a table of the test's schema. */
async function vacuumsOf(table: string): Promise<number> {
  if (!onPostgres) return 0;
  const [row] = await pgRows<{ n: string }>(
    `select vacuum_count as n from pg_stat_user_tables where schemaname = $1 and relname = $2`,
    [t.env.LEDE_DATABASE_SCHEMA, table],
  );
  return Number(row?.n ?? 0);
}

/** PostgreSQL: the filter tokens of these stories' entries, in story order; [] on SQLite. */
async function facetsOf(ids: number[]): Promise<{ id: number; facets: string }[]> {
  if (!onPostgres) return [];
  return pgRows<{ id: number; facets: string }>(
    `select story_id as id, facets::text as facets from ${t.env.LEDE_DATABASE_SCHEMA}.search_doc
    where story_id = any($1::integer[]) order by story_id`,
    [ids],
  );
}

/** Rows of a statement on the test's PostgreSQL database. */
async function pgRows<R extends pg.QueryResultRow>(
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<R>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** How many search entries each edition's table of the test's PostgreSQL schema holds. */
async function entriesByTable(): Promise<Record<string, number>> {
  if (!onPostgres) return {};
  const rows = await pgRows<{ name: string; n: string }>(
    // An edition's table is cut in parts: each entry counts for the part's parent, if any.
    `select coalesce(p.relname, c.relname) as name, count(*) as n
    from ${t.env.LEDE_DATABASE_SCHEMA}.search_doc d join pg_class c on c.oid = d.tableoid
    left join pg_inherits i on i.inhrelid = d.tableoid left join pg_class p on p.oid = i.inhparent
    where p.relname is null or p.relname = 'search_doc_' || d.edition
    group by 1 order by 1`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}

test('a bulk write puts its text indexes back at its end, even when it fails', async () => {
  const s = t.store;
  await assert.rejects(
    s.search.bulk(async () => {
      throw new Error('the import broke');
    }),
    /the import broke/,
  );
  assert.equal(await s.search.bulk(() => Promise.resolve(7)), 7);
  if (onPostgres) {
    // Each part of each edition's table has its GIN indexes back (migration 0009).
    const editionTables = ['search_doc_az', 'search_doc_en', 'search_doc_ru'];
    const parts = editionTables.flatMap((table) =>
      Array.from({ length: EDITION_PARTS }, (_, part) => `${table}_${part}`),
    );
    assert.deepEqual(
      await postgresIndexes(),
      parts.flatMap((table) => [`${table} (pairs, facets)`, `${table} (tsv, facets)`]),
    );
    // The planner's statistics of the tables a bulk write fills are fresh.
    assert.deepEqual(
      await analyzedTables(),
      [
        'search_doc',
        ...editionTables,
        ...parts,
        'search_rank',
        'search_word',
        'story',
        'story_author',
        'story_tag',
      ].sort(),
    );
  }
  assert.equal((await findIds('"эмбарго на поставки"')).length, 1);
});

test('a store that opens without its text indexes (a bulk write cut short) builds them', async (ctx) => {
  if (!onPostgres) return ctx.skip('PostgreSQL only');
  const schema = t.env.LEDE_DATABASE_SCHEMA;
  const all = await postgresIndexes();
  await pgRows(`drop index ${schema}.search_doc_pairs`);
  assert.deepEqual(
    await postgresIndexes(),
    all.filter((index) => !index.includes('pairs')),
  );
  await t.store.migrate();
  assert.deepEqual(await postgresIndexes(), all);
});

/** The file of the vocabulary table (a VACUUM FULL writes a new one). */
async function vocabularyFile(): Promise<string> {
  const [row] = await pgRows<{ file: string }>(
    `select pg_relation_filenode($1::regclass) as file`,
    [`${t.env.LEDE_DATABASE_SCHEMA}.search_word`],
  );
  return String(row?.file);
}

/** The tables of the test's PostgreSQL schema that ANALYZE has seen. */
async function analyzedTables(): Promise<string[]> {
  return tablesWhere('last_analyze is not null');
}

async function tablesWhere(condition: string): Promise<string[]> {
  const rows = await pgRows<{ relname: string }>(
    `select relname from pg_stat_user_tables where schemaname = $1 and ${condition} order by relname`,
    [t.env.LEDE_DATABASE_SCHEMA],
  );
  return rows.map((row) => row.relname);
}

test('a bulk write leaves the vocabulary it counted without dead rows', async (ctx) => {
  if (!onPostgres) return ctx.skip('PostgreSQL only');
  const s = t.store;
  const rubric = await newRubric('en', 'shipping', 'Shipping');
  // 512 made-up words, each in stories of every batch: each batch adds to their counts, and
  // their rows are written anew (an index holds the count, so not in place).
  const syllables = ['ka', 'lo', 'mi', 'ten', 'ros', 'vu', 'dar', 'sel'];
  const words = Array.from(
    { length: 512 },
    (_, n) => `${syllables[n % 8]}${syllables[(n >> 3) % 8]}${syllables[(n >> 6) % 8]}quay`,
  );
  const fileBefore = await vocabularyFile();
  await s.search.bulk(async () => {
    for (let batch = 0; batch < 8; batch++)
      await s.stories.insertMany(
        Array.from({ length: 16 }, (_, i) =>
          publishedStory({
            edition: 'en',
            title: `Grain convoy ${batch}-${i} reaches the harbour`,
            slug: `convoy-${batch}-${i}`,
            lead: `Tugboats guided the grain convoy: ${words.slice(i * 32, i * 32 + 32).join(' ')}.`,
            rubricId: rubric.id,
            publishedAt: '2025-11-02T08:00:00.000Z',
          }),
        ),
      );
  });
  // Written anew: a new file, which holds the rows (with their headers and pointers) and no more.
  // The rows are the live ones, and those a transaction open elsewhere on the server may still
  // see, which no VACUUM takes away (pgstattuple counts both).
  assert.notEqual(await vocabularyFile(), fileBefore);
  const schema = t.env.LEDE_DATABASE_SCHEMA;
  await pgRows(`create extension if not exists pgstattuple with schema public`);
  const [row] = await pgRows<{ pages: string; rows: string }>(
    `select table_len / 8192 as pages, tuple_len + dead_tuple_len + 28 * (tuple_count + dead_tuple_count) as rows
    from public.pgstattuple($1::regclass)`,
    [`${schema}.search_word`],
  );
  assert.ok(
    Number(row!.pages) <= Math.ceil(Number(row!.rows) / 8000),
    `${row!.pages} pages for ${row!.rows} bytes of rows`,
  );
  assert.equal((await findIds('convoy kalokaquay', 'en')).length, 8);
});

test('a search inside a transaction finds the story and leaves the transaction as it was', async () => {
  // PostgreSQL steers its planner with SET LOCAL for a search: inside a caller's transaction
  // the settings must be put back at the search's end.
  const seqscan = async (tx: unknown) =>
    onPostgres
      ? (
          await sql<{
            enable_seqscan: string;
          }>`show enable_seqscan`.execute((tx as { db: Kysely<unknown> }).db)
        ).rows[0]?.enable_seqscan
      : 'on';
  await t.store.transaction(async (tx) => {
    const before = await seqscan(tx);
    const result = await tx.search.query({
      query: analyzeQuery(parseQuery('эмбарго'), 'ru'),
      scope: { editions: ['ru'], unpublishedEditions: [], nowSec: Math.floor(Date.now() / 1000) },
      filters: {},
      sort: 'relevance',
      limit: 10,
      offset: 0,
    });
    assert.equal(result.total, 1);
    assert.equal(await seqscan(tx), before);
    assert.equal(before, 'on');
  });
});

/** The GIN indexes of the test's PostgreSQL schema. */
async function postgresIndexes(): Promise<string[]> {
  const rows = await pgRows<{ index: string }>(
    `select c.relname || ' ' || substring(pg_get_indexdef(i.indexrelid) from '\\([\\w, ]+\\)$') as index
    from pg_index i join pg_class c on c.oid = i.indrelid join pg_class x on x.oid = i.indexrelid
    join pg_am am on am.oid = x.relam
    where c.relnamespace = $1::regnamespace and c.relkind = 'r' and am.amname = 'gin' order by 1`,
    [t.env.LEDE_DATABASE_SCHEMA],
  );
  return rows.map((row) => row.index);
}

test('"did you mean" reads the most frequent words of each length, and the word itself', async () => {
  const s = t.store;
  const rubric =
    (await s.taxonomy.listRubrics('en'))[0] ?? (await newRubric('en', 'world', 'World'));
  // VOCABULARY_PER_LENGTH + 30 six-letter words starting with "q", in one story each, and one of
  // them ("qabcde") in five more: it must come first; a rare word is read only when asked for.
  const words = Array.from({ length: VOCABULARY_PER_LENGTH + 30 }, (_, i) => {
    let word = '';
    for (let n = i, k = 0; k < 5; k++, n = Math.floor(n / 26))
      word = String.fromCharCode(97 + (n % 26)) + word;
    return `q${word}`;
  });
  const at = '2025-12-01T10:00:00.000Z';
  const story = (title: string, n: number) =>
    publishedStory({
      edition: 'en',
      title,
      slug: `vocabulary-${n}`,
      rubricId: rubric.id,
      publishedAt: at,
    });
  await s.stories.insertMany([
    ...words.map((w, i) => story(w, i)),
    ...[1, 2, 3, 4, 5].map((n) => story(words[7]!, 1000 + n)),
  ]);
  const probe = { edition: 'en' as const, first: 'q', minLength: 6, maxLength: 6 };
  const found = await s.search.vocabulary({ ...probe, key: 'qzzzzz' });
  assert.equal(found.length, VOCABULARY_PER_LENGTH);
  assert.deepEqual(found[0], { key: words[7], word: words[7], docs: 6 });
  const rare = words.find((w) => !found.some((f) => f.key === w))!;
  const asked = await s.search.vocabulary({ ...probe, key: rare });
  assert.ok(asked.some((f) => f.key === rare && f.docs === 1));
});
