// Gallery and video blocks on the site and in feeds: pictures with captions; a video is its poster linking to the video, with no player until a click.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import type { Block } from '../../domain/blocks.js';
import { videoPlayerUrl } from '../../domain/video.js';
import { validateBlocksWithSchema } from '../../newsroom/editor/validate-blocks.js';
import { bodyHtml } from '../../syndication/body-html.js';
import { StoryBody } from './story-body.js';

const KEY = '0123456789abcdef0123-89abcdef';
const blocks: Block[] = [
  {
    type: 'gallery',
    caption: 'Порт Алят за один день',
    images: [
      {
        src: `/media/${KEY}/1600x900.jpg`,
        alt: 'Краны на рассвете',
        caption: 'Утро',
        credit: 'Lede demo',
      },
      { src: 'https://example.org/night.jpg', alt: 'Причал ночью', width: 800, height: 600 },
    ],
  },
  {
    type: 'video',
    provider: 'youtube',
    url: 'https://www.youtube.com/watch?v=abcdefghijk',
    poster: `/media/${KEY}/1600x900.jpg`,
    title: 'Паром «Шеки» выходит из порта',
  },
];

describe('gallery and video blocks', () => {
  const html = renderToString(<StoryBody blocks={blocks} edition="ru" />);

  it('a gallery shows each picture with its alt text, caption and credit, sized and lazy', () => {
    assert.match(html, /data-block="gallery"/);
    assert.equal(html.split('<img').length - 1, 3);
    assert.match(html, /alt="Краны на рассвете"[^>]*width="1600" height="900"/);
    assert.match(html, /srcset="\/media\/[^"]*320w\.webp 320w/);
    assert.match(
      html,
      /<figcaption>Утро <span class="credit">Фото: Lede demo<\/span><\/figcaption>/,
    );
    assert.match(html, /<figcaption>Порт Алят за один день<\/figcaption>/);
  });

  it('a video is its poster linking to the video: no frame, no script; the player waits in data-player', () => {
    assert.doesNotMatch(html, /<iframe|<script/);
    assert.match(
      html,
      /<a class="video-poster" href="https:\/\/www\.youtube\.com\/watch\?v=abcdefghijk"/,
    );
    assert.match(
      html,
      /data-player="https:\/\/www\.youtube-nocookie\.com\/embed\/abcdefghijk\?autoplay=1"/,
    );
    assert.match(html, /aria-label="Смотреть видео: Паром «Шеки» выходит из порта"/);
  });

  it('only known players are framed; anything else stays a link', () => {
    assert.equal(
      videoPlayerUrl({ provider: 'youtube', url: 'https://youtu.be/abcdefghijk' }),
      'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1',
    );
    assert.equal(
      videoPlayerUrl({ provider: 'vimeo', url: 'https://vimeo.com/76979871' }),
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    );
    assert.equal(
      videoPlayerUrl({ provider: 'youtube', url: 'https://evil.example/watch?v=abcdefghijk' }),
      null,
    );
    assert.equal(videoPlayerUrl({ provider: 'link', url: 'https://example.org/video' }), null);
  });

  it('feeds get the gallery as figures and the video as its linked poster', () => {
    const feed = bodyHtml('https://lede.example', blocks);
    assert.equal(feed.split('<figure').length - 1, 3);
    assert.match(
      feed,
      /<a href="https:\/\/www\.youtube\.com\/watch\?v=abcdefghijk"><img src="https:\/\/lede\.example\/media\//,
    );
    assert.doesNotMatch(feed, /iframe|script/);
  });

  it("both blocks pass the editor's schema and come back the same; a video needs https", () => {
    assert.deepEqual(validateBlocksWithSchema(blocks), blocks);
    assert.throws(() =>
      validateBlocksWithSchema([{ type: 'video', provider: 'link', url: 'http://example.org/v' }]),
    );
    assert.throws(() => validateBlocksWithSchema([{ type: 'gallery', images: [] }]));
  });
});
