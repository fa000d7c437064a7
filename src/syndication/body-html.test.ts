// The portable body HTML: every block type, safe absolute links, escaping, and well-formed XML.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasXmllint, xmllint } from '../../test/support/standards.js';
import type { Block } from '../domain/blocks.js';
import { bodyHtml } from './body-html.js';
import { escapeAttr, escapeText, xmlSafe } from './xml.js';

const ORIGIN = 'https://lede.example';

test('the XML escaper escapes markup and drops characters XML forbids', () => {
  assert.equal(escapeText('a < b & c > d ]]>'), 'a &lt; b &amp; c &gt; d ]]&gt;');
  assert.equal(escapeAttr(`"it's"`), '&quot;it&#39;s&quot;');
  assert.equal(xmlSafe('ok\u0000\u0007\u000b\ufffe\ud800 tab\tnl\n😀'), 'ok tab\tnl\n😀');
});

test('an interview keeps its turns, speakers and editor notes', () => {
  const blocks: Block[] = [
    { type: 'question', content: [{ type: 'paragraph', content: [{ text: 'Why?' }] }] },
    {
      type: 'answer',
      speaker: 'Vernon Coaker',
      content: [
        {
          type: 'paragraph',
          content: [{ text: 'Because ' }, { text: '(in Baku - ed.)', marks: ['editorNote'] }],
        },
        { type: 'paragraph', content: [{ text: 'And more.' }] },
      ],
    },
  ];
  assert.equal(
    bodyHtml(ORIGIN, blocks),
    '<p class="question">Why?</p>\n' +
      '<p class="answer"><strong class="speaker">Vernon Coaker:</strong> Because ' +
      '<span class="editor-note">(in Baku - ed.)</span></p><p class="answer">And more.</p>',
  );
});

test('links are absolute or dropped; runs with one link share one anchor', () => {
  const html = bodyHtml(ORIGIN, [
    {
      type: 'paragraph',
      content: [
        { text: 'Site', marks: ['link'], href: '/ru/tags/x' },
        { text: ' path', marks: ['link', 'italic'], href: '/ru/tags/x' },
        { text: ' web', marks: ['link'], href: 'https://example.org/a?b=1&c=2' },
        { text: ' js', marks: ['link'], href: 'javascript:alert(1)' },
        { text: ' proto', marks: ['link'], href: '//evil.example/' },
      ],
    },
    { type: 'image', src: 'data:image/png;base64,AAAA', alt: 'x' },
    { type: 'embed', provider: 'link', url: 'https://example.org/e', title: 'E' },
  ]);
  assert.equal(
    html,
    '<p><a href="https://lede.example/ru/tags/x">Site<em> path</em></a>' +
      '<a href="https://example.org/a?b=1&amp;c=2"> web</a> js proto</p>\n' +
      '<p class="embed"><a href="https://example.org/e">E</a></p>',
  );
});

test('every block type renders as well-formed XHTML', { skip: !hasXmllint }, () => {
  const html = bodyHtml(ORIGIN, [
    { type: 'heading', level: 3, content: [{ text: 'H & h' }] },
    { type: 'list', ordered: true, items: [[{ text: '1 < 2', marks: ['bold'] }]] },
    {
      type: 'image',
      src: '/media/a.jpg',
      alt: 'A "quoted" alt',
      caption: 'Cap',
      credit: 'Report',
      width: 640,
      height: 480,
    },
    { type: 'quote', content: [{ type: 'paragraph', content: [{ text: 'Q' }] }], cite: 'Who' },
    { type: 'answer', content: [] },
  ]);
  assert.match(html, /<ol><li><strong>1 &lt; 2<\/strong><\/li><\/ol>/);
  assert.match(
    html,
    /<img src="https:\/\/lede\.example\/media\/a\.jpg" alt="A &quot;quoted&quot; alt" width="640" height="480"\/>/,
  );
  assert.match(html, /<figcaption>Cap <span class="credit">Report<\/span><\/figcaption>/);
  const result = xmllint(`<div xmlns="http://www.w3.org/1999/xhtml">${html}</div>`);
  assert.equal(result.ok, true, result.output);
});
