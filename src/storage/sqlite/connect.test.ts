// Migrating a SQLite file: a migration that fails half-way leaves nothing behind, and a fresh file gets every migration.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, Migrator, sql, type Migration } from 'kysely';
import { searchIndexing } from '../../search/create-search-index.js';
import { migrationProvider } from '../migrations/index.js';
import { openSqliteStore } from './connect.js';
import { LedeSqliteDialect } from './transactional-ddl.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lede-sqlite-connect-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Names of the tables and indexes in a SQLite file and the migrations recorded there, read by a connection of its own. */
function fileState(file: string): { names: string[]; applied: string[] } {
  const sqlite = new Database(file, { readonly: true });
  try {
    const names = sqlite
      .prepare(`select name from sqlite_master where type in ('table', 'index') order by name`)
      .pluck()
      .all() as string[];
    const applied = sqlite
      .prepare(`select name from kysely_migration order by name`)
      .pluck()
      .all() as string[];
    return { names, applied };
  } finally {
    sqlite.close();
  }
}

const made: Migration = {
  async up(db) {
    await sql`create table made (id integer primary key)`.execute(db);
  },
};

/** Makes a table, its index, an FTS5 table and a row; then fails unless `mended`. */
function halfWay(mended: boolean): Migration {
  return {
    async up(db) {
      await sql`create table half_made (id integer primary key, name text not null)`.execute(db);
      await sql`create index half_made_name on half_made (name)`.execute(db);
      await sql`create virtual table half_made_fts using fts5(body, content='', contentless_delete=1)`.execute(
        db,
      );
      await sql`insert into half_made (id, name) values (1, 'one')`.execute(db);
      // A real error of SQLite half-way through: the table it names does not exist.
      if (!mended) await sql`insert into no_such_table (id) values (1)`.execute(db);
    },
  };
}

async function migrate(file: string, migrations: Record<string, Migration>) {
  const db = new Kysely<unknown>({
    dialect: new LedeSqliteDialect({ database: new Database(file) }),
  });
  try {
    return await new Migrator({
      db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
    }).migrateToLatest();
  } finally {
    await db.destroy();
  }
}

test('a migration that fails half-way leaves nothing of itself behind, is not recorded and runs again once mended', async () => {
  const file = path.join(dir, 'half-way.sqlite');
  const first = await migrate(file, { '0001-made': made });
  assert.equal(first.error, undefined);

  const second = await migrate(file, { '0001-made': made, '0002-half-way': halfWay(false) });
  assert.match(String(second.error), /no such table: no_such_table/);
  assert.deepEqual(
    second.results?.map((r) => [r.migrationName, r.status]),
    [['0002-half-way', 'Error']],
  );

  // With Kysely's own SqliteDialect (no transaction) half_made, its index and the FTS5 table with
  // its shadow tables are all still here.
  const { names, applied } = fileState(file);
  assert.deepEqual(
    names.filter((n) => n.startsWith('half_made')),
    [],
  );
  assert.ok(names.includes('made'), 'the migration applied before stays');
  assert.deepEqual(applied, ['0001-made']);

  // Mended, the migration runs from the start on the next open (half_made would exist otherwise).
  const third = await migrate(file, { '0001-made': made, '0002-half-way': halfWay(true) });
  assert.equal(third.error, undefined);
  assert.deepEqual(fileState(file).applied, ['0001-made', '0002-half-way']);
});

test('a fresh file migrates to the latest migration, and opening it again changes nothing', async () => {
  const file = path.join(dir, 'fresh.sqlite');
  const all = Object.keys(
    await migrationProvider('sqlite', searchIndexing.migrations('sqlite')).getMigrations(),
  ).sort();
  // Storage's and search's migrations run as one list: every name a database of an earlier
  // release recorded is there (Kysely runs them in name order, the order they always ran).
  const earlier = [
    '0001-stories-and-taxonomy',
    '0002-search',
    '0003-accounts',
    '0004-workflow',
    '0005-distribution',
    '0006-media',
    '0007-search-pairs',
    '0008-vocabulary-probe',
    '0009-search-by-edition',
    '0010-search-rank',
    '0011-search-rank-dates',
    '0012-search-facets',
  ];
  assert.deepEqual(
    earlier.filter((name) => !all.includes(name)),
    [],
  );
  for (let i = 0; i < 2; i++) {
    const store = await openSqliteStore(file, searchIndexing);
    await store.close();
    assert.deepEqual(fileState(file).applied, all);
  }
  const { names } = fileState(file);
  for (const table of ['story', 'revision', 'delivery', 'media', 'search_fts', 'search_word'])
    assert.ok(names.includes(table), table);
});

