// The public site's read side: what readers may see of an edition, and nothing unpublished.

import type { EditionCode } from '../domain/editions.js';
import { parseDay, zonedToUtc } from '../domain/dates.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { HotTag, StoryPage, StoryQuery } from '../storage/port.js';
import { editionOf, type Deps } from './deps.js';

export const PAGE_SIZE = 20;

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
  const top = rubrics
    .filter((r) => r.parentId === null)
    .map((r) => ({ ...r, children: rubrics.filter((c) => c.parentId === r.id) }));
  return {
    rubrics: top,
    rubricById: new Map(rubrics.map((r) => [r.id, r])),
    hotTags: hot.filter((t) => t.expiresAt === null || t.expiresAt > now),
  };
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
  const latest = await deps.store.listStories(publicQuery(deps, { edition, limit: 21 }));
  const sections = await Promise.all(
    chrome.rubrics.map(async (rubric) => {
      const page = await deps.store.listStories(
        publicQuery(deps, {
          edition,
          rubricIds: [rubric.id, ...rubric.children.map((c) => c.id)],
          limit: 4,
        }),
      );
      return { rubric: rubric, stories: page.items };
    }),
  );
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
  translations: Story[];
  related: Story[];
}

export async function storyContext(deps: Deps, story: Story): Promise<StoryContext> {
  const [rubric, author, group, tags] = await Promise.all([
    deps.store.findRubricById(story.rubricId),
    story.authorId === null ? null : deps.store.findAuthorById(story.authorId),
    story.translationGroup ? deps.store.listTranslationGroup(story.translationGroup) : [],
    Promise.all(story.tags.map((name) => deps.store.findTag(story.edition, name))),
  ]);
  const related = await deps.store.listStories(
    publicQuery(deps, {
      edition: story.edition,
      rubricIds: [story.rubricId],
      excludeIds: [story.id],
      limit: 4,
    }),
  );
  return {
    rubric: rubric!,
    author,
    tags: tags.filter((t): t is Tag => t !== null),
    translations: group.filter((s) => s.id !== story.id && isVisible(deps, s)),
    related: related.items,
  };
}

export async function rubricStories(
  deps: Deps,
  rubric: Rubric,
  children: Rubric[],
  page: number,
): Promise<StoryPage> {
  return deps.store.listStories(
    publicQuery(deps, {
      edition: rubric.edition,
      rubricIds: [rubric.id, ...children.map((c) => c.id)],
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
}

export async function tagStories(deps: Deps, tag: Tag, page: number): Promise<StoryPage> {
  return deps.store.listStories(
    publicQuery(deps, {
      edition: tag.edition,
      tagId: tag.id,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
  );
}

/** Stories of one local day of the edition's time zone; null when the day is not a date. */
export async function dayStories(
  deps: Deps,
  edition: EditionCode,
  day: string,
  page: number,
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
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
}

/** A tag of an edition by its slug, for its public page. */
export function findPublicTag(deps: Deps, edition: EditionCode, slug: string): Promise<Tag | null> {
  return deps.store.findTagBySlug(edition, slug);
}
