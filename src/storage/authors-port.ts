// The authors port: profiles with a name and bio per edition, a story's authors in order.

import type { AuthorProfile } from '../domain/authors.js';
import type { EditionCode } from '../domain/editions.js';

export interface AuthorInput {
  /** The main name (the one shown where an edition has none of its own). */
  name: string;
  slug: string;
  names: Partial<Record<EditionCode, string>>;
  bios: Partial<Record<EditionCode, string>>;
  photoId: number | null;
  userId: number | null;
}

export interface AuthorRepo {
  /** Profiles of these ids that exist, in no particular order. */
  profiles(ids: number[]): Promise<AuthorProfile[]>;
  findBySlug(slug: string): Promise<AuthorProfile | null>;
  /** The author of a name as any edition writes it (or the main name), case-insensitive. */
  findByName(name: string): Promise<AuthorProfile | null>;
  findByUser(userId: number): Promise<AuthorProfile | null>;
  /** Profiles whose name in any edition contains the words, by main name; all when q is empty. */
  search(q: string, limit: number): Promise<AuthorProfile[]>;
  slugTaken(slug: string, exceptId?: number): Promise<boolean>;
  create(author: AuthorInput): Promise<AuthorProfile>;
  /** Replaces a profile's fields; null when there is no such author. */
  update(id: number, author: AuthorInput): Promise<AuthorProfile | null>;
  /** Adds an edition's spelling of an author's name when that edition has none yet. */
  addName(id: number, edition: EditionCode, name: string): Promise<void>;

  /**
   * Sets a story's authors in byline order. Called by the one story write only
   * (operations/write-story.ts and write-stories.ts).
   */
  setStoryAuthors(storyId: number, authorIds: number[]): Promise<void>;
  /** The authors of many new stories at once (the bulk write). */
  setStoriesAuthors(entries: [storyId: number, authorIds: number[]][]): Promise<void>;
  /** The authors of each of these stories, in byline order, names and bios with them (one query). */
  authorsOfStories(storyIds: number[]): Promise<Map<number, AuthorProfile[]>>;
  /** The author ids of each of these stories, in byline order (one query). */
  authorIdsOfStories(storyIds: number[]): Promise<Map<number, number[]>>;
}
