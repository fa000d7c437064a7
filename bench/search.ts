// Search benchmark: builds a synthetic archive of N stories and measures query latency (p50, p95) and memory.
//
//   node --import tsx bench/search.ts [--stories 1000000] [--postgres URL] [--db FILE] [--queries 200] [--reindex]

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultEditions, type EditionCode } from '../src/domain/editions.js';
import { generateArchive } from '../src/importers/synthetic/generate-archive.js';
import { randomSource, TextGenerator } from '../src/importers/synthetic/text-generator.js';
import type { Deps } from '../src/operations/deps.js';
import { searchPublic, type SearchInput } from '../src/operations/search-stories.js';
import { ManualClock } from '../src/platform/clock.js';
import { memoryEventBus } from '../src/platform/events.js';
import { silentLogger } from '../src/platform/logger.js';
import type { SearchFilters } from '../src/search/port.js';
import { analyzeQuery, parseQuery } from '../src/search/query/index.js';
import type { KyselyStore } from '../src/storage/kysely-store.js';
import { openPostgresStore } from '../src/storage/postgres/connect.js';
import { openSqliteStore } from '../src/storage/sqlite/connect.js';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000000' },
    postgres: { type: 'string' },
    db: { type: 'string' },
    queries: { type: 'string', default: '200' },
    reindex: { type: 'boolean', default: false },
  },
});
const N = Number(values.stories);
const Q = Number(values.queries);
const NOW = new Date('2026-01-01T00:00:00Z');
const EDITIONS: EditionCode[] = ['az', 'ru', 'en'];

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function open(): Promise<{ store: KyselyStore; label: string }> {
  if (values.postgres) {
    const store = await openPostgresStore(values.postgres, { schema: `bench_search_${N}` });
    return { store, label: 'PostgreSQL' };
  }
  const file = values.db ?? path.join(tmpdir(), `lede-bench-search-${N}`, 'lede.sqlite');
  mkdirSync(path.dirname(file), { recursive: true });
  return { store: await openSqliteStore(file), label: `SQLite (${file})` };
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
  } as unknown as Deps;
  const have = await store.countStories();
  console.log(`# ${label}: ${have} stories present, ${N} wanted`);
  if (have < N) {
    const started = performance.now();
    let last = started;
    await generateArchive(store, {
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

  const all = cases(randomSource(42));
  const times = new Map<string, { index: number[]; page: number[]; hits: number[] }>();
  const nowSec = Math.floor(NOW.getTime() / 1000);
  for (const c of all.slice(0, 20)) await searchPublic(deps, c.input).catch(() => undefined);
  for (const c of all) {
    const entry = times.get(c.kind) ?? { index: [], page: [], hits: [] };
    times.set(c.kind, entry);
    let query;
    try {
      query = analyzeQuery(parseQuery(c.input.q), c.input.editions[0]!);
    } catch {
      continue;
    }
    let t = performance.now();
    const found = await store.search.query({
      query,
      scope: { editions: c.input.editions, unpublishedEditions: [], nowSec },
      filters: c.filters ?? {},
      sort: c.input.sort ?? 'relevance',
      limit: 20,
      offset: 0,
    });
    entry.index.push(performance.now() - t);
    entry.hits.push(found.total);
    t = performance.now();
    await searchPublic(deps, c.input);
    entry.page.push(performance.now() - t);
  }
  console.log('\n| query | n | median matches | index p50 | index p95 | page p50 | page p95 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [kind, e] of times) {
    const index = [...e.index].sort((a, b) => a - b);
    const page = [...e.page].sort((a, b) => a - b);
    const hits = [...e.hits].sort((a, b) => a - b);
    console.log(
      `| ${kind} | ${index.length} | ${percentile(hits, 50)} | ${percentile(index, 50).toFixed(1)} ms | ${percentile(index, 95).toFixed(1)} ms | ${percentile(page, 50).toFixed(1)} ms | ${percentile(page, 95).toFixed(1)} ms |`,
    );
  }
  console.log(`\nRSS after queries: ${mb(process.memoryUsage().rss)}`);
  await store.close();
}

await main();
