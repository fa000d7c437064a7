// Tests of normalize, tokenize and detectLanguage.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { detectLanguage } from './language.js';
import { normalize } from './normalize.js';
import { tokenize } from './tokenize.js';

describe('normalize', () => {
  const cases: Array<[string, 'az' | 'ru' | 'en', string]> = [
    ['ЁЛКА', 'ru', 'елка'],
    ['Пётр Ёлкин', 'ru', 'петр елкин'],
    ['Майский', 'ru', 'майский'], // й is a letter of its own, not и with a mark
    ['за́мок', 'ru', 'замок'], // stress accent
    ['İlham Əliyev', 'az', 'ilham eliyev'],
    ['İSTANBUL', 'az', 'istanbul'],
    ['IĞDIR', 'az', 'igdir'], // Turkic I → ı → i
    ['İstanbul', 'en', 'istanbul'], // the dot of İ does not survive outside az either
    ['Azərbaycan', 'az', 'azerbaycan'],
    ['Şuşa, Gəncə, Gürcüstan, Çörək, Ağdam', 'az', 'susa, gence, gurcustan, corek, agdam'],
    ['AZƏRBAYCAN', 'ru', 'azerbaycan'], // az letters fold in every language
    ['café Zürich', 'en', 'cafe zurich'],
    ['Straße', 'en', 'strasse'],
    ["Azərbaycan'la", 'az', 'azerbaycanla'],
    ['Azerbaijan’s', 'en', 'azerbaijans'],
    ['сотруд\u00adничество', 'ru', 'сотрудничество'], // soft hyphen
    ['Ba\u200bku', 'en', 'baku'], // zero-width space
    ['Баку\u00a02025', 'ru', 'баку 2025'], // no-break space
    ['e\u0301te\u0301', 'en', 'ete'], // decomposed input
  ];
  for (const [input, lang, expected] of cases) {
    it(`${lang}: ${JSON.stringify(input)} → ${expected}`, () => {
      assert.equal(normalize(input, lang), expected);
    });
  }
});

describe('tokenize', () => {
  it('returns normalised words in order and drops punctuation', () => {
    assert.deepEqual(tokenize('Госминистр: «У Лондона и Баку — амбициозные планы»!', 'ru'), [
      'госминистр',
      'у',
      'лондона',
      'и',
      'баку',
      'амбициозные',
      'планы',
    ]);
  });

  it('splits at hyphens and joins at apostrophes in ru and en', () => {
    assert.deepEqual(tokenize('Азербайджано-российский', 'ru'), ['азербайджано', 'российский']);
    assert.deepEqual(tokenize('COVID-19, O’Neill and Azerbaijan’s', 'en'), [
      'covid',
      '19',
      'oneill',
      'and',
      'azerbaijans',
    ]);
  });

  it('drops the ending after a number in ru', () => {
    assert.deepEqual(tokenize('5-го декабря 2025-й год, 90-х', 'ru'), [
      '5',
      'декабря',
      '2025',
      'год',
      '90',
    ]);
  });

  it('drops Azerbaijani suffixes written after an apostrophe or hyphen', () => {
    assert.deepEqual(tokenize("Azərbaycan'la ABŞ-ın BMT-nin NATO-ya 2025-ci", 'az'), [
      'azerbaycan',
      'abs',
      'bmt',
      'nato',
      '2025',
    ]);
    assert.deepEqual(tokenize('Azərbaycan-Rusiya Bakı-Tbilisi-Qars', 'az'), [
      'azerbaycan',
      'rusiya',
      'baki',
      'tbilisi',
      'qars',
    ]);
  });

  it('keeps digits and mixed words, and returns nothing for no words', () => {
    assert.deepEqual(tokenize('COP29 in 2024', 'en'), ['cop29', 'in', '2024']);
    assert.deepEqual(tokenize(' — !!! ', 'en'), []);
    assert.deepEqual(tokenize('', 'az'), []);
  });
});

describe('detectLanguage', () => {
  const cases: Array<[string, 'az' | 'ru' | 'en']> = [
    ['Азербайджан', 'ru'],
    ['визит Aliyev в Лондон', 'ru'],
    ['Azərbaycan', 'az'],
    ['Gürcüstan', 'az'],
    ['İlham', 'az'],
    ['Azerbaycan ve Rusiya', 'az'], // ASCII, but "ve" is no English word
    ['Baki xeberleri', 'az'], // a frequent az word typed in ASCII
    ['Gence news', 'en'], // nothing sure: left to English
    ['Azerbaijan', 'en'],
    ['Baku Energy Week', 'en'],
    ['2025', 'en'],
    ['', 'en'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected}`, () => {
      assert.equal(detectLanguage(input), expected);
    });
  }
});
