// `lede demo generate` and `lede reindex` as a user runs them, on the database LEDE_DATABASE_URL chooses.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeQuery, parseQuery } from '../src/search/query/index.js';
import { openTestStore, type TestStore } from './support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let db: TestStore;

function lede(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'lede.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...db.env, LEDE_LOG: 'off', LEDE_DEMO: 'off' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(async () => {
  db = await openTestStore();
});
after(async () => {
  await db.dispose();
});

test('demo generate writes a searchable archive; reindex rebuilds the same index', async () => {
  const generated = lede(['demo', 'generate', '--stories', '60', '--seed', '3']);
  assert.equal(generated.code, 0, generated.err);
  assert.match(generated.out, /wrote 60 stories/);
  assert.equal(await db.store.countStories(), 60);
  const query = {
    query: analyzeQuery(parseQuery('Azərbaycan OR Азербайджан OR Azerbaijan'), 'en'),
    scope: { editions: ['az', 'ru', 'en'] as const, unpublishedEditions: [], nowSec: 4e9 },
    filters: {},
    sort: 'date' as const,
    limit: 100,
    offset: 0,
  };
  const before = await db.store.search.query({
    ...query,
    scope: { ...query.scope, editions: ['az', 'ru', 'en'] },
  });
  assert.ok(before.total > 0);
  const rebuilt = lede(['reindex']);
  assert.equal(rebuilt.code, 0, rebuilt.err);
  assert.match(rebuilt.out, /indexed 60 stories/);
  const after = await db.store.search.query({
    ...query,
    scope: { ...query.scope, editions: ['az', 'ru', 'en'] },
  });
  assert.deepEqual(after, before);
});

test('demo generate without a number explains its usage', () => {
  const r = lede(['demo', 'generate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Usage: lede demo generate --stories N/);
});
