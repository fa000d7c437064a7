// The one write of a story: create, save, correct, restore, transitions, translation and every import go through it.

import type { Block } from '../domain/blocks.js';
import type { Actor } from '../domain/actor.js';
import type { CoverInput } from '../domain/cover.js';
import { LedeError } from '../domain/errors.js';
import type { LiveEntry } from '../domain/live.js';
import type { Story, StoryStatus } from '../domain/story.js';
import type { StoryEventType } from '../platform/events.js';
import type { AuditDetail } from '../storage/accounts-port.js';
import type { LiveEntryPatch, NewLiveEntry } from '../storage/live-port.js';
import type { Store } from '../storage/port.js';
import type { StoryWrite } from '../storage/stories-port.js';
import type { StoryStatePatch } from '../storage/workflow-port.js';
import { checkCover, sameCover } from './cover-view.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { checkRelated, relatedIdsOf, sameIds } from './related-picks.js';
import { announceChange } from './story-events.js';
import { ViewContext, type StorySnapshot } from './story-view.js';
import { ensureAuthor, ensureTags, resolveRubric } from './taxonomy.js';

/** A rubric by its path ("Parent / Child", made when new if the actor may import), or by id. */
export type RubricRef = string | { id: number };
/** An author by name (made when new), by id, or none (null or an empty name). */
export type AuthorRef = string | { id: number } | null;

/** A story as it will be, its taxonomy by name: the write resolves names to ids. */
export interface StoryFields extends Omit<StoryWrite, 'rubricId' | 'authorId' | 'tagIds'> {
  rubric: RubricRef;
  /** The one author of callers that know one; `authors`, when given, wins. */
  author: AuthorRef;
  /** The story's authors in byline order (names made into profiles when new, or ids). */
  authors?: readonly (NonNullable<AuthorRef> | number)[];
  tags: readonly string[];
  /** The cover image: left out, the story keeps the one it has; null removes it. */
  cover?: CoverInput | null;
  /** The editors' picks of related stories in order (ids): left out, the story keeps its picks. */
  related?: readonly (number | { id: number })[];
}

/** The ids a write resolves: rubric, the first author (the story row's), every author in order, tags. */
export type TaxonomyIds = Pick<StoryWrite, 'rubricId' | 'authorId' | 'tagIds'> & {
  authorIds: number[];
};

/** The authors a story's fields name, in order, empty names left out. */
export function authorRefsOf(
  fields: Pick<StoryFields, 'author' | 'authors'>,
): NonNullable<AuthorRef>[] {
  const refs = fields.authors ?? (fields.author === null ? [] : [fields.author]);
  return refs
    .map((r) => (typeof r === 'number' ? { id: r } : typeof r === 'string' ? r : { id: r.id }))
    .filter((r) => typeof r !== 'string' || r.trim() !== '');
}

/** The audit log's line of a write; a detail made from the story written can name its version. */
export interface AuditNote {
  action: string;
  detail?: AuditDetail | ((story: Story) => AuditDetail);
}

export interface WriteStoryInput {
  /** The story as it is now, locked by the caller in the same transaction; null for a new one. */
  current: Story | null;
  fields: StoryFields;
  /** UTC ISO time of the change: the revision's, the audit line's and the event's. */
  at: string;
  audit: AuditNote;
  /** The event for readers and partners (outbox: webhooks, CDN purge, page caches), if any. */
  event?: StoryEventType | null;
  /**
   * The caller's context on the same transaction, to share what it has read with the write
   * (its revision, change keys) and to show the story written without reading it again.
   */
  view?: ViewContext;
}

export interface WriteStoryStateInput {
  current: Story;
  /** Workflow fields only: status, times, reason, translation group. */
  patch: StoryStatePatch;
  /** A claim: written only while the story is still in this status, else nothing is written. */
  expectStatus?: StoryStatus;
  at: string;
  /** Left out for a change that is part of another story's write (joining a translation group). */
  audit?: AuditNote | null;
  event?: StoryEventType | null;
}

function auditDetail(note: AuditNote, story: Story): AuditDetail {
  return typeof note.detail === 'function' ? note.detail(story) : (note.detail ?? {});
}

/** Writes the revision of the version a story has just reached. */
async function writeRevision(
  view: ViewContext,
  store: Store,
  actor: Actor,
  story: Story,
  savedAt: string,
): Promise<StorySnapshot> {
  const snapshot = await view.snapshot(story);
  await store.workflow.insertRevision({
    storyId: story.id,
    version: story.version,
    savedAt,
    savedBy: actor.kind === 'user' ? actor.id : null,
    savedByName: actor.name,
    snapshot,
  });
  return snapshot;
}

