// The related-stories port: the stories an editor picks as related to a story, and the stories that share its tags.

import type { EditionCode } from '../domain/editions.js';

/** A public story of the edition that shares a tag with the story asked about. */
export interface TagNeighbour {
  storyId: number;
  tagId: number;
  /** How many public stories of the edition (the story asked about left out) have this tag. */
  tagStories: number;
}

export interface TagNeighbourQuery {
  storyId: number;
  edition: EditionCode;
  /** UTC ISO "now": published by then, out of embargo by then. */
  visibleAt: string;
  /** Per tag, the newest this many stories. */
  perTag: number;
}

/** A pick as the newsroom shows it. */
export interface ShownPick {
  id: number;
  edition: EditionCode;
  title: string;
}

export interface RelatedRepo {
  /** Sets a story's picks in order (none with []); joins the surrounding transaction (the story write only). */
  set(storyId: number, relatedIds: readonly number[]): Promise<void>;
  /** The picks of these stories in order, by story id: one query. */
  picksOf(storyIds: readonly number[]): Promise<Map<number, number[]>>;
  /** The picks of these stories in order with their edition and headline, by story id: one query. */
  shownPicksOf(storyIds: readonly number[]): Promise<Map<number, ShownPick[]>>;
  /**
   * A story's picks as read in an edition, in order: each pick of that edition, or else its
   * translation in that edition; a pick with neither is left out. One query.
   */
  picksIn(storyId: number, edition: EditionCode): Promise<number[]>;
  /** Public stories of the edition sharing a tag with the story, one row per shared tag. One query. */
  sharingTags(query: TagNeighbourQuery): Promise<TagNeighbour[]>;
}
