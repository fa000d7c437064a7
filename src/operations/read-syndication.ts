// Read side for subscribers, feeds and sitemaps: what partners and crawlers may receive, via the store port.

import type { EditionCode } from '../domain/editions.js';
import type { Story, StoryStatus } from '../domain/story.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import type { AuthorProfile } from '../domain/authors.js';
import type { SitemapMonth, StoryCursor, StoryQuery } from '../storage/stories-port.js';
import type { Deps } from './deps.js';
import { isPublicAt, readStories, type StoryRead } from './story-read-model.js';

/** A story with everything its renderers need: the one read model (story-read-model.ts). */
export type StoryBundle = StoryRead;

/** Subscribers hear of published stories, and of unpublished ones so they can withdraw them. */
export const SUBSCRIBER_STATUSES: StoryStatus[] = ['published', 'unpublished'];

/** Published, already out and out of embargo: what readers, feeds and crawlers may see. */
function publicQuery(
  deps: Deps,
  q: Omit<StoryQuery, 'statuses' | 'publishedTo' | 'visibleAt'>,
): StoryQuery {
  const now = deps.clock.now().toISOString();
  return { ...q, statuses: ['published'], publishedTo: now, visibleAt: now };
}

/** One story as a subscriber may receive it (embargoed, or unpublished to withdraw it); else null. */
export async function subscriberStory(deps: Deps, id: number): Promise<StoryBundle | null> {
  const story = await deps.store.stories.findById(id);
  if (!story || !SUBSCRIBER_STATUSES.includes(story.status)) return null;
  const [read] = await readStories(deps, [story], { tags: true, translations: true, live: true });
  return read!;
}

/** Where a poller stands in the change stream: the change sequence number it has seen last. */
export interface ChangePosition {
  seq: number;
}

export interface ChangesQuery {
  edition?: EditionCode;
  after: ChangePosition | null;
  limit: number;
}

export interface ChangesPage {
  items: StoryBundle[];
  /** Position after the last item, or the position asked from when nothing is new. */
  position: ChangePosition | null;
  more: boolean;
}

/**
 * Stories changed after a position, oldest change first: new, edited and unpublished ones.
 * The position is the story's change sequence number, given at write time in commit order
 * (storage/change-seq.ts): a story imported late with an old publication time is still ahead
 * of every poller, and nothing needs to settle before it is served.
 */
export async function storyChanges(deps: Deps, q: ChangesQuery): Promise<ChangesPage> {
  const refs = await deps.store.distribution.listChangesAfter({
    after: q.after?.seq ?? 0,
    ...(q.edition ? { edition: q.edition } : {}),
    statuses: SUBSCRIBER_STATUSES,
    limit: q.limit + 1,
  });
  const taken = refs.slice(0, q.limit);
  const found = await deps.store.stories.findByIds(taken.map((r) => r.id));
  const byId = new Map(found.map((s) => [s.id, s]));
  const stories = taken.map((r) => byId.get(r.id)).filter((s): s is Story => s !== undefined);
  const last = taken.at(-1);
  return {
    items: await readStories(deps, stories, { tags: true, translations: true, live: true }),
    position: last ? { seq: last.seq } : q.after,
    more: refs.length > taken.length,
  };
}

export type FeedScope =
  | { kind: 'edition' }
  | { kind: 'rubric'; slug: string }
  | { kind: 'tag'; slug: string }
  | { kind: 'author'; slug: string };

export interface FeedStories {
  rubric: Rubric | null;
  tag: Tag | null;
  author: AuthorProfile | null;
  items: StoryBundle[];
}

