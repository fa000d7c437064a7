// Slugs are transliterated by fixed rules per language.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { slugify } from './slug.js';

test('Russian headlines transliterate letter by letter', () => {
  assert.equal(
    slugify('Госминистр: У Лондона и Баку амбициозные планы', 'ru'),
    'gosministr-u-londona-i-baku-ambitsioznye-plany',
  );
  assert.equal(slugify('Щедрый ёжик съел объём', 'ru'), 'shchedryy-yozhik-sel-obyom');
});

test('Azerbaijani letters follow the agency rules', () => {
  assert.equal(
    slugify('Azərbaycan və Gürcüstan İqtisadi Şura', 'az'),
    'azerbaycan-ve-gurcustan-iqtisadi-sura',
  );
  assert.equal(slugify('Çağırış: IŞIQ', 'az'), 'cagiris-isiq');
});

test('English keeps ASCII and drops punctuation', () => {
  assert.equal(
    slugify("Baku's new metro line — 5 stations!", 'en'),
    'baku-s-new-metro-line-5-stations',
  );
  assert.equal(slugify('Café crème', 'en'), 'cafe-creme');
});

test('long headlines are cut at a word boundary and empty ones get a fallback', () => {
  const slug = slugify('слово '.repeat(40), 'ru');
  assert.ok(slug.length <= 80);
  assert.ok(!slug.endsWith('-'));
  assert.equal(slugify('!!!', 'en'), 'story');
});
