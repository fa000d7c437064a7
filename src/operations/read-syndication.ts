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

  async bundle(story: Story): Promise<StoryBundle> {
    const { store } = this.deps;
    const [rubric, author, tags, group] = await Promise.all([
      this.rubricOf(story),
      story.authorId === null
        ? null
        : this.memo(this.authors, story.authorId, () => store.findAuthorById(story.authorId!)),
      this.options.tags
        ? Promise.all(
            story.tags.map((name) =>
              this.memo(this.tags, `${story.edition}\n${name}`, () =>
                store.findTag(story.edition, name),
              ),
            ),
          )
        : [],
      this.options.translations && story.translationGroup
        ? this.memo(this.groups, story.translationGroup, () =>
            store.listTranslationGroup(story.translationGroup!),
          )
        : [],
    ]);
    const parents = await this.rubricsOf(story.edition);
    const translations = await Promise.all(
      group
        .filter((t) => t.id !== story.id && t.edition !== story.edition && isVisible(this.deps, t))
        .map(async (t) => ({ story: t, rubric: await this.rubricOf(t) })),
    );
    const now = this.deps.clock.now().toISOString();
    return {
      story,
      rubric,
      parentRubric: rubric.parentId === null ? null : (parents.get(rubric.parentId) ?? null),
      author,
      tags: tags.filter((t): t is Tag => t !== null),
      translations,
      embargoedUntil:
        story.status === 'published' && story.publishedAt !== null && story.publishedAt > now
          ? story.publishedAt
          : null,
    };
  }

  bundleAll(stories: Story[]): Promise<StoryBundle[]> {
    return Promise.all(stories.map((s) => this.bundle(s)));
  }
}

/** Published and already out: what readers, feeds and crawlers may see. */
function publicQuery(deps: Deps, q: Omit<StoryQuery, 'statuses' | 'publishedTo'>): StoryQuery {
  return { ...q, statuses: ['published'], publishedTo: deps.clock.now().toISOString() };
}

/** One story as a subscriber may receive it (embargoed, or unpublished to withdraw it); else null. */
export async function subscriberStory(deps: Deps, id: number): Promise<StoryBundle | null> {
  const story = await deps.store.findStoryById(id);
  if (!story || !SUBSCRIBER_STATUSES.includes(story.status)) return null;
  return new Bundler(deps, { tags: true, translations: true }).bundle(story);
}

/** Where a poller stands in the change stream: the last (updatedAt, id) it has seen. */
export interface ChangePosition {
  updatedAt: string;
  id: number;
}

export interface ChangesQuery {
  edition?: EditionCode;
  after: ChangePosition | null;
  limit: number;
  /**
   * Changes younger than this are held back, so a write that commits late with an older
   * updatedAt is still ahead of every poller's position when it becomes visible.
   */
  settleMs: number;
}

export interface ChangesPage {
  items: StoryBundle[];
  /** Position after the last item, or the position asked from when nothing is new. */
  position: ChangePosition | null;
  more: boolean;
}

export const STREAM_SETTLE_MS = 5_000;
const SCAN_CHUNK = 500;

const isAfter = (s: Story, p: ChangePosition | null) =>
  p === null || s.updatedAt > p.updatedAt || (s.updatedAt === p.updatedAt && s.id > p.id);

/**
 * Stories changed after a position, oldest change first: new, edited and unpublished ones.
 * The port has no "changed since" query yet, so this scans the edition in chunks; swap the
 * scan for one indexed query on (updated_at, id) when the port grows one.
 */
export async function storyChanges(deps: Deps, q: ChangesQuery): Promise<ChangesPage> {
  const until = new Date(deps.clock.now().getTime() - q.settleMs).toISOString();
  const seen = new Map<number, Story>();
  for (let offset = 0; ; offset += SCAN_CHUNK) {
    const page = await deps.store.listStories({
      ...(q.edition ? { edition: q.edition } : {}),
      statuses: SUBSCRIBER_STATUSES,
      limit: SCAN_CHUNK,
      offset,
    });
    for (const s of page.items) if (isAfter(s, q.after) && s.updatedAt <= until) seen.set(s.id, s);
    if (page.items.length < SCAN_CHUNK) break;
  }
  const ordered = [...seen.values()].sort((a, b) =>
    a.updatedAt === b.updatedAt ? a.id - b.id : a.updatedAt < b.updatedAt ? -1 : 1,
  );
  const taken = ordered.slice(0, q.limit);
  const last = taken.at(-1);
  return {
    items: await new Bundler(deps, { tags: true, translations: true }).bundleAll(taken),
    position: last ? { updatedAt: last.updatedAt, id: last.id } : q.after,
    more: ordered.length > taken.length,
  };
}

export type FeedScope =
  | { kind: 'edition' }
  | { kind: 'rubric'; slug: string }
  | { kind: 'tag'; slug: string };

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
  const query: Omit<StoryQuery, 'statuses' | 'publishedTo'> = { edition, limit };
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
  return { rubric, tag, items: await bundler.bundleAll(page.items) };
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
      limit,
      offset,
    });
    if (result.items.length > 0) yield await bundler.bundleAll(result.items);
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
  return new Bundler(deps, {}).bundleAll(page.items);
}
