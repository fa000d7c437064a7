// Rubrics linked across editions: one key names "Siyasət", "Политика" and "Politics" as the same section.

import { z } from 'zod';
import { can, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Rubric } from '../domain/taxonomy.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';

export const rubricLinkSchema = z
  .object({
    /** The link's name ("politics"); rubrics that had it and are not listed lose it. */
    key: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a key is lowercase ASCII words joined by "-"')
      .max(100),
    /** At most one rubric per edition. */
    ids: z.array(z.number().int().positive()).max(20),
  })
  .strict();

/** Links these rubrics (one per edition) under one key, in one transaction. */
export async function linkRubrics(deps: Deps, actor: Actor, raw: unknown): Promise<Rubric[]> {
  const input = parseFields(rubricLinkSchema, raw);
  return deps.store.transaction(async (store) => {
    const rubrics: Rubric[] = [];
    for (const id of new Set(input.ids)) {
      const rubric = await store.taxonomy.findRubricById(id);
      if (!rubric) throw new LedeError('invalid_input', `ids: no rubric ${id}`, { field: 'ids' });
      if (!can(actor, 'manage-taxonomy', rubric.edition))
        throw new LedeError(
          'forbidden',
          `may not change the rubrics of the ${rubric.edition} edition`,
        );
      if (rubrics.some((r) => r.edition === rubric.edition))
        throw new LedeError('invalid_input', `ids: two rubrics of the ${rubric.edition} edition`, {
          field: 'ids',
        });
      rubrics.push(rubric);
    }
    for (const e of deps.editions)
      for (const r of await store.taxonomy.listRubrics(e.code))
        if (r.key === input.key && !rubrics.some((x) => x.id === r.id))
          await store.authors.setRubricKey(r.id, null);
    for (const r of rubrics) await store.authors.setRubricKey(r.id, input.key);
    await recordAudit(store, actor, 'rubric.link', {
      detail: { key: input.key, rubrics: rubrics.map((r) => r.id) },
      at: deps.clock.now().toISOString(),
    });
    return rubrics.map((r) => ({ ...r, key: input.key }));
  });
}
