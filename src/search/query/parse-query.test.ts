// Tests of the query language: words, phrases, exclusions, OR, and every syntax error.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parseQuery, QuerySyntaxError, querySyntaxMessage, type QueryNode } from './parse-query.js';
import type { QuerySyntaxErrorCode } from './query-syntax-error.js';

const term = (text: string): QueryNode => ({ kind: 'term', text });
const phrase = (...words: string[]): QueryNode => ({ kind: 'phrase', words });
const not = (node: QueryNode): QueryNode => ({ kind: 'not', node });
const and = (...nodes: QueryNode[]): QueryNode => ({ kind: 'and', nodes });
const or = (...nodes: QueryNode[]): QueryNode => ({ kind: 'or', nodes });

describe('parseQuery', () => {
  const cases: Array<[string, QueryNode]> = [
    ['Azərbaycan', term('Azərbaycan')],
    ['  Bakı   Gəncə ', and(term('Bakı'), term('Gəncə'))],
    ['"Ильхам Алиев"', phrase('Ильхам', 'Алиев')],
    ['«Ильхам Алиев» визит', and(phrase('Ильхам', 'Алиев'), term('визит'))],
    ['“Foreign Affairs” „Baku“', and(phrase('Foreign', 'Affairs'), phrase('Baku'))],
    ['Baku -football', and(term('Baku'), not(term('football')))],
    ['Baku -"press release"', and(term('Baku'), not(phrase('press', 'release')))],
    ['Baku OR Ganja', or(term('Baku'), term('Ganja'))],
    ['a b OR c', and(term('a'), or(term('b'), term('c')))],
    ['a OR b c OR d', and(or(term('a'), term('b')), or(term('c'), term('d')))],
    ['a OR "b c" OR d', or(term('a'), phrase('b', 'c'), term('d'))],
    ['war or peace', and(term('war'), term('or'), term('peace'))],
    ["Azərbaycan'la COVID-19", and(term("Azərbaycan'la"), term('COVID-19'))],
    ['Baku — Ganja & 2025', and(term('Baku'), term('Ganja'), term('2025'))],
    ['Baku - Ganja', and(term('Baku'), term('Ganja'))],
    ['news"Baku Ganja"', and(term('news'), phrase('Baku', 'Ganja'))],
    ['"" Baku', term('Baku')],
    ['--Baku Ganja', and(not(term('Baku')), term('Ganja'))],
  ];
  for (const [input, expected] of cases) {
    it(`parses ${input}`, () => {
      assert.deepEqual(parseQuery(input), expected);
    });
  }

  const errors: Array<[string, QuerySyntaxErrorCode]> = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['— !!! ?', 'empty'],
    ['"Ильхам Алиев', 'unclosed_quote'],
    ['Baku "Ganja', 'unclosed_quote'],
    ['OR Baku', 'dangling_or'],
    ['Baku OR', 'dangling_or'],
    ['Baku OR OR Ganja', 'dangling_or'],
    ['OR', 'dangling_or'],
    ['Baku OR -Ganja', 'negated_or'],
    ['-Baku OR Ganja', 'negated_or'],
    ['-Baku', 'only_negative'],
    ['-Baku -"press release"', 'only_negative'],
    ['x'.repeat(257), 'too_long'],
    [Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '), 'too_long'],
    [`"${Array.from({ length: 33 }, (_, i) => `w${i}`).join(' ')}"`, 'too_long'],
  ];
  for (const [input, code] of errors) {
    it(`rejects ${input.slice(0, 40) || '(nothing)'} with ${code}`, () => {
      assert.throws(
        () => parseQuery(input),
        (error: unknown) =>
          error instanceof QuerySyntaxError && error.code === code && error.message.length > 0,
      );
    });
  }

  it('accepts the limits themselves', () => {
    assert.equal(parseQuery('x'.repeat(256)).kind, 'term');
    const words = Array.from({ length: 32 }, (_, i) => `w${i}`).join(' ');
    assert.equal(parseQuery(words).kind, 'and');
  });
});

describe('querySyntaxMessage', () => {
  const codes: QuerySyntaxErrorCode[] = [
    'empty',
    'unclosed_quote',
    'dangling_or',
    'negated_or',
    'only_negative',
    'too_long',
  ];
  it('has a message in every language for every code', () => {
    for (const code of codes) {
      const texts = (['az', 'ru', 'en'] as const).map((lang) => querySyntaxMessage(code, lang));
      assert.equal(new Set(texts).size, 3, code);
      assert.equal(new QuerySyntaxError(code).message, texts[2]);
    }
  });

  it('speaks the reader’s language', () => {
    assert.match(querySyntaxMessage('unclosed_quote', 'ru'), /Кавычка/);
    assert.match(querySyntaxMessage('only_negative', 'az'), /söz/);
  });
});
