// Shapes the newsroom API answers with, as the client reads them (type-only imports from the server's layers).

import type { Role } from '../../../domain/actor.js';
import type { EditionCode } from '../../../domain/editions.js';
import type { StoryStatus, StoryType } from '../../../domain/story.js';
import type { Rubric, Tag } from '../../../domain/taxonomy.js';
import type { User } from '../../../domain/user.js';
import type { StoryView, StorySummary } from '../../../operations/story-view.js';

export type {
  EditionCode,
  Role,
  Rubric,
  StorySummary,
  StoryStatus,
  StoryType,
  StoryView,
  Tag,
  User,
};

export interface Session {
  user: User;
  csrfToken: string | null;
}

export interface StoryFilters {
  status?: StoryStatus | '';
  edition?: EditionCode | '';
  rubric?: string;
  author?: string;
  mine?: boolean;
  q?: string;
  /** "scheduled": scheduled stories, the next to go out first. */
  view?: 'latest' | 'scheduled';
  limit?: number;
  offset?: number;
}

export interface StoryList {
  stories: StorySummary[];
  total: number | null;
}

export interface RevisionSummary {
  storyId: number;
  version: number;
  savedAt: string;
  savedBy: number | null;
  savedByName: string;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RevisionComparison {
  from: number;
  to: number;
  fields: FieldChange[];
  blocks: (
    | { kind: 'added'; to: number; block: unknown }
    | { kind: 'removed'; from: number; block: unknown }
    | { kind: 'changed'; from: number; to: number; before: unknown; after: unknown }
  )[];
  unchanged: number;
}

export interface PresenceUser {
  id: number;
  name: string;
}

export interface TranslationStatusRow {
  source: StorySummary;
  missing: EditionCode[];
  stale: StorySummary[];
  translations: StorySummary[];
}

export interface HotTagEntry {
  name: string;
  pinned: boolean;
  position?: number;
  expiresAt?: string | null;
}

export type TagWithCount = Tag & { stories?: number };
export type RubricNode = Rubric & { stories?: number };
