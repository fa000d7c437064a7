// Read counts under load: story-page latency for readers at a steady rate, with and without 5,000 beacon events a second streaming into the same Lede process (SQLite).
//
//   node --import tsx bench/read-counts.ts [--seconds 4] [--rounds 2] [--rate 5000] [--readers 100] [--stories 100] [--cpu 20000] [--counter] [--connections 256]
//
// One Lede process (this one) listens on a port. The clients are two other processes, so that
// neither their work nor their event loops are counted as the server's:
// - the readers ask for story pages at a fixed rate (`--readers` a second, open loop, on up to 16
//   kept-alive connections), all through the run; a request's latency is the figure;
// - the stream sends beacons at `--rate` a second (open loop, each event a different reader), only
//   in the "stream" phases, on `--connections` (256) at most: a beacon due while all wait for an
//   answer is not sent (and counted as such), so no backlog spills into the next phase.
// The server's side is printed per kind of phase: its CPU, event-loop delay and GC pauses.
// Phases of `--seconds` alternate, readers alone first: alone, stream, alone, stream, ... for
// `--rounds`; the first half second of each phase is left out (connections opening, the stream
// starting or draining). Load averages are printed before and after: the machine is shared.
// With `--counter` the beacons go to `lede counter`, the read counter in a process of its own on
// the same database (as a front server routes `/beacon/` to LEDE_COUNTER_PORT); its CPU is read
// from /proc, and `--cpu` is not run.
// Last, `--cpu` beacons are sent as fast as 32 connections allow, nothing else running: the
// server's CPU time per beacon (its batch write included), a figure that depends less on what
// else the machine runs than latencies do.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import {
  monitorEventLoopDelay,
  PerformanceObserver,
  type IntervalHistogram,
} from 'node:perf_hooks';
import path from 'node:path';
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
const SECONDS = arg('seconds', 4);
const ROUNDS = arg('rounds', 2);
const RATE = arg('rate', 5000);
const READERS = arg('readers', 100);
const STORIES = arg('stories', 100);
const COUNTER = process.argv.includes('--counter');
/** The stream's connections: readers' browsers each have their own, a front server a pool. */
const CONNECTIONS = arg('connections', 256);
const CPU_BEACONS = COUNTER ? 0 : arg('cpu', 20_000);
/** Samples this long after a phase starts are left out. */
const SETTLE_MS = 500;

/** The readers' client: a paced open loop over kept-alive connections. */
const PACED = `
const http = require('node:http');
const { base, start, seconds, phases, rate, sockets } = JSON.parse(process.argv[1]);
const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
const end = start + phases * seconds * 1000;
const phaseOf = (t) => Math.floor((t - start) / (seconds * 1000));
function send(n, options) {
  return new Promise((resolve) => {
    const t0 = performance.timeOrigin + performance.now();
    const req = http.request(base + options.path, { agent, method: options.method, headers: options.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ t0, ms: performance.timeOrigin + performance.now() - t0, status: res.statusCode }));
    });
    req.on('error', () => resolve({ t0, ms: -1, status: 0 }));
    req.end();
  });
}
async function paced(make) {
  const out = [];
  const pending = [];
  let n = 0;
  for (;;) {
    const due = start + (n / rate) * 1000;
    if (due >= end) break;
    const wait = due - Date.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      send(n, make(n)).then((r) => {
        out.push(r);
      }),
    );
    n++;
  }
  await Promise.all(pending);
  agent.destroy();
  return out;
}
`;

const READER = `${PACED}
const { paths } = JSON.parse(process.argv[1]);
const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
paced((n) => ({ path: paths[n % paths.length], method: 'GET', headers: { 'user-agent': ua } })).then((out) =>
  process.stdout.write(JSON.stringify(out.map((r) => [phaseOf(r.t0), r.t0 - start - phaseOf(r.t0) * seconds * 1000, r.ms, r.status]))),
);
`;

