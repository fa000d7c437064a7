// Rubrics and tags linked across editions: one key names "Siyasət", "Политика" and "Politics" as the same section.

import { z } from 'zod';
import { can, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';

export type LinkKind = 'rubric' | 'tag';
type Item<K extends LinkKind> = K extends 'rubric' ? Rubric : Tag;

/** A rubric or tag and its counterparts in the other editions (itself alone when not linked). */
export interface TaxonomyLinks<T> {
  key: string | null;
  items: T[];
}

export const taxonomyLinkSchema = z
  .object({
    /** The counterparts in other editions, at most one per edition; an empty list unlinks. */
    ids: z.array(z.number().int().positive()).max(20),
  })
  .strict();

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface Access {
  find(store: Store, id: number): Promise<Rubric | Tag | null>;
  withKey(store: Store, key: string): Promise<(Rubric | Tag)[]>;
  setKey(store: Store, id: number, key: string | null): Promise<void>;
}

const ACCESS: Record<LinkKind, Access> = {
  rubric: {
    find: (store, id) => store.taxonomy.findRubricById(id),
    withKey: (store, key) => store.taxonomy.rubricsWithKey(key),
    setKey: (store, id, key) => store.taxonomy.setRubricKey(id, key),
  },
  tag: {
    find: (store, id) => store.taxonomy.findTagById(id),
    withKey: (store, key) => store.taxonomy.tagsWithKey(key),
    setKey: (store, id, key) => store.taxonomy.setTagKey(id, key),
  },
};

function requireRight(actor: Actor, kind: LinkKind, edition: EditionCode): void {
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the ${kind}s of the ${edition} edition`);
}

/** The rubric or tag `id` and the ones linked to it, by edition. */
export async function taxonomyLinks<K extends LinkKind>(
  deps: Deps,
  kind: K,
  id: number,
): Promise<TaxonomyLinks<Item<K>>> {
  const access = ACCESS[kind];
  const item = await access.find(deps.store, id);
  if (!item) throw new LedeError('not_found', `${kind} ${id} does not exist`);
  const items = item.key ? await access.withKey(deps.store, item.key) : [item];
  return { key: item.key ?? null, items: items as Item<K>[] };
}

/** A key no rubric (or tag) has yet: the item's slug when it is plain ASCII, else its kind, then its id. */
async function freshKey(store: Store, kind: LinkKind, item: Rubric | Tag): Promise<string> {
  const base = KEY.test(item.slug) ? item.slug.slice(0, 80) : kind;
  for (let n = 0; ; n += 1) {
    const key = n === 0 ? base : `${base}-${item.id}${n > 1 ? `-${n}` : ''}`;
    if ((await ACCESS[kind].withKey(store, key)).length === 0) return key;
  }
}

/**
 * Links the rubric or tag `id` with `ids` (one per other edition) in place of its former links,
 * in one transaction: those no longer chosen leave the link, a link left with one member goes,
 * and an empty list unlinks `id`. Every rubric or tag whose link changes needs the right to
 * manage its edition's taxonomy. `key` names the link (the demo's); otherwise the link keeps the
 * key one of them has, or takes one made from the slug.
 */
export async function linkTaxonomy<K extends LinkKind>(
  deps: Deps,
  actor: Actor,
  kind: K,
  id: number,
  raw: unknown,
  key?: string,
): Promise<TaxonomyLinks<Item<K>>> {
  const input = parseFields(taxonomyLinkSchema, raw);
  if (key !== undefined && !KEY.test(key)) throw new RangeError(`a link key, not "${key}"`);
  const access = ACCESS[kind];
  return deps.store.transaction(async (store) => {
    const chosen: (Rubric | Tag)[] = [];
    for (const x of new Set([id, ...input.ids])) {
      const item = await access.find(store, x);
      if (!item && x === id) throw new LedeError('not_found', `${kind} ${id} does not exist`);
      if (!item) throw new LedeError('invalid_input', `ids: no ${kind} ${x}`, { field: 'ids' });
      requireRight(actor, kind, item.edition);
      if (chosen.some((c) => c.edition === item.edition))
        throw new LedeError('invalid_input', `ids: two ${kind}s of the ${item.edition} edition`, {
          field: 'ids',
        });
      chosen.push(item);
    }
    const self = chosen[0]!;
    const linkKey =
      chosen.length < 2
        ? null
        : (key ??
          self.key ??
          chosen.find((c) => c.key)?.key ??
          (await freshKey(store, kind, self)));

    const changes = new Map<number, { item: Rubric | Tag; key: string | null }>();
    for (const c of chosen)
      if ((c.key ?? null) !== linkKey) changes.set(c.id, { item: c, key: linkKey });
    const keys = new Set([linkKey, ...chosen.map((c) => c.key)].filter((k): k is string => !!k));
    for (const k of keys) {
      const staying = (await access.withKey(store, k)).filter(
        (m) => !chosen.some((c) => c.id === m.id),
      );
      // Others leave the chosen link; an old link left with one member is no link.
      if (k === linkKey || staying.length < 2)
        for (const m of staying) changes.set(m.id, { item: m, key: null });
    }
    for (const { item, key: next } of changes.values()) {
      requireRight(actor, kind, item.edition);
      await access.setKey(store, item.id, next);
    }
    await recordAudit(store, actor, `${kind}.link`, {
      edition: self.edition,
      detail: {
        id: self.id,
        key: linkKey,
        linked: linkKey ? chosen.map((c) => c.id) : [],
        unlinked: [...changes.values()].filter((c) => c.key === null).map((c) => c.item.id),
      },
      at: deps.clock.now().toISOString(),
    });
    const { key: _old, ...unlinked } = self;
    const items = linkKey ? await access.withKey(store, linkKey) : [unlinked];
    return { key: linkKey, items: items as Item<K>[] };
  });
}
