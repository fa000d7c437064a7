// Search benchmark: builds a synthetic archive of N stories and measures query latency (p50, p95) and memory.
//
//   node --import tsx bench/search.ts [--stories 1000000] [--postgres URL] [--db FILE] [--queries 200] [--reindex] [--slowest K] [--warmup K] [--alone] [--seed S] [--warm]
//
// --alone: Lede's own queries only, without the comparison rows (phrase by positions, the
// previous release's statements), whose reads would share the memory Lede's queries find warm.
// --seed S: draws the measured queries with seed S (default 42); a run after another with the
// same seed measures queries whose pages the first one read.

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultEditions, type EditionCode } from '../src/domain/editions.js';
import { generateArchive } from '../src/importers/synthetic/generate-archive.js';
import { randomSource, TextGenerator } from '../src/importers/synthetic/text-generator.js';
import { validateBlocksWithSchema } from '../src/newsroom/editor/validate-blocks.js';
import type { Deps } from '../src/operations/deps.js';
import { searchPublic, type SearchInput } from '../src/operations/search-stories.js';
import { ManualClock } from '../src/platform/clock.js';
import { memoryEventBus } from '../src/platform/events.js';
import { silentLogger } from '../src/platform/logger.js';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import {
  COUNT_LIMIT,
  FIELD_WEIGHTS,
  type SearchFilters,
  type SearchRequest,
} from '../src/search/port.js';
import { PostgresSearchIndex } from '../src/search/postgres/postgres-search-index.js';
import type { Database as LedeDatabase } from '../src/storage/schema.js';
import type { AnalyzedQuery } from '../src/search/query/analyze-query.js';
import type { SearchDatabase } from '../src/search/schema.js';
import { scopeRanges } from '../src/search/sqlite/doc-key.js';
import { analyzeQuery, parseQuery } from '../src/search/query/index.js';
import { searchIndexing } from '../src/search/create-search-index.js';
import type { SearchIndex } from '../src/search/port.js';
import { KyselyIndexedStories } from '../src/storage/indexed-stories.js';
import type { IndexedStories } from '../src/storage/story-index-port.js';
import type { KyselyStore } from '../src/storage/kysely-store.js';
import { openPostgresStore } from '../src/storage/postgres/connect.js';
import { openSqliteStore } from '../src/storage/sqlite/connect.js';
import { warmReportLines } from '../src/cli/commands/database.js';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000000' },
    postgres: { type: 'string' },
    db: { type: 'string' },
    queries: { type: 'string', default: '200' },
    reindex: { type: 'boolean', default: false },
    slowest: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '20' },
    alone: { type: 'boolean', default: false },
    seed: { type: 'string', default: '42' },
    warm: { type: 'boolean', default: false },
  },
});
const N = Number(values.stories);
const Q = Number(values.queries);
const NOW = new Date('2026-01-01T00:00:00Z');
const EDITIONS: EditionCode[] = ['az', 'ru', 'en'];

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function open(): Promise<{ store: KyselyStore<SearchIndex>; label: string }> {
  if (values.postgres) {
    const store = await openPostgresStore(values.postgres, searchIndexing, {
      schema: `bench_search_${N}`,
    });
    return { store, label: 'PostgreSQL' };
  }
  const file = values.db ?? path.join(tmpdir(), `lede-bench-search-${N}`, 'lede.sqlite');
  mkdirSync(path.dirname(file), { recursive: true });
  return { store: await openSqliteStore(file, searchIndexing), label: `SQLite (${file})` };
}

/**
 * A phrase the way Lede asked it before word pairs, by the stems' positions: count (up to
 * COUNT_LIMIT) and a page of 20 ranked over every match, straight on the database. Measured beside
 * the pair lookup on the same archive, in the same run.
 */
