// Prepared statements kept by the SQLite dialect: one per SQL text, reused, the least recently used dropped, valid across schema changes.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { keepingStatements, LedeSqliteDialect } from './transactional-ddl.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lede-statements-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a statement is prepared once per SQL text and reused; the least recently used goes first', () => {
  const sqlite = new Database(path.join(dir, 'a.sqlite'));
  let prepared = 0;
  const counting = {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      prepared++;
      return sqlite.prepare(text);
    },
  };
  const db = keepingStatements(counting, 2);
  const one = db.prepare('select 1 as n');
  assert.equal(db.prepare('select 1 as n'), one);
  db.prepare('select 2 as n');
  db.prepare('select 1 as n'); // now the most recently used
  db.prepare('select 3 as n'); // drops "select 2"
  assert.equal(db.kept(), 2);
  assert.equal(prepared, 3);
  assert.equal(db.prepare('select 1 as n'), one);
  db.prepare('select 2 as n');
  assert.equal(prepared, 4, '"select 2" was dropped and is prepared again');
  db.close();
});

test('queries through the dialect answer the same after a schema change and inside transactions', async () => {
  const db = new Kysely<{ note: { id: number; text: string; lang?: string } }>({
    dialect: new LedeSqliteDialect({ database: new Database(path.join(dir, 'b.sqlite')) }),
  });
  await sql`create table note (id integer primary key, text text not null)`.execute(db);
  const read = () => db.selectFrom('note').selectAll().orderBy('id').execute();
  await db.insertInto('note').values({ id: 1, text: 'bir' }).execute();
  assert.deepEqual(await read(), [{ id: 1, text: 'bir' }]);
  await sql`alter table note add column lang text`.execute(db);
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('note').values({ id: 2, text: 'два', lang: 'ru' }).execute();
  });
  // The kept "select *" sees the new column: SQLite prepared it again after the change.
  assert.deepEqual(await read(), [
    { id: 1, text: 'bir', lang: null },
    { id: 2, text: 'два', lang: 'ru' },
  ]);
  await assert.rejects(
    db.transaction().execute(async (tx) => {
      await tx.insertInto('note').values({ id: 3, text: 'three' }).execute();
      throw new Error('rolled back');
    }),
  );
  assert.equal((await read()).length, 2);
  await db.destroy();
});
