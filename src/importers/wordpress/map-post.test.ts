// Mapping posts: dates in the site's zone, rubrics of two levels, and a 50,000-post export read and mapped with flat memory.

import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { WXR_TAIL, wxrHead, wxrItem } from '../../../test/support/wxr-files.js';
import { mapPost, postTime, rubricOf, type WxrSite } from './map-post.js';
import { readWxr, type WxrNode } from './wxr-reader.js';

const node = (name: string, text: string): WxrNode => ({ name, attrs: {}, text, children: [] });

test('wp:post_date_gmt is UTC; wp:post_date alone is read in the site zone', () => {
  const item = (children: WxrNode[]): WxrNode => ({ name: 'item', attrs: {}, text: '', children });
  assert.equal(
    postTime(item([node('wp:post_date_gmt', '2025-12-05 10:30:00')]), 'Asia/Baku'),
    '2025-12-05T10:30:00.000Z',
  );
  assert.equal(
    postTime(
      item([
        node('wp:post_date_gmt', '0000-00-00 00:00:00'),
        node('wp:post_date', '2025-12-05 14:30:15'),
      ]),
      'Asia/Baku',
    ),
    '2025-12-05T10:30:15.000Z',
  );
});

test('categories deeper than two levels fold into their second-level ancestor', () => {
  const site: WxrSite = {
    baseUrl: '',
    key: 's',
    authors: new Map(),
    categories: new Map([
      ['a', { name: 'World', parent: '' }],
      ['b', { name: 'Europe', parent: 'a' }],
      ['c', { name: 'Baltics', parent: 'b' }],
      ['d', { name: 'Riga', parent: 'c' }],
    ]),
  };
  assert.equal(rubricOf(site, 'a'), 'World');
  assert.equal(rubricOf(site, 'b'), 'World / Europe');
  assert.equal(rubricOf(site, 'd'), 'World / Europe');
});

test('a 50,000-post export is read and mapped as a stream', async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wxr-50k-')), 'big.xml');
  const site = 'https://big.example';
  const out = createWriteStream(file);
  out.write(wxrHead(site, [{ nicename: 'news', name: 'News' }]));
  for (let id = 1; id <= 50_000; id++)
    if (
      !out.write(
        wxrItem(
          {
            id,
            title: `Post ${id}`,
            content: `<p>Body of ${id}.</p>\n\nMore.`,
            categories: ['news'],
          },
          site,
        ),
      )
    )
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  out.end(WXR_TAIL);
  await new Promise<void>((resolve) => out.once('finish', () => resolve()));

  const options = {
    site: {
      baseUrl: site,
      key: 'big.example',
      categories: new Map([['news', { name: 'News', parent: '' }]]),
      authors: new Map(),
    },
    edition: 'en' as const,
    timeZone: 'Asia/Baku',
    defaultRubric: 'WordPress',
  };
  const heapBefore = process.memoryUsage().heapUsed;
  let mapped = 0;
  let last = '';
  for await (const event of readWxr(file)) {
    if (event.kind !== 'item') continue;
    const post = mapPost(event.node, options);
    assert.ok(!('skip' in post));
    mapped++;
    last = post.story.title;
  }
  assert.equal(mapped, 50_000);
  assert.equal(last, 'Post 50000');
  const grown = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  assert.ok(grown < 100, `the heap grew ${grown.toFixed(0)} MB`);
});