// The stream writes its requests on raw kept-alive sockets (prebuilt bytes, one request in flight
// on each): a Node HTTP client at 5,000 requests a second takes most of a core, a core the
// server under test then lacks on a 2-core machine.
const STREAM = `
const net = require('node:net');
const { base, start, seconds, phases, rate, sockets, ids } = JSON.parse(process.argv[1]);
const { hostname, port } = new URL(base);
const end = start + phases * seconds * 1000;
const phaseOf = (t) => Math.floor((t - start) / (seconds * 1000));
const beacon = (n) =>
  'POST /beacon/' + ids[n % ids.length] + ' HTTP/1.1\\r\\nHost: ' + hostname + ':' + port +
  '\\r\\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 reader ' + (n % 50000) +
  '\\r\\nX-Forwarded-For: 10.' + ((n >> 16) & 255) + '.' + ((n >> 8) & 255) + '.' + (n & 255) +
  '\\r\\nContent-Type: text/plain;charset=UTF-8\\r\\nContent-Length: 0\\r\\n\\r\\n';
let sent = 0, ok = 0, late = 0, skipped = 0, failed = 0;
const idle = [];
function open() {
  const socket = net.connect({ host: hostname, port: Number(port), noDelay: true });
  const conn = { socket, t0: 0, text: '' };
  socket.setEncoding('latin1');
  socket.on('connect', () => idle.push(conn));
  socket.on('data', (chunk) => {
    conn.text += chunk;
    // One answer at a time: its head, then as many body bytes as Content-Length says.
    const headEnd = conn.text.indexOf('\\r\\n\\r\\n');
    if (headEnd < 0) return;
    const length = Number(/\\r\\ncontent-length: *(\\d+)/i.exec(conn.text.slice(0, headEnd))?.[1] ?? 0);
    if (conn.text.length < headEnd + 4 + length) return;
    const status = Number(conn.text.slice(9, 12));
    conn.text = conn.text.slice(headEnd + 4 + length);
    if (status === 204) ok++;
    if (performance.now() - conn.t0 > 100) late++;
    idle.push(conn);
  });
  socket.on('error', () => failed++);
}
for (let i = 0; i < sockets; i++) open();
(async () => {
  let n = 0;
  for (;;) {
    const due = start + (n / rate) * 1000;
    if (due >= end) break;
    const phase = phaseOf(due);
    if (phase % 2 !== 1) {
      n = Math.ceil((phase + 1) * seconds * rate);
      continue;
    }
    const wait = due - Date.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    // No more than the connections carry: a backlog would spill into the next phase, where
    // readers are meant to be alone.
    const conn = idle.pop();
    if (!conn) {
      skipped++;
      n++;
      continue;
    }
    conn.t0 = performance.now();
    conn.socket.write(beacon(n));
    sent++;
    n++;
  }
  const waitUntil = Date.now() + 2000;
  while (idle.length < sockets && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 10));
  process.stdout.write(JSON.stringify({ sent, ok, late, skipped, failed }));
  process.exit(0);
})();
`;

/** `n` beacons over 32 kept-alive connections, each a new one as soon as one is answered. */
const FLOOD = `
const http = require('node:http');
const { base, ids, n } = JSON.parse(process.argv[1]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
let next = 0;
let ok = 0;
function one(resolve) {
  if (next >= n) return resolve();
  const k = next++;
  const req = http.request(base + '/beacon/' + ids[k % ids.length], {
    agent,
    method: 'POST',
    headers: {
      'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 flood ' + k,
      'x-forwarded-for': '10.' + ((k >> 16) & 255) + '.' + ((k >> 8) & 255) + '.' + (k & 255),
      'content-length': '0',
    },
  }, (res) => {
    if (res.statusCode === 204) ok++;
    res.resume();
    res.on('end', () => one(resolve));
  });
  req.end();
}
Promise.all(Array.from({ length: 32 }, () => new Promise(one))).then(() => {
  agent.destroy();
  process.stdout.write(JSON.stringify({ ok }));
});
`;

/** Runs a client script in a process of its own; answers what it printed (JSON). */
function client<T>(source: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', source, JSON.stringify(data)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`client exited ${code}`)),
    );
  });
}

