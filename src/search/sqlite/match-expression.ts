// The FTS5 MATCH expression of an analysed query: stems as quoted strings, phrases as their word pairs, NOT, OR and filter tokens.

import { filterTokenGroups } from '../filter-tokens.js';
import type { SearchFilters } from '../port.js';
import { pairsOf } from '../pairs.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';

/** One FTS5 string: tokens inside double quotes (a quote inside is doubled); several make a phrase. */
function quoted(stems: readonly string[]): string {
  return `"${stems.map((s) => s.replaceAll('"', '""')).join(' ')}"`;
}

function expression(node: AnalyzedQuery): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      // Several stems: the phrase of their pairs, found in the pair columns (see pairs.ts).
      return quoted(node.stems.length > 1 ? pairsOf(node.stems) : node.stems);
    case 'or':
      return `(${node.nodes.map(expression).join(' OR ')})`;
    case 'not':
      return expression(node.node);
    case 'and': {
      const positive = node.nodes.filter((n) => n.kind !== 'not').map(expression);
      const negative = node.nodes.filter((n) => n.kind === 'not').map(expression);
      return `(${positive.join(' AND ')})${negative.map((n) => ` NOT ${n}`).join('')}`;
    }
  }
}

function anyOf(tokens: string[]): string {
  return `(${tokens.map((t) => quoted([t])).join(' OR ')})`;
}

/**
 * The whole MATCH: the query, AND each filter. Stems never hold "_", so the query matches text
 * columns only and the filter tokens the meta column only, without column filters.
 */
export function matchExpression(query: AnalyzedQuery, filters: SearchFilters): string {
  // Dates are not among SQLite's tokens: they are ranges of rowids (doc-key.ts).
  const groups = filterTokenGroups(filters, { dates: false });
  return [expression(query), ...groups.map(anyOf)].join(' AND ');
}
