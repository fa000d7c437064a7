// Opening the PostgreSQL store while other processes drop their schemas (as test files do at their end).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { onPostgres, openTestStore, TEST_DATABASE_URL } from '../../../test/support/test-store.js';

test(
  'migrating is not upset by other connections dropping their schemas meanwhile',
  { skip: !onPostgres && 'PostgreSQL only' },
  async () => {
    const t = await openTestStore();
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    const schema = `gone_${process.pid}`;
    let churning = true;
    // Another process's schema made and dropped again and again, as test files do.
    const churn = (async () => {
      let rounds = 0;
      while (churning) {
        await other.query(`create schema ${schema}`);
        await other.query(`create table ${schema}.t (id serial primary key, a text, b text)`);
        await other.query(`drop schema ${schema} cascade`);
        rounds++;
      }
      return rounds;
    })();
    const failures: string[] = [];
    try {
      for (let i = 0; i < 150; i++)
        await t.store.migrate().catch((e: Error) => failures.push(e.message));
    } finally {
      churning = false;
      assert.ok((await churn) > 0);
      await other.end();
      await t.dispose();
    }
    assert.deepEqual(failures, []);
  },
);