/** `lede counter` on the bench's database, in a process of its own; answers where it listens. */
async function startCounterProcess(env: Record<string, string>) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '..', 'src', 'cli', 'run.ts'), 'counter'],
    {
      env: { ...process.env, ...env, LEDE_COUNTER_PORT: '0', LEDE_LOG: 'off' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`lede counter exited ${code}`)));
  });
  /** The process's CPU time so far, in ms (Linux: utime + stime in clock ticks of 10 ms). */
  const cpuMs = () => {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { base, cpuMs, stop };
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
  const env = {
    LEDE_DEMO: 'off',
    LEDE_LOG: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    LEDE_DATA_DIR: dir,
    LEDE_DATABASE_URL: `sqlite:${path.join(dir, 'lede.sqlite')}`,
    LEDE_TRUST_PROXY: 'on',
  };
  const config = loadConfig(env);
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
    const base = await lede.app.listen({ port: 0, host: '127.0.0.1' });
    // Warm-up: every page once (the page cache then serves them, as it does readers).
    for (const p of paths) await (await fetch(base + p)).arrayBuffer();
    const counterProcess = COUNTER ? await startCounterProcess(env) : null;
    const counterCpuBefore = counterProcess?.cpuMs() ?? 0;

    const load = () =>
      loadavg()
        .map((x) => x.toFixed(2))
        .join(', ');
    const loadBefore = load();
    const phases = ROUNDS * 2;
    const shared = { base, start: Date.now() + 1000, seconds: SECONDS, phases };
    // The server's own side, per kind of phase: CPU time and event-loop delay (ms).
    const server = [0, 1].map(() => ({
      cpuMs: 0,
      delay: [] as number[],
      maxDelay: 0,
      beacons: 0,
      gcMs: 0,
      gcMax: 0,
    }));
    // Garbage collection pauses of the server's thread, to the phase they fall in.
    let phaseNow = -1;
    const gc = new PerformanceObserver((list) => {
      if (phaseNow < 0) return;
      for (const e of list.getEntries()) {
        const kind = server[phaseNow % 2]!;
        kind.gcMs += e.duration;
        kind.gcMax = Math.max(kind.gcMax, e.duration);
      }
    });
    gc.observe({ entryTypes: ['gc'] });
    // Beacons the server took (the clients may fall behind their rate on a loaded machine).
    const counter = lede.deps.reads!.counter;
    const view = counter.view.bind(counter);
    let received = 0;
    let receivedBefore = 0;
    counter.view = (input) => {
      received++;
      return view(input);
    };
    let histogram: IntervalHistogram | null = null;
    let cpu = process.cpuUsage();
    const settle = (phase: number) => {
      if (histogram) {
        histogram.disable();
        const kind = server[phase % 2]!;
        kind.delay.push(histogram.percentile(99) / 1e6);
        kind.maxDelay = Math.max(kind.maxDelay, histogram.max / 1e6);
        kind.beacons += received - receivedBefore;
        const used = process.cpuUsage(cpu);
        kind.cpuMs += (used.user + used.system) / 1000;
      }
      histogram = null;
      phaseNow = -1;
    };
    const timers: NodeJS.Timeout[] = [];
    for (let phase = 0; phase < phases; phase++) {
      const from = shared.start + phase * SECONDS * 1000 + SETTLE_MS;
      timers.push(
        setTimeout(() => {
          cpu = process.cpuUsage();
          receivedBefore = received;
          phaseNow = phase;
          histogram = monitorEventLoopDelay({ resolution: 5 });
          histogram.enable();
        }, from - Date.now()),
        setTimeout(() => settle(phase), from - SETTLE_MS + SECONDS * 1000 - Date.now()),
      );
    }
    const [samples, stream] = await Promise.all([
      client<[number, number, number, number][]>(READER, {
        ...shared,
        rate: READERS,
        sockets: 16,
        paths,
      }),
      client<{ sent: number; ok: number; late: number; skipped: number; failed: number }>(STREAM, {
        ...shared,
        rate: RATE,
        sockets: CONNECTIONS,
        ids,
        ...(counterProcess ? { base: counterProcess.base } : {}),
      }),
    ]);
    const loadAfter = load();
    const counterCpuMs = counterProcess ? counterProcess.cpuMs() - counterCpuBefore : 0;
    await counterProcess?.stop();
    await lede.deps.reads!.counter.flush();
    const counted = await lede.deps.store.readCounts.mostRead({
      edition: 'en',
      fromHour: 0,
      now: new Date().toISOString(),
      limit: 1_000_000,
    });
    const views = counted.reduce((n, r) => n + r.views, 0);
    const failed = samples.filter(([, , ms, status]) => status !== 200 || ms < 0).length;
    const kept = samples.filter(([, since]) => since >= SETTLE_MS);
    const times = (stream: boolean) =>
      kept.filter(([phase]) => phase % 2 === (stream ? 1 : 0)).map(([, , ms]) => ms);
    const alone = summary(times(false));
    const during = summary(times(true));
    const streamSeconds = ROUNDS * SECONDS;
    const measured = ROUNDS * (SECONDS - SETTLE_MS / 1000);
    for (const t of timers) clearTimeout(t);
    gc.disconnect();
    const f = (x: number) => x.toFixed(2);
    console.log(
      `stories: ${STORIES}; ${ROUNDS} rounds of ${SECONDS} s alone + ${SECONDS} s with the stream; readers ${READERS}/s; target stream ${RATE}/s`,
    );
    console.log(`load average before: ${loadBefore}; after: ${loadAfter}`);
    console.log(
      `beacons sent: ${stream.sent} in ${streamSeconds} s = ${Math.round(stream.sent / streamSeconds)}/s (${stream.skipped} not sent: all ${CONNECTIONS} connections busy); answered 204: ${stream.ok}; slower than 100 ms: ${stream.late}; connection errors: ${stream.failed}; views counted: ${views}; reader failures: ${failed}`,
    );
    console.log('| readers | requests | mean ms | p50 ms | p95 ms | p99 ms |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, s] of [
      ['alone', alone],
      ['during the stream', during],
    ] as const)
      console.log(`| ${name} | ${s.n} | ${f(s.mean)} | ${f(s.p50)} | ${f(s.p95)} | ${f(s.p99)} |`);
    const side = (k: number) =>
      `server CPU ${Math.round(server[k]!.cpuMs / measured / 10)}% of a core, event-loop delay p99 ${f(Math.max(...server[k]!.delay))} ms (max ${f(server[k]!.maxDelay)} ms), GC ${f(server[k]!.gcMs / measured)} ms a second (longest ${f(server[k]!.gcMax)} ms)`;
    console.log(`alone: ${side(0)}; during the stream: ${side(1)}`);
    const extraCpuMs = server[1]!.cpuMs - server[0]!.cpuMs;
    console.log(
      `beacons taken by the server in the measured stream phases: ${Math.round(server[1]!.beacons / measured)}/s; server CPU per beacon (stream phases less alone phases): ${f((extraCpuMs * 1000) / Math.max(1, server[1]!.beacons))} µs`,
    );
    if (counterProcess)
      console.log(
        `the beacons went to \`lede counter\` (a process of its own): ${Math.round(counterCpuMs)} ms of its CPU over the run, ${f((counterCpuMs * 1000) / Math.max(1, stream.ok))} µs a beacon, batch writes included`,
      );
    console.log(
      `ratio (during / alone): mean ${f(during.mean / alone.mean)}, p50 ${f(during.p50 / alone.p50)}, p95 ${f(during.p95 / alone.p95)}, p99 ${f(during.p99 / alone.p99)}`,
    );
    if (CPU_BEACONS > 0) {
      await counter.flush();
      const before = process.cpuUsage();
      const t0 = performance.now();
      const flood = await client<{ ok: number }>(FLOOD, { base, ids, n: CPU_BEACONS });
      await counter.flush();
      const used = process.cpuUsage(before);
      console.log(
        `${flood.ok} beacons alone, as fast as 32 connections go: ${((performance.now() - t0) / 1000).toFixed(1)} s, server CPU ${f((used.user + used.system) / flood.ok)} µs per beacon (batch writes included)`,
      );
    }
  } finally {
    await lede.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
