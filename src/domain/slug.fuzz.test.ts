// Fuzzing slug making: 10,000 generated headlines per property; slugs are always URL-safe and short.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzz } from '../../test/support/fuzz.js';
import { EDITION_CODES } from './editions.js';
import { slugify } from './slug.js';

const headline = fc.oneof(
  fc.string({ maxLength: 300, unit: 'binary' }),
  fc.string({
    maxLength: 300,
    unit: fc.constantFrom(...'İIıəçşğöüхжщЁё -:«»—–!?.,0123456789aZ\u0301\u200b🙂'),
  }),
);

test('any headline in any edition gives a URL-safe slug of at most 80 characters', () => {
  const accepted = fuzz(fc.tuple(headline, fc.constantFrom(...EDITION_CODES)), ([text, ed]) => {
    const slug = slugify(text, ed);
    assert.match(slug, /^([a-z0-9]+(-[a-z0-9]+)*)?$/, JSON.stringify(text));
    assert.ok(slug.length <= 80);
    assert.equal(slugify(slug, ed), slug, 'a slug is its own slug');
  });
  assert.equal(accepted, 1);
});
