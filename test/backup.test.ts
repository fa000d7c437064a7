// `lede backup`, `lede backup --verify` and `lede restore` as an operator runs them, on the
// database LEDE_DATABASE_URL chooses; and a SQLite backup restored into PostgreSQL whenever
// PostgreSQL answers at 127.0.0.1:5432.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import * as tar from 'tar';
import { analyzeQuery, parseQuery } from '../src/search/query/index.js';
import { createStory } from '../src/operations/create-story.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { ManualClock } from '../src/platform/clock.js';
import { silentLogger } from '../src/platform/logger.js';
import { boot } from '../src/server/boot.js';
import { loadConfig } from '../src/server/config.js';
import { openStore } from '../src/server/open-store.js';
import { dropPostgresSchema } from '../src/storage/postgres/connect.js';
import { ledeCli } from './support/cli.js';
import { newStory, person } from './support/newsroom-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { TEST_DATABASE_URL, onPostgres } from './support/test-store.js';

const NOW = '2026-03-01T10:00:00Z';
const PG_URL = onPostgres ? TEST_DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/lede_test';
const work = mkdtempSync(path.join(tmpdir(), 'lede-backup-test-'));
const schemas: string[] = [];
let app: TestApp;
let env: Record<string, string> = {};
const { lede, ledeProcess } = ledeCli(() => env);
const dataDir = path.join(work, 'data');
const MEDIA = { 'originals/2026/03/photo.jpg': Buffer.from([0xff, 0xd8, 1, 2, 3, 0, 255]) };

