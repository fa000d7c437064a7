// Benchmark: what each compression setting costs on Lede's own pages, side by side: CPU time per
// compression and the bytes it gives, for the story page, the home page and an RSS feed, at
// each Brotli quality and gzip level, and the settings Lede uses (marked).
//
//   node --import tsx bench/compression.ts [--ms 400]
//
// Each setting compresses the same body in a loop for `--ms` milliseconds, synchronously (the
// thread pool would hide the cost from this loop, not from the machine's cores).

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { importCrawlFile } from '../src/importers/import-crawl-files.js';
import { boot } from '../src/server/boot.js';
import { compressionSettings } from '../src/server/compression.js';
import { loadConfig } from '../src/server/config.js';

const { values } = parseArgs({ options: { ms: { type: 'string', default: '400' } } });
const budget = Number(values.ms);

const dir = mkdtempSync(path.join(tmpdir(), 'lede-bench-compression-'));
const lede = await boot({
  ...loadConfig({ LEDE_DATA_DIR: dir, LEDE_LOG: 'off', LEDE_ACCESS_LOG: 'off', PORT: '0' }),
  loadDemo: true,
});
const seed = new URL('../../shared/seed/000_3f7c7f16e0a4792b.txt', import.meta.url).pathname;
const fixture = new URL('../test/fixtures/crawl/ru-interview.txt', import.meta.url).pathname;
const imported = await importCrawlFile(lede.deps, existsSync(seed) ? seed : fixture);
if (!imported.ok || !imported.url) throw new Error('the story page did not import');

async function body(url: string): Promise<Buffer> {
  const res = await lede.app.inject({ url, headers: { 'accept-encoding': 'identity' } });
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
  return res.rawPayload;
}
const bodies: [string, Buffer][] = [
  ['story page', await body(new URL(imported.url, 'http://x').pathname)],
  ['home page', await body('/ru/')],
  ['RSS feed', await body('/ru/rss.xml')],
];
await lede.close();
rmSync(dir, { recursive: true, force: true });

function time(compress: () => Buffer): { ms: number; bytes: number } {
  let bytes = compress().length;
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < budget) {
    bytes = compress().length;
    n++;
  }
  return { ms: (performance.now() - t0) / n, bytes };
}

const used = compressionSettings();
const mark = (coding: 'br' | 'gzip', level: number) =>
  Object.entries(used)
    .filter(([, s]) => s[coding] === level)
    .map(([effort]) => effort)
    .join(', ');

for (const [name, input] of bodies) {
  console.log(`\n${name}: ${input.length} bytes\n`);
  console.log('| coding | ms | bytes | Lede uses it for |');
  console.log('| --- | --- | --- | --- |');
  for (const quality of [4, 5, 6, 7, 8, 9, 10, 11]) {
    const r = time(() =>
      zlib.brotliCompressSync(input, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length,
        },
      }),
    );
    console.log(`| br ${quality} | ${r.ms.toFixed(2)} | ${r.bytes} | ${mark('br', quality)} |`);
  }
  for (const level of [1, 4, 6, 9]) {
    const r = time(() => zlib.gzipSync(input, { level }));
    console.log(`| gzip ${level} | ${r.ms.toFixed(2)} | ${r.bytes} | ${mark('gzip', level)} |`);
  }
}
