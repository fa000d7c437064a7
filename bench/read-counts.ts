// Read counts under load: story-page latency for readers alone, then while 5,000 beacon events a second stream into the same process (SQLite).
//
//   node --import tsx bench/read-counts.ts [--seconds 5] [--rate 5000] [--stories 200]
//
// One Lede process listens on a port; two worker threads are the clients: one reader fetching
// story pages one after another (its latency is the figure), one sending beacons at the rate
// (64 senders, at most 64 in flight).
// Each phase runs `--seconds`; the two phases run side by side in one run, readers alone first.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SYSTEM } from '../src/domain/actor.js';
import { importStory } from '../src/operations/import-story.js';
import { readStories } from '../src/operations/story-read-model.js';
import { boot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { silentLogger } from '../src/platform/logger.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 5);
const RATE = arg('rate', 5000);
const STORIES = arg('stories', 200);

const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, paths, until } = workerData;
const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
(async () => {
  const times = [];
  let i = 0;
  while (Date.now() < until) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(base + paths[i++ % paths.length], { headers: { 'user-agent': ua } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error('status ' + res.status);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  parentPort.postMessage(times);
})();
`;

const STREAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { base, ids, until, rate } = workerData;
// 64 senders, each paced to its share of the rate; never more than 64 requests in flight.
const SENDERS = 64;
let sent = 0;
let failed = 0;
const start = Date.now();
async function sender(k) {
  for (let n = k; Date.now() < until; n += SENDERS) {
    const due = start + (n / rate) * 1000;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    try {
      const res = await fetch(base + '/beacon/' + ids[n % ids.length], {
        method: 'POST',
        headers: {
          'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 reader ' + (n % 50000),
          'x-forwarded-for': '10.' + ((n >> 16) & 255) + '.' + ((n >> 8) & 255) + '.' + (n & 255),
        },
      });
      await res.arrayBuffer();
      sent++;
    } catch {
      failed++;
    }
  }
}
Promise.all(Array.from({ length: SENDERS }, (_, k) => sender(k))).then(() =>
  parentPort.postMessage({ sent, failed, seconds: (Date.now() - start) / 1000 }),
);
`;

function run<T>(source: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const w = new Worker(source, { eval: true, workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
  });
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function summary(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { n: s.length, mean, p50: pct(s, 50), p95: pct(s, 95), p99: pct(s, 99) };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'lede-bench-counts-'));
  const config = loadConfig({
    LEDE_DEMO: 'off',
    LEDE_LOG: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    LEDE_DATA_DIR: dir,
    LEDE_DATABASE_URL: `sqlite:${path.join(dir, 'lede.sqlite')}`,
    LEDE_TRUST_PROXY: 'on',
  });
  const lede = await boot(config, { logger: silentLogger });
  try {
    const made = [];
    for (let i = 0; i < STORIES; i++)
      made.push(
        (
          await importStory(lede.deps, SYSTEM, {
            edition: 'en',
            type: 'news',
            title: `Bench story number ${i + 1}`,
            rubric: i % 2 ? 'World' : 'Economy',
            lead: 'A lead of the bench story.',
            tags: [`Tag ${i % 10}`],
            blocks: [{ type: 'paragraph', content: [{ text: 'Body text. '.repeat(40) }] }],
            publishedAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
            sourceKey: `bench:${i}`,
          })
        ).story,
      );
    const reads = await readStories(lede.deps, made);
    const paths = reads.map((r) => r.path);
    const ids = made.map((s) => s.id);
    const address = await lede.app.listen({ port: 0, host: '127.0.0.1' });
    // Warm-up: every page once (the page cache then serves them, as it does readers).
    for (const p of paths) await (await fetch(address + p)).arrayBuffer();

    const alone = summary(
      await run<number[]>(READER, { base: address, paths, until: Date.now() + SECONDS * 1000 }),
    );
    const until = Date.now() + SECONDS * 1000;
    const [times, stream] = await Promise.all([
      run<number[]>(READER, { base: address, paths, until }),
      run<{ sent: number; failed: number; seconds: number }>(STREAM, {
        base: address,
        ids,
        until,
        rate: RATE,
      }),
    ]);
    const during = summary(times);
    await lede.deps.reads!.counter.flush();
    const counted = await lede.deps.store.readCounts.mostRead({
      edition: 'en',
      fromHour: 0,
      now: new Date().toISOString(),
      limit: 1_000_000,
    });
    const views = counted.reduce((n, r) => n + r.views, 0);
    const f = (x: number) => x.toFixed(2);
    console.log(`stories: ${STORIES}; phase: ${SECONDS} s each; target rate: ${RATE}/s`);
    console.log(
      `events sent: ${stream.sent} in ${stream.seconds.toFixed(1)} s = ${Math.round(stream.sent / stream.seconds)}/s (${stream.failed} failed); views counted: ${views}`,
    );
    console.log('| readers | requests | mean ms | p50 ms | p95 ms | p99 ms |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, s] of [
      ['alone', alone],
      ['during the stream', during],
    ] as const)
      console.log(`| ${name} | ${s.n} | ${f(s.mean)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} |`);
    console.log(
      `ratio (during / alone): mean ${f(during.mean / alone.mean)}, p50 ${f(during.p50 / alone.p50)}, p95 ${f(during.p95 / alone.p95)}`,
    );
  } finally {
    await lede.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
