// Wire ingest: sources the server polls or watches, items landing in the desk's Incoming view, and taking one into a draft.

import { can, canSomewhere, type Actor } from '../domain/actor.js';
import type { Block } from '../domain/blocks.js';
import { EDITION_CODES, type EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Story } from '../domain/story.js';
import {
  INGEST_FORMATS,
  type IncomingItem,
  type IngestFormat,
  type IngestSource,
  type SourceCounts,
} from '../storage/ingest-port.js';
import type { Deps } from './deps.js';
import { parseStoryInput } from './story-schema.js';
import { freeStorySlug, resolveRubric } from './taxonomy.js';
import { deleteMedia } from './delete-media.js';
import { fetchWirePicture, type WirePicture, type WirePictureOptions } from './wire-picture.js';
import { writeStory } from './write-story.js';

export { INGEST_FORMATS, type IncomingItem, type IngestFormat, type IngestSource };

/** How long a process holds a source it polls before another may take it over. */
const LEASE_MS = 5 * 60_000;
/** The longest wait after failures, for a source or an item. */
const MAX_BACKOFF_MS = 60 * 60_000;

/** The wait before trying again after `failures` failures in a row: doubling, capped at an hour. */
export function backoffMs(baseMs: number, failures: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(failures, 20));
}

function requireSettings(actor: Actor): void {
  if (!canSomewhere(actor, 'manage-settings'))
    throw new LedeError('forbidden', 'only an administrator manages wire sources');
}

export interface NewSource {
  name: string;
  url?: string;
  dir?: string;
  format: string;
  edition: string;
  everySeconds: number;
}

