// The public site's read side: what readers may see of an edition, and nothing unpublished.

import type { CoverRead } from '../domain/cover.js';
import type { EditionCode } from '../domain/editions.js';
import { parseDay, zonedToUtc } from '../domain/dates.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { AuthorProfile } from '../domain/authors.js';
import type { StoryCursor, StoryQuery } from '../storage/stories-port.js';
import type { HotTag } from '../storage/taxonomy-port.js';
import { editionOf, type Deps } from './deps.js';
import { viewMedia, type MediaView } from './media-view.js';
import { relatedStories } from './related-stories.js';
import { readStories, type StoryRead, type TranslationRead } from './story-read-model.js';

export const PAGE_SIZE = 20;
/** Numbered pages of a list go this far (`?page=N`); older stories are reached by a cursor. */
export const MAX_NUMBERED_PAGES = 50;
/**
 * A numbered page counts its list only this many pages past itself: "page 2 of 3" when the list
 * ends that close, "page 2" otherwise. The count walks at most (page + 2) pages of the list's
 * index, whatever the size of the archive.
 */
export const PAGES_COUNTED_AHEAD = 2;

/** Where a list page starts: a page number (bounded), or after a story (`?before=`). */
export type ListStart = { page: number } | { before: StoryCursor };

/** The paging of a list query: an offset for numbered pages, a keyset after a cursor; a bounded count. */
function paged(
  start: ListStart,
  size: number,
): Pick<StoryQuery, 'limit' | 'offset' | 'before' | 'countUpTo'> {
  if ('before' in start) return { limit: size, before: start.before, countUpTo: 0 };
  return {
    limit: size,
    offset: (start.page - 1) * size,
    countUpTo: (start.page + PAGES_COUNTED_AHEAD) * size,
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
    deps.store.taxonomy.listRubrics(edition),
    deps.store.taxonomy.listHotTags(edition),
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
  latest: StoryRead[];
  sections: { rubric: Rubric; stories: StoryRead[] }[];
}

/**
 * The home page's stories through the read model, the same queries whatever the number of
 * rubrics: the latest, every block's newest (each with its tags' names), and their authors.
 */
export async function homeStories(
  deps: Deps,
  edition: EditionCode,
  chrome: EditionChrome,
): Promise<HomeStories> {
  const [latest, newest] = await Promise.all([
    deps.store.stories.list(publicQuery(deps, { edition, limit: 21, countUpTo: 0 })),
    deps.store.stories.listNewestByRubric(
      publicQuery(deps, { edition, limit: 4 }),
      chrome.rubrics.flatMap((r) => [r.id, ...r.children.map((c) => c.id)]),
      4,
    ),
  ]);
  const blocks = chrome.rubrics.map((rubric) => ({
    rubric,
    stories: [rubric.id, ...rubric.children.map((c) => c.id)]
      .flatMap((id) => newest.get(id) ?? [])
      .sort(newestFirst)
      .slice(0, 4),
  }));
  // One read of every story shown: a story in the latest and in its block is read once.
  const shown = new Map<number, Story>();
  for (const s of [...latest.items, ...blocks.flatMap((b) => b.stories)]) shown.set(s.id, s);
  const reads = new Map(
    (await readStories(deps, [...shown.values()], { rubrics: chrome.rubricById })).map((r) => [
      r.story.id,
      r,
    ]),
  );
  const read = (s: Story) => reads.get(s.id)!;
  return {
    latest: latest.items.map(read),
    sections: blocks
      .filter((b) => b.stories.length > 0)
      .map((b) => ({ rubric: b.rubric, stories: b.stories.map(read) })),
  };
}

/** A published story by its slug, or null (unpublished and future stories are not found). */
export async function findPublicStory(
  deps: Deps,
  edition: EditionCode,
  slug: string,
): Promise<Story | null> {
  const story = await deps.store.stories.findBySlug(edition, slug);
  return story && isVisible(deps, story) ? story : null;
}

export interface StoryContext {
  rubric: Rubric;
  author: Author | null;
  /** Every author in byline order. */
  authors: AuthorProfile[];
  tags: Tag[];
  /** Public translations in other editions, with their paths. */
  translations: TranslationRead[];
  related: StoryRead[];
  cover: CoverRead | null;
}

/**
 * A story page's context through the read model, the same few queries at any archive size:
 * author, tags, translations (with their rubrics) and the related stories (related-stories.ts).
 */
export async function storyContext(
  deps: Deps,
  story: Story,
  rubrics?: ReadonlyMap<number, Rubric>,
): Promise<StoryContext> {
  const known = rubrics ? { rubrics } : {};
  // The related list is the page's costliest part (the text's stems matched in the search index)
  // and changes slowly: a server keeps it a little while per version of the story.
  const memo = deps.reads?.memo;
  const [reads, related] = await Promise.all([
    readStories(deps, [story], { tags: true, translations: true, ...known }),
    memo
      ? memo.get(`related ${story.id} ${story.version}`, () => relatedStories(deps, story, rubrics))
      : relatedStories(deps, story, rubrics),
  ]);
  const read = reads[0]!;
  return {
    rubric: read.rubric,
    author: read.author,
    authors: read.authors,
    // A hidden tag has no page: readers do not see it on the story either.
    tags: read.tags.filter((t) => !t.hidden),
    translations: read.translations,
    related,
    cover: read.cover,
  };
}

/** A page of a public list, each story through the read model (rubric path, author, URL). */
export interface StoryReadPage {
  items: StoryRead[];
  /** The matches, counted as far as the page looks ahead. */
  total: number;
  /** `total` is every match (the count ended before its bound). */
  totalExact: boolean;
  /** More stories follow the page. */
  more: boolean;
}

/** What a public list page lists: a rubric and its sub-rubrics, a tag, or a local day of an edition. */
export type PublicList =
  | { kind: 'rubric'; rubric: Rubric; children: Rubric[] }
  | { kind: 'tag'; tag: Tag }
  | { kind: 'author'; edition: EditionCode; author: AuthorProfile }
  | { kind: 'day'; edition: EditionCode; day: string };

export interface ListOptions {
  /** Rubrics already loaded (the site's chrome), by id. */
  rubrics?: ReadonlyMap<number, Rubric>;
  /** Stories a page; PAGE_SIZE unless told. */
  size?: number;
}

/** The query of a public list, or null when its day is not a date. */
function publicListQuery(
  deps: Deps,
  list: PublicList,
  start: ListStart,
  size: number,
): StoryQuery | null {
  const page = paged(start, size);
  if (list.kind === 'rubric')
    return publicQuery(deps, {
      edition: list.rubric.edition,
      rubricIds: [list.rubric.id, ...list.children.map((c) => c.id)],
      ...page,
    });
  if (list.kind === 'tag')
    return publicQuery(deps, { edition: list.tag.edition, tagId: list.tag.id, ...page });
  if (list.kind === 'author')
    return publicQuery(deps, { edition: list.edition, authorId: list.author.id, ...page });
  const parts = parseDay(list.day);
  if (!parts) return null;
  const { timeZone } = editionOf(deps, list.edition);
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
  return {
    edition: list.edition,
    statuses: ['published'],
    publishedFrom: from.toISOString(),
    publishedTo: to.toISOString() < now ? to.toISOString() : now,
    visibleAt: now,
    ...page,
  };
}

/**
 * A page of a rubric's, a tag's or a day's public stories through the read model: the same
 * queries for a page of any size (the list with its tags' names, the authors; the rubrics unless
 * known). Null when the day is not a date.
 */
export async function listPublicStories(
  deps: Deps,
  list: PublicList,
  start: ListStart,
  options: ListOptions = {},
): Promise<StoryReadPage | null> {
  const query = publicListQuery(deps, list, start, options.size ?? PAGE_SIZE);
  if (!query) return null;
  const page = await deps.store.stories.list(query);
  const items = await readStories(
    deps,
    page.items,
    options.rubrics ? { rubrics: options.rubrics } : {},
  );
  const bound = query.countUpTo;
  const totalExact = bound === undefined || bound === 0 || page.total < bound;
  return { items, total: page.total, totalExact, more: page.more };
}

/** An author by the slug of their page with their photo (a media-library item), or null. */
export async function findPublicAuthor(
  deps: Deps,
  slug: string,
): Promise<{ author: AuthorProfile; photo: MediaView | null } | null> {
  const author = await deps.store.authors.findBySlug(slug);
  if (!author) return null;
  const media = author.photoId === null ? null : await deps.store.media.findById(author.photoId);
  return { author, photo: media ? viewMedia(deps.media.storage, media) : null };
}

/** An author's public stories of an edition, newest first, through the read model: any place in the byline counts. */
export async function authorStories(
  deps: Deps,
  edition: EditionCode,
  author: AuthorProfile,
  start: ListStart,
  options: ListOptions = {},
): Promise<StoryReadPage> {
  return (await listPublicStories(deps, { kind: 'author', edition, author }, start, options))!;
}

/** A tag of an edition by its slug, for its public page (a hidden tag has none). */
export async function findPublicTag(
  deps: Deps,
  edition: EditionCode,
  slug: string,
): Promise<Tag | null> {
  const tag = await deps.store.taxonomy.findTagBySlug(edition, slug);
  return tag && !tag.hidden ? tag : null;
}
