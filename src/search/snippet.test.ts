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

  it('takes the earliest passage with the most words searched, however far into the text', () => {
    // "harbour" alone early and often; "harbour" with "cranes" only from word 300 on.
    const words = Array.from({ length: 400 }, (_, i) => `w${i}`);
    for (const at of [3, 40, 120, 250]) words[at] = 'harbour';
    words[300] = 'harbours';
    words[305] = 'cranes';
    words[360] = 'crane';
    words[362] = 'harbour';
    const html = partsToHtml(snippet(words.join(' '), 'en', stems('harbour cranes', 'en'), 10));
    assert.equal(
      html,
      '… w296 w297 w298 w299 <mark>harbours</mark> w301 w302 w303 w304 <mark>cranes</mark> …',
    );
  });

  it('runs to the end of the text when the passage reaches it, with no ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven harbour';
    assert.equal(
      partsToHtml(snippet(text, 'en', stems('harbour', 'en'), 8)),
      '… eight nine ten eleven <mark>harbour</mark>',
    );
    // One word more after the passage: it is cut there.
    assert.equal(
      partsToHtml(snippet(`${text} end`, 'en', stems('harbour', 'en'), 5)),
      '… eight nine ten eleven <mark>harbour</mark> …',
    );
  });

  it('starts at the beginning when nothing matches', () => {
    const parts = snippet('One two three four', 'en', stems('zebra', 'en'), 2);
    assert.equal(partsToHtml(parts), 'One two …');
  });
});
