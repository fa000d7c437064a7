// Public paths map to the right edition and page kind.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultEditions } from '../domain/editions.js';
import { resolvePath } from './resolve-path.js';

const editions = defaultEditions();
const r = (p: string) => {
  const { edition, route } = resolvePath(editions, p);
  return { edition: edition.code, ...route };
};

test('home pages of each edition', () => {
  assert.deepEqual(r('/'), { edition: 'az', kind: 'home' });
  assert.deepEqual(r('/ru/'), { edition: 'ru', kind: 'home' });
  assert.deepEqual(r('/en/?page=2'), { edition: 'en', kind: 'home' });
  assert.deepEqual(r('/ru'), { edition: 'ru', kind: 'redirect', to: '/ru/' });
});

test('rubric, story, tag and archive pages', () => {
  assert.deepEqual(r('/ru/vneshnyaya-politika/'), {
    edition: 'ru',
    kind: 'rubric',
    rubric: 'vneshnyaya-politika',
  });
  assert.deepEqual(r('/ru/vneshnyaya-politika/gosministr-u-londona'), {
    edition: 'ru',
    kind: 'story',
    rubric: 'vneshnyaya-politika',
    slug: 'gosministr-u-londona',
  });
  assert.deepEqual(r('/siyaset/xeber'), {
    edition: 'az',
    kind: 'story',
    rubric: 'siyaset',
    slug: 'xeber',
  });
  assert.deepEqual(r('/en/tags/budget'), { edition: 'en', kind: 'tag', tag: 'budget' });
  assert.deepEqual(r('/archive/2025-12-05'), { edition: 'az', kind: 'archive', day: '2025-12-05' });
  assert.deepEqual(r('/en/search'), { edition: 'en', kind: 'search' });
  assert.deepEqual(r('/en/world'), { edition: 'en', kind: 'redirect', to: '/en/world/' });
});

test('hostile or malformed paths resolve to nothing', () => {
  assert.equal(r('/ru/%E0%A4%A').kind, 'none');
  assert.equal(r('/ru/<script>/x').kind, 'none');
  assert.equal(r('/a/b/c/d').kind, 'none');
  assert.equal(r('/en/../etc/passwd').kind, 'none');
});
