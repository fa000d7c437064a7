// The tsvector and tsquery texts of PostgreSQL, built from the app's stems (weights A/B/C, phrases with <->).

import { pairsOf } from '../pairs.js';
import { filterTokenGroups, storyFilterTokens } from '../filter-tokens.js';
import type { SearchDoc, SearchFilters } from '../port.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';

/** PostgreSQL keeps positions up to 16383 and at most 256 of them per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS = 256;

/** A lexeme in single quotes, with quotes and backslashes escaped. */
export function lexeme(stem: string): string {
  return `'${stem.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * The tsvector literal of a document: title stems weighted A, lead B, body C, with a gap of one
 * position between the fields so that a phrase never runs from one field into the next (as in
 * the FTS5 columns of SQLite).
 */
export function tsvectorText(
  doc: Pick<SearchDoc, 'titleStems' | 'leadStems' | 'bodyStems'>,
): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const fields: [string[], string][] = [
    [doc.titleStems, 'A'],
    [doc.leadStems, 'B'],
    [doc.bodyStems, 'C'],
  ];
  for (const [stems, weight] of fields) {
    for (const stem of stems) {
      position++;
      const list = positions.get(stem) ?? [];
      if (list.length < MAX_POSITIONS) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
      positions.set(stem, list);
    }
    position++;
  }
  return [...positions].map(([stem, list]) => `${lexeme(stem)}:${list.join(',')}`).join(' ');
}

function phrase(stems: readonly string[]): string {
  const text = stems.map(lexeme).join(' <-> ');
  return stems.length > 1 ? `(${text})` : text;
}

/** The to_tsquery('simple', …) text of an analysed query: & for and, | for or, ! for not, <-> in phrases. */
export function tsqueryText(node: AnalyzedQuery): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return phrase(node.stems);
    case 'or':
      return `(${node.nodes.map(tsqueryText).join(' | ')})`;
    case 'not':
      return `!${tsqueryText(node.node)}`;
    case 'and':
      return `(${node.nodes.map(tsqueryText).join(' & ')})`;
  }
}

/**
 * The tsvector literal of a document's word pairs (pairs.ts): each distinct pair of neighbouring
 * stems in any field, without positions. It is kept apart from the text's tsvector, so ranking
 * reads only the text's, a third the size.
 */
export function pairsVectorText(
  doc: Pick<SearchDoc, 'titleStems' | 'leadStems' | 'bodyStems'>,
): string {
  const pairs = new Set([
    ...pairsOf(doc.titleStems),
    ...pairsOf(doc.leadStems),
    ...pairsOf(doc.bodyStems),
  ]);
  return [...pairs].map(lexeme).join(' ');
}

/** The tsvector literal of a story's filter tokens (filter-tokens.ts), dates included, without positions. */
export function facetsVectorText(doc: SearchDoc): string {
  return storyFilterTokens(doc, { dates: true }).map(lexeme).join(' ');
}

/** The tsquery text of filters: a token of each group; undefined when no filter has tokens. */
export function facetsQueryText(filters: SearchFilters): string | undefined {
  const groups = filterTokenGroups(filters, { dates: true });
  if (groups.length === 0) return undefined;
  return groups.map((group) => `(${group.map(lexeme).join(' | ')})`).join(' & ');
}
