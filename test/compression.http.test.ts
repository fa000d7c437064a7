// Compression by Accept-Encoding: Brotli, gzip or none, Vary, an ETag per coding, 304s, and cached pages compressed once.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pbkdf2 } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { cacheKey } from '../src/server/page-cache-hooks.js';
import { NOW, seedSyndication } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;

const get = (url: string, headers: Record<string, string> = {}) =>
  t.lede.app.inject({ method: 'GET', url, headers });

const STORY = '/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing';

/** Public responses of every kind: pages, feeds, sitemaps, JSON. */
const TEXT = [
  '/en/',
  STORY,
  '/en/rss.xml',
  '/en/economy/atom.xml',
  '/en/tags/shipping/feed.json',
  '/sitemap.xml',
  '/sitemaps/news-en.xml',
  '/api/search?q=ferry',
];

function decoded(res: { rawPayload: Buffer; headers: Record<string, unknown> }): string {
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(res.rawPayload).toString();
  if (coding === 'gzip') return gunzipSync(res.rawPayload).toString();
  assert.equal(coding, undefined);
  return res.rawPayload.toString();
}

before(async () => {
  t = await bootTestApp({ now: NOW, env: { LEDE_PUBLIC_URL: 'https://lede.example' } });
  await seedSyndication(t.lede.deps);
  // The stories are searchable before the first request (the indexer runs after each commit).
  await t.lede.deps.store.search.drain();
  t.clock.advance(3600_000);
});
after(async () => {
  await t.dispose();
});

