// Rubric settings of an edition: the tree with names and order, a new rubric, renaming and reordering.

import { z } from 'zod';
import { can, type Actor } from '../domain/actor.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Rubric } from '../domain/taxonomy.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { announceEditionChange } from './story-events.js';
import { parseFields } from './story-fields.js';
import { ensureRubric } from './taxonomy.js';

const rubricName = z
  .string()
  .trim()
  .min(1, 'a name is required')
  .max(200)
  .regex(/^[^/]+$/, 'a name has no "/"');

export const newRubricSchema = z
  .object({
    edition: z.enum(EDITION_CODES),
    name: rubricName,
    /** A top-level rubric of the same edition; rubrics have two levels at most. */
    parentId: z.number().int().positive().nullable().optional(),
  })
  .strict();
export const rubricPatchSchema = z.object({ name: rubricName.optional() }).strict();
export const rubricOrderSchema = z
  .object({
    edition: z.enum(EDITION_CODES),
    parentId: z.number().int().positive().nullable().optional(),
    /** Every rubric of that level, in the new order. */
    ids: z.array(z.number().int().positive()).min(1).max(200),
  })
  .strict();

export interface RubricTreeNode extends Rubric {
  children: Rubric[];
}

function requireRight(actor: Actor, edition: EditionCode): void {
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the rubrics of the ${edition} edition`);
}

/** Rubric names and order are on every page of the edition: an edition-wide change, in the outbox. */
function changed(deps: Deps, store: Store, edition: EditionCode, at: string): Promise<void> {
  return announceEditionChange(deps, store, edition, at);
}

export async function rubricTree(deps: Deps, edition: EditionCode): Promise<RubricTreeNode[]> {
  const all = await deps.store.taxonomy.listRubrics(edition);
  return all
    .filter((r) => r.parentId === null)
    .map((r) => ({ ...r, children: all.filter((c) => c.parentId === r.id) }));
}

export async function createRubric(deps: Deps, actor: Actor, raw: unknown): Promise<Rubric> {
  const input = parseFields(newRubricSchema, raw);
  requireRight(actor, input.edition);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const parent = input.parentId ? await store.taxonomy.findRubricById(input.parentId) : null;
    if (input.parentId && (!parent || parent.edition !== input.edition || parent.parentId !== null))
      throw new LedeError('invalid_input', 'parentId: not a top-level rubric of this edition', {
        field: 'parentId',
      });
    if (await store.taxonomy.findRubric(input.edition, input.name, parent?.id ?? null))
      throw new LedeError('duplicate', `name: the rubric "${input.name}" exists already`, {
        field: 'name',
      });
    const rubric = await ensureRubric(
      store,
      input.edition,
      parent ? `${parent.name} / ${input.name}` : input.name,
    );
    await recordAudit(store, actor, 'rubric.create', {
      edition: input.edition,
      detail: { id: rubric.id, name: rubric.name, parentId: rubric.parentId },
      at: now,
    });
    await changed(deps, store, input.edition, now);
    return rubric;
  });
}

/** Renames a rubric; its slug, and so every URL under it, stays. */
export async function renameRubric(
  deps: Deps,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<Rubric> {
  const input = parseFields(rubricPatchSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const rubric = await store.taxonomy.findRubricById(id);
    if (!rubric) throw new LedeError('not_found', `rubric ${id} does not exist`);
    requireRight(actor, rubric.edition);
    if (input.name === undefined) return rubric;
    const same = await store.taxonomy.findRubric(rubric.edition, input.name, rubric.parentId);
    if (same && same.id !== id)
      throw new LedeError('duplicate', `name: the rubric "${input.name}" exists already`, {
        field: 'name',
      });
    const renamed = (await store.taxonomy.updateRubric(id, { name: input.name }))!;
    await recordAudit(store, actor, 'rubric.rename', {
      edition: rubric.edition,
      detail: { id, from: rubric.name, to: renamed.name },
      at: now,
    });
    if (rubric.name !== renamed.name) await changed(deps, store, rubric.edition, now);
    return renamed;
  });
}

/** Puts the rubrics of one level (top level, or the children of `parentId`) in a new order. */
export async function orderRubrics(
  deps: Deps,
  actor: Actor,
  raw: unknown,
): Promise<RubricTreeNode[]> {
  const input = parseFields(rubricOrderSchema, raw);
  requireRight(actor, input.edition);
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    const level = (await store.taxonomy.listRubrics(input.edition)).filter(
      (r) => r.parentId === (input.parentId ?? null),
    );
    const ids = new Set(level.map((r) => r.id));
    if (
      input.ids.length !== ids.size ||
      new Set(input.ids).size !== ids.size ||
      input.ids.some((i) => !ids.has(i))
    )
      throw new LedeError('invalid_input', 'ids: list every rubric of that level once', {
        field: 'ids',
      });
    for (const [position, id] of input.ids.entries())
      await store.taxonomy.updateRubric(id, { position });
    await recordAudit(store, actor, 'rubric.order', {
      edition: input.edition,
      detail: { parentId: input.parentId ?? null, ids: input.ids },
      at: now,
    });
    await changed(deps, store, input.edition, now);
  });
  return rubricTree(deps, input.edition);
}