/** Adds a source; it is first polled at once. */
export async function addIngestSource(
  deps: Deps,
  actor: Actor,
  input: NewSource,
): Promise<IngestSource> {
  requireSettings(actor);
  const name = input.name.trim();
  if (!name || name.length > 200) throw new LedeError('invalid_input', 'name: 1 to 200 characters');
  if (!!input.url === !!input.dir)
    throw new LedeError('invalid_input', 'give either a URL or a folder');
  if (input.url) {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw new LedeError('invalid_input', `url: not a URL: ${input.url}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new LedeError('invalid_input', 'url: only http and https are polled');
  }
  if (!(INGEST_FORMATS as readonly string[]).includes(input.format))
    throw new LedeError('invalid_input', `format: one of ${INGEST_FORMATS.join(', ')}`);
  if (!(EDITION_CODES as readonly string[]).includes(input.edition))
    throw new LedeError('invalid_input', `edition: one of ${EDITION_CODES.join(', ')}`);
  if (
    !Number.isInteger(input.everySeconds) ||
    input.everySeconds < 5 ||
    input.everySeconds > 86_400
  )
    throw new LedeError('invalid_input', 'every: from 5 seconds to a day');
  const now = deps.clock.now().toISOString();
  const source = await deps.store.ingest.addSource({
    name,
    url: input.url ?? null,
    dir: input.dir ?? null,
    format: input.format as IngestFormat,
    edition: input.edition as EditionCode,
    everySeconds: input.everySeconds,
    createdAt: now,
    nextPollAt: now,
  });
  if (!source) throw new LedeError('conflict', `a source named "${name}" already exists`);
  return source;
}

export async function listIngestSources(
  deps: Deps,
  actor: Actor,
): Promise<(IngestSource & { counts: SourceCounts })[]> {
  if (actor.kind === 'user' && !canSomewhere(actor, 'write'))
    throw new LedeError('forbidden', 'may not see wire sources');
  return deps.store.ingest.listSources();
}

export async function removeIngestSource(deps: Deps, actor: Actor, name: string): Promise<void> {
  requireSettings(actor);
  if (!(await deps.store.ingest.removeSource(name.trim())))
    throw new LedeError('not_found', `no source named "${name}"`);
}

/** Claims the source due first for this process; null when none is due. */
export async function claimDueSource(deps: Deps): Promise<IngestSource | null> {
  const now = deps.clock.now();
  return deps.store.ingest.claimDueSource(
    now.toISOString(),
    new Date(now.getTime() + LEASE_MS).toISOString(),
  );
}

/**
 * Records a poll: the next one is a period away; a failed poll (`failed`: the source could not be
 * read) waits longer each time. `error` is shown to the newsroom either way.
 */
export async function finishPoll(
  deps: Deps,
  source: IngestSource,
  error: string | null,
  failed = error !== null,
): Promise<void> {
  const now = deps.clock.now();
  const failures = failed ? source.failures + 1 : 0;
  const wait = failed
    ? backoffMs(source.everySeconds * 1000, failures)
    : source.everySeconds * 1000;
  await deps.store.ingest.finishPoll(source.id, {
    lastPollAt: now.toISOString(),
    lastError: error ? error.slice(0, 2000) : null,
    failures,
    nextPollAt: new Date(now.getTime() + wait).toISOString(),
  });
}

/** When any source is next due. */
export function nextIngestDue(deps: Deps): Promise<string | null> {
  return deps.store.ingest.nextDue();
}

/** An item of a poll, mapped: its story (or why it could not be mapped), or a withdrawal. */
export interface LandingItem {
  guid: string;
  version: string;
  hash: string;
  /** The sender's reason when it withdraws or kills the item. */
  withdrawn: string | null;
  /** The story in its JSON shape, blocks included; null with `error`. */
  story: Record<string, unknown> | null;
  error?: string;
}

export type LandingResult = 'landed' | 'updated' | 'withdrawn' | 'unchanged' | 'failed' | 'waiting';

function older(version: string, than: string): boolean {
  const a = Number(version);
  const b = Number(than);
  return version !== '' && than !== '' && Number.isFinite(a) && Number.isFinite(b) && a < b;
}

/**
 * One item into the Incoming view, in its own transaction: new, an update that replaces the
 * incoming copy (an older version or the same content is left alone), or a withdrawal. An item
 * that cannot be stored (its story does not check) is kept as failed and tried again when it
 * comes again after its backoff; it never stops the rest.
 */
export async function landItem(
  deps: Deps,
  source: IngestSource,
  item: LandingItem,
): Promise<LandingResult> {
  const now = deps.clock.now().toISOString();
  return deps.store.transaction(async (store) => {
    const existing = await store.ingest.findItem(source.id, item.guid);
    if (item.withdrawn !== null) {
      if (!existing || existing.status === 'withdrawn') return 'unchanged';
      await store.ingest.saveItem({
        ...existing,
        status: 'withdrawn',
        note: item.withdrawn.slice(0, 2000),
        updatedAt: now,
      });
      return 'withdrawn';
    }
    if (existing) {
      if (existing.hash === item.hash && existing.status !== 'failed') return 'unchanged';
      if (older(item.version, existing.version)) return 'unchanged';
      if (
        existing.status === 'failed' &&
        existing.hash === item.hash &&
        existing.retryAt &&
        existing.retryAt > now
      )
        return 'waiting';
    }
    let story: Record<string, unknown> | null = null;
    let error = item.error ?? null;
    if (item.story && !error)
      try {
        story = { ...parseStoryInput(item.story) };
      } catch (e) {
        error = e instanceof LedeError ? e.detail : (e as Error).message;
      }
    const base = {
      sourceId: source.id,
      guid: item.guid,
      version: item.version.slice(0, 40),
      hash: item.hash,
      edition: source.edition,
      receivedAt: existing?.receivedAt ?? now,
      updatedAt: now,
      storyId: existing?.storyId ?? null,
    };
    if (!story) {
      const attempts = (existing?.status === 'failed' ? existing.attempts : 0) + 1;
      await store.ingest.saveItem({
        ...base,
        status: 'failed',
        title: existing?.title ?? item.guid.slice(0, 500),
        story: existing?.story ?? '{}',
        note: existing?.note ?? null,
        error: (error ?? 'no story').slice(0, 2000),
        attempts,
        retryAt: new Date(
          Date.parse(now) + backoffMs(source.everySeconds * 1000, attempts - 1),
        ).toISOString(),
      });
      return 'failed';
    }
    const taken = existing?.status === 'taken';
    await store.ingest.saveItem({
      ...base,
      edition: story.edition as EditionCode,
      status: taken ? 'taken' : 'incoming',
      title: String(story.title).slice(0, 500),
      story: JSON.stringify(story),
      note: taken ? 'updated by the sender after it was taken into a draft' : null,
      error: null,
      attempts: 0,
      retryAt: null,
    });
    return existing && existing.status !== 'failed' ? 'updated' : 'landed';
  });
}

export interface IncomingView extends IncomingItem {
  sourceName: string;
}

/** The desk's Incoming view: items waiting (and lately withdrawn) in the editions the actor works in. */
export async function listIncoming(
  deps: Deps,
  actor: Actor,
  query: { edition?: EditionCode; limit?: number } = {},
): Promise<IncomingView[]> {
  if (query.edition && !can(actor, 'write', query.edition))
    throw new LedeError('forbidden', `may not work in the ${query.edition} edition`);
  const sources = new Map((await deps.store.ingest.listSources()).map((s) => [s.id, s.name]));
  const items = await deps.store.ingest.listItems({
    ...(query.edition ? { edition: query.edition } : {}),
    statuses: ['incoming', 'withdrawn', 'failed'],
    limit: Math.min(query.limit ?? 100, 500),
  });
  return items
    .filter((i) => can(actor, 'write', i.edition))
    .map((i) => ({ ...i, sourceName: sources.get(i.sourceId) ?? '' }));
}

/** The note a taken draft opens with: where it came from. */
export function sourceNote(sourceName: string, item: IncomingItem): string {
  return `From ${sourceName}: ${item.guid}${item.version ? ` (version ${item.version})` : ''}, received ${item.receivedAt}`;
}

/**
 * Takes an incoming item into a new draft of its edition through the story write: the source
 * kept as the story's sourceKey and as an editor's note at the top of the body. An item taken,
 * withdrawn or failed is refused (409); two editors taking the same item get one draft. The
 * picture the item carries is fetched from the source's own host into the media library and made
 * the draft's cover (see fetchWirePicture); when it cannot be, the note says why.
 */
export async function takeIncoming(
  deps: Deps,
  actor: Actor,
  id: number,
  options: WirePictureOptions = {},
): Promise<Story> {
  // The picture is fetched before the transaction (no lock is held while a wire answers); the
  // checks are made again inside it.
  const found = await deps.store.ingest.findItemById(id);
  const picture =
    found?.status === 'incoming' && can(actor, 'write', found.edition)
      ? {
          story: found.story,
          result: await fetchWirePicture(
            deps,
            actor,
            await deps.store.ingest.findSource(found.sourceId),
            parseStoryInput(JSON.parse(found.story)).blocks,
            options,
          ),
        }
      : null;
  const uploaded = picture && 'mediaId' in picture.result ? picture.result.mediaId : null;
  try {
    const story = await writeTaken(deps, actor, id, picture);
    const cover = await deps.store.covers.ofStories([story.id]);
    if (uploaded !== null && cover.get(story.id)?.cover.mediaId !== uploaded)
      await deleteMedia(deps, actor, uploaded).catch(() => undefined);
    return story;
  } catch (error) {
    // The picture uploaded for a draft that was not made (another editor took the item) goes.
    if (uploaded !== null) await deleteMedia(deps, actor, uploaded).catch(() => undefined);
    throw error;
  }
}

async function writeTaken(
  deps: Deps,
  actor: Actor,
  id: number,
  picture: { story: string; result: WirePicture } | null,
): Promise<Story> {
  return deps.store.transaction(async (store) => {
    const item = await store.ingest.findItemById(id);
    if (!item) throw new LedeError('not_found', `no incoming item ${id}`);
    if (!can(actor, 'write', item.edition))
      throw new LedeError('forbidden', `may not write in the ${item.edition} edition`);
    if (item.status === 'taken')
      throw new LedeError('conflict', `already taken into story ${item.storyId ?? ''}`.trim());
    if (item.status !== 'incoming')
      throw new LedeError(
        'conflict',
        `the item is ${item.status}${item.note ? `: ${item.note}` : ''}`,
      );
    const source = await store.ingest.findSource(item.sourceId);
    const input = parseStoryInput(JSON.parse(item.story));
    const sourceKey = `ingest:${item.sourceId}:${item.guid}`.slice(0, 200);
    if (await store.stories.findBySourceKey(sourceKey))
      throw new LedeError('conflict', 'this item is already a story');
    const now = deps.clock.now().toISOString();
    // A wire's section the edition does not have: whoever may not add rubrics gets the draft
    // under the edition's first rubric, with the wire's section named in the note to choose from.
    let rubric = input.rubric;
    let rubricNote = '';
    try {
      await resolveRubric(store, actor, input.edition, input.rubric);
    } catch (error) {
      if (!(error instanceof LedeError) || error.code !== 'unknown_rubric') throw error;
      const first = (await store.taxonomy.listRubrics(input.edition))
        .filter((r) => r.parentId === null)
        .sort((a, b) => a.position - b.position)[0];
      if (!first) throw error;
      rubric = first.name;
      rubricNote = ` (rubric on the wire: ${input.rubric})`;
    }
    const pictureNote =
      picture?.story === item.story && 'note' in picture.result ? ` (${picture.result.note})` : '';
    const note: Block = {
      type: 'paragraph',
      content: [
        {
          text: `${sourceNote(source?.name ?? 'a wire', item)}${rubricNote}${pictureNote}`,
          marks: ['editorNote'],
        },
      ],
    };
    // The picture fetched for the item as it still is: the body without it, and the cover.
    const fetched = picture?.story === item.story ? picture.result : null;
    const blocks = fetched ? fetched.blocks : input.blocks;
    const cover = fetched && 'cover' in fetched ? { cover: fetched.cover } : {};
    const story = await writeStory({ ...deps, store }, actor, {
      current: null,
      at: now,
      audit: { action: 'story.create', detail: { sourceKey, incoming: item.id } },
      event: null,
      fields: {
        edition: input.edition,
        type: input.type,
        status: 'draft',
        title: input.title,
        slug: await freeStorySlug(
          store,
          input.edition,
          input.slug ?? slugify(input.title, input.edition),
        ),
        lead: input.lead,
        blocks: [note, ...blocks],
        rubric,
        author: input.author ?? null,
        tags: input.tags ?? [],
        publishedAt: null,
        updatedAt: now,
        scheduledAt: null,
        unpublishedReason: null,
        translationGroup: null,
        translatedFromVersion: null,
        sourceKey,
        ...cover,
        ...(actor.kind === 'user' ? { createdBy: actor.id } : {}),
      },
    });
    if (!(await store.ingest.markTaken(item.id, story.id, now)))
      throw new LedeError('conflict', 'another editor took this item first');
    return story;
  });
}
