// Post HTML to blocks: wpautop paragraphs, Gutenberg blocks, shortcodes, entities and bold-question interviews.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToBlocks } from './html-to-blocks.js';

test('classic HTML: blank lines split paragraphs, single newlines do not, entities decoded, marks kept', () => {
  const { blocks, interview } = htmlToBlocks(
    'One line\nsame paragraph &amp; more.\n\nSecond with <strong>bold</strong>, <em>it</em> and <a href="https://ex.org/a">a link</a>&nbsp;&#8212; end.',
  );
  assert.equal(interview, false);
  assert.deepEqual(blocks, [
    { type: 'paragraph', content: [{ text: 'One line same paragraph & more.' }] },
    {
      type: 'paragraph',
      content: [
        { text: 'Second with ' },
        { text: 'bold', marks: ['bold'] },
        { text: ', ' },
        { text: 'it', marks: ['italic'] },
        { text: ' and ' },
        { text: 'a link', marks: ['link'], href: 'https://ex.org/a' },
        { text: '\u00a0— end.' },
      ],
    },
  ]);
});

test('a javascript: link loses its address, script bodies are not text', () => {
  const { blocks } = htmlToBlocks(
    '<p><a href="javascript:alert(1)">x</a><script>alert(2)</script></p>',
  );
  assert.deepEqual(blocks, [{ type: 'paragraph', content: [{ text: 'x' }] }]);
});

test('Gutenberg: paragraph, heading, list, quote with cite, image with caption, embed from its attributes', () => {
  const html = [
    '<!-- wp:paragraph --><p>Hello</p><!-- /wp:paragraph -->',
    '<!-- wp:heading {"level":3} --><h3>Sub</h3><!-- /wp:heading -->',
    '<!-- wp:list {"ordered":true} --><ol><li>one</li><li>two</li></ol><!-- /wp:list -->',
    '<!-- wp:quote --><blockquote class="wp-block-quote"><p>Said.</p><cite>Her</cite></blockquote><!-- /wp:quote -->',
    '<!-- wp:image --><figure class="wp-block-image"><img src="https://s.org/wp-content/uploads/a.jpg" alt="A"/><figcaption>Cap &amp; tion</figcaption></figure><!-- /wp:image -->',
    '<!-- wp:embed {"url":"https://youtu.be/xyz","type":"video"} --><figure><div>https://youtu.be/xyz</div></figure><!-- /wp:embed -->',
  ].join('\n');
  assert.deepEqual(htmlToBlocks(html).blocks, [
    { type: 'paragraph', content: [{ text: 'Hello' }] },
    { type: 'heading', level: 3, content: [{ text: 'Sub' }] },
    { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }]] },
    { type: 'quote', content: [{ type: 'paragraph', content: [{ text: 'Said.' }] }], cite: 'Her' },
    {
      type: 'image',
      src: 'https://s.org/wp-content/uploads/a.jpg',
      alt: 'A',
      caption: 'Cap & tion',
    },
    { type: 'embed', provider: 'youtube', url: 'https://youtu.be/xyz' },
  ]);
});

test('shortcodes: [caption] is an image with its caption, [embed] an embed, others stay as text', () => {
  const { blocks } = htmlToBlocks(
    '[caption id="attachment_5" width="300"]<img src="http://s.org/b.png" alt="B" width="300" height="200" /> The port[/caption]\n\n[embed]https://twitter.com/a/status/1[/embed]\n\n[gallery ids="1,2"]',
  );
  assert.deepEqual(blocks, [
    {
      type: 'image',
      src: 'http://s.org/b.png',
      alt: 'B',
      width: 300,
      height: 200,
      caption: 'The port',
    },
    { type: 'embed', provider: 'x', url: 'https://twitter.com/a/status/1' },
    { type: 'paragraph', content: [{ text: '[gallery ids="1,2"]' }] },
  ]);
});

test('bold questions and what follows them become questions and answers', () => {
  const { blocks, interview } = htmlToBlocks(
    'Intro.\n\n<strong>Как дела?</strong>\n\nХорошо.\n\nОчень.\n\n<b>Nə vaxt?</b><br />Sabah.',
  );
  assert.equal(interview, true);
  const para = (text: string) => ({ type: 'paragraph', content: [{ text }] });
  assert.deepEqual(blocks, [
    para('Intro.'),
    { type: 'question', content: [para('Как дела?')] },
    { type: 'answer', content: [para('Хорошо.'), para('Очень.')] },
    { type: 'question', content: [para('Nə vaxt?')] },
    { type: 'answer', content: [para('Sabah.')] },
  ]);
});

test('one bold question alone is no interview', () => {
  assert.equal(htmlToBlocks('<b>Why?</b>\n\nBecause.').interview, false);
});
