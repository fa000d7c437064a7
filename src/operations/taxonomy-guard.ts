// Guarding the taxonomy: hide a rubric or tag (gone from menus, strips and public lists, its page
// answers 404), merge a rubric into another (stories move, the old address answers 301), delete
// an empty one (409 while stories are in it). Chiefs and admins only.

import { z } from 'zod';
import { can, type Actor } from '../domain/actor.js';
import type { Edition, EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import { paths } from '../domain/urls.js';
import type { Store } from '../storage/port.js';
import type { TaxonomyKind } from '../storage/taxonomy-guard-port.js';
import type { Deps } from './deps.js';
import { writeStoryState } from './write-story.js';
import { recordAudit } from './record-audit.js';
import { announceEditionChange } from './story-events.js';
import { parseFields } from './story-fields.js';

export const hiddenSchema = z.object({ hidden: z.boolean() }).strict();
export const rubricMergeSchema = z.object({ into: z.number().int().positive() }).strict();

function requireRight(actor: Actor, kind: TaxonomyKind, edition: EditionCode): void {
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the ${kind}s of the ${edition} edition`);
}

async function findOne(store: Store, kind: TaxonomyKind, id: number): Promise<Rubric | Tag> {
  const found =
    kind === 'rubric'
      ? await store.taxonomy.findRubricById(id)
      : await store.taxonomy.findTagById(id);
  if (!found) throw new LedeError('not_found', `${kind} ${id} does not exist`);
  return found;
}

/** Hides a rubric or tag from readers, or shows it again. */
export async function setTaxonomyHidden(
  deps: Deps,
  actor: Actor,
  kind: TaxonomyKind,
  id: number,
  raw: unknown,
): Promise<Rubric | Tag> {
  const { hidden } = parseFields(hiddenSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const item = await findOne(store, kind, id);
    requireRight(actor, kind, item.edition);
    await store.taxonomyGuard.setHidden(kind, id, hidden);
    await recordAudit(store, actor, `${kind}.${hidden ? 'hide' : 'show'}`, {
      edition: item.edition,
      detail: { id, name: item.name },
      at: now,
    });
    await announceEditionChange(deps, store, item.edition, now);
    return findOne(store, kind, id);
  });
}

/** Deletes a rubric or tag no story uses (409 otherwise, and for a rubric with sub-rubrics). */
export async function deleteTaxonomy(
  deps: Deps,
  actor: Actor,
  kind: TaxonomyKind,
  id: number,
): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.store.transaction(async (store) => {
    const item = await findOne(store, kind, id);
    requireRight(actor, kind, item.edition);
    const stories = await store.taxonomyGuard.countStories(kind, id);
    if (stories > 0)
      throw new LedeError(
        'not_empty',
        `${kind} "${item.name}" has ${stories} stor${stories === 1 ? 'y' : 'ies'}; merge it into another instead`,
        { stories },
      );
    if (kind === 'rubric') {
      const children = (await store.taxonomy.listRubrics(item.edition)).filter(
        (r) => r.parentId === id,
      );
      if (children.length > 0)
        throw new LedeError(
          'not_empty',
          `rubric "${item.name}" has sub-rubrics (${children.map((c) => c.name).join(', ')}); delete or merge them first`,
        );
    }
    await store.taxonomyGuard.remove(kind, id);
    await recordAudit(store, actor, `${kind}.delete`, {
      edition: item.edition,
      detail: { id, name: item.name, slug: item.slug },
      at: now,
    });
    await announceEditionChange(deps, store, item.edition, now);
  });
}

/**
 * Files every story of rubric `id` under rubric `into` (same edition) and removes `id`; its old
 * address answers 301 to `into`'s, and its stories' old addresses to their new ones.
 */
export async function mergeRubrics(
  deps: Deps,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<Rubric> {
  const { into } = parseFields(rubricMergeSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const from = await store.taxonomy.findRubricById(id);
    if (!from) throw new LedeError('not_found', `rubric ${id} does not exist`);
    requireRight(actor, 'rubric', from.edition);
    const target = await store.taxonomy.findRubricById(into);
    if (!target || target.edition !== from.edition || target.id === from.id)
      throw new LedeError('invalid_input', 'into: another rubric of the same edition', {
        field: 'into',
      });
    const all = await store.taxonomy.listRubrics(from.edition);
    const children = all.filter((r) => r.parentId === from.id);
    if (children.length > 0)
      throw new LedeError(
        'not_empty',
        `rubric "${from.name}" has sub-rubrics (${children.map((c) => c.name).join(', ')}); merge or move them first`,
      );
    const moved = await store.stories.list({ rubricIds: [from.id], limit: 100_000 });
    // Each story moves through the one story write: its change sequence, search entry, audit
    // line and (for public stories) the outbox event, so partners and caches learn its new rubric.
    for (const story of moved.items)
      await writeStoryState({ ...deps, store }, actor, {
        current: story,
        patch: { rubricId: target.id, updatedAt: now },
        at: now,
        audit: { action: 'story.rubric-merge', detail: { from: from.id, into: target.id } },
        ...(story.status === 'published' ? { event: 'story.updated' as const } : {}),
      });
    // A linked rubric's place among its counterparts in other editions goes to the one it joins.
    if (from.key && !target.key) {
      await store.taxonomy.setRubricKey(from.id, null);
      await store.taxonomy.setRubricKey(target.id, from.key);
    }
    await store.taxonomyGuard.remove('rubric', from.id);
    await store.taxonomyGuard.addRedirect('rubric', from.edition, from.slug, from.id, target.id);
    await recordAudit(store, actor, 'rubric.merge', {
      edition: from.edition,
      detail: {
        from: from.id,
        fromName: from.name,
        into: target.id,
        intoName: target.name,
        stories: moved.items.length,
      },
      at: now,
    });
    await announceEditionChange(deps, store, from.edition, now);
    return target;
  });
}

/** Where the old slug of a merged rubric or tag leads now (its public path), or null. */
export async function taxonomyRedirect(
  deps: Deps,
  kind: TaxonomyKind,
  edition: Edition,
  slug: string,
): Promise<string | null> {
  const id = await deps.store.taxonomyGuard.findRedirect(kind, edition.code, slug);
  if (id === null) return null;
  if (kind === 'rubric') {
    const rubric = await deps.store.taxonomy.findRubricById(id);
    return rubric && !rubric.hidden ? paths.rubric(edition, rubric.slug) : null;
  }
  const tag = await deps.store.taxonomy.findTagById(id);
  return tag && !tag.hidden ? paths.tag(edition, tag.slug) : null;
}
