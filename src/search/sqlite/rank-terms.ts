// The words a relevance score is computed from on SQLite: the query without its broad words.

import type { AnalyzedQuery } from '../query/analyze-query.js';

/**
 * FTS5's bm25() weighs every word of the MATCH by reading the word's whole list of stories, which
 * for a word found in most stories ("Азербайджан" in an agency of Azerbaijan) costs more than the
 * rest of the search together, and tells little: such a word's weight is near nothing. So the
 * score is computed from the query without the words and phrases that `isBroad` says are broad,
 * as long as something is left; the stories ranked are still those that match the whole query.
 * Only the words of a top-level "and" are dropped (a query of one word keeps it). Returns the
 * query itself when nothing is dropped.
 */
export async function withoutBroadTerms(
  query: AnalyzedQuery,
  isBroad: (node: AnalyzedQuery) => Promise<boolean>,
): Promise<AnalyzedQuery> {
  if (query.kind !== 'and') return query;
  const kept: AnalyzedQuery[] = [];
  for (const node of query.nodes)
    if (
      node.kind === 'not' ||
      !(node.kind === 'term' || node.kind === 'phrase') ||
      !(await isBroad(node))
    )
      kept.push(node);
  if (kept.length === query.nodes.length || !kept.some((node) => node.kind !== 'not')) return query;
  return kept.length === 1 ? kept[0]! : { kind: 'and', nodes: kept };
}
