// What each build is made from and where it goes, whether it is older than its sources, and one
// build at a time; shared by scripts/build-client.js, scripts/build-server.js and bin/lede.js.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');

const isTest = (name) => /\.test\.tsx?$/.test(name);

/** The newsroom client: src/newsroom/client bundled by Vite into dist/newsroom/client. */
export const CLIENT = {
  name: 'newsroom client',
  out: path.join(DIST, 'newsroom', 'client'),
  stamp: path.join(DIST, 'newsroom', 'client', 'index.html'),
  lock: path.join(DIST, '.newsroom-build.lock'),
  inputs: [
    'src/newsroom/client',
    'src/newsroom/editor',
    'src/domain',
    'vite.config.ts',
    'package-lock.json',
  ],
  skip: (rel) => isTest(rel),
};

/** The server and the CLI: src compiled by tsc into dist (dist/cli/run.js, dist/server/…). */
export const SERVER = {
  name: 'server',
  out: DIST,
  stamp: path.join(DIST, '.server-build'),
  lock: path.join(DIST, '.server-build.lock'),
  inputs: ['src', 'tsconfig.json', 'tsconfig.build.json'],
  skip: (rel) =>
    isTest(rel) || rel.startsWith(`src${path.sep}newsroom${path.sep}client${path.sep}`),
};

/** The newest modification time among the build's inputs (files in folders, recursively). */
function newestInput(build) {
  let newest = 0;
  for (const rel of build.inputs) {
    const full = path.join(ROOT, rel);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    if (!stat.isDirectory()) {
      newest = Math.max(newest, stat.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(full, { recursive: true, withFileTypes: true })) {
      const file = path.join(entry.parentPath, entry.name);
      if (!entry.isFile() || build.skip(path.relative(ROOT, file))) continue;
      newest = Math.max(newest, statSync(file).mtimeMs);
    }
  }
  return newest;
}

/** True when the build is missing or a source is newer than it. */
export function isStale(build) {
  const stamp = statSync(build.stamp, { throwIfNoEntry: false });
  return !stamp || stamp.mtimeMs < newestInput(build);
}

/** Runs fn holding the build's lock: parallel test files or commands may all ask for a fresh build. */
export async function withLock(build, fn) {
  mkdirSync(path.dirname(build.lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(build.lock);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - statSync(build.lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 300_000) rmSync(build.lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`another build holds ${build.lock}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(build.lock, { recursive: true, force: true });
  }
}
