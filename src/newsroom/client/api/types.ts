// Shapes the newsroom API answers with: type-only imports of the server's own definitions, so a server change breaks the client build.
// Only domain types and operations' result types are named here (never storage or platform); the imports vanish from the bundle.

import type { Role } from '../../../domain/actor.js';
import type { EditionCode } from '../../../domain/editions.js';
import type { FieldChange } from '../../../domain/revision-diff.js';
import type { StoryStatus, StoryType } from '../../../domain/story.js';
import type { Rubric, Tag } from '../../../domain/taxonomy.js';
import type { User } from '../../../domain/user.js';
import type { RevisionComparison } from '../../../operations/compare-revisions.js';
import type { listEditionHotTags } from '../../../operations/hot-tag-settings.js';
import type { HotTagEntry } from '../../../operations/hot-tags.js';
import type { DeskPage } from '../../../operations/list-desk.js';
import type { listRevisions } from '../../../operations/list-revisions.js';
import type { RubricTreeNode } from '../../../operations/rubric-settings.js';
import type { PresenceAnswer } from '../../../operations/story-presence.js';
import type { StorySummary, StoryView } from '../../../operations/story-view.js';

export type {
  DeskPage,
  EditionCode,
  FieldChange,
  HotTagEntry,
  RevisionComparison,
  Role,
  Rubric,
  RubricTreeNode,
  StorySummary,
  StoryStatus,
  StoryType,
  StoryView,
  Tag,
  User,
};

/** The signed-in user and the token to send with every change. */
export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  mustEnrol: boolean;
  recoveryCodesLeft: number;
}

export interface Session {
  user: User;
  csrfToken: string | null;
  /** Two-step sign-in of the user (from /api/auth/me). */
  twoFactor?: TwoFactorStatus;
}

/** The desk's filters as the screen keeps them ('' for "all"), before they become the query. */
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

/** One saved version of a story in its history: who saved it and when. */
export type RevisionSummary = Awaited<ReturnType<typeof listRevisions>>[number];

/** Someone else who has the story open. */
export type PresenceUser = PresenceAnswer['others'][number];

/** One tag of an edition's hot-tags strip, as the server lists it (with its place). */
export type HotTag = Awaited<ReturnType<typeof listEditionHotTags>>[number];

/** A rubric of the flattened tree (the children come after their parent). */
export type RubricNode = Rubric;
