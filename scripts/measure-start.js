// Measures, side by side, checkouts of Lede given as folders (default: this one): the time from
// spawning `npm start` to the first 200 answer of `/` on an existing SQLite database with the demo
// archive, and the wall time of `lede --help`; runs alternate between the checkouts, medians shown.
//   node scripts/measure-start.js [--runs 5] [DIR...]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './build-inputs.js';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const dirs = (positionals.length ? positionals : [ROOT]).map((d) => path.resolve(d));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Starts `npm start` in dir on its own data folder; ms until `/` answered 200. */
async function firstPage(dir, dataDir, port) {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: dir,
    env: { ...process.env, LEDE_DATA_DIR: dataDir, PORT: String(port), LEDE_LOG: 'off' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start in ${dir} exited ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (performance.now() - started > 300_000) throw new Error(`no page from ${dir} in 300 s`);
      await sleep(10);
    }
  } finally {
    // npm, its shell and the server form one process group, ours: stop all of it.
    process.kill(-child.pid, 'SIGTERM');
    while (child.exitCode === null && child.signalCode === null) await sleep(50);
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        break;
      }
      await sleep(50);
    }
  }
}

/** Wall time of `node bin/lede.js --help` in dir, ms. */
function help(dir) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'lede.js'), '--help'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`lede --help in ${dir}: ${r.stderr}`);
  return performance.now() - started;
}

const results = dirs.map((dir, i) => ({
  dir,
  data: mkdtempSync(path.join(tmpdir(), 'lede-measure-')),
  port: 3900 + i,
  page: [],
  help: [],
}));
try {
  // A first start makes each database and loads the demo archive (and builds what is stale).
  for (const r of results) await firstPage(r.dir, r.data, r.port);
  for (let run = 0; run < runs; run++)
    for (const r of results) {
      r.page.push(await firstPage(r.dir, r.data, r.port));
      r.help.push(help(r.dir));
    }
} finally {
  for (const r of results) rmSync(r.data, { recursive: true, force: true });
}
const ms = (xs) => `${Math.round(median(xs))} ms (${xs.map((x) => Math.round(x)).join(', ')})`;
for (const r of results) {
  console.log(r.dir);
  console.log(`  npm start to the first 200 of /: ${ms(r.page)}`);
  console.log(`  lede --help:                     ${ms(r.help)}`);
}
