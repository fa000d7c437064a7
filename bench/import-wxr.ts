// Benchmark: `lede import wxr` speed (stories/s) and peak resident memory on a generated WordPress export,
// beside the crawl import's speed, and the reader's memory on a ~1 GB export.
// One run:       node --import tsx bench/import-wxr.ts [--posts 100000] [--read-only] [--megabytes N] [--crawl N]
//                (LEDE_DATABASE_URL for PostgreSQL)
// Side by side:  node --import tsx bench/import-wxr.ts --side-by-side [--posts 100000] [--crawl 5000]
//                [--postgres URL] [--gigabyte]: each measure in a process of its own (its own peak RSS).

import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { importCrawlFiles } from '../src/importers/import-crawl-files.js';
import { importWxrFiles } from '../src/importers/wordpress/import-wxr.js';
import { dropPostgresSchema } from '../src/storage/postgres/connect.js';
import { mapPost } from '../src/importers/wordpress/map-post.js';
import { readWxr } from '../src/importers/wordpress/wxr-reader.js';
import { bootOneShot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { WXR_TAIL, wxrHead, wxrItem } from '../test/support/wxr-files.js';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100000' },
    'read-only': { type: 'boolean' },
    megabytes: { type: 'string' },
    crawl: { type: 'string' },
    'side-by-side': { type: 'boolean' },
    postgres: { type: 'string' },
    gigabyte: { type: 'boolean' },
  },
});
const megabytes = (n: number) => Math.round(n / 1024 / 1024);

if (values['side-by-side']) {
  // Each measure in a child process, so each peak RSS is its own.
  const self = fileURLToPath(import.meta.url);
  const runs: { label: string; args: string[]; env: Record<string, string> }[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
  const databases: { name: string; env: () => Record<string, string> }[] = [
    {
      name: 'SQLite',
      env: () => ({
        LEDE_DATABASE_URL: `sqlite:${path.join(mkdtempSync(path.join(scratch, 'db-')), 'lede.sqlite')}`,
      }),
    },
  ];
  const schemas: string[] = [];
  if (values.postgres)
    databases.push({
      name: 'PostgreSQL',
      env: () => {
        const schema = `bench_import_${process.pid}_${schemas.length}`;
        schemas.push(schema);
        return { LEDE_DATABASE_URL: values.postgres!, LEDE_DATABASE_SCHEMA: schema };
      },
    });
  for (const db of databases) {
    runs.push({
      label: `WXR import, ${values.posts} posts, ${db.name}`,
      args: ['--posts', values.posts],
      env: db.env(),
    });
    runs.push({
      label: `crawl import, ${values.crawl ?? '5000'} pages, ${db.name}`,
      args: ['--crawl', values.crawl ?? '5000'],
      env: db.env(),
    });
  }
  if (values.gigabyte)
    runs.push({
      label: 'WXR reader alone, ~1 GB export',
      args: ['--read-only', '--megabytes', '1024'],
      env: {},
    });
  for (const run of runs) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LEDE_LOG: 'off',
      LEDE_DEMO: 'off',
      ...run.env,
    };
    if (!run.env.LEDE_DATABASE_URL) delete env.LEDE_DATABASE_URL;
    const child = spawnSync(process.execPath, ['--import', 'tsx', self, ...run.args], {
      env,
      encoding: 'utf8',
    });
    console.log(
      `## ${run.label}\n${child.stdout.trim()}${child.status ? `\n(exit ${child.status}) ${child.stderr.slice(-2000)}` : ''}`,
    );
  }
  for (const schema of schemas) await dropPostgresSchema(values.postgres!, schema);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(0);
}

