// The story as the newsroom API shows it: the crawl parser's JSON shape plus id, version, status, URL and workflow fields.

import type { Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { Correction, Story, StoryStatus, StoryType } from '../domain/story.js';
import { nameKey, type Rubric, type Tag } from '../domain/taxonomy.js';
import { authorNameIn, type AuthorProfile } from '../domain/authors.js';
import { paths } from '../domain/urls.js';
import { mayCorrect, mayEdit, nextStatuses } from '../domain/workflow.js';
import type { StoredCover } from '../storage/cover-port.js';
import type { Store } from '../storage/port.js';
import { coverView, type CoverView } from './cover-view.js';
import { editionOf, type Deps } from './deps.js';

/** What a save writes into a revision: the whole story at that version. */
export interface StorySnapshot {
  id: number;
  version: number;
  status: StoryStatus;
  /** The public path the story has (or will have once out). */
  url: string;
  edition: EditionCode;
  type: StoryType;
  title: string;
  slug: string;
  /** "Name", or "Parent / Child" for a sub-rubric: the same as a story's input. */
  rubric: string;
  lead: string;
  tags: string[];
  blocks: Block[];
  /** The first author's name as the story's edition writes it (the byline's first). */
  author: string | null;
  /** Every author in byline order, each named as the story's edition writes them. */
  authors: { id: number; name: string }[];
  publishedAt: string | null;
  embargoUntil: string | null;
  scheduledAt: string | null;
  unpublishedReason: string | null;
  corrections: Correction[];
  /** The cover image with the story's own texts (null: the item's), focal point and the item. */
  cover: CoverView | null;
  /** The editors' picks of related stories, in order (their headline and edition, to show them). */
  related: RelatedPick[];
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  translationGroup: string | null;
  translatedFromId: number | null;
  translatedFromVersion: number | null;
  sourceKey: string | null;
}

/** A story picked as related, as the newsroom shows it. */
export interface RelatedPick {
  id: number;
  edition: EditionCode;
  title: string;
}

export interface StoryView extends StorySnapshot {
  /** A translation whose source has changed since it was made. */
  stale: boolean;
  /** What the asking user may do with the story now. */
  allowed?: { edit: boolean; correct: boolean; transitions: StoryStatus[] };
}

/** A story in a desk list: everything but the body. */
export type StorySummary = Omit<StoryView, 'blocks' | 'corrections' | 'cover' | 'related'>;

/** A save based on an old version: carries the story as it is now, for the 409 answer. */
export class StaleVersionError extends LedeError {
  constructor(
    detail: string,
    readonly current: StoryView,
  ) {
    super('conflict', detail, { version: current.version });
  }
}

/**
 * Looks rubrics, authors, covers, picks and tags up once while many stories are shown, or while
 * one is saved: the save's checks, its revision, its change keys and the view it answers with
 * share one context made on the save's transaction, and the write tells it what it wrote.
 */
export class ViewContext {
  private readonly rubrics = new Map<EditionCode, Promise<Map<number, Rubric>>>();
  private readonly authors = new Map<number, Promise<AuthorProfile | null>>();
  private readonly coverById = new Map<number, StoredCover | null>();
  private readonly authorIds = new Map<number, readonly number[]>();
  private readonly relatedIds = new Map<number, readonly number[]>();
  private readonly picks = new Map<number, RelatedPick[]>();
  private readonly tags = new Map<string, Tag>();
  private readonly snapshots = new WeakMap<Story, Promise<StorySnapshot>>();
  constructor(
    private readonly deps: Pick<Deps, 'editions'>,
    private readonly store: Store,
  ) {}

  /** Whether the context reads through this store (a save's context is its transaction's). */
  readsThrough(store: Store): boolean {
    return this.store === store;
  }

  private rubricsOf(edition: EditionCode) {
    let found = this.rubrics.get(edition);
    if (!found) {
      found = this.store.taxonomy
        .listRubrics(edition)
        .then((list) => new Map(list.map((r) => [r.id, r])));
      this.rubrics.set(edition, found);
    }
    return found;
  }

  /** A rubric of the edition by id (null when there is none). */
  async rubric(edition: EditionCode, id: number): Promise<Rubric | null> {
    return (await this.rubricsOf(edition)).get(id) ?? this.store.taxonomy.findRubricById(id);
  }

  /** The author profiles of these ids, the ones not yet known read in one query. */
  async profiles(ids: readonly number[]): Promise<(AuthorProfile | null)[]> {
    const missing = [...new Set(ids)].filter((id) => !this.authors.has(id));
    if (missing.length) {
      const read = this.store.authors.profiles(missing);
      for (const id of missing)
        this.authors.set(
          id,
          read.then((list) => list.find((a) => a.id === id) ?? null),
        );
    }
    return Promise.all(ids.map((id) => this.authors.get(id)!));
  }

  private async coverOf(story: Story): Promise<StoredCover | null> {
    if (this.coverById.has(story.id)) return this.coverById.get(story.id)!;
    const cover = (await this.store.covers.ofStories([story.id])).get(story.id) ?? null;
    this.coverById.set(story.id, cover);
    return cover;
  }

  /** The story's picks of related stories, in order. */
  private async relatedOf(story: Story): Promise<RelatedPick[]> {
    const known = this.picks.get(story.id);
    if (known) return known;
    let picks: RelatedPick[];
    const ids = this.relatedIds.get(story.id);
    if (ids) {
      // Prefetched ids (a bulk write's): the stories they name read in one query.
      const byId = new Map(
        ids.length ? (await this.store.stories.findByIds([...ids])).map((s) => [s.id, s]) : [],
      );
      picks = ids.flatMap((id) => {
        const s = byId.get(id);
        return s ? [{ id, edition: s.edition, title: s.title }] : [];
      });
    } else {
      picks = (await this.store.related.shownPicksOf([story.id])).get(story.id) ?? [];
      this.relatedIds.set(
        story.id,
        picks.map((p) => p.id),
      );
    }
    this.picks.set(story.id, picks);
    return picks;
  }

  /**
   * Reads the covers, authors and related picks of many stories in three queries, for their snapshots next (a
   * bulk write's revisions). Call only after the stories' covers, authors and picks are written.
   */
  async prefetch(stories: readonly Story[]): Promise<void> {
    const ids = stories.map((s) => s.id);
    if (ids.length === 0) return;
    const [covers, authors, related] = await Promise.all([
      this.store.covers.ofStories(ids),
      this.store.authors.authorIdsOfStories(ids),
      this.store.related.picksOf(ids),
    ]);
    for (const id of ids) {
      this.coverById.set(id, covers.get(id) ?? null);
      this.authorIds.set(id, authors.get(id) ?? []);
      this.relatedIds.set(id, related.get(id) ?? []);
    }
  }

  /**
   * What a write has just written of a story: its authors, and its picks (with the stories they
   * name) or, when it wrote one, that its cover is to be read again. What it did not write stays
   * as the context knows it.
   */
  wrote(
    storyId: number,
    written: { authorIds: readonly number[]; cover?: boolean; related?: readonly Story[] },
  ): void {
    this.authorIds.set(storyId, written.authorIds);
    if (written.cover) this.coverById.delete(storyId);
    if (written.related) {
      this.relatedIds.set(
        storyId,
        written.related.map((s) => s.id),
      );
      this.picks.set(
        storyId,
        written.related.map((s) => ({ id: s.id, edition: s.edition, title: s.title })),
      );
    }
  }

  /** The story's author ids if the context has read or written them, else undefined. */
  knownAuthorIds(storyId: number): readonly number[] | undefined {
    return this.authorIds.get(storyId);
  }

  /** The story's picks (ids) if the context has read or written them, else undefined. */
  knownRelatedIds(storyId: number): readonly number[] | undefined {
    return this.relatedIds.get(storyId);
  }

  /** The story's cover (null: none) if the context has read it since it was written, else undefined. */
  knownCover(storyId: number): StoredCover | null | undefined {
    return this.coverById.get(storyId);
  }

  /** The ids of the story's authors in byline order, as story_author holds them. */
  async authorIdsOf(story: Pick<Story, 'id'>): Promise<readonly number[]> {
    let ids = this.authorIds.get(story.id);
    if (!ids) {
      ids = (await this.store.authors.authorIdsOfStories([story.id])).get(story.id) ?? [];
      this.authorIds.set(story.id, ids);
    }
    return ids;
  }

  /** Tags the caller has read or made, for tagIdsOf to find without a query. */
  rememberTags(edition: EditionCode, tags: readonly Tag[]): void {
    for (const t of tags) this.tags.set(`${edition}:${nameKey(t.name)}`, t);
  }

  /** The ids of the tags of these names the edition has, the ones not yet known read in one query. */
  async tagIdsOf(edition: EditionCode, names: readonly string[]): Promise<number[]> {
    const key = (name: string) => `${edition}:${nameKey(name)}`;
    const missing = names.filter((n) => !this.tags.has(key(n)));
    if (missing.length)
      this.rememberTags(edition, await this.store.taxonomy.findTags(edition, missing));
    return names.flatMap((n) => {
      const tag = this.tags.get(key(n));
      return tag ? [tag.id] : [];
    });
  }

  /** The story's authors in byline order, named in its edition. */
  private async authorsOf(story: Story): Promise<{ id: number; name: string }[]> {
    const ids = [...(await this.authorIdsOf(story))];
    if (ids.length === 0 && story.authorId !== null) ids.push(story.authorId);
    const profiles = await this.profiles(ids);
    return ids.flatMap((id, i) => {
      const a = profiles[i];
      return a ? [{ id, name: authorNameIn(a, story.edition) }] : [];
    });
  }

  /**
   * The story at its version, read once per story object (a save's revision and its answer
   * show the same); `withCover` false leaves the cover and picks out (desk lists do not show them).
   */
  snapshot(story: Story, withCover = true): Promise<StorySnapshot> {
    if (!withCover) return this.snapshotOf(story, false);
    let found = this.snapshots.get(story);
    if (!found) {
      found = this.snapshotOf(story, true);
      this.snapshots.set(story, found);
    }
    return found;
  }

  private async snapshotOf(story: Story, withCover: boolean): Promise<StorySnapshot> {
    const cover = withCover ? await this.coverOf(story) : null;
    const related = withCover ? await this.relatedOf(story) : [];
    const rubric = await this.rubric(story.edition, story.rubricId);
    const parentId = rubric?.parentId ?? null;
    const parent = parentId === null ? null : await this.rubric(story.edition, parentId);
    const authors = await this.authorsOf(story);
    return {
      id: story.id,
      version: story.version,
      status: story.status,
      url: paths.story(editionOf(this.deps, story.edition), rubric?.slug ?? 'news', story.slug),
      edition: story.edition,
      type: story.type,
      title: story.title,
      slug: story.slug,
      rubric: [parent?.name, rubric?.name].filter(Boolean).join(' / '),
      lead: story.lead,
      tags: story.tags,
      blocks: story.blocks,
      author: authors[0]?.name ?? null,
      authors,
      publishedAt: story.publishedAt,
      embargoUntil: story.embargoUntil,
      scheduledAt: story.scheduledAt,
      unpublishedReason: story.unpublishedReason,
      corrections: story.corrections,
      cover: cover ? coverView(cover) : null,
      related,
      createdBy: story.createdBy,
      createdAt: story.createdAt,
      updatedAt: story.updatedAt,
      translationGroup: story.translationGroup,
      translatedFromId: story.translatedFromId,
      translatedFromVersion: story.translatedFromVersion,
      sourceKey: story.sourceKey,
    };
  }

  async view(story: Story, actor?: Actor, withCover = true): Promise<StoryView> {
    const snapshot = await this.snapshot(story, withCover);
    return {
      ...snapshot,
      stale: await isStale(this.store, story),
      ...(actor
        ? {
            allowed: {
              edit: mayEdit(actor, story).ok,
              correct: mayCorrect(actor, story).ok,
              transitions: nextStatuses(actor, story),
            },
          }
        : {}),
    };
  }

  async summary(story: Story, actor?: Actor): Promise<StorySummary> {
    const {
      blocks: _blocks,
      corrections: _corrections,
      cover: _cover,
      related: _related,
      ...rest
    } = await this.view(story, actor, false);
    return rest;
  }
}

/** A translation is stale when its source has a version newer than the one it was made from. */
export async function isStale(store: Store, story: Story): Promise<boolean> {
  if (story.translatedFromId === null || story.translatedFromVersion === null) return false;
  const source = await store.stories.findById(story.translatedFromId);
  return source !== null && source.version > story.translatedFromVersion;
}

export function viewStory(
  deps: Pick<Deps, 'editions'>,
  store: Store,
  story: Story,
  actor?: Actor,
): Promise<StoryView> {
  return new ViewContext(deps, store).view(story, actor);
}

/** The story or a not_found error naming it. */
export async function requireStory(store: Store, id: number): Promise<Story> {
  const story = await store.stories.findById(id);
  if (!story) throw new LedeError('not_found', `story ${id} does not exist`);
  return story;
}
