// Read side for subscribers, feeds and sitemaps: what partners and crawlers may receive, via the store port.

import type { EditionCode } from '../domain/editions.js';
import type { Story, StoryStatus } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import type { StoryQuery } from '../storage/port.js';
import type { Deps } from './deps.js';
import { isVisible } from './read-site.js';

/** A story with everything its renderers need, loaded once. */
export interface StoryBundle {
  story: Story;
  rubric: Rubric;
  parentRubric: Rubric | null;
  author: Author | null;
  tags: Tag[];
  /** Translations readers may see, in other editions, each with its rubric (for its URL). */
  translations: { story: Story; rubric: Rubric }[];
  /** Set when subscribers get the story before the public may see it. */
  embargoedUntil: string | null;
}

/** Subscribers hear of published stories, and of unpublished ones so they can withdraw them. */
export const SUBSCRIBER_STATUSES: StoryStatus[] = ['published', 'unpublished'];

export interface BundleOptions {
  tags?: boolean;
  translations?: boolean;
}

/** Loads the context of many stories with one lookup per rubric list, tag, author and group. */
class Bundler {
  private readonly rubrics = new Map<EditionCode, Promise<Map<number, Rubric>>>();
  private readonly tags = new Map<string, Promise<Tag | null>>();
  private readonly authors = new Map<number, Promise<Author | null>>();
  private readonly groups = new Map<string, Promise<Story[]>>();

  constructor(
    private readonly deps: Deps,
    private readonly options: BundleOptions,
  ) {}

  private memo<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let found = map.get(key);
    if (!found) {
      found = load();
      map.set(key, found);
    }
    return found;
  }

  rubricsOf(edition: EditionCode): Promise<Map<number, Rubric>> {
    return this.memo(this.rubrics, edition, async () => {
      const list = await this.deps.store.listRubrics(edition);
      return new Map(list.map((r) => [r.id, r]));
    });
  }

  private async rubricOf(story: Story): Promise<Rubric> {
    const rubric = (await this.rubricsOf(story.edition)).get(story.rubricId);
    if (!rubric) throw new Error(`story ${story.id} names rubric ${story.rubricId}, not found`);
    return rubric;
  }

  private async tagsOf(story: Story): Promise<Tag[]> {
    if (!this.options.tags) return [];
    const found = await Promise.all(
      story.tags.map((name) =>
        this.memo(this.tags, `${story.edition}\n${name}`, () =>
          this.deps.store.findTag(story.edition, name),
        ),
      ),
    );
    return found.filter((t): t is Tag => t !== null);
  }

  private async translationsOf(story: Story): Promise<{ story: Story; rubric: Rubric }[]> {
    const group = story.translationGroup;
    if (!this.options.translations || !group) return [];
    const members = await this.memo(this.groups, group, () =>
      this.deps.store.listTranslationGroup(group),
    );
    const now = this.deps.clock.now().toISOString();
    return Promise.all(
      members
        .filter(
          (t) => t.id !== story.id && t.edition !== story.edition && isPublicNow(this.deps, t, now),
        )
        .map(async (t) => ({ story: t, rubric: await this.rubricOf(t) })),
    );
  }

  async bundle(story: Story): Promise<StoryBundle> {
    const authorId = story.authorId;
    const [rubric, author, tags, translations, rubrics] = await Promise.all([
      this.rubricOf(story),
      authorId === null
        ? null
        : this.memo(this.authors, authorId, () => this.deps.store.findAuthorById(authorId)),
      this.tagsOf(story),
      this.translationsOf(story),
      this.rubricsOf(story.edition),
    ]);
    return {
      story,
      rubric,
      parentRubric: rubric.parentId === null ? null : (rubrics.get(rubric.parentId) ?? null),
      author,
      tags,
      translations,
      embargoedUntil: embargoOf(story, this.deps.clock.now().toISOString()),
    };
  }

  /** Loads the translation groups of many stories with one query, when they are few enough. */
  private async prefetchGroups(stories: Story[]): Promise<void> {
    if (!this.options.translations) return;
    const wanted = [
      ...new Set(stories.map((s) => s.translationGroup).filter((g): g is string => g !== null)),
    ].filter((g) => !this.groups.has(g));
    if (wanted.length === 0) return;
    const limit = wanted.length * this.deps.editions.length * 4;
    const page = await this.deps.store.listStories({ translationGroups: wanted, limit });
    if (page.total > page.items.length) return; // unusual groups: load them one by one
    const byGroup = new Map<string, Story[]>(wanted.map((g) => [g, []]));
    for (const s of page.items) byGroup.get(s.translationGroup ?? '')?.push(s);
    for (const [g, members] of byGroup) this.groups.set(g, Promise.resolve(members));
  }

  async bundleAll(stories: Story[]): Promise<StoryBundle[]> {
    await this.prefetchGroups(stories);
    return Promise.all(stories.map((s) => this.bundle(s)));
  }
}