/** The newest public stories of an edition, a rubric (with its sub-rubrics) or a tag; null if unknown. */
export async function feedStories(
  deps: Deps,
  edition: EditionCode,
  scope: FeedScope,
  limit: number,
): Promise<FeedStories | null> {
  let rubric: Rubric | null = null;
  let tag: Tag | null = null;
  let author: AuthorProfile | null = null;
  const query: Omit<StoryQuery, 'statuses' | 'publishedTo' | 'visibleAt'> = { edition, limit };
  if (scope.kind === 'rubric') {
    const rubrics = await deps.store.taxonomy.listRubrics(edition);
    rubric = rubrics.find((r) => r.slug === scope.slug) ?? null;
    // A hidden rubric or tag has no feed, as it has no page.
    if (!rubric || rubric.hidden) return null;
    const ids = [rubric.id, ...rubrics.filter((r) => r.parentId === rubric!.id).map((r) => r.id)];
    query.rubricIds = ids;
  } else if (scope.kind === 'tag') {
    tag = await deps.store.taxonomy.findTagBySlug(edition, scope.slug);
    if (!tag || tag.hidden) return null;
    query.tagId = tag.id;
  } else if (scope.kind === 'author') {
    author = await deps.store.authors.findBySlug(scope.slug);
    if (!author) return null;
    query.authorId = author.id;
  }
  const page = await deps.store.stories.list(publicQuery(deps, { ...query, countUpTo: 0 }));
  const now = deps.clock.now().toISOString();
  const items = page.items.filter((s) => isPublicAt(s, now));
  return { rubric, tag, author, items: await readStories(deps, items, { tags: true, live: true }) };
}

/** The months that have public stories, per edition, newest first, up to the current one. */
export async function sitemapMonths(deps: Deps): Promise<SitemapMonth[]> {
  const current = deps.clock.now().toISOString().slice(0, 7);
  const editions = new Set(deps.editions.map((e) => e.code));
  return (await deps.store.stories.listSitemapMonths()).filter(
    (m) => m.month <= current && editions.has(m.edition),
  );
}

/** When a month's sitemap last changed, or null when the month has no published story. */
export async function sitemapMonthChanged(
  deps: Deps,
  edition: EditionCode,
  month: string,
): Promise<string | null> {
  const found = (await sitemapMonths(deps)).find((m) => m.edition === edition && m.month === month);
  return found?.lastmod ?? null;
}

/**
 * The public stories of an edition published in a UTC month ("2025-12"), newest first, at most
 * `max`, read in chunks down the edition's list index (keyset), each chunk with its translations.
 */
export async function* sitemapMonthStories(
  deps: Deps,
  edition: EditionCode,
  month: string,
  max: number,
  chunk = 2000,
): AsyncGenerator<StoryBundle[]> {
  const now = deps.clock.now().toISOString();
  const from = `${month}-01T00:00:00.000Z`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m, 1)).toISOString();
  let before: StoryCursor | undefined;
  for (let left = max; left > 0;) {
    const limit = Math.min(chunk, left);
    const result = await deps.store.stories.list({
      edition,
      statuses: ['published'],
      publishedFrom: from,
      publishedTo: end < now ? end : now,
      visibleAt: now,
      limit,
      countUpTo: 0,
      // A sitemap names each story's address and last change: no text, no tags.
      linksOnly: true,
      ...(before ? { before } : {}),
    });
    const last = result.items.at(-1);
    const visible = result.items.filter((s) => isPublicAt(s, now));
    if (visible.length > 0) yield await readStories(deps, visible, { translations: true });
    if (!result.more || !last) return;
    before = { publishedAt: last.publishedAt!, id: last.id };
    left -= result.items.length;
  }
}

/** Public stories of an edition out in the last `hours` (Google News sitemaps take 48 hours). */
export async function recentStories(
  deps: Deps,
  edition: EditionCode,
  hours: number,
  limit = 1000,
): Promise<StoryBundle[]> {
  const from = new Date(deps.clock.now().getTime() - hours * 3600_000).toISOString();
  const page = await deps.store.stories.list(
    publicQuery(deps, { edition, publishedFrom: from, limit, countUpTo: 0 }),
  );
  const now = deps.clock.now().toISOString();
  return readStories(
    deps,
    page.items.filter((s) => isPublicAt(s, now)),
  );
}
