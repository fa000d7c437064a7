// A save of a story's content: the read-only fields, slug and publication rules, then the story write.

import type { Actor } from '../domain/actor.js';
import { LedeError } from '../domain/errors.js';
import { slugify } from '../domain/slug.js';
import type { Correction, Story } from '../domain/story.js';
import { nameKey } from '../domain/taxonomy.js';
import { publishProblems } from '../domain/workflow.js';
import type { StoryEventType } from '../platform/events.js';
import type { Deps } from './deps.js';
import { READ_ONLY_FIELDS, utc, type StoryChanges } from './story-fields.js';
import { ViewContext, type StorySnapshot } from './story-view.js';
import { freeStorySlug } from './taxonomy.js';
import { writeStory, type AuditNote } from './write-story.js';

/** Whether the slug still follows the headline: never out, and not yet scheduled. */
export function slugIsFree(story: Pick<Story, 'status' | 'publishedAt'>): boolean {
  return (
    story.publishedAt === null &&
    (story.status === 'draft' || story.status === 'review' || story.status === 'approved')
  );
}

export interface SaveOptions {
  audit: AuditNote;
  /** The event for readers and partners, when the story is out. */
  event?: StoryEventType | null;
  corrections?: Correction[];
  /** The caller's context on the same transaction: what the save reads, the caller may show. */
  view?: ViewContext;
}

/**
 * Saves changes to a story's content as its next version, through the story write (revision,
 * audit line, event). The caller has checked rights and the base version inside the same
 * transaction (`deps.store` is that transaction).
 */
export async function saveStoryContent(
  deps: Deps,
  actor: Actor,
  current: Story,
  changes: StoryChanges,
  options: SaveOptions,
): Promise<Story> {
  const { store } = deps;
  const now = deps.clock.now().toISOString();
  const view = options.view?.readsThrough(store) ? options.view : new ViewContext(deps, store);
  for (const field of READ_ONLY_FIELDS) {
    if (changes[field] === undefined || ['version', 'url', 'updatedAt'].includes(field)) continue;
    // The story as it is now is shown (and read) only when a field it has came back.
    const before = await view.snapshot(current);
    if (!(field in before)) continue;
    const was = before[field as keyof StorySnapshot];
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
  // The rubric named as it is now keeps the story where it is (a name two rubrics share).
  const rubric =
    changes.rubric !== undefined &&
    nameKey(changes.rubric) !== nameKey((await view.snapshot(current)).rubric)
      ? changes.rubric
      : { id: current.rubricId };
  const author =
    changes.author === undefined
      ? current.authorId === null
        ? null
        : { id: current.authorId }
      : changes.author;
  // Authors named keep theirs; a save naming neither keeps the story's, in order.
  const authors =
    changes.authors !== undefined
      ? changes.authors
      : changes.author !== undefined
        ? undefined
        : (await view.authorIdsOf(current)).map((id) => ({ id }));

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

  return writeStory(deps, actor, {
    current,
    at: now,
    audit: options.audit,
    event: options.event ?? null,
    view,
    fields: {
      edition: current.edition,
      type: changes.type ?? current.type,
      status: current.status,
      title,
      slug,
      lead: changes.lead ?? current.lead,
      blocks,
      rubric,
      author,
      ...(authors && (authors.length || current.authorId === null) ? { authors } : {}),
      tags: changes.tags ?? current.tags,
      publishedAt:
        changes.publishedAt === undefined
          ? current.publishedAt
          : (utc(changes.publishedAt) ?? null),
      updatedAt: now,
      translationGroup: current.translationGroup,
      translatedFromVersion: current.translatedFromVersion,
      sourceKey: current.sourceKey,
      ...(changes.embargoUntil !== undefined
        ? { embargoUntil: utc(changes.embargoUntil) ?? null }
        : {}),
      ...(options.corrections ? { corrections: options.corrections } : {}),
      ...(changes.cover !== undefined ? { cover: changes.cover } : {}),
      ...(changes.related !== undefined ? { related: changes.related } : {}),
    },
  });
}
