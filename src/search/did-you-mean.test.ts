// Tests of "did you mean": edit distance, the probe and the choice of a correction.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './analysis/analyze.js';
import { correction, editDistance, probeFor, typedWords, vocabularyKey } from './did-you-mean.js';
import { parseQuery } from './query/parse-query.js';

describe('did you mean', () => {
  it('counts edits, a swap of neighbours as one', () => {
    assert.equal(editDistance('азербайджан', 'азербайджан'), 0);
    assert.equal(editDistance('азербайжан', 'азербайджан'), 1);
    assert.equal(editDistance('азербайдажн', 'азербайджан'), 1);
    assert.equal(editDistance('baku', 'bkau'), 1);
    assert.equal(editDistance('pipeline', 'pipe'), 3);
  });

  it('takes the words to be found and their vocabulary keys', () => {
    assert.deepEqual(typedWords(parseQuery('Bakı "Vernon Coaker" -war')), [
      'Bakı',
      'Vernon',
      'Coaker',
    ]);
    assert.equal(vocabularyKey('Azərbaycanın', 'az'), 'azerbaycanin');
    assert.equal(vocabularyKey('COVID-19', 'en'), null);
    assert.deepEqual(probeFor('коакерм', 'ru'), {
      edition: 'ru',
      key: 'коакерм',
      first: 'к',
      minLength: 5,
      maxLength: 9,
    });
  });

  it('picks the most frequent close word of another stem, and none for a known word', () => {
    const stemOf = (w: string) => analyze(w, 'ru').join(' ');
    const vocabulary = [
      { key: 'коакер', word: 'коакер', docs: 3 },
      { key: 'коакера', word: 'коакера', docs: 1 },
      { key: 'кошкер', word: 'кошкер', docs: 9 },
    ];
    assert.equal(correction('коакрм', vocabulary, stemOf)?.word, 'коакер');
    assert.equal(correction('коакер', vocabulary, stemOf), null);
    assert.equal(correction('коакером', vocabulary, stemOf), null, 'another form of a known word');
    assert.equal(correction('зебра', vocabulary, stemOf), null);
  });
});
