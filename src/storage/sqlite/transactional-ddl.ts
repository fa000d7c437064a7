// The SQLite dialect Lede connects with: Kysely's own, with an adapter that lets the migrator use a transaction, transactions that take the write lock as they begin, and prepared statements kept for reuse.

import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase,
  type SqliteDialectConfig,
  type SqliteStatement,
} from 'kysely';

/** How many prepared statements a connection keeps (the least recently used go first). */
export const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely's SQLite driver prepares every statement each time it runs it: about a sixth of a story
 * page's time went to preparing its fifteen queries again. The database given to the driver keeps
 * them by their SQL instead; a statement is used by one query at a time (the driver runs one at a
 * time on its connection, a stream holding it to the end), and SQLite prepares a kept statement
 * again by itself after a schema change.
 */
export function keepingStatements(
  db: SqliteDatabase,
  size = STATEMENT_CACHE_SIZE,
): SqliteDatabase & { kept(): number } {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      db.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else {
        statement = db.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
    kept: () => statements.size,
  };
}

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
    const database = config.database;
    const kept: SqliteDialectConfig = {
      ...config,
      database:
        typeof database === 'function'
          ? async () => keepingStatements(await database())
          : keepingStatements(database),
    };
    super(kept);
    this.#config = kept;
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
