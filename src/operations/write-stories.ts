// The story write in bulk: many new stories in one transaction, each with its revision (synthetic archives, bulk imports).

import { can, type Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import type { Store } from '../storage/port.js';
import type { StoryWrite } from '../storage/stories-port.js';
import { checkCover } from './cover-view.js';
import type { Deps } from './deps.js';
import { recordAudit } from './record-audit.js';
import { announceEditionChange } from './story-events.js';
import { ViewContext } from './story-view.js';
import { ensureAuthor, resolveRubric, tagIdsOf } from './taxonomy.js';
import { authorRefsOf, storyRow, type StoryFields, type TaxonomyIds } from './write-story.js';

export interface WriteStoriesInput {
  stories: StoryFields[];
  /** UTC ISO time of the write: the revisions' and the audit line's. */
  at: string;
  /** The audit action; one line for the whole batch, with how many stories it wrote. */
  action: string;
}

/** Resolves names once per batch: an archive names the same rubrics, tags and authors again and again. */
function taxonomyCache(store: Store, actor: Actor) {
  const memo = new Map<string, Promise<number>>();
  const once = (key: string, find: () => Promise<number>) => {
    let found = memo.get(key);
    if (!found) memo.set(key, (found = find()));
    return found;
  };
  return async (fields: StoryFields): Promise<TaxonomyIds> => {
    const { edition, rubric } = fields;
    const authorIds: number[] = [];
    for (const ref of authorRefsOf(fields)) {
      const id =
        typeof ref === 'string'
          ? await once(`a:${ref}`, async () => (await ensureAuthor(store, ref, edition)).id)
          : ref.id;
      if (!authorIds.includes(id)) authorIds.push(id);
    }
    const tagIds: number[] = [];
    for (const name of fields.tags)
      tagIds.push(
        await once(
          `t:${edition}:${name}`,
          async () => (await tagIdsOf(store, edition, [name]))[0]!,
        ),
      );
    return {
      rubricId:
        typeof rubric === 'string'
          ? await once(
              `r:${edition}:${rubric}`,
              async () => (await resolveRubric(store, actor, edition, rubric)).id,
            )
          : rubric.id,
      authorId: authorIds[0] ?? null,
      authorIds,
      tagIds,
    };
  };
}

/**
 * Writes new stories in one transaction through the same steps as writeStory: bodies checked
 * by the editor's schema, taxonomy resolved, the stories and their covers, one revision each (by `actor`), and
 * one audit line for the batch. Partners are not told of each story (an archive loaded in bulk
 * is not news); each edition written gets one edition-wide change in the outbox instead, so
 * page caches and the CDN refresh. Returns the new ids in the order given.
 */
export async function writeStories(
  deps: Deps,
  actor: Actor,
  input: WriteStoriesInput,
): Promise<number[]> {
  const editions = [...new Set(input.stories.map((s) => s.edition))];
  for (const edition of editions)
    if (!can(actor, 'import', edition))
      throw new LedeError('forbidden', `may not import into the ${edition} edition`);
  if (input.stories.length === 0) return [];
  return deps.store.transaction(async (store) => {
    const resolve = taxonomyCache(store, actor);
    const rows: StoryWrite[] = [];
    const authorIds: number[][] = [];
    for (const fields of input.stories) {
      const resolved = await resolve(fields);
      rows.push(storyRow(deps, fields, resolved));
      authorIds.push(resolved.authorIds);
    }
    const ids = await store.stories.insertMany(rows);
    await store.authors.setStoriesAuthors(ids.map((id, i) => [id, authorIds[i]!]));
    for (const [i, fields] of input.stories.entries())
      if (fields.cover) await store.covers.set(ids[i]!, await checkCover(store, fields.cover));
    const stories = new Map((await store.stories.findByIds(ids)).map((s) => [s.id, s]));
    const view = new ViewContext(deps, store);
    await view.prefetch([...stories.values()]);
    const revisions = [];
    for (const id of ids) {
      const story = stories.get(id)!;
      revisions.push({
        storyId: id,
        version: story.version,
        savedAt: input.at,
        savedBy: actor.kind === 'user' ? actor.id : null,
        savedByName: actor.name,
        snapshot: await view.snapshot(story),
      });
    }
    await store.workflow.insertRevisions(revisions);
    await recordAudit(store, actor, input.action, {
      detail: { stories: ids.length, first: ids[0], last: ids[ids.length - 1], editions },
      at: input.at,
    });
    for (const edition of editions) await announceEditionChange(deps, store, edition, input.at);
    return ids;
  });
}
