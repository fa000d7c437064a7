// Links pasted alone that become embeds: YouTube, X (twitter.com and x.com) and Telegram posts.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { embedFromUrl } from './embed-from-url.js';

describe('embedFromUrl', () => {
  test('YouTube watch, short, embed and youtu.be links, in canonical form', () => {
    const canonical = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&si=abc',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ?si=tracking',
      'https://www.youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      '  youtu.be/dQw4w9WgXcQ  ',
    ]) {
      assert.deepEqual(
        embedFromUrl(link),
        { type: 'embed', provider: 'youtube', url: canonical },
        link,
      );
    }
  });

  test('X posts on x.com and twitter.com', () => {
    for (const link of [
      'https://x.com/Report_News_Az/status/1865000000000000000',
      'https://twitter.com/Report_News_Az/status/1865000000000000000?s=20',
      'https://mobile.twitter.com/Report_News_Az/status/1865000000000000000',
    ]) {
      assert.deepEqual(embedFromUrl(link), {
        type: 'embed',
        provider: 'x',
        url: 'https://x.com/Report_News_Az/status/1865000000000000000',
      });
    }
  });

  test('Telegram channel posts on t.me', () => {
    for (const link of ['https://t.me/reportaz/12345', 'https://t.me/s/reportaz/12345']) {
      assert.deepEqual(embedFromUrl(link), {
        type: 'embed',
        provider: 'telegram',
        url: 'https://t.me/reportaz/12345',
      });
    }
  });

  test('anything else stays a link or text', () => {
    for (const text of [
      'https://report.az/ru/vneshnyaya-politika/',
      'https://x.com/Report_News_Az',
      'https://t.me/reportaz',
      'https://www.youtube.com/channel/UC123',
      'see https://youtu.be/dQw4w9WgXcQ',
      'javascript:alert(1)',
      '',
      'Лорд Коакер',
    ]) {
      assert.equal(embedFromUrl(text), null, text);
    }
  });
});
