// Tests of the story body renderer: data-block per block, inline marks, safe links, escaping.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { Block, ParagraphBlock, TextRun } from '../../domain/blocks.js';
import { StoryBody } from './story-body.js';
import { HOSTILE, HOSTILE_ESCAPED, INTERVIEW_BLOCKS } from './test-fixtures.js';

const body = (blocks: Block[], edition: 'az' | 'ru' | 'en' = 'ru') =>
  renderToString(<StoryBody blocks={blocks} edition={edition} />);
const para = (...content: TextRun[]): ParagraphBlock => ({ type: 'paragraph', content });
const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('StoryBody blocks', () => {
  const html = body(INTERVIEW_BLOCKS);

  it('marks every block type with data-block', () => {
    for (const type of ['paragraph', 'heading', 'question', 'answer', 'quote', 'image', 'list']) {
      assert.ok(html.includes(`data-block="${type}"`), type);
    }
    assert.ok(html.includes('data-block="embed"'));
    assert.match(html, /<p data-block="paragraph">/);
    assert.match(html, /<h2 data-block="heading">Военная подготовка<\/h2>/);
    assert.match(html, /<ul data-block="list"><li>военная подготовка<\/li>/);
    assert.match(html, /<ol data-block="list">/);
  });

  it('renders heading level 3 as h3 and level 2 or none as h2', () => {
    const h = body([
      { type: 'heading', level: 3, content: [{ text: 'Три' }] },
      { type: 'heading', level: 2, content: [{ text: 'Два' }] },
    ]);
    assert.match(h, /<h3 data-block="heading">Три<\/h3><h2 data-block="heading">Два<\/h2>/);
  });

  it('renders questions and answers with their speakers', () => {
    assert.match(
      html,
      /<div class="qa-question" data-block="question"><p data-block="paragraph"><strong class="speaker">Report:<\/strong> - Как бы вы/,
    );
    assert.match(
      html,
      /<div class="qa-answer" data-block="answer"><p data-block="paragraph"><strong class="speaker">Вернон Коакер:<\/strong>/,
    );
    const noSpeaker = body([{ type: 'answer', content: [para({ text: 'Да.' })] }]);
    assert.equal(
      noSpeaker,
      '<div class="story-body"><div class="qa-answer" data-block="answer"><p data-block="paragraph">Да.</p></div></div>',
    );
  });

  it('renders a quote as blockquote with cite', () => {
    assert.match(html, /<blockquote data-block="quote"><p data-block="paragraph">Наши отношения/);
    assert.match(html, /<figcaption><cite>Вернон Коакер<\/cite><\/figcaption>/);
  });

  it('renders an image as a figure with alt, size, lazy loading, caption and credit', () => {
    assert.match(
      html,
      /<figure class="image" data-block="image"><img src="\/media\/2025\/12\/coaker.jpg" alt="Лорд Вернон Коакер в Баку" width="1200" height="675" loading="lazy"/,
    );
    assert.match(
      html,
      /<figcaption>Визит госминистра в Баку <span class="credit">Фото: Report<\/span>/,
    );
  });

  it('drops images whose source is not a web address', () => {
    const h = body([{ type: 'image', src: 'javascript:alert(1)', alt: 'x' }]);
    assert.ok(!h.includes('<img'));
    assert.ok(!h.includes('javascript:'));
  });

  it('renders an embed as a plain link card, never an iframe or script', () => {
    assert.match(
      html,
      /<p class="embed" data-block="embed"><a href="https:\/\/www.youtube.com\/watch\?v=abc123" rel="nofollow noopener"><span class="embed-provider">YouTube<\/span><span class="embed-title">Визит Лорда Коакера<\/span><\/a><\/p>/,
    );
    assert.ok(!html.includes('<iframe'));
    assert.ok(!html.includes('<script'));
    const bad = body([{ type: 'embed', provider: 'link', url: 'javascript:alert(1)', title: 'T' }]);
    assert.ok(!bad.includes('<a'));
    const plain = body([{ type: 'embed', provider: 'link', url: 'https://www.example.org/a' }]);
    assert.match(plain, /<span class="embed-provider">example.org<\/span>/);
  });
});

