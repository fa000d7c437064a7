// The one read model of a story for every output (site, feeds, sitemaps, ninjs, NewsML-G2, search, webhooks), loaded for a page of stories in a fixed number of queries.

import type { CoverRead } from '../domain/cover.js';
import type { EditionCode } from '../domain/editions.js';
import { formatTime } from '../domain/dates.js';
import { withEntries } from '../domain/live.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { AuthorProfile } from '../domain/authors.js';
import { paths } from '../domain/urls.js';
import { coverRead } from './cover-view.js';
import { editionOf, type Deps } from './deps.js';

/** A translation readers may see, with its rubric and site path. */
export interface TranslationRead {
  story: Story;
  rubric: Rubric;
  path: string;
}

/** A story with everything its renderers need. */
export interface StoryRead {
  story: Story;
  rubric: Rubric;
  parentRubric: Rubric | null;
  /** The rubric path, parent first (one or two rubrics). */
  rubricPath: Rubric[];
  /** The first author (the story row's). */
  author: Author | null;
  /** Every author in byline order, with their names per edition (authorNameIn picks one). */
  authors: AuthorProfile[];
  /** Empty unless asked for. */
  tags: Tag[];
  /** Translations the public may see, in other editions; empty unless asked for. */
  translations: TranslationRead[];
  /** Site path of the story page ("/ru/ekonomika/slug"). */
  path: string;
  /** Set when subscribers get the story before the public may see it. */
  embargoedUntil: string | null;
  /** Only the day of publication is known: outputs show (and send) the date without a time. */
  dateOnly: boolean;
  /** The cover image, its texts resolved (the story's, else the media item's). */
  cover: CoverRead | null;
}

export interface ReadOptions {
  tags?: boolean;
  translations?: boolean;
  /**
   * Live stories carry their entries in their body (newest first, each under its time): for
   * feeds and partners, which receive each entry as an update of the story. The site shows
   * entries itself and leaves this out.
   */
  live?: boolean;
  /** Rubrics already loaded (the site's chrome), by id; the others are read. */
  rubrics?: ReadonlyMap<number, Rubric>;
}

/** The embargo subscribers must keep: the story's own, or a publication time still ahead. */
export function embargoOf(story: Story, now: string): string | null {
  if (story.status !== 'published') return null;
  if (story.embargoUntil && story.embargoUntil > now) return story.embargoUntil;
  if (story.publishedAt && story.publishedAt > now) return story.publishedAt;
  return null;
}

/** What the public may see at `now`: published, out, and out of embargo. */
export function isPublicAt(story: Story, now: string): boolean {
  return (
    story.status === 'published' &&
    story.publishedAt !== null &&
    story.publishedAt <= now &&
    embargoOf(story, now) === null
  );
}

/** Rubrics of these editions by id: one query per edition not already known, at most one each. */
async function rubricsOf(
  deps: Deps,
  editions: Iterable<EditionCode>,
  known: ReadonlyMap<number, Rubric> | undefined,
): Promise<Map<number, Rubric>> {
  const all = new Map<number, Rubric>(known ?? []);
  const have = new Set([...all.values()].map((r) => r.edition));
  const wanted = [...new Set(editions)].filter((e) => !have.has(e));
  for (const list of await Promise.all(wanted.map((e) => deps.store.taxonomy.listRubrics(e))))
    for (const r of list) all.set(r.id, r);
  return all;
}

/** The public translations of many stories: one list of their groups. */
async function translationGroups(deps: Deps, stories: readonly Story[], now: string) {
  const groups = [
    ...new Set(stories.map((s) => s.translationGroup).filter((g): g is string => g !== null)),
  ];
  const byGroup = new Map<string, Story[]>();
  if (groups.length === 0) return byGroup;
  const page = await deps.store.stories.list({
    translationGroups: groups,
    statuses: ['published'],
    publishedTo: now,
    visibleAt: now,
    limit: groups.length * deps.editions.length * 4,
    countUpTo: 0,
  });
  for (const s of page.items) {
    if (!isPublicAt(s, now)) continue;
    const list = byGroup.get(s.translationGroup!) ?? [];
    list.push(s);
    byGroup.set(s.translationGroup!, list);
  }
  return byGroup;
}

/**
 * Reads stories for output, in the order given. Whatever the number of stories: two queries for
 * their authors, one for their covers, one for their tags, two for their translations (stories and their tag names),
 * and the rubrics of each edition not yet known.
 */
export async function readStories(
  deps: Deps,
  stories: readonly Story[],
  options: ReadOptions = {},
): Promise<StoryRead[]> {
  if (stories.length === 0) return [];
  const now = deps.clock.now().toISOString();
  const liveIds = options.live ? stories.filter((s) => s.type === 'live').map((s) => s.id) : [];
  const [authors, covers, tags, groups, entries] = await Promise.all([
    // A story's first author is its row's author_id: stories without one have none to read.
    deps.store.authors.authorsOfStories(
      stories.filter((s) => s.authorId !== null).map((s) => s.id),
    ),
    deps.store.covers.ofStories(stories.map((s) => s.id)),
    options.tags ? deps.store.taxonomy.tagsOfStories(stories.map((s) => s.id)) : null,
    options.translations ? translationGroups(deps, stories, now) : null,
    liveIds.length > 0 ? deps.store.live.entriesOfStories(liveIds) : null,
  ]);
  const withLive = (s: Story): Story => {
    const list = entries?.get(s.id);
    if (!list?.length) return s;
    const zone = editionOf(deps, s.edition).timeZone;
    return { ...s, blocks: withEntries(s.blocks, list, (iso) => formatTime(new Date(iso), zone)) };
  };
  const translationsOf = (s: Story) =>
    (s.translationGroup ? (groups?.get(s.translationGroup) ?? []) : []).filter(
      (t) => t.id !== s.id && t.edition !== s.edition,
    );
  const editions = stories.flatMap((s) => [s.edition, ...translationsOf(s).map((t) => t.edition)]);
  const rubrics = await rubricsOf(deps, editions, options.rubrics);
  const rubricOf = (s: Story): Rubric => {
    const rubric = rubrics.get(s.rubricId);
    if (!rubric) throw new Error(`story ${s.id} names rubric ${s.rubricId}, not found`);
    return rubric;
  };
  const pathOf = (s: Story, rubric: Rubric) =>
    paths.story(editionOf(deps, s.edition), rubric.slug, s.slug);
  return stories.map((stored) => {
    const story = withLive(stored);
    const rubric = rubricOf(story);
    const parentRubric = rubric.parentId === null ? null : (rubrics.get(rubric.parentId) ?? null);
    return {
      story,
      rubric,
      parentRubric,
      rubricPath: parentRubric ? [parentRubric, rubric] : [rubric],
      author: authors.get(story.id)?.[0] ?? null,
      authors: authors.get(story.id) ?? [],
      tags: tags?.get(story.id) ?? [],
      translations: translationsOf(story).map((t) => {
        const r = rubricOf(t);
        return { story: t, rubric: r, path: pathOf(t, r) };
      }),
      path: pathOf(story, rubric),
      embargoedUntil: embargoOf(story, now),
      dateOnly: story.publishedDateOnly === true,
      cover: covers.has(story.id) ? coverRead(covers.get(story.id)!) : null,
    };
  });
}
