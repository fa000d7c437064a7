// Tag settings of an edition: the list, renaming a tag and merging one tag into another.

import { z } from 'zod';
import { can, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { cleanTagName, nameKey, type Tag } from '../domain/taxonomy.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { announceEditionChange } from './story-events.js';
import { parseFields } from './story-fields.js';

export const tagRenameSchema = z.object({ name: z.string().trim().min(1).max(200) }).strict();
export const tagMergeSchema = z.object({ into: z.number().int().positive() }).strict();

function requireRight(actor: Actor, edition: EditionCode): void {
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the tags of the ${edition} edition`);
}

/**
 * Tags of an edition by name; `q` keeps those whose name contains it, whatever its case;
 * `linked` only those linked to tags of other editions.
 */
export async function listEditionTags(
  deps: Deps,
  edition: EditionCode,
  q?: string,
  linked = false,
): Promise<Tag[]> {
  const tags = await (linked
    ? deps.store.taxonomy.linkedTags(edition)
    : deps.store.taxonomy.listTags(edition));
  if (!q) return tags;
  const key = nameKey(q);
  return tags.filter((t) => nameKey(t.name).includes(key));
}

/** Renames a tag; its slug, and so its page's URL, stays. A name taken by another tag is a merge. */
export async function renameTag(deps: Deps, actor: Actor, id: number, raw: unknown): Promise<Tag> {
  const name = cleanTagName(parseFields(tagRenameSchema, raw).name);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const tag = await store.taxonomy.findTagById(id);
    if (!tag) throw new LedeError('not_found', `tag ${id} does not exist`);
    requireRight(actor, tag.edition);
    const other = await store.taxonomy.findTag(tag.edition, name);
    if (other && other.id !== id)
      throw new LedeError(
        'duplicate',
        `name: tag ${other.id} is called "${other.name}"; merge instead`,
        {
          field: 'name',
          id: other.id,
        },
      );
    const renamed = (await store.taxonomy.renameTag(id, name))!;
    await recordAudit(store, actor, 'tag.rename', {
      edition: tag.edition,
      detail: { id, from: tag.name, to: renamed.name },
      at: now,
    });
    await announceEditionChange(deps, store, tag.edition, now);
    return renamed;
  });
}

/** Moves every story and hot-tag place of tag `id` to tag `into`, then removes tag `id`. */
export async function mergeTags(deps: Deps, actor: Actor, id: number, raw: unknown): Promise<Tag> {
  const { into } = parseFields(tagMergeSchema, raw);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const [from, target] = await Promise.all([
      store.taxonomy.findTagById(id),
      store.taxonomy.findTagById(into),
    ]);
    if (!from) throw new LedeError('not_found', `tag ${id} does not exist`);
    if (!target)
      throw new LedeError('invalid_input', `into: tag ${into} does not exist`, { field: 'into' });
    requireRight(actor, from.edition);
    if (target.edition !== from.edition || target.id === from.id)
      throw new LedeError('invalid_input', 'into: another tag of the same edition', {
        field: 'into',
      });
    const tagged = await store.stories.list({ tagId: from.id, limit: 100_000 });
    // A linked tag's place among its counterparts in other editions goes to the one it joins.
    if (from.key && !target.key) await store.taxonomy.setTagKey(target.id, from.key);
    await store.taxonomy.mergeTags(from.id, target.id);
    // The merged tag's page answers 301 to the one it went into.
    await store.taxonomyGuard.addRedirect('tag', from.edition, from.slug, from.id, target.id);
    // The search index filters by tag: the stories that moved are indexed anew.
    for (const story of tagged.items) await store.search.refresh(story.id);
    await recordAudit(store, actor, 'tag.merge', {
      edition: from.edition,
      detail: { from: from.id, fromName: from.name, into: target.id, intoName: target.name },
      at: now,
    });
    await announceEditionChange(deps, store, from.edition, now);
    return target;
  });
}
