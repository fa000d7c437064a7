// The one dialect seam of the schema: how an auto-increment id column is declared.

import type { ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from '../../platform/sql-dialect.js';

export type { Dialect } from '../../platform/sql-dialect.js';

export function idColumn(dialect: Dialect): 'integer' | 'serial' {
  return dialect === 'sqlite' ? 'integer' : 'serial';
}

/** Modifier for an id column: a primary key that counts up on both databases. */
export function idKey(dialect: Dialect) {
  return (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
}
