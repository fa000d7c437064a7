// The taxonomy port: rubrics, tags, the hot-tags strip and authors, with their newsroom settings.

import type { EditionCode } from '../domain/editions.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';

export interface HotTag extends Tag {
  position: number;
  pinned: boolean;
  expiresAt: string | null;
}

export interface TaxonomyRepo {
  findRubric(edition: EditionCode, name: string, parentId: number | null): Promise<Rubric | null>;
  findRubricBySlug(edition: EditionCode, slug: string): Promise<Rubric | null>;
  findRubricById(id: number): Promise<Rubric | null>;
  createRubric(rubric: Omit<Rubric, 'id'>): Promise<Rubric>;
  listRubrics(edition: EditionCode): Promise<Rubric[]>;
  /** Renames or moves a rubric within its level; its slug (and so its URLs) stays. */
  updateRubric(id: number, patch: { name?: string; position?: number }): Promise<Rubric | null>;

  findTag(edition: EditionCode, name: string): Promise<Tag | null>;
  /** The tags of these names that the edition has (names compared as findTag does), in one query. */
  findTags(edition: EditionCode, names: readonly string[]): Promise<Tag[]>;
  findTagBySlug(edition: EditionCode, slug: string): Promise<Tag | null>;
  findTagById(id: number): Promise<Tag | null>;
  /** Makes the tag; one of the same name made meanwhile (another save's) is returned instead. */
  createTag(tag: Omit<Tag, 'id'>): Promise<Tag>;
  listTags(edition: EditionCode): Promise<Tag[]>;
  /** Renames a tag; its slug (and so its page) stays. */
  renameTag(id: number, name: string): Promise<Tag | null>;
  /** Moves every story and hot-tag place of `fromId` to `intoId`, then removes `fromId`, in one transaction. */
  mergeTags(fromId: number, intoId: number): Promise<void>;
  /** The tags of each of these stories, in the story's order (one query for a page of stories). */
  tagsOfStories(storyIds: number[]): Promise<Map<number, Tag[]>>;

  /** Replaces the hot-tags strip of an edition, in order, in one transaction. */
  setHotTags(
    edition: EditionCode,
    entries: { tagId: number; pinned: boolean; expiresAt: string | null }[],
  ): Promise<void>;
  listHotTags(edition: EditionCode): Promise<HotTag[]>;

  /** Links a rubric to its counterparts in other editions under one key (null unlinks it). */
  setRubricKey(id: number, key: string | null): Promise<void>;
  /** Links a tag to its counterparts in other editions under one key (null unlinks it). */
  setTagKey(id: number, key: string | null): Promise<void>;
  /** The rubrics linked under a key, in every edition, by edition. */
  rubricsWithKey(key: string): Promise<Rubric[]>;
  /** The tags linked under a key, in every edition, by edition. */
  tagsWithKey(key: string): Promise<Tag[]>;
  /** The tags of an edition linked to others (a key), by name. */
  linkedTags(edition: EditionCode): Promise<Tag[]>;

  findAuthor(name: string): Promise<Author | null>;
  findAuthorById(id: number): Promise<Author | null>;
  createAuthor(author: Omit<Author, 'id'>): Promise<Author>;
  /** The authors of these ids that exist (one query for a page of stories). */
  findAuthorsByIds(ids: number[]): Promise<Author[]>;
}
