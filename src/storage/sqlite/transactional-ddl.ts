// The SQLite dialect Lede connects with: Kysely's own, with an adapter that lets the migrator use a transaction and transactions that take the write lock as they begin.

import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

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

/**
 * Kysely begins a SQLite transaction with a plain BEGIN, which takes the write lock only at the
 * first write. When another process (a second `lede serve` worker, a CLI import) has written
 * since this transaction's first read, SQLite cannot upgrade its snapshot and answers "database
 * is locked" at once, without waiting busy_timeout: two workers saving at the same moment made
 * one save fail. BEGIN IMMEDIATE takes the write lock first, waiting for it up to busy_timeout,
 * so writers queue instead of failing. Lede's transactions all write; readers use none.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class LedeSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
