// The FTS5 MATCH expression of an analysed query: stems as quoted strings, phrases, NOT, OR and filter tokens.

import type { SearchFilters } from '../port.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';

/** Text columns searched by the query; `meta` holds the filter tokens. */
const TEXT_COLUMNS = '{title lead body}';

/** One FTS5 string: stems inside double quotes (a quote inside is doubled); several make a phrase. */
function quoted(stems: readonly string[]): string {
  return `"${stems.map((s) => s.replaceAll('"', '""')).join(' ')}"`;
}

function expression(node: AnalyzedQuery): string {
  switch (node.kind) {
    case 'term':
    case 'phrase':
      return quoted(node.stems);
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

/** The filter tokens written into the meta column of a story (see sqlite-search-index.ts). */
export const metaToken = {
  rubric: (id: number) => `r${id}`,
  tag: (id: number) => `g${id}`,
  type: (type: string) => `t${type}`,
  author: (id: number) => `a${id}`,
};

function anyOf(tokens: string[]): string {
  return `meta : (${tokens.map((t) => quoted([t])).join(' OR ')})`;
}

/** The whole MATCH: the query over the text columns, AND each filter over the meta column. */
export function matchExpression(query: AnalyzedQuery, filters: SearchFilters): string {
  const parts = [`${TEXT_COLUMNS} : (${expression(query)})`];
  if (filters.rubricIds?.length) parts.push(anyOf(filters.rubricIds.map(metaToken.rubric)));
  if (filters.tagIds?.length) parts.push(anyOf(filters.tagIds.map(metaToken.tag)));
  if (filters.types?.length) parts.push(anyOf(filters.types.map(metaToken.type)));
  if (filters.authorIds?.length) parts.push(anyOf(filters.authorIds.map(metaToken.author)));
  return parts.join(' AND ');
}
