// Benchmark: every public page type rendered uncached on a small and a large archive, side by side in one run.
// Run: node --import tsx bench/archive-pages.ts --small DIR --large DIR [--requests 40]
//      node --import tsx bench/archive-pages.ts --postgres --small URL --large URL
// Each DIR is a LEDE_DATA_DIR holding an archive made by `lede demo generate --stories N`; with
// --postgres each is a PostgreSQL database URL the archive was generated into (LEDE_DATABASE_URL).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { localDay } from '../src/domain/dates.js';
import { paths } from '../src/domain/urls.js';
import { readStories } from '../src/operations/story-read-model.js';
import { boot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';

const { values } = parseArgs({
  options: {
    small: { type: 'string' },
    large: { type: 'string' },
    requests: { type: 'string', default: '40' },
    edition: { type: 'string', default: 'ru' },
    postgres: { type: 'boolean', default: false },
  },
});
if (!values.small || !values.large) {
  console.error(
    'Usage: bench/archive-pages.ts [--postgres] --small DIR|URL --large DIR|URL [--requests N]',
  );
  process.exit(2);
}
const requests = Number(values.requests);
const editionCode = values.edition as 'ru';

type Lede = Awaited<ReturnType<typeof boot>>;

async function open(where: string): Promise<Lede> {
  const started = Date.now();
  const env = values.postgres
    ? {
        LEDE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'lede-bench-pages-')),
        LEDE_DATABASE_URL: where,
      }
    : { LEDE_DATA_DIR: where };
  const lede = await boot({ ...loadConfig({ ...env, LEDE_LOG: 'off', PORT: '0' }) });
  const n = await lede.deps.store.stories.countStories();
  console.error(`${where}: ${n} stories, opened in ${Date.now() - started} ms`);
  return lede;
}

/** URLs of each page type on an archive: several of each, drawn from what it holds. */
async function urlsOf(lede: Lede): Promise<Record<string, string[]>> {
  const { deps } = lede;
  const edition = deps.editions.find((e) => e.code === editionCode)!;
  const now = deps.clock.now().toISOString();
  const total = await deps.store.stories.countStories();
  const picked = [];
  for (let i = 1; picked.length < 10 && i < 200; i++) {
    const story = await deps.store.stories.findById(
      // Plus i % 3: editions take turns by id, and a stride that is a multiple of 3 (an archive
      // of 18,000) would otherwise meet one edition only.
      1 + Math.floor(((i * 7919) % 1000) * (total / 1000)) + (i % 3),
    );
    if (
      story &&
      story.edition === editionCode &&
      story.status === 'published' &&
      story.publishedAt! <= now
    )
      picked.push(story);
  }
  const reads = await readStories(deps, picked, { tags: true });
  const rubrics = (await deps.store.taxonomy.listRubrics(editionCode)).filter(
    (r) => r.parentId === null,
  );
  const months = (await deps.store.stories.listSitemapMonths()).filter(
    (m) => m.edition === editionCode && m.month < now.slice(0, 7),
  );
  const words = picked.map(
    (s) => s.title.split(/\s+/).find((w) => w.length > 5) ?? s.title.split(' ')[0]!,
  );
  return {
    story: reads.map((r) => r.path),
    home: [paths.home(edition)],
    rubric: rubrics.slice(0, 5).map((r) => paths.rubric(edition, r.slug)),
    tag: reads.flatMap((r) => r.tags.slice(0, 1)).map((t) => paths.tag(edition, t.slug)),
    'archive day': picked.map((s) =>
      paths.archive(edition, localDay(new Date(s.publishedAt!), edition.timeZone)),
    ),
    RSS: [`${edition.prefix}rss.xml`],
    'sitemap index': ['/sitemap.xml'],
    'sitemap file': months.slice(0, 10).map((m) => `/sitemaps/${editionCode}-${m.month}.xml`),
    search: words.map((w) => `${edition.prefix}search?q=${encodeURIComponent(w.toLowerCase())}`),
    author: [...new Set(reads.flatMap((r) => r.authors.slice(0, 1)).map((a) => a.slug))].map(
      (slug) => paths.author(edition, slug),
    ),
    'calendar month': picked.map((s) => {
      const day = localDay(new Date(s.publishedAt!), edition.timeZone);
      return `${edition.prefix}archive/${day.slice(0, 4)}/${day.slice(5, 7)}/`;
    }),
    'calendar year': picked.map(
      (s) =>
        `${edition.prefix}archive/${localDay(new Date(s.publishedAt!), edition.timeZone).slice(0, 4)}/`,
    ),
  };
}

/** Milliseconds of one request, with a session cookie so the page cache is skipped. */
async function timed(lede: Lede, url: string): Promise<number> {
  const started = process.hrtime.bigint();
  const res = await lede.app.inject({ url, headers: { cookie: 'lede_session=bench' } });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  return ms;
}

/**
 * Each page type on both archives, request by request in turn (small, large, small, …), so a
 * change in the machine's load falls on both alike; the first three of each warm up.
 */
async function measure(
  a: Lede,
  aUrls: string[],
  b: Lede,
  bUrls: string[],
): Promise<[number[], number[]]> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < requests + 3; i++) {
    const x = await timed(a, aUrls[i % aUrls.length]!);
    const y = await timed(b, bUrls[i % bUrls.length]!);
    if (i >= 3) {
      ta.push(x);
      tb.push(y);
    }
  }
  return [ta.sort((p, q) => p - q), tb.sort((p, q) => p - q)];
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const small = await open(values.small);
const large = await open(values.large);
const [smallUrls, largeUrls] = [await urlsOf(small), await urlsOf(large)];
const [nSmall, nLarge] = [
  await small.deps.store.stories.countStories(),
  await large.deps.store.stories.countStories(),
];
console.log(
  `| page | ${nSmall.toLocaleString('en')}: p50 / p99 | ${nLarge.toLocaleString('en')}: p50 / p99 | p50 ratio |`,
);
console.log('|---|---|---|---|');
for (const page of Object.keys(smallUrls)) {
  // Side by side: the two archives in turn for each page type.
  if (!smallUrls[page]!.length || !largeUrls[page]!.length) continue;
  const [a, b] = await measure(small, smallUrls[page]!, large, largeUrls[page]!);
  const f = (x: number) => x.toFixed(1);
  console.log(
    `| ${page} | ${f(pct(a, 50))} / ${f(pct(a, 99))} ms | ${f(pct(b, 50))} / ${f(pct(b, 99))} ms | ${(pct(b, 50) / pct(a, 50)).toFixed(2)} |`,
  );
}
await small.close();
await large.close();
