// Table types of story covers: one row per story that has a cover image.

export interface StoryCoverTable {
  story_id: number;
  media_id: number;
  /** The story's own texts; null means the media item's. */
  alt: string | null;
  caption: string | null;
  credit: string | null;
  /** Focal point, fractions of the width and height (0..1). */
  focus_x: number;
  focus_y: number;
}
