// Translation desk of an edition: its stories not yet in the other editions, and its translations gone stale.

import type { Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus } from '../domain/story.js';
import type { Deps } from './deps.js';
import { getStory } from './get-story.js';
import { ViewContext, type StorySummary } from './story-view.js';

/** Stories worth translating: on their way out or out. */
const LIVE: StoryStatus[] = ['review', 'approved', 'scheduled', 'published'];

export interface TranslationStatus {
  edition: EditionCode;
  /** Stories of the edition and the editions they are not yet translated into. */
  missing: { story: StorySummary; missingIn: EditionCode[] }[];
  /** Translations in the edition whose source has a newer version than the one they were made from. */
  stale: {
    story: StorySummary;
    source: { id: number; edition: EditionCode; title: string; version: number };
    translatedFromVersion: number;
  }[];
}

export async function translationStatus(
  deps: Deps,
  actor: Actor,
  edition: EditionCode,
  limit = 50,
): Promise<TranslationStatus> {
  const { store } = deps;
  const context = new ViewContext(deps, store);
  const others = deps.editions.map((e) => e.code).filter((code) => code !== edition);

  const recent = await store.stories.list({ edition, statuses: LIVE, order: 'updated', limit });
  const groups = [...new Set(recent.items.flatMap((s) => s.translationGroup ?? []))];
  const members = groups.length
    ? (await store.stories.list({ translationGroups: groups, limit: groups.length * 10 })).items
    : [];
  const missing: TranslationStatus['missing'] = [];
  for (const story of recent.items) {
    const there = new Set(
      members.filter((m) => m.translationGroup === story.translationGroup).map((m) => m.edition),
    );
    const missingIn = story.translationGroup ? others.filter((e) => !there.has(e)) : others;
    if (missingIn.length) missing.push({ story: await context.summary(story, actor), missingIn });
  }

  const translations = await store.stories.list({
    edition,
    translations: true,
    statuses: ['draft', ...LIVE],
    order: 'updated',
    limit: 200,
  });
  const sourceIds = [...new Set(translations.items.map((s) => s.translatedFromId!))];
  const sources = new Map((await store.stories.findByIds(sourceIds)).map((s) => [s.id, s]));
  const stale: TranslationStatus['stale'] = [];
  for (const story of translations.items) {
    const source = sources.get(story.translatedFromId!);
    if (!source || story.translatedFromVersion === null) continue;
    if (source.version <= story.translatedFromVersion) continue;
    stale.push({
      story: await context.summary(story, actor),
      source: {
        id: source.id,
        edition: source.edition,
        title: source.title,
        version: source.version,
      },
      translatedFromVersion: story.translatedFromVersion,
    });
    if (stale.length >= limit) break;
  }
  return { edition, missing, stale };
}

/** One other edition of a story, seen from the story: its translation there and how it stands. */
export interface EditionTranslation {
  edition: EditionCode;
  /**
   * missing: none yet; source: the story this one was translated from; current: made from the
   * story's present version; stale: made from an older version (`since` is the first change
   * it lacks); other: a translation made from another member of the group.
   */
  state: 'missing' | 'source' | 'current' | 'stale' | 'other';
  story: { id: number; title: string; status: StoryStatus } | null;
  since: number | null;
}

/** Each other edition of the story with its translation and state; permission as for reading the story. */
export async function storyTranslations(
  deps: Deps,
  actor: Actor,
  storyId: number,
): Promise<EditionTranslation[]> {
  const story = await getStory(deps, actor, storyId);
  const members = story.translationGroup
    ? (await deps.store.stories.list({ translationGroups: [story.translationGroup], limit: 50 }))
        .items
    : [];
  return deps.editions
    .map((e) => e.code)
    .filter((code) => code !== story.edition)
    .map((edition): EditionTranslation => {
      const there = members.find((m) => m.edition === edition && m.id !== story.id);
      if (!there) return { edition, state: 'missing', story: null, since: null };
      const brief = { id: there.id, title: there.title, status: there.status };
      if (story.translatedFromId === there.id)
        return { edition, state: 'source', story: brief, since: null };
      if (there.translatedFromId !== story.id)
        return { edition, state: 'other', story: brief, since: null };
      const from = there.translatedFromVersion ?? 0;
      return from < story.version
        ? { edition, state: 'stale', story: brief, since: from + 1 }
        : { edition, state: 'current', story: brief, since: null };
    });
}
