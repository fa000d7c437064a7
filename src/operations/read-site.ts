// The public site's read side: what readers may see of an edition, and nothing unpublished.

import type { EditionCode } from '../domain/editions.js';
import { parseDay, zonedToUtc } from '../domain/dates.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { HotTag, StoryCursor, StoryPage, StoryQuery } from '../storage/port.js';
import { editionOf, type Deps } from './deps.js';
import { readStories, type TranslationRead } from './story-read-model.js';

export const PAGE_SIZE = 20;
/** Numbered pages of a list go this far (`?page=N`); older stories are reached by a cursor. */
export const MAX_NUMBERED_PAGES = 50;

/** Where a list page starts: a page number (bounded), or after a story (`?before=`). */
export type ListStart = { page: number } | { before: StoryCursor };

/** The paging of a list query: an offset for numbered pages, a keyset after a cursor; a bounded count. */
function paged(start: ListStart): Pick<StoryQuery, 'limit' | 'offset' | 'before' | 'countUpTo'> {
  if ('before' in start) return { limit: PAGE_SIZE, before: start.before, countUpTo: 0 };
  return {
    limit: PAGE_SIZE,
    offset: (start.page - 1) * PAGE_SIZE,
    countUpTo: MAX_NUMBERED_PAGES * PAGE_SIZE,
  };
}

/** Published, already out and out of embargo: what the public may see. */
function publicQuery(deps: Deps, q: Omit<StoryQuery, 'statuses' | 'publishedTo'>): StoryQuery {
  const now = deps.clock.now().toISOString();
  return { ...q, statuses: ['published'], publishedTo: now, visibleAt: now };
}

export function isVisible(deps: Deps, story: Story): boolean {
  const now = deps.clock.now().toISOString();
  return (
    story.status === 'published' &&
    story.publishedAt !== null &&
    story.publishedAt <= now &&
    (story.embargoUntil === null || story.embargoUntil <= now)
  );
}

export interface RubricNode extends Rubric {
  children: Rubric[];
}

export interface EditionChrome {
  rubrics: RubricNode[];
  /** All rubrics by id, for building story links. */
  rubricById: Map<number, Rubric>;
  hotTags: HotTag[];
}

export async function editionChrome(deps: Deps, edition: EditionCode): Promise<EditionChrome> {
  const [rubrics, hot] = await Promise.all([
    deps.store.listRubrics(edition),
    deps.store.listHotTags(edition),
  ]);
  const now = deps.clock.now().toISOString();
  // Hidden rubrics and tags are in no menu or strip; their stories keep their addresses.
  const shown = rubrics.filter((r) => !r.hidden);
  const top = shown
    .filter((r) => r.parentId === null)
    .map((r) => ({ ...r, children: shown.filter((c) => c.parentId === r.id) }));
  return {
    rubrics: top,
    rubricById: new Map(rubrics.map((r) => [r.id, r])),
    hotTags: hot.filter((t) => !t.hidden && (t.expiresAt === null || t.expiresAt > now)),
  };
}

/** Newest published first, then the higher id: the order of every public list. */
function newestFirst(a: Story, b: Story): number {
  const at = a.publishedAt ?? '';
  const bt = b.publishedAt ?? '';
  return at === bt ? b.id - a.id : at < bt ? 1 : -1;
}

export interface HomeStories {
  latest: Story[];
  sections: { rubric: Rubric; stories: Story[] }[];
}

