// analyzeQuery: a parsed query with the stems of each term and phrase, ready for the index.

import { analyze } from '../analysis/analyze.js';
import type { AnalysisLanguage } from '../analysis/language.js';
import { QuerySyntaxError, type QueryNode } from './parse-query.js';

/**
 * The query tree with the index stems of every term and phrase (see analyze). A term has more
 * than one stem when the word splits ("COVID-19", "Azərbaycan-Rusiya"): match those as a phrase.
 * The shapes of QueryNode hold, except that dropping a stopword can leave an `and` or `or` with
 * one node, which is then replaced by that node.
 */
export type AnalyzedQuery =
  | { kind: 'term'; text: string; stems: string[] }
  | { kind: 'phrase'; words: string[]; stems: string[] }
  | { kind: 'not'; node: AnalyzedQuery }
  | { kind: 'and'; nodes: AnalyzedQuery[] }
  | { kind: 'or'; nodes: AnalyzedQuery[] };

function analyzeNode(node: QueryNode, lang: AnalysisLanguage): AnalyzedQuery | undefined {
  switch (node.kind) {
    case 'term': {
      const stems = analyze(node.text, lang);
      return stems.length === 0 ? undefined : { kind: 'term', text: node.text, stems };
    }
    case 'phrase': {
      const stems = analyze(node.words.join(' '), lang);
      return stems.length === 0 ? undefined : { kind: 'phrase', words: node.words, stems };
    }
    case 'not': {
      const inner = analyzeNode(node.node, lang);
      return inner === undefined ? undefined : { kind: 'not', node: inner };
    }
    case 'and':
    case 'or': {
      const nodes = node.nodes
        .map((child) => analyzeNode(child, lang))
        .filter((child): child is AnalyzedQuery => child !== undefined);
      if (nodes.length <= 1) return nodes[0];
      return { kind: node.kind, nodes };
    }
  }
}

/**
 * Analyses every term and phrase of a parsed query in the language of the edition searched (or
 * `detectLanguage(input)` when there is none). Terms that analyse to nothing (stopwords such as
 * "the", "и", "və") are dropped. Throws QuerySyntaxError `empty` when nothing is left and
 * `only_negative` when only excluded words are left ("the -war").
 */
export function analyzeQuery(node: QueryNode, lang: AnalysisLanguage): AnalyzedQuery {
  const analyzed = analyzeNode(node, lang);
  if (analyzed === undefined) throw new QuerySyntaxError('empty');
  const positive =
    analyzed.kind === 'and'
      ? analyzed.nodes.some((child) => child.kind !== 'not')
      : analyzed.kind !== 'not';
  if (!positive) throw new QuerySyntaxError('only_negative');
  return analyzed;
}