/** The embargo subscribers must keep: the story's own, or a publication time still ahead. */
function embargoOf(story: Story, now: string): string | null {
  if (story.status !== 'published') return null;
  if (story.embargoUntil && story.embargoUntil > now) return story.embargoUntil;
  if (story.publishedAt && story.publishedAt > now) return story.publishedAt;
  return null;
}

/** What the public may see at `now`: the site's rule, and never a story under embargo. */
function isPublicNow(deps: Deps, story: Story, now: string): boolean {
  return isVisible(deps, story) && embargoOf(story, now) === null;
}

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
  const story = await deps.store.findStoryById(id);
  if (!story || !SUBSCRIBER_STATUSES.includes(story.status)) return null;
  return new Bundler(deps, { tags: true, translations: true }).bundle(story);
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
  const found = await deps.store.findStoriesByIds(taken.map((r) => r.id));
  const byId = new Map(found.map((s) => [s.id, s]));
  const stories = taken.map((r) => byId.get(r.id)).filter((s): s is Story => s !== undefined);
  const last = taken.at(-1);
  return {
    items: await new Bundler(deps, { tags: true, translations: true }).bundleAll(stories),
    position: last ? { seq: last.seq } : q.after,
    more: refs.length > taken.length,
  };
}

export type FeedScope =
  { kind: 'edition' } | { kind: 'rubric'; slug: string } | { kind: 'tag'; slug: string };

export interface FeedStories {
  rubric: Rubric | null;
  tag: Tag | null;
  items: StoryBundle[];
}

/** The newest public stories of an edition, a rubric (with its sub-rubrics) or a tag; null if unknown. */
export async function feedStories(
  deps: Deps,
  edition: EditionCode,
  scope: FeedScope,
  limit: number,
): Promise<FeedStories | null> {
  const bundler = new Bundler(deps, { tags: true });
  let rubric: Rubric | null = null;
  let tag: Tag | null = null;
  const query: Omit<StoryQuery, 'statuses' | 'publishedTo' | 'visibleAt'> = { edition, limit };
  if (scope.kind === 'rubric') {
    const rubrics = [...(await bundler.rubricsOf(edition)).values()];
    rubric = rubrics.find((r) => r.slug === scope.slug) ?? null;
    if (!rubric) return null;
    const ids = [rubric.id, ...rubrics.filter((r) => r.parentId === rubric!.id).map((r) => r.id)];
    query.rubricIds = ids;
  } else if (scope.kind === 'tag') {
    tag = await deps.store.findTagBySlug(edition, scope.slug);
    if (!tag) return null;
    query.tagId = tag.id;
  }
  const page = await deps.store.listStories(publicQuery(deps, query));
  const now = deps.clock.now().toISOString();
  const items = page.items.filter((s) => isPublicNow(deps, s, now));
  return { rubric, tag, items: await bundler.bundleAll(items) };
}

/** How many public stories there are, all editions together (for the sitemap index). */
export async function countPublicStories(deps: Deps): Promise<number> {
  return (await deps.store.listStories(publicQuery(deps, { limit: 1 }))).total;
}

/**
 * One sitemap page of public stories, all editions, newest first, read from the store in
 * chunks so a page of ten thousand never sits in memory at once.
 */
export async function* sitemapStories(
  deps: Deps,
  page: number,
  perPage: number,
  chunk = 1000,
): AsyncGenerator<StoryBundle[]> {
  const bundler = new Bundler(deps, { translations: true });
  const start = (page - 1) * perPage;
  const now = deps.clock.now().toISOString();
  for (let offset = start; offset < start + perPage; offset += chunk) {
    const limit = Math.min(chunk, start + perPage - offset);
    const result = await deps.store.listStories({
      statuses: ['published'],
      publishedTo: now,
      visibleAt: now,
      limit,
      offset,
    });
    const visible = result.items.filter((s) => isPublicNow(deps, s, now));
    if (visible.length > 0) yield await bundler.bundleAll(visible);
    if (result.items.length < limit) return;
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
  const page = await deps.store.listStories(
    publicQuery(deps, { edition, publishedFrom: from, limit }),
  );
  const now = deps.clock.now().toISOString();
  return new Bundler(deps, {}).bundleAll(page.items.filter((s) => isPublicNow(deps, s, now)));
}