async function byPositions(): Promise<{
  query: (q: AnalyzedQuery, edition: EditionCode, nowSec: number) => Promise<number>;
  close: () => Promise<void>;
}> {
  const stems = (q: AnalyzedQuery) => (q.kind === 'phrase' || q.kind === 'term' ? q.stems : []);
  if (values.postgres) {
    const client = new pg.Client({
      connectionString: values.postgres,
      options: `-c search_path=bench_search_${N}`,
    });
    await client.connect();
    return {
      async query(q, edition, nowSec) {
        const tsq = stems(q)
          .map((s) => `'${s.replaceAll("'", "''")}'`)
          .join(' <-> ');
        const where = `tsv @@ $1::tsquery and edition = $2 and public_sec <= $3`;
        const count = await client.query<{ n: string }>(
          `select count(*) as n from (select 1 from search_doc where ${where} limit ${COUNT_LIMIT}) m`,
          [tsq, edition, nowSec],
        );
        await client.query(
          `select story_id, ts_rank_cd('{0, 0.1, 0.4, 1}', tsv, $1::tsquery, 1) as s from search_doc where ${where} order by s desc limit 20`,
          [tsq, edition, nowSec],
        );
        return Number(count.rows[0]?.n ?? 0);
      },
      close: () => client.end(),
    };
  }
  const file = values.db ?? path.join(tmpdir(), `lede-bench-search-${N}`, 'lede.sqlite');
  const db = new Database(file, { readonly: true });
  const w = FIELD_WEIGHTS;
  const count = db.prepare(
    'select count(*) as n from (select rowid from search_fts where search_fts match ? and rowid between ? and ? order by rowid desc limit ?)',
  );
  const ranked = db.prepare(
    `select rowid, -bm25(search_fts, ${w.title}, ${w.lead}, ${w.body}, 0, 0, 0, 0) as s from search_fts where search_fts match ? and rowid between ? and ? order by s desc limit 20`,
  );
  return {
    query(q, edition, nowSec) {
      const match = `"${stems(q).join(' ')}"`;
      const [r] = scopeRanges({ editions: [edition], unpublishedEditions: [], nowSec }, {});
      const n = (count.get(match, r!.lo, r!.hi, COUNT_LIMIT) as { n: number }).n;
      if (n > 0 && n < COUNT_LIMIT) ranked.all(match, r!.lo, r!.hi);
      return Promise.resolve(n);
    },
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/** A variant of Lede's PostgreSQL index, run beside it on the same queries of one kind. */
interface Beside {
  /** The kind of query it runs beside, and the label of its figures. */
  kind: string;
  label: string;
  query: (request: SearchRequest) => Promise<number>;
  close: () => Promise<void>;
}

/**
 * PostgreSQL: Lede's own index as the previous release ran one part of it, over a connection of
 * its own; measured beside SearchIndex.query on the same queries, in turns, and checked to count
 * the same matches.
 * - one word in two statements: the count sends the window of the newest RANK_WINDOW matches to
 *   the application, which sends their ids back to be ranked;
 * - filtered, the filters tested on the rows: GIN yields every match of the words, and each
 *   match's row is tested for the filters (no filter tokens, migration 0012).
 */
function besides(): Beside[] {
  const variant = (
    kind: string,
    label: string,
    Index: new (db: Kysely<SearchDatabase>, stories: IndexedStories) => PostgresSearchIndex,
  ): Beside => {
    const db = new Kysely<LedeDatabase>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({
          connectionString: values.postgres,
          options: `-c search_path=bench_search_${N}`,
          max: 1,
        }),
      }),
    });
    const index = new Index(
      db as unknown as Kysely<SearchDatabase>,
      new KyselyIndexedStories(db, 'postgres'),
    );
    return {
      kind,
      label,
      query: async (request) => (await index.query(request)).total,
      close: () => db.destroy(),
    };
  };
  return [
    variant(
      'one word',
      'one word, in two statements',
      class extends PostgresSearchIndex {
        protected override inOneStatement(): boolean {
          return false;
        }
      },
    ),
    variant(
      'filtered',
      'filtered, filters tested on the rows',
      class extends PostgresSearchIndex {
        protected override facetsOf(): undefined {
          return undefined;
        }
      },
    ),
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Case {
  kind: string;
  input: SearchInput;
  filters?: SearchFilters;
}

/** Query words drawn like readers' queries: the Zipf ranks of the archive, frequent words included. */
function cases(rand: () => number): Case[] {
  const gens = new Map(EDITIONS.map((e) => [e, new TextGenerator(e, rand)] as const));
  const out: Case[] = [];
  const word = (gen: TextGenerator) => gen.lemmaAt(Math.floor(Math.pow(rand(), 2.2) * 6000));
  for (let i = 0; i < Q; i++) {
    const edition = EDITIONS[i % 3]!;
    const gen = gens.get(edition)!;
    out.push({ kind: 'one word', input: { q: word(gen), editions: [edition] } });
    out.push({ kind: 'two words', input: { q: `${word(gen)} ${word(gen)}`, editions: [edition] } });
    out.push({
      kind: 'phrase',
      input: { q: `"${gen.sentence(2, 2).replace(/\.$/, '')}"`, editions: [edition] },
    });
    out.push({
      kind: 'filtered',
      input: {
        q: word(gen),
        editions: [edition],
        type: 'news',
        from: '2024-01-01',
        to: '2025-12-31',
        sort: 'date',
      },
      filters: {
        types: ['news'],
        fromSec: Date.parse('2024-01-01T00:00:00+04:00') / 1000,
        toSec: Date.parse('2026-01-01T00:00:00+04:00') / 1000,
      },
    });
  }
  return out;
}

async function main() {
  const { store, label } = await open();
  const deps: Deps = {
    store,
    clock: new ManualClock(NOW.toISOString()),
    editions: defaultEditions(),
    logger: silentLogger,
    events: memoryEventBus(silentLogger),
    checkBlocks: validateBlocksWithSchema,
  } as unknown as Deps;
  const have = await store.stories.countStories();
  console.log(`# ${label}: ${have} stories present, ${N} wanted`);
  if (have < N) {
    const started = performance.now();
    let last = started;
    await generateArchive(deps, {
      stories: N - have,
      now: NOW,
      seed: have + 1,
      batch: 1000,
      onProgress: (done) => {
        if (performance.now() - last > 10_000) {
          last = performance.now();
          const rate = done / ((last - started) / 1000);
          console.log(`  written ${done} (${rate.toFixed(0)} stories/s)`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`built: ${N - have} stories with their index in ${seconds.toFixed(0)} s`);
  }
  if (values.reindex) {
    const started = performance.now();
    const n = await store.search.rebuild();
    console.log(`reindex: ${n} stories in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`RSS after build: ${mb(process.memoryUsage().rss)}`);
  if (values.warm) {
    // --warm: what `lede serve` does as it starts on PostgreSQL (Store.warm, `lede db warm`).
    const started = performance.now();
    const report = await store.warm();
    for (const line of warmReportLines(report)) console.log(`# ${line}`);
    console.log(`# warmed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const all = cases(randomSource(Number(values.seed)));
  const times = new Map<string, { index: number[]; page: number[]; hits: number[] }>();
  const slow: { kind: string; q: string; ms: number; total: number }[] = [];
  const nowSec = Math.floor(NOW.getTime() / 1000);
  // --warmup K: K searches drawn the same way with another seed, before any is measured, as a
  // server that has been answering readers holds their frequent words in memory.
  for (const c of cases(randomSource(7)).slice(0, Number(values.warmup)))
    await searchPublic(deps, c.input).catch(() => undefined);
  const positions = values.alone ? null : await byPositions();
  const beside = values.postgres && !values.alone ? besides() : [];
  const disagree: string[] = [];
  const turns = new Map<string, number>();
  for (const c of all) {
    const entry = times.get(c.kind) ?? { index: [], page: [], hits: [] };
    times.set(c.kind, entry);
    let query;
    try {
      query = analyzeQuery(parseQuery(c.input.q), c.input.editions[0]!);
    } catch {
      continue;
    }
    const request: SearchRequest = {
      query,
      scope: { editions: c.input.editions, unpublishedEditions: [], nowSec },
      filters: c.filters ?? {},
      sort: c.input.sort ?? 'relevance',
      limit: 20,
      offset: 0,
    };
    // PostgreSQL: a variant before or after the index's own query in turns, so that neither
    // always finds the other's pages in memory.
    const other = beside.find((b) => b.kind === c.kind);
    const turn = turns.get(c.kind) ?? 0;
    turns.set(c.kind, turn + 1);
    const first = other !== undefined && turn % 2 === 0;
    let otherTotal: number | undefined;
    const runBeside = async () => {
      if (!other) return;
      const besideTimes = times.get(other.label) ?? { index: [], page: [], hits: [] };
      times.set(other.label, besideTimes);
      const t0 = performance.now();
      otherTotal = await other.query(request);
      besideTimes.index.push(performance.now() - t0);
      besideTimes.hits.push(otherTotal);
    };
    if (first) await runBeside();
    let t = performance.now();
    const found = await store.search.query(request);
    entry.index.push(performance.now() - t);
    if (!first) await runBeside();
    if (otherTotal !== undefined && otherTotal !== found.total)
      disagree.push(`${other!.label}: ${c.input.q}: ${otherTotal}, Lede ${found.total}`);
    entry.hits.push(found.total);
    slow.push({ kind: c.kind, q: c.input.q, ms: performance.now() - t, total: found.total });
    t = performance.now();
    const page = await searchPublic(deps, c.input);
    entry.page.push(performance.now() - t);
    slow.push({
      kind: `${c.kind} page`,
      q: `${c.input.q}${page.suggestion ? ` (did you mean: ${page.suggestion})` : ''}`,
      ms: performance.now() - t,
      total: page.total,
    });
    if (positions && c.kind === 'phrase' && query.kind === 'phrase') {
      const old = times.get('phrase by positions') ?? { index: [], page: [], hits: [] };
      times.set('phrase by positions', old);
      t = performance.now();
      const n = await positions.query(query, c.input.editions[0]!, nowSec);
      old.index.push(performance.now() - t);
      old.hits.push(n);
      // Pairs must find exactly what positions find.
      if (n !== found.total)
        disagree.push(`phrase by positions: ${c.input.q}: ${n}, pairs ${found.total}`);
    }
  }
  await positions?.close();
  for (const other of beside) await other.close();
  console.log(`queries whose count differs from a variant's beside: ${disagree.length}`);
  for (const line of disagree.slice(0, 10)) console.log(`  ${line}`);
  console.log('\n| query | n | median matches | index p50 | index p95 | page p50 | page p95 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [kind, e] of times) {
    const index = [...e.index].sort((a, b) => a - b);
    const page = [...e.page].sort((a, b) => a - b);
    const pageCells = page.length
      ? `${percentile(page, 50).toFixed(1)} ms | ${percentile(page, 95).toFixed(1)} ms`
      : '– | –';
    const hits = [...e.hits].sort((a, b) => a - b);
    console.log(
      `| ${kind} | ${index.length} | ${percentile(hits, 50)} | ${percentile(index, 50).toFixed(1)} ms | ${percentile(index, 95).toFixed(1)} ms | ${pageCells} |`,
    );
  }
  console.log(`\nRSS after queries: ${mb(process.memoryUsage().rss)}`);
  // --slowest K: the K slowest index queries of each kind, to look at their plans.
  for (const kind of [...times.keys()].flatMap((k) => [k, `${k} page`]))
    for (const q of slow
      .filter((x) => x.kind === kind)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, Number(values.slowest)))
      console.log(`  slow ${kind}: ${q.ms.toFixed(1)} ms, ${q.total} matches: ${q.q}`);
  await store.close();
}

await main();
