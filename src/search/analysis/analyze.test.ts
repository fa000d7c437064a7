// Tests of analyze: English stems, stopwords, order, and one function for stories and queries.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { analyze } from './analyze.js';
import { stem } from './stem.js';
import { stopwords } from './stopwords.js';

const SAME_EN: string[][] = [
  ['minister', 'ministers', "minister's", 'Ministers'],
  ['cooperation', 'cooperate', 'cooperating'],
  ['Azerbaijan', "Azerbaijan's", 'AZERBAIJAN'],
  ['story', 'stories'],
  ['embargo', 'embargoes'],
  ['elect', 'elected', 'electing'],
];

const APART_EN: Array<[string, string]> = [
  ['news', 'new'],
  ['Iran', 'Iraq'],
  ['minister', 'ministry'],
  ['state', 'statement'],
];

describe('English stems', () => {
  for (const forms of SAME_EN) {
    it(`one stem for ${forms.join(', ')}`, () => {
      const stems = new Set(forms.map((form) => stem(form, 'en')));
      assert.equal(stems.size, 1, forms.map((form) => `${form}→${stem(form, 'en')}`).join(' '));
    });
  }
  for (const [a, b] of APART_EN) {
    it(`${a} and ${b} stay apart`, () => {
      assert.notEqual(stem(a, 'en'), stem(b, 'en'));
    });
  }
});

describe('analyze', () => {
  it('gives stems in text order without stopwords', () => {
    assert.deepEqual(analyze('The Ministers of Foreign Affairs met in Baku', 'en'), [
      'minist',
      'foreign',
      'affair',
      'met',
      'baku',
    ]);
    assert.deepEqual(analyze('Визит Коакера в Азербайджан и Грузию', 'ru'), [
      'виз',
      'коакер',
      'азербайдж',
      'груз',
    ]);
    assert.deepEqual(
      analyze('Prezident İlham Əliyev və Britaniya nazirləri Bakıda görüşüb', 'az'),
      ['prezident', 'ilham', 'eliyev', 'brit', 'nazir', 'bak', 'gorusub'],
    );
  });

  it('matches a story and a query typed differently', () => {
    const story = analyze(
      'Некоторые из наших военных также приезжают (в Азербайджан - ред.)',
      'ru',
    );
    for (const query of ['Азербайджану', 'азербайджаном', 'АЗЕРБАЙДЖАНА']) {
      assert.ok(story.includes(analyze(query, 'ru')[0]!), query);
    }
    const azStory = analyze('Britaniya ilə Azərbaycan arasında əməkdaşlığın yeni mərhələsi', 'az');
    for (const query of ['Azerbaycan', 'azərbaycanla', 'əməkdaşlıq', 'emekdasliq']) {
      assert.ok(azStory.includes(analyze(query, 'az')[0]!), query);
    }
  });

  it('stems a Russian quote inside an Azerbaijani story with the Russian rules', () => {
    assert.deepEqual(analyze('Azərbaycan «Азербайджану»', 'az'), ['azerbayc', 'азербайдж']);
  });

  it('keeps phrase positions the same on both sides when stopwords drop', () => {
    const story = analyze('the Ministry of Foreign Affairs of Azerbaijan', 'en');
    const phrase = analyze('Ministry of Foreign Affairs', 'en');
    const at = story.indexOf(phrase[0]!);
    assert.deepEqual(story.slice(at, at + phrase.length), phrase);
  });

  it('returns nothing for stopwords and empty text', () => {
    assert.deepEqual(analyze('и в на', 'ru'), []);
    assert.deepEqual(analyze('və ilə üçün', 'az'), []);
    assert.deepEqual(analyze('the of and', 'en'), []);
    assert.deepEqual(analyze('', 'en'), []);
  });

  it('keeps the stopword lists short and normalised', () => {
    for (const lang of ['az', 'ru', 'en'] as const) {
      const words = stopwords(lang);
      assert.ok(words.length <= 30, lang);
      for (const word of words) assert.equal(analyze(word, lang).length, 0, word);
    }
  });

  it('gives the same stems with a warm memo as with a cold one', () => {
    const text = 'Azərbaycanın Azərbaycana Azərbaycanın xəbərləri xəbərləri';
    assert.deepEqual(analyze(text, 'az'), analyze(text, 'az'));
    assert.deepEqual(analyze(text, 'az'), ['azerbayc', 'azerbayc', 'azerbayc', 'xeber', 'xeber']);
  });
});
