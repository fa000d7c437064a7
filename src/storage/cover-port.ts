// The covers port: each story's cover image (a media-library item, the story's texts, a focal point).

import type { StoryCover } from '../domain/cover.js';
import type { MediaRecord } from './media-port.js';

/** A story's cover with the media item it shows. */
export interface StoredCover {
  storyId: number;
  cover: StoryCover;
  media: MediaRecord;
}

export interface CoverRepo {
  /** Sets or (with null) removes a story's cover; joins the surrounding transaction. */
  set(storyId: number, cover: StoryCover | null): Promise<void>;
  /** The covers of these stories, by story id: one query whatever the number of stories. */
  ofStories(storyIds: readonly number[]): Promise<Map<number, StoredCover>>;
  /** The media item whose files are under this key. */
  mediaByKey(key: string): Promise<MediaRecord | null>;
  /** The focal points, in whole percent, that covers of this item use. */
  focusesOf(mediaId: number): Promise<{ x: number; y: number }[]>;
}
