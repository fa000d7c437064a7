// The reader's query language: words, "exact phrases", -exclusions and OR, parsed to a tree.

import {
  MAX_QUERY_LENGTH,
  MAX_QUERY_WORDS,
  QuerySyntaxError,
  querySyntaxMessage,
  type QuerySyntaxErrorCode,
} from './query-syntax-error.js';

export { QuerySyntaxError, querySyntaxMessage, MAX_QUERY_LENGTH, MAX_QUERY_WORDS };
export type { QuerySyntaxErrorCode };

/**
 * A parsed query. The parser keeps these shapes, which the index may rely on:
 * - `not` wraps a term or a phrase and only stands inside the top `and` (never alone, never in
 *   `or`); a query always has at least one node that is not `not`;
 * - `or` holds terms and phrases only, at least two;
 * - `and` holds at least two nodes and is only ever the root;
 * - a query of one part is that part itself (a term, phrase or or), without an `and` around it.
 */
export type QueryNode =
  | { kind: 'term'; text: string } // one word as typed ("Azərbaycan'la", "COVID-19")
  | { kind: 'phrase'; words: string[] } // "exact phrase": the words as typed, in order
  | { kind: 'not'; node: QueryNode } // -word or -"phrase": stories with it are left out
  | { kind: 'and'; nodes: QueryNode[] } // words side by side: all must match
  | { kind: 'or'; nodes: QueryNode[] }; // a OR b: either; binds tighter than and

type Atom = Extract<QueryNode, { kind: 'term' | 'phrase' }>;
type Lexeme = { kind: 'or' } | { kind: 'atom'; negated: boolean; atom: Atom };

/** Straight and typographic quotation marks; any of them opens or closes a phrase. */
const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);
const WHITESPACE = /\s/;
/** A word has at least one letter or digit; lone dashes, ampersands and the like are skipped. */
const HAS_WORD = /[\p{L}\p{N}]/u;

function isBreak(ch: string): boolean {
  return WHITESPACE.test(ch) || QUOTES.has(ch);
}

function lex(input: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (WHITESPACE.test(ch)) {
      i++;
      continue;
    }
    let start = i;
    while (i < input.length && !isBreak(input[i]!)) i++;
    const chunk = input.slice(start, i);
    const negated = chunk.startsWith('-');
    const dashesOnly = chunk.length > 0 && /^-+$/.test(chunk);
    if (i < input.length && QUOTES.has(input[i]!) && (chunk === '' || dashesOnly)) {
      // a phrase, excluded when a minus stands right before its opening quote
      start = ++i;
      while (i < input.length && !QUOTES.has(input[i]!)) i++;
      if (i >= input.length) throw new QuerySyntaxError('unclosed_quote');
      const words = input
        .slice(start, i++)
        .split(/\s+/)
        .filter((word) => HAS_WORD.test(word));
      if (words.length > 0)
        lexemes.push({ kind: 'atom', negated, atom: { kind: 'phrase', words } });
      continue;
    }
    if (chunk === 'OR') {
      lexemes.push({ kind: 'or' });
    } else if (HAS_WORD.test(chunk)) {
      const text = negated ? chunk.replace(/^-+/, '') : chunk;
      lexemes.push({ kind: 'atom', negated, atom: { kind: 'term', text } });
    }
    // a chunk ending at a quote ("foo\"bar baz\"") leaves the quote to the next turn
  }
  return lexemes;
}

function countWords(lexemes: Lexeme[]): number {
  let count = 0;
  for (const lexeme of lexemes) {
    if (lexeme.kind === 'atom') count += lexeme.atom.kind === 'term' ? 1 : lexeme.atom.words.length;
  }
  return count;
}

/**
 * Parses what a reader typed into the search box:
 * - words side by side must all match: `Bakı Gəncə`;
 * - "double quotes" (or “ ” « » „) match an exact phrase: `"Ilham Aliyev"`;
 * - a minus before a word or phrase excludes it: `Baku -football`, `-"press release"`;
 * - OR (in capitals; "or" is a word) matches either side and binds tighter than the words around
 *   it: `a b OR c` is a AND (b OR c).
 * Throws QuerySyntaxError: `empty` (nothing to search), `too_long` (more than 256 characters or
 * 32 words), `unclosed_quote`, `dangling_or` (OR at the start, at the end or twice), `negated_or`
 * (`a OR -b`) and `only_negative` (only excluded words).
 */
export function parseQuery(input: string): QueryNode {
  if (input.trim() === '') throw new QuerySyntaxError('empty');
  if (input.length > MAX_QUERY_LENGTH) throw new QuerySyntaxError('too_long');
  const lexemes = lex(input);
  if (countWords(lexemes) > MAX_QUERY_WORDS) throw new QuerySyntaxError('too_long');

  const groups: Array<Array<Extract<Lexeme, { kind: 'atom' }>>> = [];
  let afterOr = false;
  for (const lexeme of lexemes) {
    if (lexeme.kind === 'or') {
      if (groups.length === 0 || afterOr) throw new QuerySyntaxError('dangling_or');
      afterOr = true;
    } else if (afterOr) {
      groups[groups.length - 1]!.push(lexeme);
      afterOr = false;
    } else {
      groups.push([lexeme]);
    }
  }
  if (afterOr) throw new QuerySyntaxError('dangling_or');
  if (groups.length === 0) throw new QuerySyntaxError('empty');

  const nodes = groups.map((group): QueryNode => {
    if (group.length === 1) {
      const only = group[0]!;
      return only.negated ? { kind: 'not', node: only.atom } : only.atom;
    }
    if (group.some((lexeme) => lexeme.negated)) throw new QuerySyntaxError('negated_or');
    return { kind: 'or', nodes: group.map((lexeme) => lexeme.atom) };
  });
  if (nodes.every((node) => node.kind === 'not')) throw new QuerySyntaxError('only_negative');
  return nodes.length === 1 ? nodes[0]! : { kind: 'and', nodes };
}