describe('StoryBody inline marks', () => {
  it('wraps editor notes in a span with data-mark="editor-note"', () => {
    const h = body([
      para({ text: 'приезжают ' }, { text: '(в Азербайджан - ред.)', marks: ['editorNote'] }),
    ]);
    assert.match(
      h,
      /приезжают <span class="editor-note" data-mark="editor-note">\(в Азербайджан - ред.\)<\/span>/,
    );
  });

  it('combines marks', () => {
    const h = body([para({ text: 'всё', marks: ['bold', 'italic', 'editorNote'] })]);
    assert.match(
      h,
      /<span class="editor-note" data-mark="editor-note"><strong><em>всё<\/em><\/strong><\/span>/,
    );
    const linked = body([
      para({ text: 'жирная ссылка', marks: ['link', 'bold'], href: 'https://a.example/' }),
    ]);
    assert.match(
      linked,
      /<a href="https:\/\/a.example\/" rel="nofollow noopener"><strong>жирная ссылка<\/strong><\/a>/,
    );
  });

  it('links http(s) with nofollow, site paths and mailto with noopener', () => {
    const h = body([
      para(
        { text: 'внешняя', marks: ['link'], href: 'https://www.gov.uk/mod' },
        { text: ' внутренняя', marks: ['link'], href: '/ru/tag/wuf13' },
        { text: ' почта', marks: ['link'], href: 'mailto:news@example.org' },
      ),
    ]);
    assert.ok(h.includes('<a href="https://www.gov.uk/mod" rel="nofollow noopener">внешняя</a>'));
    assert.ok(h.includes('<a href="/ru/tag/wuf13" rel="noopener"> внутренняя</a>'));
    assert.ok(h.includes('<a href="mailto:news@example.org" rel="noopener"> почта</a>'));
  });

  it('renders links with unsafe or unknown addresses as plain text', () => {
    const hrefs = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      '/\\evil.example/x',
      'relative/path',
      '',
      undefined,
    ];
    for (const href of hrefs) {
      const h = body([
        para({ text: 'клик', marks: ['link'], ...(href === undefined ? {} : { href }) }),
      ]);
      assert.equal(
        h,
        '<div class="story-body"><p data-block="paragraph">клик</p></div>',
        String(href),
      );
    }
  });

  it('joins neighbouring runs with the same link into one anchor', () => {
    const h = body([
      para(
        { text: 'один ', marks: ['link'], href: 'https://a.example/' },
        { text: 'два', marks: ['link', 'bold'], href: 'https://a.example/' },
      ),
    ]);
    assert.equal(count(h, '<a '), 1);
    assert.match(h, /<a [^>]+>один <strong>два<\/strong><\/a>/);
  });
});

describe('StoryBody escaping', () => {
  it('escapes hostile text everywhere it is printed', () => {
    const h = body([
      para(
        { text: HOSTILE },
        { text: HOSTILE, marks: ['link'], href: `https://a.example/"><script>` },
      ),
      { type: 'heading', content: [{ text: HOSTILE }] },
      { type: 'question', speaker: HOSTILE, content: [para({ text: HOSTILE })] },
      { type: 'quote', cite: HOSTILE, content: [para({ text: HOSTILE })] },
      { type: 'image', src: '/a.jpg', alt: `"${HOSTILE}`, caption: HOSTILE, credit: HOSTILE },
      { type: 'list', items: [[{ text: HOSTILE }]] },
      { type: 'embed', provider: 'x', url: 'https://x.com/a', title: HOSTILE },
    ]);
    assert.ok(!h.includes('<script'), h);
    // paragraph, link text, heading, speaker, question, cite, quote, alt, caption, credit, list, embed
    assert.equal(count(h, HOSTILE_ESCAPED), 12);
    assert.ok(h.includes('href="https://a.example/%22%3E%3Cscript%3E"'));
  });
});
