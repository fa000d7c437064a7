// A story row read into a Story, and a StoryWrite into the story table's columns, for the store.

import type { Selectable } from 'kysely';
import type { Block } from '../domain/blocks.js';
import type { EditionCode } from '../domain/editions.js';
import type { Correction, Story, StoryStatus, StoryType } from '../domain/story.js';
import { nameKey } from '../domain/taxonomy.js';
import type { StoryWrite } from './stories-port.js';
import type { StoryTable } from './schema.js';

export function toStory(s: Selectable<StoryTable>, tags: string[]): Story {
  return {
    id: Number(s.id),
    edition: s.edition as EditionCode,
    type: s.type as StoryType,
    status: s.status as StoryStatus,
    title: s.title,
    slug: s.slug,
    lead: s.lead,
    blocks: JSON.parse(s.body) as Block[],
    rubricId: Number(s.rubric_id),
    authorId: s.author_id === null ? null : Number(s.author_id),
    tags,
    publishedAt: s.published_at,
    publishedDateOnly: Number(s.published_date_only) === 1,
    updatedAt: s.updated_at,
    createdAt: s.created_at,
    translationGroup: s.translation_group,
    translatedFromVersion: s.translated_from_version,
    sourceKey: s.source_key,
    version: s.version,
    ...(s.change_seq !== null ? { changeSeq: Number(s.change_seq) } : {}),
    translatedFromId: s.translated_from_id === null ? null : Number(s.translated_from_id),
    embargoUntil: s.embargo_until,
    scheduledAt: s.scheduled_at,
    unpublishedReason: s.unpublished_reason,
    corrections: s.corrections ? (JSON.parse(s.corrections) as Correction[]) : [],
    createdBy: s.created_by === null ? null : Number(s.created_by),
  };
}

export function storyColumns(w: StoryWrite) {
  return {
    edition: w.edition,
    type: w.type,
    status: w.status,
    title: w.title,
    slug: w.slug,
    lead: w.lead,
    body: JSON.stringify(w.blocks),
    rubric_id: w.rubricId,
    author_id: w.authorId,
    published_at: w.publishedAt,
    updated_at: w.updatedAt,
    translation_group: w.translationGroup,
    translated_from_version: w.translatedFromVersion,
    source_key: w.sourceKey,
    title_key: nameKey(w.title),
    // Workflow fields left out of a write keep what the story has.
    ...(w.translatedFromId !== undefined ? { translated_from_id: w.translatedFromId } : {}),
    ...(w.embargoUntil !== undefined ? { embargo_until: w.embargoUntil } : {}),
    ...(w.scheduledAt !== undefined ? { scheduled_at: w.scheduledAt } : {}),
    ...(w.unpublishedReason !== undefined ? { unpublished_reason: w.unpublishedReason } : {}),
    ...(w.corrections !== undefined ? { corrections: JSON.stringify(w.corrections) } : {}),
    ...(w.createdBy !== undefined ? { created_by: w.createdBy } : {}),
    ...(w.publishedDateOnly !== undefined
      ? { published_date_only: w.publishedDateOnly ? 1 : 0 }
      : {}),
  };
}
