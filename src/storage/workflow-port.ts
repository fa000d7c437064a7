// The workflow port: story state changes without a new version, revisions, the schedule.

import type { StoryStatus } from '../domain/story.js';

/** Workflow fields a transition changes; the story's content and version stay as they are. */
export interface StoryStatePatch {
  status?: StoryStatus;
  publishedAt?: string | null;
  scheduledAt?: string | null;
  unpublishedReason?: string | null;
  translationGroup?: string | null;
  /** Files the story under another rubric (a rubric merge); its content and version stay. */
  rubricId?: number;
  updatedAt: string;
}

export interface RevisionSummary {
  storyId: number;
  version: number;
  /** UTC ISO time. */
  savedAt: string;
  savedBy: number | null;
  savedByName: string;
}

export interface RevisionRecord extends RevisionSummary {
  /** The whole story as the newsroom API showed it once saved. */
  snapshot: unknown;
}

export interface WorkflowRepo {
  /**
   * Changes workflow fields. With `expectStatus` the change is a claim: it happens only while
   * the story is still in that status, so of two processes racing for it exactly one wins.
   * Returns whether the story changed. Called by the story write only (writeStoryState).
   */
  setStoryState(id: number, patch: StoryStatePatch, expectStatus?: StoryStatus): Promise<boolean>;
  /**
   * The story's version, its row locked until the surrounding transaction ends
   * (PostgreSQL `FOR NO KEY UPDATE`; SQLite writers are serialised); null when there is no such story.
   */
  lockStory(id: number): Promise<number | null>;
  /** Scheduled stories due at `now` (UTC ISO), the longest waiting first. */
  dueStories(now: string, limit: number): Promise<{ id: number; scheduledAt: string }[]>;
  /** Published stories whose embargo has lifted at `now` but is still recorded. */
  dueEmbargoes(now: string, limit: number): Promise<{ id: number; embargoUntil: string }[]>;
  /** Clears a lifted embargo; a claim like setStoryState's, so one process announces it. */
  liftEmbargo(id: number, now: string): Promise<boolean>;
  /** The earliest time a scheduled story or an embargo lift is due, or null when none is. */
  nextDueAt(): Promise<string | null>;

  insertRevision(revision: RevisionRecord): Promise<void>;
  /** Many revisions at once (a bulk write of new stories). */
  insertRevisions(revisions: RevisionRecord[]): Promise<void>;
  /** Revisions of a story, newest first, without their snapshots. */
  listRevisions(storyId: number): Promise<RevisionSummary[]>;
  findRevision(storyId: number, version: number): Promise<RevisionRecord | null>;
}