/** The ids of a story's rubric, author and tags, made when new (as the actor may). */
export async function resolveTaxonomy(
  store: Store,
  actor: Actor,
  fields: StoryFields,
  /** Remembers the profiles and tags read, for the write's revision and change keys. */
  view?: ViewContext,
): Promise<TaxonomyIds> {
  const { rubric, edition } = fields;
  const authorIds: number[] = [];
  for (const ref of authorRefsOf(fields)) {
    const id = typeof ref === 'string' ? (await ensureAuthor(store, ref, edition)).id : ref.id;
    if (!authorIds.includes(id)) authorIds.push(id);
  }
  const byId = authorRefsOf(fields).flatMap((r) => (typeof r === 'string' ? [] : [r.id]));
  if (byId.length) {
    const found = new Set(
      (view ? await view.profiles(byId) : await store.authors.profiles(byId)).map((a) => a?.id),
    );
    const missing = byId.find((id) => !found.has(id));
    if (missing !== undefined)
      throw new LedeError('invalid_input', `authors: there is no author ${missing}`, {
        field: 'authors',
      });
  }
  return {
    rubricId:
      typeof rubric === 'string'
        ? (await resolveRubric(store, actor, edition, rubric)).id
        : rubric.id,
    authorId: authorIds[0] ?? null,
    authorIds,
    tagIds: (await tagsOf(store, edition, fields.tags, view)).map((t) => t.id),
  };
}

async function tagsOf(
  store: Store,
  edition: StoryFields['edition'],
  names: readonly string[],
  view?: ViewContext,
) {
  const tags = await ensureTags(store, edition, names);
  view?.rememberTags(edition, tags);
  return tags;
}

/** The write of a story's row without its taxonomy names, the body checked by the editor's schema. */
export function storyRow(
  deps: Pick<Deps, 'checkBlocks'>,
  fields: StoryFields,
  ids: TaxonomyIds,
  /** The body already checked (checkBodyInSlices), else checked here. */
  checked?: Block[],
): StoryWrite {
  const {
    rubric: _rubric,
    author: _author,
    authors: _authors,
    tags: _tags,
    cover: _cover,
    related: _related,
    ...rest
  } = fields;
  const { authorIds: _authorIds, ...rowIds } = ids;
  return { ...rest, blocks: checked ?? deps.checkBlocks(fields.blocks), ...rowIds };
}

/** Blocks checked at a time by checkBodyInSlices. */
const CHECK_SLICE = 100;

/**
 * The body checked against the editor's schema a slice of blocks at a time, the event loop given
 * back between slices: a save of thousands of blocks lets the readers' requests that came in
 * meanwhile be answered. The same blocks and the same error (naming the block by its place in
 * the whole body) as one check of them all. Before the transaction: the check reads nothing.
 */
export async function checkBodyInSlices(
  deps: Pick<Deps, 'checkBlocks'>,
  blocks: readonly Block[],
): Promise<Block[]> {
  if (!Array.isArray(blocks) || blocks.length <= CHECK_SLICE) return deps.checkBlocks(blocks);
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i += CHECK_SLICE) {
    for (const block of deps.checkBlocks(blocks.slice(i, i + CHECK_SLICE), i)) out.push(block);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}

/**
 * Writes a new story (version 1) or the next version of one, in one transaction: the body
 * checked against the editor's schema, rubric, tags and author resolved, the story and its
 * cover image, its revision by `actor` (an import's revision is its importer's), the audit line and, when
 * readers see the change, the outbox event with the keys of every page it touches. Callers
 * check rights and lock `current` first; nothing stays when any step fails.
 * Importers write through this too (see importStory); live entries through writeLiveEntry below.
 */
export async function writeStory(deps: Deps, actor: Actor, input: WriteStoryInput): Promise<Story> {
  const checked = await checkBodyInSlices(deps, input.fields.blocks);
  return deps.store.transaction(async (store) => {
    const { current, fields, at } = input;
    if (current && current.edition !== fields.edition)
      throw new LedeError(
        'invalid_input',
        `edition: story ${current.id} is in ${current.edition}`,
        {
          field: 'edition',
        },
      );
    const view = input.view?.readsThrough(store) ? input.view : new ViewContext(deps, store);
    const ids = await resolveTaxonomy(store, actor, fields, view);
    const row = storyRow(deps, fields, ids, checked);
    // The authors a save keeps as they were (and the context knows them) need no new rows.
    const authorsWere = current ? view.knownAuthorIds(current.id) : undefined;
    const story = current
      ? await store.stories.update(current.id, row)
      : await store.stories.insert(row);
    if (!story) throw new LedeError('not_found', `story ${current!.id} does not exist`);
    if (!authorsWere || !sameIds(authorsWere, ids.authorIds))
      await store.authors.setStoryAuthors(story.id, ids.authorIds);
    // A cover or picks sent back as the story has them (the context has read them) are kept.
    const writesCover =
      fields.cover !== undefined &&
      !sameCover(fields.cover, current ? view.knownCover(current.id) : undefined);
    if (writesCover)
      await store.covers.set(story.id, fields.cover ? await checkCover(store, fields.cover) : null);
    const picksWere = current ? view.knownRelatedIds(current.id) : undefined;
    const related =
      fields.related === undefined ||
      (picksWere && sameIds(picksWere, relatedIdsOf(fields.related)))
        ? undefined
        : await checkRelated(store, story.id, fields.related);
    if (related)
      await store.related.set(
        story.id,
        related.map((s) => s.id),
      );
    view.wrote(story.id, {
      authorIds: ids.authorIds,
      cover: writesCover,
      ...(related ? { related } : {}),
    });
    await writeRevision(view, store, actor, story, at);
    await recordAudit(store, actor, input.audit.action, {
      storyId: story.id,
      edition: story.edition,
      detail: auditDetail(input.audit, story),
      at,
    });
    if (input.event) await announceChange(deps, store, input.event, current, story, at, view);
    return story;
  });
}

