// Planner statistics kept up while a bulk write fills tables (PostgreSQL): a table is analyzed again each time it has doubled.

import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations/index.js';
import type { Database } from './schema.js';

/** Rows a bulk write adds before its tables are first analyzed. */
const FIRST_ANALYSIS = 1000;

/**
 * Counts the rows bulk writes add to groups of tables, and analyzes a group once the rows added
 * since its last analysis outnumber the rows that analysis counted. Without statistics the
 * planner takes 0.5% of a table for each value of an `in` list on a column that is not unique,
 * so a batch's 500-id look-ups (tags, authors, hashes of imported posts) read whole tables once
 * they hold a few thousand rows, and an import slows as its archive grows (autovacuum comes by
 * late, or not at all where it is off). Doubling keeps them few: about ten to a million rows.
 * One per store (shared by its transactions); SQLite plans without statistics and is left alone.
 */
export class BulkStatistics {
  private readonly added = new Map<string, number>();

  /**
   * Called by a bulk write before it writes `rows` rows to `tables`: analyzes them first when the
   * earlier writes have doubled them. Before, not after, so that the tables a write fills after
   * the lead one (a story's authors, written after the stories) hold all their rows too.
   */
  async count(
    db: Kysely<Database>,
    dialect: Dialect,
    tables: readonly [lead: string, ...others: string[]],
    rows: number,
  ): Promise<void> {
    if (dialect !== 'postgres' || rows === 0) return;
    const lead = tables[0];
    const added = this.added.get(lead) ?? 0;
    this.added.set(lead, added + rows);
    if (added < FIRST_ANALYSIS) return;
    const { rows: known } = await sql<{ n: number }>`
      select reltuples::float8 as n from pg_class where oid = to_regclass(${lead})`.execute(db);
    if (added <= Number(known[0]?.n ?? 0)) return;
    // In the write's transaction: the statistics commit with its rows.
    await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
    this.added.set(lead, rows);
  }
}
