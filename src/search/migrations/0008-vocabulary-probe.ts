// Migration 0008: "did you mean" reads the most frequent words of each length first, from an index that holds them whole.

import { sql, type Kysely, type Migration } from 'kysely';

export function migration0008(): Record<string, Migration> {
  return {
    '0008-vocabulary-probe': {
      async up(db: Kysely<unknown>) {
        await sql`drop index if exists search_word_probe`.execute(db);
        // Covering: a probe reads index entries in order and never the table.
        await sql`create index if not exists search_word_frequent on search_word (edition, first, len, docs desc, key, word)`.execute(
          db,
        );
      },
      async down(db: Kysely<unknown>) {
        await sql`drop index search_word_frequent`.execute(db);
        await sql`create index search_word_probe on search_word (edition, first, len)`.execute(db);
      },
    },
  };
}
