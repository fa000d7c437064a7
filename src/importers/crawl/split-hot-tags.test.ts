// Tests of the hot-tags strip split: known tags first, then the word heuristic.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { splitHotTags } from './split-hot-tags.js';

describe('splitHotTags', () => {
  it('splits the seed strip into four tags', () => {
    assert.deepEqual(splitHotTags('Ильхам Алиев WUF13 Бюджетный пакет Неделя волонтёров'), [
      'Ильхам Алиев',
      'WUF13',
      'Бюджетный пакет',
      'Неделя волонтёров',
    ]);
  });

  it('returns no tags for an empty strip', () => {
    assert.deepEqual(splitHotTags(''), []);
    assert.deepEqual(splitHotTags('   '), []);
  });

  it('lets ALLCAPS and digit words stand alone', () => {
    assert.deepEqual(splitHotTags('NATO COP29 Баку'), ['NATO', 'COP29', 'Баку']);
  });

  it('reads up to three capitalised words as one name', () => {
    assert.deepEqual(splitHotTags('Лорд Вернон Коакер Кир Стармер'), [
      'Лорд Вернон Коакер',
      'Кир Стармер',
    ]);
  });

  it('starts a new tag at a capitalised word after a phrase with lowercase words', () => {
    assert.deepEqual(splitHotTags('Бюджетный пакет Погода'), ['Бюджетный пакет', 'Погода']);
  });

  it('moves the last word of a name to a following lowercase phrase', () => {
    assert.deepEqual(splitHotTags('Ильхам Алиев Неделя волонтёров'), [
      'Ильхам Алиев',
      'Неделя волонтёров',
    ]);
    assert.deepEqual(splitHotTags('İlham Əliyev Dövlət büdcəsi'), [
      'İlham Əliyev',
      'Dövlət büdcəsi',
    ]);
  });

  it('keeps a quoted title whole', () => {
    assert.deepEqual(splitHotTags('«Формула 1» Баку'), ['«Формула 1»', 'Баку']);
  });

  it('matches known tags first, longest first, case-insensitively, in their known spelling', () => {
    const strip = 'Middle Corridor Foreign Policy COP29';
    assert.deepEqual(splitHotTags(strip), ['Middle Corridor Foreign', 'Policy', 'COP29']);
    assert.deepEqual(splitHotTags(strip, ['foreign policy', 'Middle Corridor', 'Corridor']), [
      'Middle Corridor',
      'foreign policy',
      'COP29',
    ]);
  });

  it('keeps a known tag of three words whole where the heuristic would cut it', () => {
    const strip = 'Ильхам Алиев Неделя волонтёров Баку';
    assert.deepEqual(splitHotTags(strip), ['Ильхам Алиев', 'Неделя волонтёров', 'Баку']);
    assert.deepEqual(splitHotTags(strip, ['неделя волонтёров баку']), [
      'Ильхам Алиев',
      'неделя волонтёров баку',
    ]);
  });

  it('treats ё as е and dotted İ as i when matching known tags', () => {
    assert.deepEqual(splitHotTags('Неделя волонтеров WUF13', ['Неделя волонтёров']), [
      'Неделя волонтёров',
      'WUF13',
    ]);
    assert.deepEqual(splitHotTags('İLHAM ƏLİYEV Qarabağ', ['İlham Əliyev']), [
      'İlham Əliyev',
      'Qarabağ',
    ]);
  });

  it('drops repeated tags and dangling joiners', () => {
    assert.deepEqual(splitHotTags('Баку WUF13 Баку - NATO'), ['Баку', 'WUF13', 'NATO']);
  });
});
