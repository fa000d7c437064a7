// The rowid of a story in the FTS5 table: visibility, edition and time in its bits, so scope and dates are rowid ranges.

import { EDITION_CODES, type EditionCode } from '../../domain/editions.js';
import type { SearchDoc, SearchFilters, SearchScope } from '../port.js';

/**
 * key = ((block * 2^32) + seconds) * 2^18 + (story id mod 2^18), where block = public * 4 + edition:
 * below 2^53, so JavaScript numbers hold it exactly. Within a block rowid order is time order, so
 * FTS5 walks "newest first" without sorting, and an edition's public stories up to now are one
 * rowid range. Public (block 4..6) means published; its seconds are publicSec (after any embargo).
 */
const SEC_SPAN = 2 ** 32;
const LOW_SPAN = 2 ** 18;
export const MAX_SEC = SEC_SPAN - 1;
export const SEC_SHIFT = 18;
export const BLOCK_SHIFT = 50;
export const SEC_MASK = SEC_SPAN - 1;

export interface KeyRange {
  block: number;
  loSec: number;
  hiSec: number;
  lo: number;
  hi: number;
}

function editionIndex(edition: EditionCode): number {
  return EDITION_CODES.indexOf(edition);
}

function clampSec(sec: number): number {
  return Math.min(MAX_SEC, Math.max(0, Math.floor(sec)));
}

export function keyOf(block: number, sec: number, low: number): number {
  return (block * SEC_SPAN + clampSec(sec)) * LOW_SPAN + low;
}

export function secOfKey(key: number): number {
  return Math.floor(key / LOW_SPAN) % SEC_SPAN;
}

/** The preferred key of a story; a taken key is followed by the next free one. */
export function docKey(doc: Pick<SearchDoc, 'id' | 'edition' | 'publicSec' | 'sortSec'>): number {
  const block = (doc.publicSec === null ? 0 : 4) + editionIndex(doc.edition);
  return keyOf(block, doc.sortSec, doc.id % LOW_SPAN);
}

function range(block: number, loSec: number, hiSec: number): KeyRange {
  return { block, loSec, hiSec, lo: keyOf(block, loSec, 0), hi: keyOf(block, hiSec, LOW_SPAN - 1) };
}

/**
 * The rowid ranges a search may see: per edition, its public stories up to now (with any dates
 * asked for), and for editions searched with unpublished stories every story, public or not.
 */
export function scopeRanges(scope: SearchScope, filters: SearchFilters): KeyRange[] {
  const from = clampSec(filters.fromSec ?? 0);
  const to = filters.toSec === undefined ? MAX_SEC : clampSec(filters.toSec - 1);
  const ranges: KeyRange[] = [];
  for (const edition of scope.editions) {
    const index = editionIndex(edition);
    const unpublished = scope.unpublishedEditions.includes(edition);
    if (unpublished && from <= to) ranges.push(range(index, from, to));
    const publicTo = unpublished ? to : Math.min(to, clampSec(scope.nowSec));
    if (from <= publicTo) ranges.push(range(4 + index, from, publicTo));
  }
  return ranges.sort((a, b) => a.lo - b.lo);
}
