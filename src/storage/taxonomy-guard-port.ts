// The taxonomy guard port: hiding rubrics and tags, merging rubrics, deleting empty ones, and the
// redirects merged slugs leave. Small on purpose: each method is one statement or two.

import type { EditionCode } from '../domain/editions.js';

export type TaxonomyKind = 'rubric' | 'tag';

export interface TaxonomyGuardRepo {
  setHidden(kind: TaxonomyKind, id: number, hidden: boolean): Promise<void>;
  /** Stories of any status filed in the rubric, or carrying the tag. */
  countStories(kind: TaxonomyKind, id: number): Promise<number>;
  /** Removes a rubric, or a tag with its hot-tag places; the caller checks it is empty. */
  remove(kind: TaxonomyKind, id: number): Promise<void>;
  /**
   * The old slug of a merged rubric or tag now leads to `intoId`, and so does every slug that
   * led to `fromId` (a merge of a merge leads to the last one).
   */
  addRedirect(
    kind: TaxonomyKind,
    edition: EditionCode,
    slug: string,
    fromId: number,
    intoId: number,
  ): Promise<void>;
  /** The id an old slug leads to, or null. */
  findRedirect(kind: TaxonomyKind, edition: EditionCode, slug: string): Promise<number | null>;
}
