// Benchmark: `lede import wxr` speed (stories/s) and peak resident memory on a generated WordPress export.
// Run: node --import tsx bench/import-wxr.ts [--posts 100000] [--read-only] (LEDE_DATABASE_URL for PostgreSQL)

import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importWxrFiles } from '../src/importers/wordpress/import-wxr.js';
import { mapPost } from '../src/importers/wordpress/map-post.js';
import { readWxr } from '../src/importers/wordpress/wxr-reader.js';
import { bootOneShot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { WXR_TAIL, wxrHead, wxrItem } from '../test/support/wxr-files.js';

const { values } = parseArgs({
  options: { posts: { type: 'string', default: '100000' }, 'read-only': { type: 'boolean' } },
});
const posts = Number(values.posts);
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
for (let id = 1; id <= posts; id++)
  if (
    !out.write(
      wxrItem(
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
      ),
    )
  )
    await new Promise<void>((resolve) => out.once('drain', () => resolve()));
out.end(WXR_TAIL);
await new Promise<void>((resolve) => out.once('finish', () => resolve()));
const megabytes = (n: number) => Math.round(n / 1024 / 1024);
console.log(`export: ${posts} posts, ${megabytes(statSync(file).size)} MB`);

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
  `peak RSS ${megabytes(peak)} MB (${process.env.LEDE_DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`,
);
rmSync(dir, { recursive: true, force: true });
