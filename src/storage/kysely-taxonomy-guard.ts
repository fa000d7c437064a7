// The taxonomy guard repo written once through Kysely, on the same connection or transaction as the store.

import type { Kysely } from 'kysely';
import type { EditionCode } from '../domain/editions.js';
import type { Database } from './schema.js';
import type { TaxonomyGuardRepo, TaxonomyKind } from './taxonomy-guard-port.js';

export class KyselyTaxonomyGuardRepo implements TaxonomyGuardRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async setHidden(kind: TaxonomyKind, id: number, hidden: boolean) {
    await this.db
      .updateTable(kind)
      .set({ hidden: hidden ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  }

  async countStories(kind: TaxonomyKind, id: number) {
    const row =
      kind === 'rubric'
        ? await this.db
            .selectFrom('story')
            .select((e) => e.fn.countAll<number | string>().as('n'))
            .where('rubric_id', '=', id)
            .executeTakeFirstOrThrow()
        : await this.db
            .selectFrom('story_tag')
            .select((e) => e.fn.countAll<number | string>().as('n'))
            .where('tag_id', '=', id)
            .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async remove(kind: TaxonomyKind, id: number) {
    if (kind === 'tag') await this.db.deleteFrom('hot_tag').where('tag_id', '=', id).execute();
    await this.db.deleteFrom(kind).where('id', '=', id).execute();
  }

  async addRedirect(
    kind: TaxonomyKind,
    edition: EditionCode,
    slug: string,
    fromId: number,
    intoId: number,
  ) {
    await this.db
      .updateTable('taxonomy_redirect')
      .set({ target_id: intoId })
      .where('kind', '=', kind)
      .where('target_id', '=', fromId)
      .execute();
    await this.db
      .deleteFrom('taxonomy_redirect')
      .where('kind', '=', kind)
      .where('edition', '=', edition)
      .where('slug', '=', slug)
      .execute();
    await this.db
      .insertInto('taxonomy_redirect')
      .values({ kind, edition, slug, target_id: intoId })
      .execute();
  }

  async findRedirect(kind: TaxonomyKind, edition: EditionCode, slug: string) {
    const row = await this.db
      .selectFrom('taxonomy_redirect')
      .select('target_id')
      .where('kind', '=', kind)
      .where('edition', '=', edition)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? Number(row.target_id) : null;
  }
}
