// Runs every test file (src/**/*.test.ts(x), test/**/*.test.ts; or the folders and files named) with node's test runner and tsx,
// two files at a time (--jobs=N for more). A file that fails is run once more on its own and both runs are reported:
// the browser and scheduler tests share a 2-core machine and can miss a deadline under load.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { databaseReach, listTestFiles } from './test-files.js';

// `--no-browser` leaves out the Chromium tests (test/browser/): CI runs them once, on SQLite, since
// they drive pages and screens that read the same operations on either database.
// `--database-only` leaves out the files that cannot reach the database LEDE_DATABASE_URL chooses
// (scripts/test-files.js says how it tells): CI's PostgreSQL pass, whose other files ran on SQLite.
const args = process.argv.slice(2);
const noBrowser = args.includes('--no-browser');
const databaseOnly = args.includes('--database-only');
/** `--jobs=N`: files at a time (2 by default, the machine's cores in CI). */
const jobs = Number(args.find((a) => a.startsWith('--jobs='))?.slice('--jobs='.length) ?? 2);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('--jobs=N takes a whole number of files at a time, 1 or more');
  process.exit(1);
}
const named = args.filter((a) => !a.startsWith('--'));
const roots = named.length > 0 ? named : ['src', 'test'];
const found = listTestFiles(roots, { noBrowser });
/** Each file's verdict: the chain of imports that reaches the database, or null. */
const reach = new Map(found.map((file) => [file, databaseReach(file)]));
const files = databaseOnly ? found.filter((file) => reach.get(file)) : found;
const db = process.env.LEDE_DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
console.log(
  `Running ${files.length} test files on ${db}${noBrowser ? ' (without the browser tests)' : ''}`,
);
if (databaseOnly && files.length < found.length) {
  const left = found.filter((file) => !reach.get(file));
  const folders = new Map();
  for (const file of left)
    folders.set(path.dirname(file), (folders.get(path.dirname(file)) ?? 0) + 1);
  console.log(
    `# left out: ${left.length} files that import no module naming LEDE_DATABASE_URL (such as ` +
      `test/support/test-store.ts or src/server/config.ts) and start no process, so they test ` +
      `nothing new on ${db} (CI runs them on SQLite): ` +
      [...folders].map(([folder, n]) => `${folder} ${n}`).join(', '),
  );
}

if (files.length === 0) {
  console.error(found.length === 0 ? 'no test files found' : 'no test file reaches the database');
  process.exit(found.length === 0 ? 1 : 0);
}

const SUMMARY = /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) (\d+(\.\d+)?)$/;

/**
 * How long a file may take (node counts the file as one test): a browser file goes through
 * every screen in three widths (the newsroom's layout files, some 80 checks with axe each, took
 * over two minutes on a loaded 2-core machine before a screen's widths shared one page load).
 */
const timeoutOf = (file) => (file.split(path.sep).includes('browser') ? 300_000 : 120_000);

/** Runs one file; resolves with its TAP output (summary lines taken out) and its counts. */
function runFile(file) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=tap',
        `--test-timeout=${timeoutOf(file)}`,
        file,
      ],
      {
        env: {
          ...process.env,
          LEDE_LOG: 'off',
          // test/support/test-store.ts refuses to open a store in a file judged to need none.
          ...(reach.get(file) ? {} : { LEDE_TEST_DATABASE: 'no' }),
        },
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const counts = { tests: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
      const kept = [];
      for (const line of out.split('\n')) {
        const m = SUMMARY.exec(line);
        if (m) {
          if (m[1] in counts) counts[m[1]] = Number(m[2]);
        } else kept.push(line);
      }
      const failed = code !== 0 || counts.fail > 0 || counts.cancelled > 0;
      resolve({ file, text: kept.join('\n'), counts, failed, ms: Date.now() - started });
    });
  });
}

const results = new Map();
const queue = [...files];
async function worker() {
  for (let file = queue.shift(); file; file = queue.shift()) {
    let result = await runFile(file);
    if (result.failed) {
      console.log(`# ${file} failed; running it once more on its own:`);
      console.log(result.text);
      result = { ...(await runFile(file)), retried: true };
    }
    console.log(
      `# file: ${file} ${(result.ms / 1000).toFixed(1)} s${result.retried ? ' (second run)' : ''}`,
    );
    console.log(result.text);
    results.set(file, result);
  }
}
await Promise.all(Array.from({ length: jobs }, () => worker()));

const slowest = [...results.values()].sort((a, b) => b.ms - a.ms).slice(0, 15);
console.log(
  `# slowest files: ${slowest.map((r) => `${r.file} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`,
);

const total = { tests: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
for (const r of results.values()) for (const k of Object.keys(total)) total[k] += r.counts[k];
const failedFiles = [...results.values()].filter((r) => r.failed).map((r) => r.file);
const retried = [...results.values()].filter((r) => r.retried).map((r) => r.file);
if (retried.length)
  console.log(
    `# passed on a second run: ${retried.filter((f) => !failedFiles.includes(f)).join(', ') || 'none'}`,
  );
if (failedFiles.length) console.log(`# failed: ${failedFiles.join(', ')}`);
for (const k of Object.keys(total)) console.log(`# ${k} ${total[k]}`);
console.log(`${total.pass} passed, ${total.fail + total.cancelled} failed`);
process.exit(failedFiles.length > 0 ? 1 : 0);
