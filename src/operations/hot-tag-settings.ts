// Hot-tag settings of an edition: the strip with pins, order and expiry, read and replaced (audited).

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import type { HotTag } from '../storage/taxonomy-port.js';
import type { Deps } from './deps.js';
import { setHotTags } from './hot-tags.js';
import { recordAudit } from './record-audit.js';
import { parseFields } from './story-fields.js';

export const hotTagsSchema = z
  .object({
    edition: z.enum(EDITION_CODES),
    /** The whole strip in order; a tag named here that does not exist yet is made. */
    entries: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(200),
            pinned: z.boolean().optional(),
            expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();

export async function listEditionHotTags(deps: Deps, edition: EditionCode): Promise<HotTag[]> {
  return deps.store.taxonomy.listHotTags(edition);
}

/** Replaces the strip (setHotTags checks the right); the change is written to the audit log. */
export async function replaceHotTags(deps: Deps, actor: Actor, raw: unknown): Promise<HotTag[]> {
  const input = parseFields(hotTagsSchema, raw);
  const entries = input.entries.map((e) => ({
    name: e.name,
    pinned: e.pinned ?? false,
    expiresAt: e.expiresAt ? new Date(e.expiresAt).toISOString() : null,
  }));
  await deps.store.transaction(async (store) => {
    await setHotTags({ ...deps, store }, actor, input.edition, entries);
    await recordAudit(store, actor, 'hot-tags.set', {
      edition: input.edition,
      detail: { entries },
      at: deps.clock.now().toISOString(),
    });
  });
  return deps.store.taxonomy.listHotTags(input.edition);
}