if (values.crawl) {
  // Crawled pages made from a fixture page, each with its own headline (its own story).
  const count = Number(values.crawl);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-crawl-'));
  const page = readFileSync(new URL('../test/fixtures/crawl/en-news.txt', import.meta.url), 'utf8');
  const title = 'Caspian ferry line adds night crossings to Aktau';
  for (let i = 1; i <= count; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)));
    if (i % 1000 === 0 || i === 1) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `page-${i}.txt`), page.replace(title, `${title}, crossing ${i}`));
  }
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const lede = await bootOneShot({
    ...loadConfig({
      ...process.env,
      LEDE_DATA_DIR: path.join(dir, 'data'),
      LEDE_LOG: 'off',
      LEDE_DEMO: 'off',
    }),
    loadDemo: false,
    log: false,
  });
  const started = performance.now();
  const results = await importCrawlFiles(lede.deps, [dir]);
  const s = (performance.now() - started) / 1000;
  const ok = results.filter((r) => r.ok).length;
  console.log(
    `imported ${ok} crawled pages in ${s.toFixed(1)} s (${Math.round(ok / s)} stories/s), failed ${results.length - ok}`,
  );
  await lede.close();
  clearInterval(sampler);
  console.log(
    `peak RSS ${megabytes(Math.max(peak, process.memoryUsage().rss))} MB (${process.env.LEDE_DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`,
  );
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const posts = values.megabytes ? Number.MAX_SAFE_INTEGER : Number(values.posts);
const sizeGoal = values.megabytes ? Number(values.megabytes) * 1024 * 1024 : Infinity;
const dir = mkdtempSync(path.join(tmpdir(), 'bench-wxr-'));
const file = path.join(dir, 'export.xml');
const site = 'https://bench.example';
const body = (id: number) =>
  `<!-- wp:paragraph --><p>Story ${id} opens with a paragraph of some length, as news stories do, naming <strong>people</strong> and <a href="https://example.org/${id}">places</a>.</p><!-- /wp:paragraph -->\n\n` +
  'Classic text follows with a second paragraph.\n\nAnd a third one, longer, to make the body weigh what a real story weighs on a news site. '.repeat(
    4,
  );

const out = createWriteStream(file);
out.write(
  wxrHead(
    site,
    [
      { nicename: 'news', name: 'News' },
      { nicename: 'world', name: 'World', parent: 'news' },
    ],
    [{ login: 'ed', name: 'Editor' }],
  ),
);
let written = 0;
let generated = 0;
for (let id = 1; id <= posts && written < sizeGoal; id++) {
  generated = id;
  const item = wxrItem(
    {
      id,
      title: `Story number ${id}`,
      content: body(id),
      categories: [id % 2 ? 'news' : 'world'],
      tags: [`tag${id % 50}`],
      creator: 'ed',
      link: `${site}/2025/12/05/story-${id}/`,
    },
    site,
  );
  written += Buffer.byteLength(item);
  if (!out.write(item)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
out.end(WXR_TAIL);
await new Promise<void>((resolve) => out.once('finish', () => resolve()));
console.log(`export: ${generated} posts, ${megabytes(statSync(file).size)} MB`);

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
const started = performance.now();
if (values['read-only']) {
  const options = {
    site: { baseUrl: site, key: 'bench.example', categories: new Map(), authors: new Map() },
    edition: 'en' as const,
    timeZone: 'Asia/Baku',
    defaultRubric: 'News',
  };
  let n = 0;
  for await (const e of readWxr(file))
    if (e.kind === 'item' && !('skip' in mapPost(e.node, options))) n++;
  const s = (performance.now() - started) / 1000;
  console.log(`read and mapped ${n} posts in ${s.toFixed(1)} s (${Math.round(n / s)} posts/s)`);
} else {
  const dataDir = path.join(dir, 'data');
  const lede = await bootOneShot({
    ...loadConfig({ ...process.env, LEDE_DATA_DIR: dataDir, LEDE_LOG: 'off', LEDE_DEMO: 'off' }),
    loadDemo: false,
    log: false,
  });
  const report = await importWxrFiles(lede.deps, [file], { edition: 'en' });
  const s = (performance.now() - started) / 1000;
  console.log(
    `imported ${report.imported} stories in ${s.toFixed(1)} s (${Math.round(report.imported / s)} stories/s, scan included), failed ${report.failed.length}`,
  );
  await lede.close();
}
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `peak RSS ${megabytes(peak)} MB (${values['read-only'] ? 'reader alone' : process.env.LEDE_DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'})`,
);
rmSync(dir, { recursive: true, force: true });
