// The PostgreSQL dialect Lede connects with: Kysely's own, with an introspector that reads table names only.

import {
  PostgresDialect,
  sql,
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type Kysely,
  type SchemaMetadata,
  type TableMetadata,
} from 'kysely';

/**
 * Kysely's migrator asks the introspector whether its tables exist. PostgreSQL's introspector
 * reads every column of every schema and calls pg_get_serial_sequence() with each table's name,
 * which fails with 'schema "…" does not exist' when another connection drops a schema meanwhile
 * (each test file drops its own at its end: a CLI test failed so in CI, one run in two). This one
 * reads the names of schemas and tables from the catalog, without looking any up by name; tables
 * come without their columns, which nothing in Lede asks for.
 */
class CatalogIntrospector implements DatabaseIntrospector {
  constructor(private readonly db: Kysely<unknown>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    return (
      await sql<SchemaMetadata>`select nspname as name from pg_catalog.pg_namespace`.execute(
        this.db,
      )
    ).rows;
  }

  async getTables(): Promise<TableMetadata[]> {
    const rows = (
      await sql<{ name: string; schema: string; isView: boolean }>`select c.relname as name,
        n.nspname as schema, c.relkind in ('v', 'm') as "isView"
        from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm')`.execute(this.db)
    ).rows;
    return rows.map((r) => ({ ...r, columns: [] }));
  }

  async getMetadata(): Promise<DatabaseMetadata> {
    return { tables: await this.getTables() };
  }
}

export class LedePostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new CatalogIntrospector(db);
  }
}