test('two processes that read and then write in transactions on one file both commit (the second waits)', async () => {
  const file = path.join(dir, 'two-writers.sqlite');
  const setup = new Database(file);
  setup.pragma('journal_mode = WAL');
  setup.exec('create table counter (id integer primary key, n integer not null)');
  setup.exec('insert into counter (id, n) values (1, 0)');
  setup.close();

  // The other process: reads the counter in a transaction, says so, waits, then writes it.
  const dialect = new URL('./transactional-ddl.ts', import.meta.url).href;
  const script = `
    import Database from 'better-sqlite3';
    import { Kysely, sql } from 'kysely';
    import { LedeSqliteDialect } from ${JSON.stringify(dialect)};
    const sqlite = new Database(${JSON.stringify(file)});
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely({ dialect: new LedeSqliteDialect({ database: sqlite }) });
    await db.transaction().execute(async (tx) => {
      const { rows } = await sql\`select n from counter where id = 1\`.execute(tx);
      process.stdout.write('read\\n');
      await new Promise((r) => setTimeout(r, 400));
      await sql\`update counter set n = \${rows[0].n + 1} where id = 1\`.execute(tx);
    });
    await db.destroy();
    process.stdout.write('committed\\n');
  `;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('read')) resolve();
    });
    child.on('close', () => reject(new Error(`the other process ended early: ${err}`)));
  });

  // This process writes while the other holds its transaction open.
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<{ counter: { id: number; n: number } }>({
    dialect: new LedeSqliteDialect({ database: sqlite }),
  });
  try {
    await db.transaction().execute(async (tx) => {
      const row = await tx
        .selectFrom('counter')
        .select('n')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      await tx
        .updateTable('counter')
        .set({ n: row.n + 1 })
        .where('id', '=', 1)
        .execute();
    });
    assert.equal(await exited, 0, err);
    assert.match(out, /committed/);
    const { n } = await db
      .selectFrom('counter')
      .select('n')
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    assert.equal(n, 2, 'both increments landed, neither lost');
  } finally {
    await db.destroy();
  }
});

test("migration 0027-user-last-sign-in takes each account's last sign-in from the audit log", async () => {
  const file = path.join(dir, 'sign-ins.sqlite');
  const all = await migrationProvider(
    'sqlite',
    searchIndexing.migrations('sqlite'),
  ).getMigrations();
  assert.ok(all['0027-user-last-sign-in']);
  // The database as it was before this migration: every one that sorts ahead of it.
  const before = Object.fromEntries(
    Object.entries(all).filter(([name]) => name < '0027-user-last-sign-in'),
  );
  await migrate(file, before);
  const sqlite = new Database(file);
  try {
    const user = sqlite.prepare(
      `insert into app_user (email, email_key, name, role, editions, password_hash, ui_language, created_at, disabled)
       values (?, ?, ?, 'editor', 'ru', null, 'ru', '2025-01-01T00:00:00.000Z', 0)`,
    );
    const signedIn = Number(user.run('a@agency.example', 'a@agency.example', 'A').lastInsertRowid);
    const never = Number(user.run('b@agency.example', 'b@agency.example', 'B').lastInsertRowid);
    const line = sqlite.prepare(
      `insert into audit_log (at, actor_user_id, actor_name, action, story_id, edition, detail)
       values (?, ?, 'x', ?, null, null, '{}')`,
    );
    line.run('2025-03-01T08:00:00.000Z', signedIn, 'login');
    line.run('2025-03-02T08:00:00.000Z', signedIn, 'login');
    line.run('2025-03-03T08:00:00.000Z', signedIn, 'login.failed');
    line.run('2025-03-04T08:00:00.000Z', never, 'login.failed');
  } finally {
    sqlite.close();
  }
  const result = await migrate(file, all);
  assert.equal(result.error, undefined);
  const read = new Database(file, { readonly: true });
  try {
    assert.deepEqual(
      read.prepare(`select email, last_sign_in_at from app_user order by email`).all(),
      [
        { email: 'a@agency.example', last_sign_in_at: '2025-03-02T08:00:00.000Z' },
        { email: 'b@agency.example', last_sign_in_at: null },
      ],
    );
  } finally {
    read.close();
  }
});
