// Starts a translation: a linked draft in another edition with the source's structure and text to translate over.

import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Story } from '../domain/story.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import { mayCreate } from '../domain/workflow.js';
import type { Store } from '../storage/port.js';
import type { Deps } from './deps.js';
import { requireStory, viewStory, type StoryView } from './story-view.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory, writeStoryState } from './write-story.js';

export const translateSchema = z.object({ edition: z.enum(EDITION_CODES) }).strict();
export type TranslateInput = z.infer<typeof translateSchema>;

/** The new draft, and what of the source's taxonomy it could not carry over for the translator. */
export interface TranslationView extends StoryView {
  /** The source's tags with no linked counterpart in the target edition (left for the translator). */
  untranslatedTags: string[];
  /** The rubric was not linked to one in the target edition and so was guessed (see counterpartRubric). */
  rubricGuessed: boolean;
}

/**
 * The rubric of the target edition that matches the source's: the one earlier translations
 * of stories from the same rubric went to most often, else the one with the same slug,
 * else the edition's first rubric. The translator may change it like any field.
 */
async function counterpartRubric(
  store: Store,
  source: Story,
  target: EditionCode,
): Promise<{ rubric: Rubric; guessed: boolean }> {
  // A rubric linked across editions (its key) names its counterpart outright.
  const linked = await store.taxonomy.findRubricById(source.rubricId);
  if (linked?.key) {
    const there = (await store.taxonomy.rubricsWithKey(linked.key)).find(
      (r) => r.edition === target,
    );
    if (there) return { rubric: there, guessed: false };
  }
  return { rubric: await guessedRubric(store, source, target), guessed: true };
}

async function guessedRubric(store: Store, source: Story, target: EditionCode): Promise<Rubric> {
  const neighbours = await store.stories.list({
    edition: source.edition,
    rubricIds: [source.rubricId],
    excludeIds: [source.id],
    order: 'updated',
    limit: 50,
  });
  const groups = neighbours.items.flatMap((s) => (s.translationGroup ? [s.translationGroup] : []));
  if (groups.length) {
    const there = await store.stories.list({
      edition: target,
      translationGroups: groups,
      limit: 50,
    });
    const counts = new Map<number, number>();
    for (const s of there.items) counts.set(s.rubricId, (counts.get(s.rubricId) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    const rubric = best ? await store.taxonomy.findRubricById(best[0]) : null;
    if (rubric) return rubric;
  }
  const own = await store.taxonomy.findRubricById(source.rubricId);
  const sameSlug = own ? await store.taxonomy.findRubricBySlug(target, own.slug) : null;
  if (sameSlug) return sameSlug;
  const first = (await store.taxonomy.listRubrics(target)).find((r) => r.parentId === null);
  if (!first)
    throw new LedeError('invalid_input', `edition: the ${target} edition has no rubrics yet`, {
      field: 'edition',
    });
  return first;
}

/**
 * The target edition's tags linked to the source's (in the source's order, each once), and the
 * source's tags that have none there: those are left for the translator to tag by hand.
 */
async function counterpartTags(
  store: Store,
  source: Story,
  target: EditionCode,
): Promise<{ tags: string[]; untranslated: string[] }> {
  const own = (await store.taxonomy.tagsOfStories([source.id])).get(source.id) ?? [];
  const byKey = new Map<string, Tag | undefined>();
  const tags: string[] = [];
  const untranslated: string[] = [];
  for (const tag of own) {
    if (tag.key && !byKey.has(tag.key))
      byKey.set(
        tag.key,
        (await store.taxonomy.tagsWithKey(tag.key)).find((t) => t.edition === target),
      );
    const there = tag.key ? byKey.get(tag.key) : undefined;
    if (!there) untranslated.push(tag.name);
    else if (!tags.includes(there.name)) tags.push(there.name);
  }
  return { tags, untranslated };
}

/**
 * The draft copies type, headline, lead, body (every block, speaker and mark) and author,
 * so the translator writes over the text and keeps the structure. The rubric and tags become
 * their counterparts linked across editions; a tag with none is left out (and named in the
 * answer) for the translator, a rubric with none is guessed. It joins the source's translation group (made now if the
 * source had none) and remembers the source's version, so a later source edit marks it stale.
 * The input is parsed with translateSchema by its caller.
 */
export async function translateStory(
  deps: Deps,
  actor: Actor,
  sourceId: number,
  input: TranslateInput,
): Promise<TranslationView> {
  const { edition } = input;
  const decision = mayCreate(actor, edition);
  if (!decision.ok) throw new LedeError(decision.code, decision.reason);
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const tx = { ...deps, store };
    const source = await requireStory(store, sourceId);
    if (source.edition === edition)
      throw new LedeError('invalid_input', `edition: story ${sourceId} is in ${edition} already`, {
        field: 'edition',
      });
    const group = source.translationGroup ?? randomUUID();
    if (source.translationGroup) {
      const existing = (await store.stories.listTranslationGroup(group)).find(
        (s) => s.edition === edition,
      );
      if (existing)
        throw new LedeError(
          'duplicate',
          `edition: story ${existing.id} is the ${edition} translation already`,
          { field: 'edition', id: existing.id },
        );
    } else {
      // The source joins the group it starts; the translation's audit line tells of it.
      await writeStoryState(tx, actor, {
        current: source,
        patch: { translationGroup: group, updatedAt: source.updatedAt },
        at: now,
      });
    }
    const { rubric, guessed } = await counterpartRubric(store, source, edition);
    const { tags, untranslated } = await counterpartTags(store, source, edition);
    // The picture and its credit go with the translation; alt text and caption are the item's
    // until the translator writes them in the edition's language.
    const cover = (await store.covers.ofStories([source.id])).get(source.id)?.cover;
    const sourceAuthors =
      (await store.authors.authorIdsOfStories([source.id])).get(source.id) ?? [];
    const story = await writeStory(tx, actor, {
      current: null,
      at: now,
      audit: {
        action: 'story.translate',
        detail: { source: source.id, sourceVersion: source.version },
      },
      fields: {
        edition,
        type: source.type,
        status: 'draft',
        title: source.title,
        slug: await freeStorySlug(store, edition, slugify(source.title, edition)),
        lead: source.lead,
        blocks: source.blocks,
        rubric: { id: rubric.id },
        author: source.authorId === null ? null : { id: source.authorId },
        ...(sourceAuthors.length ? { authors: sourceAuthors.map((id) => ({ id })) } : {}),
        tags,
        publishedAt: null,
        updatedAt: now,
        translationGroup: group,
        translatedFromVersion: source.version,
        translatedFromId: source.id,
        sourceKey: null,
        embargoUntil: source.embargoUntil,
        createdBy: actor.kind === 'user' ? actor.id : null,
        ...(cover
          ? { cover: { mediaId: cover.mediaId, credit: cover.credit, focus: cover.focus } }
          : {}),
      },
    });
    return {
      ...(await viewStory(deps, store, story, actor)),
      untranslatedTags: untranslated,
      rubricGuessed: guessed,
    };
  });
}
