import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeQuery, parseQuery } from '../query/index.js';
import type { AnalyzedQuery } from '../query/analyze-query.js';
import { withoutBroadTerms } from './rank-terms.js';

const BROAD = new Set(['азербайдж', 'газ']);
const isBroad = (node: AnalyzedQuery) =>
  Promise.resolve(
    (node.kind === 'term' || node.kind === 'phrase') && node.stems.every((s) => BROAD.has(s)),
  );
const rank = async (q: string) => withoutBroadTerms(analyzeQuery(parseQuery(q), 'ru'), isBroad);

test('broad words of a top-level "and" leave the score; the rest stay', async () => {
  assert.deepEqual(await rank('Азербайджан Коакером'), {
    kind: 'term',
    text: 'Коакером',
    stems: ['коакер'],
  });
  const kept = await rank('Азербайджан "эмбарго на поставки" -газ');
  assert.equal(kept.kind, 'and');
  assert.deepEqual(kept.kind === 'and' ? kept.nodes.map((n) => n.kind) : [], ['phrase', 'not']);
});

test('a query of broad words only, one word or an OR is kept as it is', async () => {
  const q = analyzeQuery(parseQuery('Коакер Лондон'), 'ru');
  assert.equal(await withoutBroadTerms(q, isBroad), q);
  const both = await rank('Азербайджан газ');
  assert.equal(both.kind, 'and');
  assert.equal(both.kind === 'and' ? both.nodes.length : 0, 2);
  assert.equal((await rank('Азербайджан')).kind, 'term');
  assert.equal((await rank('Азербайджан OR Коакер')).kind, 'or');
  assert.equal((await rank('Азербайджан -Коакер')).kind, 'and');
});
