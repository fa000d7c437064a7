// Benchmark: `lede serve` (the compiled build, every core) beside the references a news site is
// judged by, in one run: cold start with an existing database; the cached story and home pages,
// compressed, beside nginx serving the same compressed bytes from disk; the story page rendered
// every time beside WordPress; and readers during writes (readers alone, then the same readers
// while editors save the story in a loop).
//
//   node --import tsx bench/serving.ts [--seconds 20] [--workers auto|N] [--postgres URL]
//     [--nginx] [--wordpress URL] [--only start,cached,rendered,writers] [--rounds 3]
//     [--server-cpus 0 --load-cpus 1]
//
// `--nginx` starts Debian's nginx on a free port of 127.0.0.1 (a config of its own under the
// temp folder); `--wordpress URL` is the article's URL from ../shared/peers/wordpress/setup.sh.
// The load generator is wrk (2 threads, 50 connections; 200 for the readers) when it is installed,
// autocannon otherwise; it runs on the same cores as the servers, so read ratios.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { request } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    workers: { type: 'string', default: 'auto' },
    postgres: { type: 'string' },
    nginx: { type: 'boolean', default: false },
    wordpress: { type: 'string' },
    only: { type: 'string', default: 'start,cached,rendered,writers' },
    rounds: { type: 'string', default: '3' },
    'server-cpus': { type: 'string' },
    'load-cpus': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const only = new Set(values.only.split(','));
/** Turns of each side-by-side pair (cached, rendered): the machine's share swings between turns. */
const rounds = Number(values.rounds);

// `--server-cpus 0 --load-cpus 1`: Lede (and nginx) on some cores, wrk and this process (the
// editors, the page pollers) on others (taskset), to tell what the load generator's share of the
// machine does to the readers' tail from what Lede does.
const serverCpus = values['server-cpus'];
const loadCpus = values['load-cpus'];
/** A command and its arguments, run on the given cores when they are set. */
const onCpus = (cpus: string | undefined, command: string, args: string[]): [string, string[]] =>
  cpus ? ['taskset', ['-c', cpus, command, ...args]] : [command, args];
if (loadCpus)
  spawnSync('taskset', ['-a', '-pc', loadCpus, String(process.pid)], { stdio: 'ignore' });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// ------------------------------------------------------------------ load generation

interface Load {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  timeouts: number;
  errors: number;
  requests: number;
}

const hasWrk = spawnSync('which', ['wrk']).status === 0;

/** wrk's "1.23ms", "2.5s", "800us" in milliseconds. */
function wrkMs(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  return m[2] === 'us' ? n / 1000 : m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
}

async function load(
  url: string,
  opts: { connections?: number; seconds?: number; headers?: Record<string, string> } = {},
): Promise<Load> {
  const connections = opts.connections ?? 50;
  const duration = opts.seconds ?? seconds;
  const headers = opts.headers ?? {};
  if (hasWrk) {
    const args = ['-t2', `-c${connections}`, `-d${duration}s`, '--latency', '--timeout', '10s'];
    for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}: ${v}`);
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(...onCpus(loadCpus, 'wrk', [...args, url]));
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.on('error', reject);
      child.on('close', () => resolve(text));
    });
    const pct = (p: string) => wrkMs(new RegExp(`^\\s+${p}%\\s+(\\S+)`, 'm').exec(out)?.[1] ?? '');
    const sock = /timeout (\d+)/.exec(out);
    const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
    const errs = /Socket errors: connect (\d+), read (\d+), write (\d+)/.exec(out);
    return {
      rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
      p50: pct('50'),
      p99: pct('99'),
      max: wrkMs(/Latency\s+\S+\s+\S+\s+(\S+)/.exec(out)?.[1] ?? ''),
      timeouts: Number(sock?.[1] ?? 0),
      errors:
        Number(non2xx?.[1] ?? 0) + (errs ? Number(errs[1]) + Number(errs[2]) + Number(errs[3]) : 0),
      requests: Number(/(\d+) requests in/.exec(out)?.[1] ?? 0),
    };
  }
  const r = await autocannon({ url, connections, duration, headers, timeout: 10 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    timeouts: r.timeouts,
    errors: r.errors - r.timeouts + r.non2xx,
    requests: r.requests.total,
  };
}

const row = (label: string, r: Load) =>
  `| ${label} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.timeouts} | ${r.errors} |`;
const HEAD =
  '| server, page | req/s | p50 ms | p99 ms | max ms | timeouts | errors |\n|---|---|---|---|---|---|---|';

/** A GET on a fresh connection (the workers' round robin sees each). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

// ------------------------------------------------------------------ Lede as a user runs it

/** A port nothing listens on now: two benches on one machine must not measure each other's server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'lede-bench-serving-'));
const port = await freePort();
const nginxPort = await freePort();
const origin = `http://127.0.0.1:${port}`;
const schema = `bench_serving_${process.pid}`;
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  LEDE_DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LEDE_LOG: process.env.BENCH_LOG ? 'on' : 'off',
  LEDE_ACCESS_LOG: 'off',
  LEDE_WORKERS: values.workers,
  ...(values.postgres
    ? { LEDE_DATABASE_URL: values.postgres, LEDE_DATABASE_SCHEMA: schema, LEDE_WARM: 'off' }
    : {}),
};

