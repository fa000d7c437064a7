// The calendar port written once through Kysely: an EXISTS per span that seeks the edition's list index.

import { sql, type Kysely } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { CalendarRepo, CalendarSpan } from './calendar-port.js';
import type { Database } from './schema.js';

/** Spans per statement: well under SQLite's limit of terms in a compound SELECT (500). */
const CHUNK = 100;

export class KyselyCalendarRepo implements CalendarRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async spansWithStories(
    edition: EditionCode,
    spans: CalendarSpan[],
    now: string,
  ): Promise<string[]> {
    // Nothing after `now` is public: spans are cut there, and those wholly after it dropped.
    const open = spans
      .filter((s) => s.from <= now)
      .map((s) => ({ ...s, to: s.to < now ? s.to : now }));
    const found = new Set<string>();
    for (let i = 0; i < open.length; i += CHUNK) {
      // Each branch is one seek down story_list_edition (edition, status, published_at, id) to the
      // span's first story; the embargo is checked on the rows found there, usually the first.
      const branches = open.slice(i, i + CHUNK).map(
        (s) => sql`select cast(${s.key} as varchar(20)) as k where exists (
          select 1 from story where edition = ${edition} and status = 'published'
            and published_at >= ${s.from} and published_at < ${s.to}
            and (embargo_until is null or embargo_until <= ${now}))`,
      );
      const result = await sql<{ k: string }>`${sql.join(branches, sql` union all `)}`.execute(
        this.db,
      );
      for (const row of result.rows) found.add(row.k);
    }
    return spans.map((s) => s.key).filter((k) => found.has(k));
  }

  async firstPublished(edition: EditionCode, now: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('story')
      .select('published_at')
      .where('edition', '=', edition)
      .where('status', '=', 'published')
      .where('published_at', '<=', now)
      .where((eb) => eb.or([eb('embargo_until', 'is', null), eb('embargo_until', '<=', now)]))
      .orderBy('published_at', 'asc')
      .limit(1)
      .executeTakeFirst();
    return row?.published_at ?? null;
  }
}