describe('negotiation', () => {
  test('pages, feeds, sitemaps and JSON go out in Brotli, gzip or as they are, as the client asks', async () => {
    for (const url of TEXT) {
      const plain = await get(url);
      assert.equal(plain.statusCode, 200, url);
      assert.equal(plain.headers['content-encoding'], undefined, `${url}: no Accept-Encoding`);
      assert.match(String(plain.headers.vary), /Accept-Encoding/i, url);
      const cases: [string, string | undefined][] = [
        ['br, gzip', 'br'],
        ['gzip, deflate, br', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0.5, gzip', 'gzip'],
        ['br;q=0, gzip;q=0.1', 'gzip'],
        ['*', 'br'],
        ['*;q=0.5, br;q=0', 'gzip'],
        ['identity', undefined],
        ['br;q=0, gzip;q=0', undefined],
        ['*;q=0', undefined],
        ['deflate', undefined],
      ];
      for (const [accept, expected] of cases) {
        const res = await get(url, { 'accept-encoding': accept });
        assert.equal(res.statusCode, 200, `${url} ${accept}`);
        assert.equal(res.headers['content-encoding'], expected, `${url} ${accept}`);
        assert.match(String(res.headers.vary), /Accept-Encoding/i, `${url} ${accept}`);
        assert.equal(decoded(res), plain.body, `${url} ${accept}: the same content`);
        if (expected) assert.ok(res.rawPayload.length < plain.rawPayload.length / 2, url);
      }
    }
  });

  test('each coding has its own ETag, and a 304 answers only the tag of the bytes the client holds', async () => {
    const plain = await get(STORY);
    const br = await get(STORY, { 'accept-encoding': 'br' });
    const gz = await get(STORY, { 'accept-encoding': 'gzip' });
    const tags = [plain, br, gz].map((r) => String(r.headers.etag));
    assert.equal(new Set(tags).size, 3, tags.join(' '));
    for (const [accept, tag] of [
      ['', tags[0]!],
      ['br', tags[1]!],
      ['gzip', tags[2]!],
    ] as const) {
      const headers: Record<string, string> = { 'if-none-match': tag };
      if (accept) headers['accept-encoding'] = accept;
      const res = await get(STORY, headers);
      assert.equal(res.statusCode, 304, `${accept || 'identity'}`);
      assert.equal(res.rawPayload.length, 0);
      assert.equal(res.headers.etag, tag);
    }
    // The gzip tag does not validate the Brotli bytes: the client gets the Brotli body.
    const other = await get(STORY, { 'accept-encoding': 'br', 'if-none-match': tags[2]! });
    assert.equal(other.statusCode, 200);
    assert.equal(other.headers['content-encoding'], 'br');
  });

  test('small and binary responses are not compressed', async () => {
    const health = await get('/health', { 'accept-encoding': 'br, gzip' });
    assert.equal(health.statusCode, 200);
    assert.equal(health.headers['content-encoding'], undefined);
    // The probe says the database answers, without counting the archive.
    assert.deepEqual(JSON.parse(health.body), { ok: true });
  });
});

describe('readers do not wait for the thread pool', () => {
  test('pages and answers are compressed while the thread pool is busy with other work', async () => {
    // Every thread of libuv's pool (4 unless UV_THREADPOOL_SIZE says more) on a key derivation
    // of a second or more: work of that kind (file reads, crypto) would hold a compression sent
    // there, and every reader waiting for the page with it.
    const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
    const derive = () =>
      new Promise<void>((resolve, reject) =>
        pbkdf2('lede', 'salt', 2_000_000, 64, 'sha512', (error) =>
          error ? reject(error) : resolve(),
        ),
      );
    const derivations = Array.from({ length: threads }, derive);
    // Until the first derivation ends no thread of the pool is free.
    const pool = Promise.race(derivations).then(() => 'pool' as const);
    t.lede.pages.clear();
    const answers = Promise.all([
      get('/en/economy/', { 'accept-encoding': 'br' }),
      get(STORY, { 'accept-encoding': 'gzip' }),
      get('/api/search?q=ferry', { 'accept-encoding': 'br' }),
    ]);
    const first = await Promise.race([answers.then(() => 'answers' as const), pool]);
    await Promise.all(derivations);
    const [page, story, json] = await answers;
    assert.equal(first, 'answers', 'the answers came before a thread of the pool was free');
    assert.equal(page.headers['content-encoding'], 'br');
    assert.equal(story.headers['content-encoding'], 'gzip');
    assert.equal(json.headers['content-encoding'], 'br');
  });
});

describe('the page cache keeps the compressed bytes', () => {
  test('a cached page is compressed once per coding; later hits send the kept bytes', async () => {
    const url = '/en/economy/';
    t.lede.pages.clear();
    const miss = await get(url, { 'accept-encoding': 'br' });
    assert.equal(miss.headers['x-cache'], 'MISS');
    const entry = t.lede.pages.get(cacheKey(url))!.page;
    const kept = entry.encoded.get('br');
    assert.ok(kept, 'the Brotli bytes of the render are kept');
    assert.deepEqual(miss.rawPayload, await kept);
    assert.equal(entry.encoded.has('gzip'), false, 'no coding is made before a client asks');

    for (let i = 0; i < 3; i++) {
      const hit = await get(url, { 'accept-encoding': 'br' });
      assert.equal(hit.headers['x-cache'], 'HIT');
      assert.equal(hit.headers['content-encoding'], 'br');
      assert.deepEqual(hit.rawPayload, miss.rawPayload);
      assert.equal(hit.headers.etag, miss.headers.etag);
    }
    assert.equal(entry.encoded.get('br'), kept, 'no hit compressed it again');

    const gzHit = await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(gzHit.headers['x-cache'], 'HIT');
    const gz = entry.encoded.get('gzip');
    assert.ok(gz, 'the first gzip client made the gzip bytes');
    await get(url, { 'accept-encoding': 'gzip' });
    assert.equal(entry.encoded.get('gzip'), gz);
    assert.equal(gunzipSync(gzHit.rawPayload).toString(), decoded(miss));

    const plainHit = await get(url);
    assert.equal(plainHit.headers['content-encoding'], undefined);
    assert.equal(plainHit.body, decoded(miss));
    assert.match(String(plainHit.headers.vary), /Accept-Encoding/i);
  });

  test('hits answered ahead of the other hooks carry every header of the render', async () => {
    const url = '/en/tags/shipping';
    t.lede.pages.clear();
    const accept = { 'accept-encoding': 'gzip' };
    const miss = await get(url, accept);
    assert.equal(miss.headers['x-cache'], 'MISS');
    const perResponse = ['date', 'x-cache', 'content-length', 'connection', 'keep-alive'];
    const comparable = (headers: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(headers).filter(([n]) => !perResponse.includes(n)));
    // The security headers are among them: the hits skip the hook that sets them on a render.
    for (const name of ['content-security-policy', 'x-content-type-options', 'surrogate-key'])
      assert.ok(miss.headers[name], name);
    for (let i = 0; i < 3; i++) {
      const hit = await get(url, accept);
      assert.equal(hit.headers['x-cache'], 'HIT');
      assert.deepEqual(comparable(hit.headers), comparable(miss.headers));
      assert.equal(Number(hit.headers['content-length']), hit.rawPayload.length);
      assert.deepEqual(hit.rawPayload, miss.rawPayload);
      assert.equal(hit.headers['set-cookie'], undefined);
    }
    // A conditional request and a HEAD still get their own answers.
    const etag = String(miss.headers.etag);
    const revalidated = await get(url, { ...accept, 'if-none-match': etag });
    assert.equal(revalidated.statusCode, 304);
    assert.equal(revalidated.rawPayload.length, 0);
    const head = await t.lede.app.inject({ method: 'HEAD', url, headers: accept });
    assert.equal(head.statusCode, 200);
    assert.equal(head.rawPayload.length, 0);
  });
});
