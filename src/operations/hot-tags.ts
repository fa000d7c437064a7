// Sets an edition's hot-tags strip from tag names, in order; used by editors, imports and the demo.

import { can, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Deps } from './deps.js';
import { announceEditionChange } from './story-events.js';
import { ensureTag } from './taxonomy.js';

export interface HotTagEntry {
  name: string;
  pinned?: boolean;
  expiresAt?: string | null;
}

export async function setHotTags(
  deps: Deps,
  actor: Actor,
  edition: EditionCode,
  entries: HotTagEntry[],
): Promise<void> {
  if (!can(actor, 'manage-taxonomy', edition))
    throw new LedeError('forbidden', `may not change the hot tags of the ${edition} edition`);
  await deps.store.transaction(async (store) => {
    const rows = [];
    const seen = new Set<number>();
    for (const e of entries) {
      const tag = await ensureTag(store, edition, e.name);
      if (seen.has(tag.id)) continue;
      seen.add(tag.id);
      rows.push({ tagId: tag.id, pinned: e.pinned ?? false, expiresAt: e.expiresAt ?? null });
    }
    await store.taxonomy.setHotTags(edition, rows);
    await announceEditionChange(deps, store, edition, deps.clock.now().toISOString());
  });
}
