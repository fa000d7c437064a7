// `lede demo generate` and `lede reindex` as a user runs them, on the database LEDE_DATABASE_URL chooses.
// `demo generate` of an archive runs as a process (the command's entry: it must write the stories, print
// on its standard output and exit by itself); the rest run main() in this process, which is quicker.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { analyzeQuery, parseQuery } from '../src/search/query/index.js';
import { ledeCli } from './support/cli.js';
import { openTestStore, type TestStore } from './support/test-store.js';

let db: TestStore;
const { lede, ledeProcess } = ledeCli(() => db.env);

before(async () => {
  db = await openTestStore();
});
after(async () => {
  await db.dispose();
});

test('demo generate writes a searchable archive; reindex rebuilds the same index', async () => {
  const generated = ledeProcess(['demo', 'generate', '--stories', '60', '--seed', '3']);
  assert.equal(generated.code, 0, generated.err);
  assert.match(generated.out, /wrote 60 stories/);
  assert.equal(await db.store.stories.countStories(), 60);
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
  const rebuilt = await lede(['reindex']);
  assert.equal(rebuilt.code, 0, rebuilt.err);
  assert.match(rebuilt.out, /indexed 60 stories/);
  const after = await db.store.search.query({
    ...query,
    scope: { ...query.scope, editions: ['az', 'ru', 'en'] },
  });
  assert.deepEqual(after, before);
});

test('demo generate without a number explains its usage', async () => {
  const r = await lede(['demo', 'generate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Usage: lede demo generate --stories N/);
});