/**
 * Changes a story's workflow fields without a new version (a transition, the scheduler's
 * claim, joining a translation group): no revision, since the content has not changed; the
 * audit line and the outbox event as for any write. Returns null, writing nothing, when a
 * claim (`expectStatus`) is lost.
 */
export async function writeStoryState(
  deps: Deps,
  actor: Actor,
  input: WriteStoryStateInput,
): Promise<Story | null> {
  return deps.store.transaction(async (store) => {
    const { current, patch, at } = input;
    if (!(await store.workflow.setStoryState(current.id, patch, input.expectStatus))) return null;
    const after = (await store.stories.findById(current.id))!;
    if (input.audit)
      await recordAudit(store, actor, input.audit.action, {
        storyId: after.id,
        edition: after.edition,
        detail: auditDetail(input.audit, after),
        at,
      });
    if (input.event) await announceChange(deps, store, input.event, current, after, at);
    return after;
  });
}

/** What a live story's change does: post, correct (blocks, key event, pin), delete an entry; close or reopen. */
export type LiveChange =
  | { kind: 'post'; entry: NewLiveEntry }
  | { kind: 'edit'; entryId: number; patch: LiveEntryPatch }
  | { kind: 'delete'; entryId: number; note: string }
  | { kind: 'close' }
  | { kind: 'reopen' };

export interface WriteLiveEntryInput {
  /** The live story as it is now, locked by the caller in the same transaction. */
  current: Story;
  /** UTC ISO time of the change: the audit line's, the story's updated time, the event's. */
  at: string;
  audit: AuditNote;
  change: LiveChange;
}

async function applyLiveChange(
  store: Store,
  story: Story,
  change: LiveChange,
  at: string,
): Promise<LiveEntry | null> {
  const entryOf = async (id: number) => {
    const entry = await store.live.findEntry(id);
    if (!entry || entry.storyId !== story.id || entry.deletedAt !== null)
      throw new LedeError('not_found', `story ${story.id} has no entry ${id}`);
    return entry;
  };
  switch (change.kind) {
    case 'post':
      return store.live.insertEntry(story.id, change.entry);
    case 'edit':
      await entryOf(change.entryId);
      return store.live.updateEntry(change.entryId, change.patch, at);
    case 'delete':
      await entryOf(change.entryId);
      return store.live.deleteEntry(change.entryId, at, change.note);
    case 'close':
      await store.live.ensureCoverage(story.id, at);
      await store.live.setCoverageEnd(story.id, at);
      return null;
    case 'reopen':
      await store.live.ensureCoverage(story.id, at);
      await store.live.setCoverageEnd(story.id, null);
      return null;
  }
}

/**
 * A change of a live story's entries (post, correct, pin, delete) or coverage (close, reopen):
 * a change of the story like any other, in one transaction. The story's change sequence grows
 * (partners see a new version), its updated time moves, the audit line is written and, when
 * readers see the story, the outbox event names the keys of every page it touches (the story
 * page, its live ranges and head, feeds), so caches purge and webhooks send the update. The
 * story's version (the editor's If-Match) does not move: two editors posting at once both land.
 * Callers check rights and lock `current` first. Returns the entry changed (null for coverage).
 */
export async function writeLiveEntry(
  deps: Deps,
  actor: Actor,
  input: WriteLiveEntryInput,
): Promise<LiveEntry | null> {
  return deps.store.transaction(async (store) => {
    const { current, at } = input;
    if (current.type !== 'live')
      throw new LedeError('invalid_input', `story ${current.id} is not a live story`, {
        field: 'type',
      });
    const change =
      input.change.kind === 'post' || input.change.kind === 'edit'
        ? withCheckedBlocks(deps, input.change)
        : input.change;
    const entry = await applyLiveChange(store, current, change, at);
    await store.live.markStoryChanged(current.id, at);
    const after = (await store.stories.findById(current.id))!;
    await recordAudit(store, actor, input.audit.action, {
      storyId: after.id,
      edition: after.edition,
      detail: auditDetail(input.audit, after),
      at,
    });
    if (after.status === 'published')
      await announceChange(deps, store, 'story.updated', current, after, at);
    return entry;
  });
}

/** An entry's blocks checked by the editor's schema, as a story's body is. */
function withCheckedBlocks(
  deps: Pick<Deps, 'checkBlocks'>,
  change: Extract<LiveChange, { kind: 'post' | 'edit' }>,
): LiveChange {
  if (change.kind === 'post')
    return { ...change, entry: { ...change.entry, blocks: deps.checkBlocks(change.entry.blocks) } };
  return change.patch.blocks === undefined
    ? change
    : { ...change, patch: { ...change.patch, blocks: deps.checkBlocks(change.patch.blocks) } };
}