function lede(args: string[], input = ''): string {
  const r = spawnSync(process.execPath, [path.join(root, 'bin/lede.js'), ...args], {
    env,
    input,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`lede ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

let server: ChildProcess | null = null;
async function start(): Promise<number> {
  const began = performance.now();
  server = spawn(
    ...onCpus(serverCpus, process.execPath, [path.join(root, 'bin/lede.js'), 'serve']),
    {
      env,
      stdio: ['ignore', 'ignore', process.env.BENCH_LOG ? 'inherit' : 'ignore'],
    },
  );
  for (;;) {
    if (server.exitCode !== null) throw new Error(`lede serve exited ${server.exitCode}`);
    const status = await get(`${origin}/`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return performance.now() - began;
    await sleep(10);
  }
}
async function stop(): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const done = new Promise((resolve) => server!.once('exit', resolve));
  server.kill('SIGTERM');
  await done;
}

spawnSync(process.execPath, [path.join(root, 'scripts/build-client.js'), '--if-stale'], {
  stdio: 'inherit',
});
spawnSync(process.execPath, [path.join(root, 'scripts/build-server.js'), '--if-stale'], {
  stdio: 'inherit',
});

// The story page: the agency's seed page when ../shared is beside the repository, else our own.
const seed = path.join(root, '../shared/seed/000_3f7c7f16e0a4792b.txt');
const fixture = path.join(root, 'test/fixtures/crawl/ru-interview.txt');
lede(['demo', 'load']);
const [imported] = JSON.parse(
  lede(['import', 'crawl', '--json', existsSync(seed) ? seed : fixture]),
) as { id: number | null; url: string | null }[];
if (!imported?.id || !imported.url) throw new Error(`the story page did not import`);
const storyId = imported.id;
const storyPath = new URL(imported.url, origin).pathname;
lede(
  [
    'user',
    'add',
    '--email',
    'bench@lede.test',
    '--name',
    'Bench',
    '--role',
    'admin',
    '--password-stdin',
  ],
  'a long password for the bench',
);
const tokens = Array.from({ length: 5 }, () =>
  lede(['token', 'create', '--email', 'bench@lede.test']).trim(),
);

console.log(
  `# Lede serving bench, ${new Date().toISOString()}, ${availableParallelism()} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `# ${values.postgres ? 'PostgreSQL' : 'SQLite'}, LEDE_WORKERS=${values.workers}, ${hasWrk ? 'wrk -t2' : 'autocannon'}, ${seconds} s a run; story ${storyPath}\n`,
);

// ------------------------------------------------------------------ cold start

if (only.has('start')) {
  const times: number[] = [];
  await start();
  await stop();
  for (let i = 0; i < 3; i++) {
    times.push(await start());
    await stop();
  }
  console.log(
    `Cold start to the first 200 of / (existing database, three runs): ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; median ${(median(times) / 1000).toFixed(2)} s\n`,
  );
}

await start();

// ------------------------------------------------------------------ cached pages beside nginx

if (only.has('cached')) {
  const pages = { story: storyPath, home: '/ru/' };
  const br = { 'accept-encoding': 'br' };
  let nginxOrigin: string | null = null;
  let nginx: ChildProcess | null = null;
  if (values.nginx) {
    const webroot = path.join(dataDir, 'nginx-root');
    mkdirSync(webroot, { recursive: true });
    // nginx's workers run as another user (nobody, www-data) when it starts as root: they must
    // read the files, or every answer is a fast 403 (counted as errors).
    chmodSync(dataDir, 0o755);
    for (const [name, p] of Object.entries(pages)) {
      const page = await get(`${origin}${p}`, br);
      writeFileSync(path.join(webroot, `${name}.html.br`), page.body);
    }
    const conf = path.join(dataDir, 'nginx.conf');
    writeFileSync(
      conf,
      `worker_processes auto;
pid ${dataDir}/nginx.pid;
error_log ${dataDir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${nginxPort};
    root ${webroot};
    location / {
      default_type "text/html; charset=utf-8";
      add_header Content-Encoding br;
      add_header Vary Accept-Encoding;
      try_files $uri.html.br =404;
    }
  }
}
`,
    );
    nginx = spawn(...onCpus(serverCpus, 'nginx', ['-c', conf, '-g', 'daemon off;']), {
      stdio: 'ignore',
    });
    await sleep(500);
    nginxOrigin = `http://127.0.0.1:${nginxPort}`;
  }
  console.log('Cached pages, Brotli (`Accept-Encoding: br`), in turns:\n');
  console.log(HEAD);
  for (const [name, p] of Object.entries(pages)) {
    await load(`${origin}${p}`, { seconds: 3, headers: br });
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const l = await load(`${origin}${p}`, { headers: br });
      console.log(row(`Lede, ${name}`, l));
      if (nginxOrigin) {
        const n = await load(`${nginxOrigin}/${name}`, { headers: br });
        console.log(row(`nginx, ${name} (same bytes)`, n));
        console.log(`| ratio Lede/nginx | ${(l.rps / n.rps).toFixed(2)} | | | | | |`);
        ratios.push(l.rps / n.rps);
      }
    }
    if (ratios.length)
      console.log(
        `| median ratio, ${name}, ${rounds} turns | ${median(ratios).toFixed(2)} | | | | | |`,
      );
  }
  console.log('');
  if (nginx) nginx.kill('SIGTERM');
}

// ------------------------------------------------------------------ rendered pages beside WordPress

if (only.has('rendered')) {
  // A session cookie makes the page cache step aside: every request renders the page.
  const rendered = { cookie: 'lede_session=bench', 'accept-encoding': 'gzip' };
  console.log('The story page rendered every time (page cache off), in turns:\n');
  console.log(HEAD);
  await load(`${origin}${storyPath}`, { seconds: 3, headers: rendered });
  for (let round = 0; round < rounds; round++) {
    const l = await load(`${origin}${storyPath}`, { headers: rendered });
    console.log(row('Lede, story, rendered', l));
    if (values.wordpress) {
      const w = await load(values.wordpress, { headers: { 'accept-encoding': 'gzip' } });
      console.log(row('WordPress 6, the same article', w));
      console.log(`| ratio Lede/WordPress | ${(l.rps / w.rps).toFixed(1)} | | | | | |`);
    }
  }
  console.log('');
}

// ------------------------------------------------------------------ readers during writes

if (only.has('writers')) {
  const readers = 200;
  console.log(
    `Readers during writes: ${readers} readers on the story page; then the same while 5 editors save it in a loop:\n`,
  );
  console.log(HEAD);
  // Readers' browsers ask for Brotli or gzip: after each save's purge the page is compressed
  // anew, and that is part of what the save costs readers.
  const browser = { 'accept-encoding': 'gzip, deflate, br' };
  await load(`${origin}${storyPath}`, { seconds: 3, connections: readers, headers: browser });
  const alone = await load(`${origin}${storyPath}`, { connections: readers, headers: browser });
  console.log(row('readers alone', alone));

  const id = storyId;
  let stopping = false;
  const lags: number[] = [];
  let saves = 0;
  let conflicts = 0;
  let failures = 0;
  const editor = async (n: number) => {
    const auth = { authorization: `Bearer ${tokens[n]}` };
    while (!stopping) {
      const current = (await (
        await fetch(`${origin}/api/stories/${id}`, { headers: auth })
      ).json()) as {
        version: number;
      };
      const title = `Интервью, правка ${n}-${saves + conflicts + failures}`;
      const saved = await fetch(`${origin}/api/stories/${id}`, {
        method: 'PATCH',
        headers: {
          ...auth,
          'content-type': 'application/json',
          'if-match': `"${current.version}"`,
        },
        body: JSON.stringify({ title }),
      });
      const answer = await saved.text();
      if (saved.status === 409) {
        conflicts += 1;
        continue;
      }
      if (saved.status !== 200) {
        failures += 1;
        if (failures <= 3) console.log(`a save failed: ${saved.status} ${answer.slice(0, 200)}`);
        continue;
      }
      saves += 1;
      // How long until a reader of the page sees this save (or a later one).
      const at = performance.now();
      for (;;) {
        const page = await get(`${origin}${storyPath}`);
        const text = page.body.toString('utf8');
        if (
          text.includes(title) ||
          !text.includes(`правка ${n}-`) ||
          performance.now() - at > 10_000
        ) {
          lags.push(performance.now() - at);
          break;
        }
        await sleep(20);
      }
    }
  };
  const editors = Array.from({ length: 5 }, (_, n) => editor(n));
  const during = await load(`${origin}${storyPath}`, { connections: readers, headers: browser });
  stopping = true;
  await Promise.all(editors);
  console.log(row('readers while 5 editors save', during));
  console.log(
    `\nSaves: ${saves} (${conflicts} refused as stale, ${failures} failed); a save on the page after: median ${median(lags).toFixed(0)} ms, slowest ${Math.max(...lags).toFixed(0)} ms; reader p99 during writes / alone = ${(during.p99 / alone.p99).toFixed(2)}\n`,
  );
}

await stop();
rmSync(dataDir, { recursive: true, force: true });
if (values.postgres) {
  spawnSync('psql', [values.postgres, '-qc', `drop schema if exists ${schema} cascade`]);
}
