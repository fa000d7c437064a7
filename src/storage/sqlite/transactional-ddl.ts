// The SQLite dialect Lede connects with: Kysely's own, with an adapter that lets the migrator use a transaction.

import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';

/**
 * Kysely's SqliteAdapter says SQLite has no transactional DDL, so its Migrator runs each SQLite
 * migration outside a transaction: one that fails half-way leaves the tables it made so far, and
 * the next start fails again on them. SQLite does roll back CREATE, ALTER and DROP (and FTS5's
 * virtual tables), so this adapter says so, and the migrator runs the migrations due and their
 * rows in kysely_migration in one transaction, as on PostgreSQL: when one fails, the database is
 * as it was before that start. No Lede migration runs what SQLite refuses or ignores inside a
 * transaction (VACUUM, FTS5 'optimize', a PRAGMA such as foreign_keys or journal_mode: those are
 * set by connect.ts before migrating).
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class LedeSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
