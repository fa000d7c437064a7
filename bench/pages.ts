// Benchmark: Lede's story and home pages beside a bare node:http server answering the same bytes.
// Run: npm run bench [-- --seconds 5 --connections 10]

import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { importCrawlFile } from '../src/importers/import-crawl-files.js';
import { boot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Result> {
  const r = await autocannon({ url, connections, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
}

const dir = mkdtempSync(path.join(tmpdir(), 'lede-bench-'));
const config = {
  ...loadConfig({ LEDE_DATA_DIR: dir, LEDE_LOG: 'off', PORT: '0' }),
  loadDemo: true,
};
const lede = await boot(config);
// The story page is the reference agency's seed page when it is beside the repository in
// ../shared/, else the project's own crawled interview of the same format.
const seed = new URL('../../shared/seed/000_3f7c7f16e0a4792b.txt', import.meta.url).pathname;
const fixture = new URL('../test/fixtures/crawl/ru-interview.txt', import.meta.url).pathname;
const page = existsSync(seed) ? seed : fixture;
const imported = await importCrawlFile(lede.deps, page);
if (!imported.ok) throw new Error(`cannot import ${page}: ${imported.error ?? ''}`);
console.log(
  `Story page: ${page === seed ? 'the seed page' : 'test/fixtures/crawl/ru-interview.txt'}`,
);
const storyPath = imported.url!;
await lede.app.listen({ port: 0, host: '127.0.0.1' });
const ledePort = (lede.app.server.address() as { port: number }).port;

const pages = { story: storyPath, home: '/ru/' };
const bodies = new Map<string, { body: Buffer; type: string }>();
for (const p of Object.values(pages)) {
  const res = await fetch(`http://127.0.0.1:${ledePort}${p}`);
  bodies.set(p, {
    body: Buffer.from(await res.arrayBuffer()),
    type: res.headers.get('content-type') ?? 'text/html',
  });
}
const bare = createServer((req, res) => {
  const page = bodies.get(req.url ?? '');
  if (!page) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length });
  res.end(page.body);
});
const barePort = await listen(bare);

console.log(
  `Lede ${lede.deps.editions.length} editions, ${await lede.deps.store.stories.countStories()} stories, SQLite`,
);
console.log(`autocannon: ${connections} connections, ${seconds} s per run, same machine\n`);
console.log('page   bytes   server      req/s    p50 ms  p99 ms  errors');
// Warm both servers up (JIT, caches) before anything is measured.
for (const p of Object.values(pages)) {
  await autocannon({ url: `http://127.0.0.1:${barePort}${p}`, connections, duration: 1 });
  await autocannon({ url: `http://127.0.0.1:${ledePort}${p}`, connections, duration: 1 });
}
for (const [name, p] of Object.entries(pages)) {
  const size = bodies.get(p)!.body.length;
  const bareResult = await load(`http://127.0.0.1:${barePort}${p}`);
  const ledeResult = await load(`http://127.0.0.1:${ledePort}${p}`);
  for (const [label, r] of [
    ['node:http', bareResult],
    ['Lede', ledeResult],
  ] as const)
    console.log(
      `${name.padEnd(6)} ${String(size).padStart(6)}  ${label.padEnd(10)} ${r.rps.toFixed(0).padStart(7)}  ${String(r.p50).padStart(6)}  ${String(r.p99).padStart(6)}  ${r.errors}`,
    );
  console.log(
    `${name.padEnd(6)} ratio Lede/node:http req/s = ${(ledeResult.rps / bareResult.rps).toFixed(2)}\n`,
  );
}

bare.close();
await lede.close();
rmSync(dir, { recursive: true, force: true });
