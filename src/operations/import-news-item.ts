// Stores one news item from a partner (ninjs, NewsML-G2) through the story write: new, an update of the same guid, or a withdrawal.

import { randomUUID } from 'node:crypto';
import { can, type Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import { LedeError } from '../domain/errors.js';
import { isPublic } from '../domain/story.js';
import type { Deps } from './deps.js';
import { importStory } from './import-story.js';
import { parseStoryInput } from './story-schema.js';
import { writeStoryState } from './write-story.js';

/** What importNewsItem needs of a mapped item (importers/news makes it). */
export interface NewsItemInput {
  /** The story's sourceKey: the item's guid. */
  sourceKey: string;
  /** The sender's version ("" when it sends none); an older one than stored is skipped. */
  version: string;
  /** usable items are published; withheld and canceled ones withdraw the story. */
  withdrawn: string | null;
  /** The story in its JSON shape, without blocks (they come from `blocks`). */
  story: Record<string, unknown>;
  /** The sender's translation group (Lede's own ninjs), if any. */
  translationGroup: string | null;
  /** sourceKeys of the same story in other languages. */
  translations: string[];
  /** Hash of what was mapped: an unchanged item is skipped. */
  hash: string;
}

export type NewsItemOutcome =
  | { result: 'imported' | 'updated' | 'withdrawn'; storyId: number }
  | { result: 'skipped'; reason: string };

/** What the legacy repo keeps per source (64 characters): "<version> <hash, cut to fit>". */
function mark(item: NewsItemInput): string {
  const version = item.version.length <= 20 ? item.version : '';
  return `${version} ${item.hash}`.slice(0, 64);
}

function older(version: string, than: string): boolean {
  const a = Number(version);
  const b = Number(than);
  return version !== '' && than !== '' && Number.isFinite(a) && Number.isFinite(b) && a < b;
}

/** Whether an item is news to the store: null when it is, else why it is skipped. */
export async function newsItemSkip(deps: Deps, item: NewsItemInput): Promise<string | null> {
  const prior = await deps.store.legacy.importHash(item.sourceKey);
  if (!prior) return null;
  const [version = '', hash = ''] = prior.split(' ');
  if (hash.length >= 32 && item.hash.startsWith(hash)) return 'unchanged since the last import';
  if (older(item.version, version))
    return `an older version (${item.version}) than the one stored (${version})`;
  return null;
}

/**
 * One item in one transaction. A usable item is imported (new, or the next version of the story
 * with the same guid) through importStory with a revision by the importer; it joins the
 * translation group the sender names, or the one of a translation already stored. A withheld or
 * canceled item withdraws the story it updates, with the sender's note as the reason. The version
 * and hash are kept (store.legacy), so a repeated run skips what it already stored.
 */
export async function importNewsItem(
  deps: Deps,
  actor: Actor,
  item: NewsItemInput,
  blocks: () => Promise<Block[]>,
): Promise<NewsItemOutcome> {
  const skip = await newsItemSkip(deps, item);
  if (skip) return { result: 'skipped', reason: skip };
  if (item.withdrawn !== null) return withdraw(deps, actor, item, item.withdrawn);
  const story = { ...item.story, blocks: await blocks(), sourceKey: item.sourceKey };
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const existing = await store.stories.findBySourceKey(item.sourceKey);
    let group = item.translationGroup ?? existing?.translationGroup ?? null;
    const siblings = [];
    for (const key of item.translations) {
      const found = await store.stories.findBySourceKey(key);
      if (found) siblings.push(found);
    }
    group ??= siblings.find((s) => s.translationGroup)?.translationGroup ?? null;
    if (!group && item.translations.length > 0) group = randomUUID();
    const result = await importStory(tx, actor, story, group ? { translationGroup: group } : {});
    const at = deps.clock.now().toISOString();
    for (const sibling of siblings)
      if (group && !sibling.translationGroup && sibling.edition !== result.story.edition)
        await writeStoryState(tx, actor, {
          current: sibling,
          patch: { translationGroup: group, updatedAt: sibling.updatedAt },
          at,
          audit: null,
        });
    await store.legacy.setImportHash(item.sourceKey, mark(item));
    return { result: result.created ? 'imported' : 'updated', storyId: result.story.id };
  });
}

async function withdraw(
  deps: Deps,
  actor: Actor,
  item: NewsItemInput,
  reason: string,
): Promise<NewsItemOutcome> {
  const edition = parseStoryInput({ ...item.story, blocks: [] }).edition;
  if (!can(actor, 'import', edition))
    throw new LedeError('forbidden', `may not import into the ${edition} edition`);
  return deps.store.transaction(async (store) => {
    const existing = await store.stories.findBySourceKey(item.sourceKey);
    if (!existing) return { result: 'skipped', reason: 'withdrawn before it was ever imported' };
    await store.workflow.lockStory(existing.id);
    const at = deps.clock.now().toISOString();
    if (existing.status !== 'unpublished')
      await writeStoryState({ ...deps, store }, actor, {
        current: existing,
        patch: { status: 'unpublished', unpublishedReason: reason.slice(0, 1000), updatedAt: at },
        at,
        audit: { action: 'story.import', detail: { sourceKey: item.sourceKey, withdrawn: true } },
        event: isPublic(existing.status) ? 'story.unpublished' : null,
      });
    await store.legacy.setImportHash(item.sourceKey, mark(item));
    return { result: 'withdrawn', storyId: existing.id };
  });
}
