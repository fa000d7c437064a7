// Desk lists of the newsroom: stories by status, edition, rubric, author, "mine", headline words, scheduled next.

import { z } from 'zod';
import type { Actor } from '../domain/actor.js';
import { EDITION_CODES } from '../domain/editions.js';
import { STORY_STATUSES } from '../domain/story.js';
import type { StoryQuery } from '../storage/stories-port.js';
import type { Deps } from './deps.js';
import { parseFields } from './story-fields.js';
import { ViewContext, type StorySummary } from './story-view.js';

const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const deskQuerySchema = z
  .object({
    /** One status or several, comma-separated ("review,approved"). */
    status: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(z.enum(STORY_STATUSES)).min(1).max(STORY_STATUSES.length))
      .optional(),
    edition: z.enum(EDITION_CODES).optional(),
    /** A rubric id; its sub-rubrics are included. */
    rubric: z.coerce.number().int().positive().optional(),
    /** An author id (the byline). */
    author: z.coerce.number().int().positive().optional(),
    /** Only stories the asking user created. */
    mine: flag.optional(),
    /** Words of the headline, whatever their case. */
    q: z.string().trim().max(200).optional(),
    /** "scheduled": scheduled stories, the next to go out first. Otherwise last updated first. */
    view: z.enum(['latest', 'scheduled']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();
export type DeskQuery = z.input<typeof deskQuerySchema>;

/** A desk row: the story, and who has it open in the editor now (the asking user left out). */
export type DeskItem = StorySummary & {
  /** The rubric's id, so the newsroom can name it in the interface language (rubric links). */
  rubricId: number;
  presence: { userId: number; name: string }[];
};

export interface DeskPage {
  items: DeskItem[];
  total: number;
  limit: number;
  offset: number;
}

export async function listDesk(deps: Deps, actor: Actor, raw: unknown): Promise<DeskPage> {
  const input = parseFields(deskQuerySchema, raw ?? {});
  const query: StoryQuery = {
    limit: input.limit,
    offset: input.offset,
    order: 'updated',
    ...(input.edition ? { edition: input.edition } : {}),
    ...(input.status ? { statuses: input.status } : {}),
    ...(input.author ? { authorId: input.author } : {}),
    ...(input.q ? { titleContains: input.q } : {}),
  };
  if (input.mine) query.createdBy = actor.kind === 'user' ? actor.id : -1;
  if (input.view === 'scheduled') {
    query.statuses = ['scheduled'];
    query.order = 'scheduled';
  }
  if (input.rubric !== undefined) {
    const rubric = await deps.store.taxonomy.findRubricById(input.rubric);
    // Across editions a rubric stands for the ones linked to it (the same key) in every edition.
    const linked =
      rubric?.key && !input.edition
        ? (
            await Promise.all(deps.editions.map((e) => deps.store.taxonomy.listRubrics(e.code)))
          ).flatMap((list) => {
            const same = list.filter((r) => r.key === rubric.key);
            return [...same, ...list.filter((c) => same.some((r) => c.parentId === r.id))];
          })
        : [];
    const children = rubric
      ? (await deps.store.taxonomy.listRubrics(rubric.edition)).filter(
          (r) => r.parentId === rubric.id,
        )
      : [];
    query.rubricIds = [
      ...new Set([input.rubric, ...children.map((r) => r.id), ...linked.map((r) => r.id)]),
    ];
  }
  const page = await deps.store.stories.list(query);
  const context = new ViewContext(deps, deps.store);
  const items: DeskItem[] = [];
  const me = actor.kind === 'user' ? actor.id : null;
  for (const story of page.items) {
    const open = await deps.presence.list(story.id);
    items.push({
      ...(await context.summary(story, actor)),
      rubricId: story.rubricId,
      presence: open
        .filter((p) => p.userId !== me)
        .map((p) => ({ userId: p.userId, name: p.name })),
    });
  }
  return { items, total: page.total, limit: input.limit, offset: input.offset };
}
