// CI's PostgreSQL pass runs only the test files that can reach the database LEDE_DATABASE_URL
// chooses (scripts/test-files.js): a file that opens a store must never be judged to need none.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { databaseReach, listTestFiles } from '../scripts/test-files.js';

const all = listTestFiles(['src', 'test']);

/**
 * Functions that open a store or a server on the chosen database: what the support modules that
 * reach it export, and the product's own openers.
 */
function databaseHelpers(): string[] {
  const support = ['test/support', 'test/browser']
    .flatMap((dir) => readdirSync(dir).map((name) => path.join(dir, name)))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));
  const names = ['openStore', 'loadConfig', 'openPostgresStore', 'serveLede'];
  for (const file of support) {
    if (databaseReach(file) === null) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/^export (?:async )?function (\w+)/gm))
      names.push(m[1]!);
  }
  return names;
}

test('every test file that calls a helper opening a store or a server is run on PostgreSQL', () => {
  const helpers = databaseHelpers();
  assert.ok(helpers.includes('openTestStore') && helpers.includes('startNewsroom'), helpers.join());
  /** What in a file's own text reaches the database: a helper's call (not one of its own), the variable. */
  const reaches = (text: string): string[] => [
    ...helpers.filter(
      (name) =>
        new RegExp(`\\b${name}\\(`).test(text) &&
        !new RegExp(`\\b(function|const|let) ${name}\\b`).test(text),
    ),
    ...(/LEDE_DATABASE_URL|node:child_process/.test(text) ? ['LEDE_DATABASE_URL'] : []),
  ];
  const missed = all
    .filter((file) => databaseReach(file) === null)
    .map((file) => ({ file, calls: reaches(readFileSync(file, 'utf8')) }))
    .filter(({ calls }) => calls.length > 0);
  assert.deepEqual(missed, []);
});

test('a store reached through a support module counts; pure domain and lint tests are left out', () => {
  assert.deepEqual(databaseReach(path.join('src', 'operations', 'list-desk.test.ts')), [
    path.join('src', 'operations', 'list-desk.test.ts'),
    path.join('test', 'support', 'newsroom-fixtures.ts'),
    path.join('test', 'support', 'test-deps.ts'),
    path.join('test', 'support', 'test-store.ts'),
  ]);
  assert.equal(databaseReach(path.join('src', 'domain', 'slug.test.ts')), null);
  assert.equal(databaseReach(path.join('test', 'lint-layers.test.ts')), null);
  // Most of the domain's and the parsers' files are left out; the storage contracts all run.
  const left = all.filter((file) => databaseReach(file) === null);
  assert.ok(left.length > 20, `${left.length} left out`);
  const contracts = all.filter(
    (file) => file.startsWith(path.join('src', 'storage')) && file.endsWith('.contract.test.ts'),
  );
  assert.ok(contracts.length > 10);
  assert.deepEqual(
    contracts.filter((file) => databaseReach(file) === null),
    [],
  );
});

test('a file judged to need no database cannot open a test store', async () => {
  const { openTestStore } = await import('./support/test-store.js');
  process.env.LEDE_TEST_DATABASE = 'no';
  try {
    await assert.rejects(openTestStore(), /did not see it import test\/support\/test-store\.ts/);
  } finally {
    delete process.env.LEDE_TEST_DATABASE;
  }
});
