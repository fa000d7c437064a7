// The media port: rows of the media library (the files themselves are in media storage).

import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus } from '../domain/story.js';

export interface MediaVariantRecord {
  width: number;
  height: number;
  bytes: number;
}

export interface MediaRecord {
  id: number;
  /** Folder of the files in media storage. */
  key: string;
  /** sha256 (hex) of the uploaded bytes. */
  hash: string;
  originalName: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  uploadedBy: number | null;
  /** The uploader's name, while the account exists. */
  uploadedByName: string | null;
  /** UTC ISO times. */
  createdAt: string;
  updatedAt: string;
  variants: MediaVariantRecord[];
}

export type NewMedia = Omit<MediaRecord, 'id' | 'uploadedByName' | 'updatedAt'>;

export interface MediaPatch {
  alt?: string;
  caption?: string | null;
  credit?: string | null;
  updatedAt: string;
}

export interface MediaQuery {
  /** Words of the name, alt text, caption or credit, any case. */
  text?: string;
  limit: number;
  offset?: number;
}

export interface MediaPage {
  items: MediaRecord[];
  total: number;
}

/** A story whose body shows an image of the library. */
export interface MediaUse {
  storyId: number;
  edition: EditionCode;
  title: string;
  status: StoryStatus;
}

export interface MediaRepo {
  insert(media: NewMedia): Promise<MediaRecord>;
  findById(id: number): Promise<MediaRecord | null>;
  /** Newest first. */
  list(query: MediaQuery): Promise<MediaPage>;
  update(id: number, patch: MediaPatch): Promise<MediaRecord | null>;
  /** Returns whether a row was deleted. */
  delete(id: number): Promise<boolean>;
  /** The stories whose body refers to files of this key, by id. */
  storiesUsing(key: string): Promise<MediaUse[]>;
}