export async function homeStories(
  deps: Deps,
  edition: EditionCode,
  chrome: EditionChrome,
): Promise<HomeStories> {
  // Two queries (and their tags) whatever the number of rubrics: the latest, and every block's.
  const [latest, newest] = await Promise.all([
    deps.store.listStories(publicQuery(deps, { edition, limit: 21, countUpTo: 0 })),
    deps.store.listNewestByRubric(
      publicQuery(deps, { edition, limit: 4 }),
      chrome.rubrics.flatMap((r) => [r.id, ...r.children.map((c) => c.id)]),
      4,
    ),
  ]);
  const sections = chrome.rubrics.map((rubric) => ({
    rubric,
    stories: [rubric.id, ...rubric.children.map((c) => c.id)]
      .flatMap((id) => newest.get(id) ?? [])
      .sort(newestFirst)
      .slice(0, 4),
  }));
  return { latest: latest.items, sections: sections.filter((s) => s.stories.length > 0) };
}

/** A published story by its slug, or null (unpublished and future stories are not found). */
export async function findPublicStory(
  deps: Deps,
  edition: EditionCode,
  slug: string,
): Promise<Story | null> {
  const story = await deps.store.findStoryBySlug(edition, slug);
  return story && isVisible(deps, story) ? story : null;
}

export interface StoryContext {
  rubric: Rubric;
  author: Author | null;
  tags: Tag[];
  /** Public translations in other editions, with their paths. */
  translations: TranslationRead[];
  related: Story[];
}

/**
 * A story page's context through the read model, the same few queries at any archive size:
 * author, tags, translations (with their rubrics) and the rubric's newest others.
 */
export async function storyContext(
  deps: Deps,
  story: Story,
  rubrics?: ReadonlyMap<number, Rubric>,
): Promise<StoryContext> {
  const [reads, related] = await Promise.all([
    readStories(deps, [story], { tags: true, translations: true, ...(rubrics ? { rubrics } : {}) }),
    deps.store.listStories(
      publicQuery(deps, {
        edition: story.edition,
        rubricIds: [story.rubricId],
        excludeIds: [story.id],
        limit: 4,
        countUpTo: 0,
      }),
    ),
  ]);
  const read = reads[0]!;
  return {
    rubric: read.rubric,
    author: read.author,
    // A hidden tag has no page: readers do not see it on the story either.
    tags: read.tags.filter((t) => !t.hidden),
    translations: read.translations,
    related: related.items,
  };
}

export async function rubricStories(
  deps: Deps,
  rubric: Rubric,
  children: Rubric[],
  start: ListStart,
): Promise<StoryPage> {
  return deps.store.listStories(
    publicQuery(deps, {
      edition: rubric.edition,
      rubricIds: [rubric.id, ...children.map((c) => c.id)],
      ...paged(start),
    }),
  );
}

export async function tagStories(deps: Deps, tag: Tag, start: ListStart): Promise<StoryPage> {
  return deps.store.listStories(
    publicQuery(deps, {
      edition: tag.edition,
      tagId: tag.id,
      ...paged(start),
    }),
  );
}

/** Stories of one local day of the edition's time zone; null when the day is not a date. */
export async function dayStories(
  deps: Deps,
  edition: EditionCode,
  day: string,
  start: ListStart,
): Promise<StoryPage | null> {
  const parts = parseDay(day);
  if (!parts) return null;
  const { timeZone } = editionOf(deps, edition);
  const from = zonedToUtc(parts.year, parts.month, parts.day, 0, 0, timeZone);
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + 1));
  const to = zonedToUtc(
    next.getUTCFullYear(),
    next.getUTCMonth() + 1,
    next.getUTCDate(),
    0,
    0,
    timeZone,
  );
  const now = deps.clock.now().toISOString();
  return deps.store.listStories({
    edition,
    statuses: ['published'],
    publishedFrom: from.toISOString(),
    publishedTo: to.toISOString() < now ? to.toISOString() : now,
    visibleAt: now,
    ...paged(start),
  });
}

/** A tag of an edition by its slug, for its public page (a hidden tag has none). */
export async function findPublicTag(
  deps: Deps,
  edition: EditionCode,
  slug: string,
): Promise<Tag | null> {
  const tag = await deps.store.findTagBySlug(edition, slug);
  return tag && !tag.hidden ? tag : null;
}
