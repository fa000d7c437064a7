// Tests of Azerbaijani stemming: case, possessive and plural forms share one stem, ASCII too.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { isSuffixChain, stemAzerbaijani } from './stem-azerbaijani.js';
import { stem } from './stem.js';

/** Forms that must analyse to one stem, with the ASCII spellings readers type. */
const SAME: string[][] = [
  [
    'Azərbaycan',
    'Azərbaycanın',
    'Azərbaycana',
    'Azərbaycanı',
    'Azərbaycanla',
    'Azərbaycanda',
    'Azərbaycandan',
    'Azərbaycandakı',
    "Azərbaycan'la",
    'Azerbaycan',
    'Azerbaycanin',
    'AZƏRBAYCAN',
  ],
  ['xəbər', 'xəbərlər', 'xəbərləri', 'xəbərin', 'xəbəri', 'xəbərlərin', 'xeberleri'],
  ['prezident', 'prezidentin', 'prezidenti', 'prezidentə', 'prezidentlə', 'prezidentdən'],
  ['Bakı', 'Bakının', 'Bakıya', 'Bakıda', 'Bakıdan', 'Bakını', 'Bakıdakı', 'Baki', 'BAKI'],
  ['ölkə', 'ölkənin', 'ölkəyə', 'ölkədə', 'ölkələr', 'ölkəsi', 'ölkəsində', 'ölkəmiz'],
  ['nazirlik', 'nazirliyi', 'nazirliyinin', 'nazirliyə', 'nazirlikdə', 'nazirliyində'],
  ['əməkdaşlıq', 'əməkdaşlığı', 'əməkdaşlığa', 'əməkdaşlığın', 'əməkdaşlıqda', 'emekdasliq'],
  ['Qarabağ', 'Qarabağın', 'Qarabağa', 'Qarabağda', 'Qarabağı', 'Qarabag'],
  ['Ermənistan', 'Ermənistanın', 'Ermənistana', 'Ermənistanla', 'Ermənistanda'],
  ['Türkiyə', 'Türkiyənin', 'Türkiyəyə', 'Türkiyədə', 'Turkiye'],
  ['Rusiya', 'Rusiyanın', 'Rusiyaya', 'Rusiyada', 'Rusiyayla'],
  ['Ukrayna', 'Ukraynanın', 'Ukraynaya', 'Ukraynada'],
  ['İlham', 'İlhamın', 'ILHAM', 'Ilham'],
  ['Əliyev', 'Əliyevin', 'Əliyevə', 'Əliyevlə', 'Eliyev'],
  ['seçki', 'seçkilər', 'seçkilərdə', 'seçkiləri'],
  ['təhlükəsizlik', 'təhlükəsizliyi', 'təhlükəsizliyə', 'təhlükəsizliyin'],
  ['görüş', 'görüşü', 'görüşdə', 'görüşün', 'görüşlər'],
  ['il', 'ili', 'ildə', 'ilin'],
  ['kənd', 'kəndə', 'kənddə', 'kəndin'],
  ['Məhəmməd', 'Məhəmmədə', 'Məhəmmədin'],
  ['mövqe', 'mövqeyi', 'mövqeyidir'],
];

const APART: Array<[string, string]> = [
  ['nazir', 'nazirlik'],
  ['Azərbaycan', 'azərbaycanlı'],
  ['Ermənistan', 'erməni'],
  ['seçki', 'seç'],
  ['il', 'ilk'],
  ['görüş', 'görə'],
  ['təhlükəsizlik', 'təhlükəsiz'],
  ['xəbər', 'xəbərdar'],
  ['Bakı', 'bal'],
];

describe('Azerbaijani stems', () => {
  for (const forms of SAME) {
    it(`one stem for ${forms.join(', ')}`, () => {
      const stems = new Set(forms.map((form) => stem(form, 'az')));
      assert.equal(stems.size, 1, forms.map((form) => `${form}→${stem(form, 'az')}`).join(' '));
    });
  }
  for (const [a, b] of APART) {
    it(`${a} and ${b} stay apart`, () => {
      assert.notEqual(stem(a, 'az'), stem(b, 'az'));
    });
  }

  it('returns folded stems', () => {
    assert.equal(stem('Azərbaycanın', 'az'), 'azerbayc');
    assert.equal(stem('xəbərləri', 'az'), 'xeber');
    assert.equal(stem('prezidentin', 'az'), 'prezident');
  });

  it('never cuts below two letters or a stem without a vowel', () => {
    assert.equal(stemAzerbaijani('ad'), 'ad');
    assert.equal(stemAzerbaijani('ada'), 'ad');
    assert.equal(stemAzerbaijani('su'), 'su');
    assert.equal(stemAzerbaijani('abş'), 'abş');
    assert.equal(stemAzerbaijani('2025'), '2025');
  });

  it('tells suffix chains from words', () => {
    for (const part of ['ın', 'nin', 'ya', 'u', 'da', 'dan', 'la', 'ci', 'üncü', 'ların', 'in']) {
      assert.equal(isSuffixChain(part), true, part);
    }
    for (const part of ['rusiya', 'tbilisi', 'neill', 'qars', 'n']) {
      assert.equal(isSuffixChain(part), false, part);
    }
  });
});