/** A database and data folder of their own, empty, for a restore. */
function freshTarget(
  name: string,
  kind: 'sqlite' | 'postgres' = onPostgres ? 'postgres' : 'sqlite',
): Record<string, string> & { LEDE_DATA_DIR: string } {
  const dir = path.join(work, name);
  if (kind === 'postgres') {
    const schema = `bk_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    schemas.push(schema);
    return { LEDE_DATA_DIR: dir, LEDE_DATABASE_URL: PG_URL, LEDE_DATABASE_SCHEMA: schema };
  }
  return { LEDE_DATA_DIR: dir, LEDE_DATABASE_URL: `sqlite:${path.join(dir, 'lede.sqlite')}` };
}

/** Boots Lede over a database (the same clock as the original), gets the pages, closes. */
async function pages(over: Record<string, string>, urls: string[]): Promise<string[]> {
  const config = loadConfig({ LEDE_LOG: 'off', LEDE_DEMO: 'off', PORT: '0', ...over });
  const store = await openStore(config);
  const served = await boot(config, { store, clock: new ManualClock(NOW), logger: silentLogger });
  try {
    const bodies: string[] = [];
    for (const url of urls) {
      const res = await served.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      bodies.push(res.body);
    }
    return bodies;
  } finally {
    await served.close();
    await store.close();
  }
}

async function mediaFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const root = path.join(dir, 'media');
  if (!existsSync(root)) return out;
  for (const e of await readdir(root, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const full = path.join(e.parentPath, e.name);
      out[path.relative(root, full)] = readFileSync(full).toString('base64');
    }
  return out;
}

before(async () => {
  app = await bootTestApp({ demo: true, now: NOW, env: { LEDE_DATA_DIR: dataDir } });
  env = { ...app.testStore.env, LEDE_DATA_DIR: dataDir };
  for (const [name, bytes] of Object.entries(MEDIA)) {
    mkdirSync(path.dirname(path.join(dataDir, 'media', name)), { recursive: true });
    writeFileSync(path.join(dataDir, 'media', name), bytes);
  }
});
after(async () => {
  await app.dispose();
  for (const schema of schemas) await dropPostgresSchema(PG_URL, schema);
  rmSync(work, { recursive: true, force: true });
});

let backupFile = '';
let urls: string[] = [];

test('a backup taken while stories are saved restores the same stories, revisions, media and pages', async () => {
  const deps = app.lede.deps;
  await ensureRubric(deps.store, 'ru', 'Экономика');
  const editor = await person(deps, 'editor', ['ru']);
  // A few drafts before the backup starts, more while it runs.
  for (let i = 0; i < 3; i += 1)
    await createStory(deps, editor, newStory({ title: `Заметка до копии ${i}` }));
  let saving = true;
  let saved = 0;
  const before = await deps.store.stories.countStories();
  const writes = (async () => {
    while (saving) {
      await createStory(deps, editor, newStory({ title: `Заметка ${saved}` }));
      saved += 1;
      // SQLite's saves settle without a turn of the event loop: give the backup its turns.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  backupFile = path.join(work, 'one.tar.gz');
  const made = await lede(['backup', backupFile]);
  saving = false;
  await writes;
  assert.equal(made.code, 0, made.err);
  assert.ok(saved > 0, 'stories were saved during the backup');
  const afterCount = await deps.store.stories.countStories();

  const verified = await lede(['backup', '--verify', backupFile]);
  assert.equal(verified.code, 0, verified.err);
  assert.match(verified.out, /the backup is whole/);

  const target = freshTarget('restored');
  env = target;
  const restored = await lede(['restore', backupFile]);
  env = { ...app.testStore.env, LEDE_DATA_DIR: dataDir };
  assert.equal(restored.code, 0, restored.err);
  const copy = await openStore(loadConfig(target));
  try {
    const n = await copy.stories.countStories();
    assert.ok(n >= before && n <= afterCount, `${n} stories between ${before} and ${afterCount}`);
    // Every restored draft has its first revision: the copy is one moment's rows.
    const drafts = await copy.stories.list({ statuses: ['draft'], limit: 1000 });
    assert.ok(drafts.total >= 3, 'the drafts saved before the backup are in it');
    for (const s of drafts.items)
      assert.ok(
        (await copy.workflow.listRevisions(s.id)).length >= 1,
        `story ${s.id} has revisions`,
      );
  } finally {
    await copy.close();
  }
  assert.deepEqual(await mediaFiles(target.LEDE_DATA_DIR), await mediaFiles(dataDir));

  const home = await app.lede.app.inject({ method: 'GET', url: '/en/' });
  const storyLink = /href="(\/en\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(home.body)?.[1];
  assert.ok(storyLink, 'the home page links a story');
  urls = ['/en/', storyLink];
  assert.deepEqual(await pages(target, urls), await pages(env, urls));
});

test('restore refuses a database or data folder that is not empty, unless --force', async () => {
  const refused = await lede(['restore', backupFile]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /not empty; restore with --force/);
  const target = freshTarget('forced');
  env = target;
  try {
    assert.equal((await lede(['restore', backupFile])).code, 0);
    const again = await lede(['restore', backupFile]);
    assert.equal(again.code, 1);
    const forced = await lede(['restore', '--force', backupFile]);
    assert.equal(forced.code, 0, forced.err);
  } finally {
    env = { ...app.testStore.env, LEDE_DATA_DIR: dataDir };
  }
});

test('--verify finds a flipped byte: a clear message and exit code 1', async () => {
  const plain = path.join(work, 'plain.tar');
  const made = ledeProcess(['backup', plain]);
  assert.equal(made.code, 0, made.err);
  const bytes = readFileSync(plain);
  // The middle of the database copy, the first entry's data (after its 512-byte header).
  bytes[512 + 4096 + 100] = bytes[512 + 4096 + 100]! ^ 0xff;
  const broken = path.join(work, 'broken.tar');
  writeFileSync(broken, bytes);
  const r = ledeProcess(['backup', '--verify', broken]);
  assert.equal(r.code, 1);
  assert.match(r.err, /lede\.sqlite does not match its checksum \(the archive is damaged\)/);
  assert.doesNotMatch(r.err, /at .*\.ts:\d+/, 'no stack trace');
});

test('a hostile archive (../, absolute path, symlink) is refused and nothing is written outside', async () => {
  const src = path.join(work, 'hostile-src');
  mkdirSync(path.join(src, 'a'), { recursive: true });
  writeFileSync(path.join(src, 'manifest.json'), '{}');
  const cases: [string, (tarFile: string) => Promise<void>][] = [
    [
      'leaves the archive',
      async (file) => {
        writeFileSync(path.join(work, 'escaped'), 'x');
        await tar.c({ file, cwd: src, preservePaths: true }, ['manifest.json', '../escaped']);
      },
    ],
    [
      'absolute path',
      async (file) => {
        await tar.c({ file, cwd: src, preservePaths: true }, [
          'manifest.json',
          path.join(work, 'escaped'),
        ]);
      },
    ],
    [
      'SymbolicLink',
      async (file) => {
        const { symlinkSync } = await import('node:fs');
        symlinkSync('/etc', path.join(src, 'a', 'link'));
        await tar.c({ file, cwd: src }, ['manifest.json', 'a/link']);
      },
    ],
  ];
  for (const [why, make] of cases) {
    const file = path.join(work, `hostile-${why.replace(/\W/g, '')}.tar`);
    await make(file);
    const target = freshTarget(`hostile-target-${why.replace(/\W/g, '')}`, 'sqlite');
    env = target;
    try {
      const verified = await lede(['backup', '--verify', file]);
      assert.equal(verified.code, 1, why);
      assert.match(verified.err, new RegExp(`refused: .*${why}`));
      const restored = await lede(['restore', file]);
      assert.equal(restored.code, 1, why);
      assert.match(restored.err, /refused/);
      assert.ok(!existsSync(path.join(target.LEDE_DATA_DIR, 'lede.sqlite')));
    } finally {
      env = { ...app.testStore.env, LEDE_DATA_DIR: dataDir };
    }
  }
  assert.equal(readFileSync(path.join(work, 'escaped'), 'utf8'), 'x', 'untouched');
});

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

test('a SQLite backup restores into PostgreSQL: the same stories, pages and new ids after them', async (t) => {
  if (!(await postgresAnswers())) return t.skip('PostgreSQL does not answer at 127.0.0.1:5432');
  const sqliteSide = freshTarget('from-sqlite', 'sqlite');
  env = sqliteSide;
  try {
    assert.equal((await lede(['restore', backupFile])).code, 0);
    const file = path.join(work, 'from-sqlite.tar.gz');
    const made = await lede(['backup', file]);
    assert.equal(made.code, 0, made.err);
    assert.match(made.out, /from sqlite/);
    const pgSide = freshTarget('to-postgres', 'postgres');
    env = pgSide;
    const moved = await lede(['restore', file]);
    assert.equal(moved.code, 0, moved.err);
    assert.match(moved.out, /into postgres/);
    assert.deepEqual(await pages(pgSide, urls), await pages(sqliteSide, urls));
    const [a, b] = [await openStore(loadConfig(sqliteSide)), await openStore(loadConfig(pgSide))];
    try {
      assert.equal(await b.stories.countStories(), await a.stories.countStories());
      // The search index was rebuilt: the same words find as many stories.
      const search = (store: typeof a) =>
        store.search.query({
          query: analyzeQuery(parseQuery('Baku OR Azerbaijan'), 'en'),
          scope: { editions: ['az', 'ru', 'en'], unpublishedEditions: [], nowSec: 4e9 },
          filters: {},
          sort: 'date',
          limit: 5,
          offset: 0,
        });
      const found = (await search(b)).total;
      assert.ok(found > 0);
      assert.equal(found, (await search(a)).total);
      // The id sequences were set past the copied ids: new rows save.
      const rubric = await b.taxonomy.createRubric({
        edition: 'en',
        slug: 'after-the-move',
        name: 'After the move',
        parentId: null,
        position: 0,
      });
      assert.ok(rubric.id > 0);
      await person({ store: b, clock: new ManualClock(NOW) }, 'editor', ['ru']);
    } finally {
      await a.close();
      await b.close();
    }
  } finally {
    env = { ...app.testStore.env, LEDE_DATA_DIR: dataDir };
  }
});
