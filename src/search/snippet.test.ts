// Tests of snippets and highlights: the reader's own words marked, whatever their form.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuery, parseQuery } from './query/index.js';
import { highlight, partsToHtml, positiveStems, snippet } from './snippet.js';

const stems = (q: string, lang: 'az' | 'ru' | 'en') =>
  positiveStems(analyzeQuery(parseQuery(q), lang));

describe('snippets', () => {
  it('marks every form of the words searched, not the excluded ones', () => {
    const parts = highlight(
      'Коакер прибыл в Азербайджан; визит Коакера',
      'ru',
      stems('Коакером -визит', 'ru'),
    );
    assert.deepEqual(
      parts.filter((p) => p.mark).map((p) => p.text),
      ['Коакер', 'Коакера'],
    );
  });

  it('cuts a passage around the matches, with ellipses', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words[50] = 'Azərbaycanın';
    const parts = snippet(words.join(' '), 'az', stems('Azərbaycan', 'az'), 10);
    const html = partsToHtml(parts);
    assert.ok(html.startsWith('… '), html);
    assert.ok(html.includes('<mark>Azərbaycanın</mark>'), html);
    assert.ok(html.endsWith(' …'), html);
  });

  it('escapes the text around the marks', () => {
    const html = partsToHtml(highlight('<b>Baku</b> & "Ganja"', 'en', stems('Baku', 'en')));
    assert.equal(html, '&lt;b&gt;<mark>Baku</mark>&lt;/b&gt; &amp; &quot;Ganja&quot;');
  });

  it('starts at the beginning when nothing matches', () => {
    const parts = snippet('One two three four', 'en', stems('zebra', 'en'), 2);
    assert.equal(partsToHtml(parts), 'One two …');
  });
});
