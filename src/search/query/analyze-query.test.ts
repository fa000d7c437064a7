// Tests of analyzeQuery: stems on terms and phrases, stopwords dropped, the tree kept.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { analyzeQuery } from './analyze-query.js';
import { parseQuery, QuerySyntaxError } from './parse-query.js';

describe('analyzeQuery', () => {
  it('puts the stems on terms and phrases', () => {
    assert.deepEqual(analyzeQuery(parseQuery('Azərbaycanla -futbol'), 'az'), {
      kind: 'and',
      nodes: [
        { kind: 'term', text: 'Azərbaycanla', stems: ['azerbayc'] },
        { kind: 'not', node: { kind: 'term', text: 'futbol', stems: ['futbol'] } },
      ],
    });
    assert.deepEqual(analyzeQuery(parseQuery('"Вернон Коакер" OR Коакером'), 'ru'), {
      kind: 'or',
      nodes: [
        { kind: 'phrase', words: ['Вернон', 'Коакер'], stems: ['вернон', 'коакер'] },
        { kind: 'term', text: 'Коакером', stems: ['коакер'] },
      ],
    });
  });

  it('gives a hyphenated word all its stems', () => {
    assert.deepEqual(analyzeQuery(parseQuery('COVID-19'), 'en'), {
      kind: 'term',
      text: 'COVID-19',
      stems: ['covid', '19'],
    });
  });

  it('drops stopwords and collapses what is left', () => {
    assert.deepEqual(analyzeQuery(parseQuery('the ministers'), 'en'), {
      kind: 'term',
      text: 'ministers',
      stems: ['minist'],
    });
    assert.deepEqual(analyzeQuery(parseQuery('Baku OR the'), 'en'), {
      kind: 'term',
      text: 'Baku',
      stems: ['baku'],
    });
    assert.deepEqual(analyzeQuery(parseQuery('"Ministry of Foreign Affairs"'), 'en'), {
      kind: 'phrase',
      words: ['Ministry', 'of', 'Foreign', 'Affairs'],
      stems: ['ministri', 'foreign', 'affair'],
    });
    assert.deepEqual(analyzeQuery(parseQuery('Baku -the'), 'en'), {
      kind: 'term',
      text: 'Baku',
      stems: ['baku'],
    });
  });

  it('rejects a query left empty or only negative by the stopwords', () => {
    const code = (input: string, lang: 'az' | 'ru' | 'en') => {
      try {
        analyzeQuery(parseQuery(input), lang);
        return 'none';
      } catch (error) {
        return error instanceof QuerySyntaxError ? error.code : 'other';
      }
    };
    assert.equal(code('the OR of', 'en'), 'empty');
    assert.equal(code('и в', 'ru'), 'empty');
    assert.equal(code('the -war', 'en'), 'only_negative');
    assert.equal(code('və -müharibə', 'az'), 'only_negative');
  });
});
