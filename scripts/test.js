// Runs every test file (src/**/*.test.ts(x), test/**/*.test.ts) with node's test runner and tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'test'];
const files = roots
  .flatMap((root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name)),
  )
  .sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const db = process.env.LEDE_DATABASE_URL?.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
console.log(`Running ${files.length} test files on ${db}`);
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=120000', ...files],
  { stdio: 'inherit', env: { ...process.env, LEDE_LOG: 'off' } },
);
process.exit(result.status ?? 1);
