// The one write path of a story's content: taxonomy by name, slug rules, a new version and its revision.

import { can, type Actor } from '../domain/actor.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Correction, Story } from '../domain/story.js';
import { nameKey, rubricPath, type Rubric } from '../domain/taxonomy.js';
import { publishProblems } from '../domain/workflow.js';
import type { Store, StoryWrite } from '../storage/port.js';
import type { Deps } from './deps.js';
import { READ_ONLY_FIELDS, utc, type StoryChanges } from './story-fields.js';
import { ViewContext, type StorySnapshot } from './story-view.js';
import { ensureAuthor, ensureRubric, ensureTag, freeStorySlug } from './taxonomy.js';

/**
 * The rubric a story names. Who may import (editors, chiefs) may name a new one and it is
 * made, as imports do; for anyone else a rubric that does not exist is an input error,
 * so a typo never adds a section to the site's menu.
 */
export async function resolveRubric(
  store: Store,
  actor: Actor,
  edition: EditionCode,
  path: string,
  create = can(actor, 'import', edition),
): Promise<Rubric> {
  let names: string[];
  try {
    names = rubricPath(path);
  } catch (e) {
    throw new LedeError('invalid_input', `rubric: ${(e as Error).message}`, { field: 'rubric' });
  }
  if (create) return ensureRubric(store, edition, path);
  let found: Rubric | null;
  if (names.length === 1) {
    found = await store.findRubric(edition, names[0]!, null);
    if (!found) {
      const same = (await store.listRubrics(edition)).filter(
        (r) => nameKey(r.name) === nameKey(names[0]!),
      );
      found = same.length === 1 ? same[0]! : null;
    }
  } else {
    const parent = await store.findRubric(edition, names[0]!, null);
    found = parent ? await store.findRubric(edition, names[1]!, parent.id) : null;
  }
  if (!found)
    throw new LedeError('invalid_input', `rubric: the ${edition} edition has no rubric "${path}"`, {
      field: 'rubric',
    });
  return found;
}

export async function tagIdsOf(store: Store, edition: EditionCode, names: readonly string[]) {
  const ids: number[] = [];
  for (const name of names) ids.push((await ensureTag(store, edition, name)).id);
  return ids;
}

/** Writes the revision of the version a story has just reached. */
export async function writeRevision(
  deps: Pick<Deps, 'editions'>,
  store: Store,
  actor: Actor,
  story: Story,
  savedAt: string,
): Promise<StorySnapshot> {
  const snapshot = await new ViewContext(deps, store).snapshot(story);
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

/** Whether the slug still follows the headline: never out, and not yet scheduled. */
export function slugIsFree(story: Pick<Story, 'status' | 'publishedAt'>): boolean {
  return (
    story.publishedAt === null &&
    (story.status === 'draft' || story.status === 'review' || story.status === 'approved')
  );
}

export interface SaveExtras {
  corrections?: Correction[];
}

/**
 * Saves changes to a story's content as a new version with its revision. The caller has
 * checked rights and the base version inside the same transaction.
 */
export async function saveStoryContent(
  deps: Pick<Deps, 'editions' | 'clock'>,
  store: Store,
  actor: Actor,
  current: Story,
  changes: StoryChanges,
  extras: SaveExtras = {},
): Promise<Story> {
  const now = deps.clock.now().toISOString();
  const context = new ViewContext(deps, store);
  const before = await context.snapshot(current);
  for (const field of READ_ONLY_FIELDS) {
    if (changes[field] === undefined || !(field in before)) continue;
    const was = before[field as keyof StorySnapshot];
    if (['version', 'url', 'updatedAt'].includes(field)) continue;
    if (JSON.stringify(changes[field]) !== JSON.stringify(was))
      throw new LedeError(
        'invalid_input',
        `${field}: cannot be changed by saving the story` +
          (field === 'status' ? '; use a transition' : ''),
        { field },
      );
  }

  if (
    changes.publishedAt === null &&
    (current.status === 'published' || current.status === 'unpublished')
  )
    throw new LedeError('invalid_input', 'publishedAt: a story that has been out keeps its time', {
      field: 'publishedAt',
    });
  const title = changes.title ?? current.title;
  const blocks = changes.blocks ?? current.blocks;
  if (current.status === 'published' || current.status === 'scheduled') {
    const problems = publishProblems(blocks);
    if (problems.length)
      throw new LedeError('not_ready', problems[0]!, { field: problems[0]!.split(':')[0]! });
  }
  const rubricId =
    changes.rubric !== undefined && nameKey(changes.rubric) !== nameKey(before.rubric)
      ? (await resolveRubric(store, actor, current.edition, changes.rubric)).id
      : current.rubricId;
  const tagIds = await tagIdsOf(store, current.edition, changes.tags ?? current.tags);
  const authorId =
    changes.author === undefined
      ? current.authorId
      : changes.author === null || changes.author === ''
        ? null
        : (await ensureAuthor(store, changes.author)).id;

  let slug = current.slug;
  if (changes.slug !== undefined && changes.slug !== current.slug && !slugIsFree(current))
    throw new LedeError('invalid_input', 'slug: a story that has been out keeps its slug', {
      field: 'slug',
    });
  if (slugIsFree(current) && (changes.slug !== undefined || title !== current.title))
    slug = await freeStorySlug(
      store,
      current.edition,
      changes.slug ?? slugify(title, current.edition),
      current.id,
    );

  const write: StoryWrite = {
    edition: current.edition,
    type: changes.type ?? current.type,
    status: current.status,
    title,
    slug,
    lead: changes.lead ?? current.lead,
    blocks,
    rubricId,
    authorId,
    tagIds,
    publishedAt:
      changes.publishedAt === undefined ? current.publishedAt : (utc(changes.publishedAt) ?? null),
    updatedAt: now,
    translationGroup: current.translationGroup,
    translatedFromVersion: current.translatedFromVersion,
    sourceKey: current.sourceKey,
    ...(changes.embargoUntil !== undefined
      ? { embargoUntil: utc(changes.embargoUntil) ?? null }
      : {}),
    ...(extras.corrections ? { corrections: extras.corrections } : {}),
  };
  const saved = await store.updateStory(current.id, write);
  if (!saved) throw new LedeError('not_found', `story ${current.id} does not exist`);
  await writeRevision(deps, store, actor, saved, now);
  return saved;
}
