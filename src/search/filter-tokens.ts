// Filter tokens: a story's rubric, type, author, tags and dates as words of the index, so that the index itself narrows a filtered search.

import type { SearchDoc, SearchFilters } from './port.js';

/**
 * One token per fact. "_" never occurs in a stem, so a token never meets a word of a text. Dates
 * are cut in UTC years and months of sortSec: a range is answered in the index by the years it
 * covers whole and the months of the years it covers in part, and exactly by the dates themselves.
 */
export const filterToken = {
  rubric: (id: number) => `_r${id}`,
  tag: (id: number) => `_g${id}`,
  type: (type: string) => `_t${type}`,
  author: (id: number) => `_a${id}`,
  year: (year: number) => `_y${year}`,
  month: (year: number, month: number) => `_m${year}-${String(month).padStart(2, '0')}`,
};

/** Whether dates are among the tokens: SQLite keeps a story's date in its row key instead (doc-key.ts). */
export interface TokenOptions {
  dates: boolean;
}

/** The tokens of a story. */
export function storyFilterTokens(doc: SearchDoc, { dates }: TokenOptions): string[] {
  const tokens = [filterToken.rubric(doc.rubricId), filterToken.type(doc.type)];
  if (doc.authorId !== null) tokens.push(filterToken.author(doc.authorId));
  tokens.push(...doc.tagIds.map(filterToken.tag));
  if (dates) {
    const day = new Date(doc.sortSec * 1000);
    const year = day.getUTCFullYear();
    tokens.push(filterToken.year(year), filterToken.month(year, day.getUTCMonth() + 1));
  }
  return tokens;
}

/**
 * A range longer than this many years is not asked of the index: the tokens would outnumber what
 * they save, and the dates narrow little.
 */
const MAX_RANGE_YEARS = 30;

const utc = (year: number, month = 1) => Date.UTC(year, month - 1, 1) / 1000;

/**
 * The date tokens of which a story in [fromSec, toSec) holds one: every year the range covers
 * whole, and the months it touches of the others. Undefined when a bound is missing, the range
 * is empty (no story passes the dates themselves) or too long: the dates are then tested on the
 * entries alone.
 */
export function dateTokens(fromSec?: number, toSec?: number): string[] | undefined {
  if (fromSec === undefined || toSec === undefined) return undefined;
  if (toSec <= fromSec) return undefined;
  const first = new Date(fromSec * 1000).getUTCFullYear();
  const last = new Date((toSec - 1) * 1000).getUTCFullYear();
  if (last - first >= MAX_RANGE_YEARS) return undefined;
  const tokens: string[] = [];
  for (let year = first; year <= last; year++) {
    if (fromSec <= utc(year) && utc(year + 1) <= toSec) {
      tokens.push(filterToken.year(year));
      continue;
    }
    for (let month = 1; month <= 12; month++)
      if (utc(year, month) < toSec && fromSec < utc(year, month + 1))
        tokens.push(filterToken.month(year, month));
  }
  return tokens;
}

/** The filters as groups of tokens: a story passes when it holds a token of each group. */
export function filterTokenGroups(filters: SearchFilters, { dates }: TokenOptions): string[][] {
  const groups: string[][] = [];
  if (filters.rubricIds?.length) groups.push(filters.rubricIds.map(filterToken.rubric));
  if (filters.tagIds?.length) groups.push(filters.tagIds.map(filterToken.tag));
  if (filters.types?.length) groups.push(filters.types.map(filterToken.type));
  if (filters.authorIds?.length) groups.push(filters.authorIds.map(filterToken.author));
  if (dates) {
    const range = dateTokens(filters.fromSec, filters.toSec);
    if (range) groups.push(range);
  }
  return groups;
}
