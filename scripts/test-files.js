// Which test files there are, and which of them can reach the database LEDE_DATABASE_URL chooses.
//
// A file reaches that database only through code that reads the variable (test/support/test-store.ts,
// src/server/config.ts) or through a process it starts, which inherits the environment. So a file
// is a database file when a module it imports, directly or through others (relative imports, as
// TypeScript itself reads them), names LEDE_DATABASE_URL or starts processes (child_process,
// worker_threads, cluster). The others (domain rules, parsers, renderers, the lint of layers) test
// the same code on either database: CI runs them once, on SQLite. scripts/test.js also tells each
// file the verdict (LEDE_TEST_DATABASE=no), and test/support/test-store.ts refuses to open a store
// in a file judged to need none, so a wrong verdict fails on SQLite instead of going unseen.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const TEST_FILE = /\.test\.tsx?$/;
const DATABASE = /\bLEDE_DATABASE_URL\b/;
const PROCESSES = /['"]node:(child_process|worker_threads|cluster)['"]/;

/** Test files under the roots (folders or files), sorted; `noBrowser` leaves out test/browser/. */
export function listTestFiles(roots, { noBrowser = false } = {}) {
  return roots
    .flatMap((root) =>
      statSync(root).isFile()
        ? [root]
        : readdirSync(root, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile() && TEST_FILE.test(e.name))
            .map((e) => path.join(e.parentPath, e.name)),
    )
    .filter((file) => !noBrowser || !file.split(path.sep).includes('browser'))
    .sort();
}

let ts;
/** The relative imports of a module (static, dynamic and `export … from`), as files. */
function importsOf(file, text) {
  ts ??= createRequire(import.meta.url)('typescript');
  const found = [];
  for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const base = path.join(path.dirname(file), fileName);
    const candidates = [
      base.replace(/\.js$/, '.ts'),
      base.replace(/\.js$/, '.tsx'),
      base,
      `${base}.ts`,
      path.join(base, 'index.ts'),
    ];
    const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (hit) found.push(hit);
  }
  return found;
}

/**
 * Whether a file can reach the database LEDE_DATABASE_URL chooses, and why: the chain of imports
 * from the file to the first module that names the variable or starts processes (null if none).
 */
export function databaseReach(file) {
  const seen = new Set([path.normalize(file)]);
  const queue = [[path.normalize(file)]];
  while (queue.length > 0) {
    const chain = queue.shift();
    const at = chain[chain.length - 1];
    const text = readFileSync(at, 'utf8');
    if (DATABASE.test(text) || PROCESSES.test(text)) return chain;
    for (const next of importsOf(at, text))
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...chain, next]);
      }
  }
  return null;
}
