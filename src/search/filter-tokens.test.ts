// Filter tokens: what a story holds, and which date tokens a range asks for.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dateTokens, filterTokenGroups, storyFilterTokens } from './filter-tokens.js';
import type { SearchDoc } from './port.js';

const at = (iso: string) => Date.parse(iso) / 1000;

const doc: SearchDoc = {
  id: 7,
  edition: 'az',
  status: 'published',
  type: 'interview',
  rubricId: 3,
  authorId: 12,
  tagIds: [4, 9],
  publicSec: at('2025-03-01T00:00:00Z'),
  sortSec: at('2024-12-31T23:59:59Z'),
  titleStems: [],
  leadStems: [],
  bodyStems: [],
  words: [],
};

test("a story's tokens: rubric, type, author, each tag, and its UTC year and month when asked", () => {
  assert.deepEqual(storyFilterTokens(doc, { dates: false }), [
    '_r3',
    '_tinterview',
    '_a12',
    '_g4',
    '_g9',
  ]);
  assert.deepEqual(storyFilterTokens({ ...doc, authorId: null, tagIds: [] }, { dates: true }), [
    '_r3',
    '_tinterview',
    '_y2024',
    '_m2024-12',
  ]);
});

test('a range asks for the years it covers whole and the months it touches of the others', () => {
  assert.deepEqual(dateTokens(at('2024-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z')), [
    '_y2024',
    '_y2025',
  ]);
  // Two Baku years (+04:00): the hours of December before, and eleven months and a part after.
  assert.deepEqual(dateTokens(at('2023-12-31T20:00:00Z'), at('2025-12-31T20:00:00Z')), [
    '_m2023-12',
    '_y2024',
    ...Array.from({ length: 12 }, (_, i) => `_m2025-${String(i + 1).padStart(2, '0')}`),
  ]);
  // The end is exclusive: a range up to the first second of March holds no March.
  assert.deepEqual(dateTokens(at('2025-01-15T00:00:00Z'), at('2025-03-01T00:00:00Z')), [
    '_m2025-01',
    '_m2025-02',
  ]);
  assert.deepEqual(dateTokens(at('2025-01-31T23:59:59Z'), at('2025-02-01T00:00:00Z')), [
    '_m2025-01',
  ]);
});

test('no date tokens for an open, empty or very long range: dates are then tested on the rows', () => {
  assert.equal(dateTokens(at('2025-01-01T00:00:00Z'), undefined), undefined);
  assert.equal(dateTokens(undefined, at('2025-01-01T00:00:00Z')), undefined);
  assert.equal(dateTokens(at('2025-02-01T00:00:00Z'), at('2025-01-01T00:00:00Z')), undefined);
  assert.equal(dateTokens(at('1980-01-01T00:00:00Z'), at('2030-01-01T00:00:00Z')), undefined);
});

test('filters become groups, a token of each to hold; dates only where the index keeps them', () => {
  const filters = {
    rubricIds: [3, 5],
    tagIds: [9],
    types: ['news' as const],
    authorIds: [12],
    fromSec: at('2025-01-01T00:00:00Z'),
    toSec: at('2026-01-01T00:00:00Z'),
  };
  assert.deepEqual(filterTokenGroups(filters, { dates: true }), [
    ['_r3', '_r5'],
    ['_g9'],
    ['_tnews'],
    ['_a12'],
    ['_y2025'],
  ]);
  assert.deepEqual(filterTokenGroups(filters, { dates: false }).length, 4);
  assert.deepEqual(filterTokenGroups({}, { dates: true }), []);
});
