// Builds the newsroom client with Vite into dist/newsroom; with --if-stale only when a source is newer than the bundle.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'newsroom');
const stamp = path.join(outDir, 'index.html');
const lock = path.join(root, 'dist', '.newsroom-build.lock');
/** Everything the bundle is made from. */
const INPUTS = [
  'src/newsroom/client',
  'src/newsroom/editor',
  'src/domain',
  'vite.config.ts',
  'package-lock.json',
];

function newestInput() {
  let newest = 0;
  for (const rel of INPUTS) {
    const full = path.join(root, rel);
    if (!existsSync(full)) continue;
    const stat = statSync(full);
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.test\.tsx?$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function isStale() {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < newestInput();
}

/** One build at a time: parallel test files may all ask for a fresh bundle. */
async function withLock(fn) {
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !isStale()) process.exit(0);
await withLock(async () => {
  if (ifStale && !isStale()) return;
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`newsroom client built into dist/newsroom in ${Date.now() - started} ms`);
});
