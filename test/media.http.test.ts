// The media library over HTTP: uploads (types, limits, damage, rights), variants served, clean-up, the site's srcset.

import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { SYSTEM } from '../src/domain/actor.js';
import type { MediaView } from '../src/operations/media-view.js';
import { createStory } from '../src/operations/create-story.js';
import { transitionStory } from '../src/operations/transition-story.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { newsroomClient, type Signed } from './support/newsroom-client.js';
import { newStory } from './support/newsroom-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'lede-media-http-'));
const mediaDir = path.join(dataDir, 'media');
let t: TestApp;
let c: ReturnType<typeof newsroomClient>;
let reporter: Signed;
let editor: Signed;
const img: Record<'jpeg' | 'png' | 'webp' | 'huge', Buffer> = {} as never;

before(async () => {
  t = await bootTestApp({
    now: '2025-12-06T09:00:00Z',
    env: { LEDE_DATA_DIR: dataDir, LEDE_MEDIA_MAX_MB: '1', LEDE_MEDIA_MAX_MEGAPIXELS: '8' },
  });
  c = newsroomClient(t);
  await ensureRubric(t.lede.deps.store, 'ru', 'Экономика');
  reporter = await c.signIn('reporter');
  editor = await c.signIn('editor');
  const canvas = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#2a6' } });
  // 2400×1600 as stored, EXIF "rotate 90°": 1600×2400 upright.
  img.jpeg = await canvas(2400, 1600).jpeg().withMetadata({ orientation: 6 }).toBuffer();
  img.png = await canvas(800, 600).png().toBuffer();
  img.webp = await canvas(1000, 500).webp().toBuffer();
  img.huge = await canvas(4000, 2500).png().toBuffer();
});
after(async () => {
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

async function form(file: { bytes: Buffer; name: string; type?: string } | null, fields = {}) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, String(v));
  if (file)
    data.set(
      'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'image/jpeg' }),
      file.name,
    );
  const res = new Response(data);
  return {
    payload: Buffer.from(await res.arrayBuffer()),
    type: res.headers.get('content-type')!,
  };
}

async function upload(
  who: Signed | null,
  file: { bytes: Buffer; name: string; type?: string } | null,
  fields: Record<string, string> = {},
  csrf = true,
) {
  const body = await form(file, fields);
  return t.lede.app.inject({
    method: 'POST',
    url: '/api/media',
    headers: {
      'content-type': body.type,
      ...(who ? { cookie: who.cookie } : {}),
      ...(who && csrf ? { 'x-csrf-token': who.csrf } : {}),
    },
    payload: body.payload,
  });
}

function filesOnDisk(): string[] {
  try {
    return readdirSync(mediaDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(mediaDir, path.join(e.parentPath, e.name)))
      .sort();
  } catch {
    return [];
  }
}
const rows = async () => (await t.lede.deps.store.media.list({ limit: 1 })).total;

describe('uploading', () => {
  test('a reporter uploads a JPEG: upright, WebP variants capped at its width, served immutable', async () => {
    const res = await upload(
      reporter,
      { bytes: img.jpeg, name: 'port.jpg' },
      {
        alt: 'Порт Алят',
        caption: 'Краны в порту',
        credit: 'Report',
      },
    );
    assert.equal(res.statusCode, 201, res.body);
    const m = res.json<MediaView>();
    assert.deepEqual(
      [m.width, m.height, m.mime, m.alt, m.caption, m.credit],
      [1600, 2400, 'image/jpeg', 'Порт Алят', 'Краны в порту', 'Report'],
    );
    assert.match(m.url, /^\/media\/[0-9a-f]{20}-[0-9a-f]{8}\/1600x2400\.jpg$/);
    assert.deepEqual(
      m.variants.map((v) => v.width),
      [320, 640, 960, 1280, 1600],
    );
    assert.equal(m.srcset, m.variants.map((v) => `${v.url} ${v.width}w`).join(', '));
    for (const v of m.variants) {
      const file = await t.lede.app.inject({ method: 'GET', url: v.url });
      assert.equal(file.statusCode, 200, v.url);
      assert.equal(file.headers['content-type'], 'image/webp');
      assert.equal(file.headers['cache-control'], 'public, max-age=31536000, immutable');
      const meta = await sharp(file.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['webp', v.width, v.height]);
    }
    const original = await t.lede.app.inject({ method: 'GET', url: m.url });
    assert.equal(original.headers['content-type'], 'image/jpeg');
    const meta = await sharp(original.rawPayload).metadata();
    assert.deepEqual(
      [meta.width, meta.height, meta.orientation, meta.exif],
      [1600, 2400, undefined, undefined],
    );
    const key = m.url.split('/')[2]!;
    assert.deepEqual(
      filesOnDisk().filter((f) => f.startsWith(key)),
      [m.url, ...m.variants.map((v) => v.url)].map((u) => u.slice('/media/'.length)).sort(),
    );
  });

  test('a PNG named .jpg is taken for what it is; a WebP too', async () => {
    const png = await upload(reporter, { bytes: img.png, name: 'photo.jpg', type: 'image/jpeg' });
    assert.equal(png.statusCode, 201, png.body);
    const p = png.json<MediaView>();
    assert.equal(p.mime, 'image/png');
    assert.match(p.url, /\/800x600\.png$/);
    assert.deepEqual(
      p.variants.map((v) => v.width),
      [320, 640, 800],
    );
    const webp = await upload(reporter, { bytes: img.webp, name: 'wide.webp', type: 'image/webp' });
    assert.equal(webp.statusCode, 201, webp.body);
    assert.deepEqual(
      webp.json<MediaView>().variants.map((v) => v.width),
      [320, 640, 960, 1000],
    );
  });

  test('refused with a clear message, and nothing left on disk or in the table', async () => {
    const files = filesOnDisk();
    const count = await rows();
    const cases: [string, Promise<{ statusCode: number; body: string }>, number, string][] = [
      [
        'text named .jpg',
        upload(reporter, { bytes: Buffer.from('not an image'), name: 'a.jpg' }),
        415,
        'unsupported_media',
      ],
      [
        'truncated JPEG',
        upload(reporter, { bytes: img.jpeg.subarray(0, img.jpeg.length >> 1), name: 't.jpg' }),
        400,
        'invalid_image',
      ],
      [
        'over 1 MB',
        upload(reporter, {
          bytes: Buffer.concat([img.jpeg, Buffer.alloc(1_100_000)]),
          name: 'big.jpg',
        }),
        413,
        'too_large',
      ],
      [
        'over 8 megapixels',
        upload(reporter, { bytes: img.huge, name: 'huge.png' }),
        413,
        'too_large',
      ],
      ['no file', upload(reporter, null, { alt: 'x' }), 400, 'invalid_input'],
      [
        'alt too long',
        upload(reporter, { bytes: img.png, name: 'a.png' }, { alt: 'x'.repeat(501) }),
        400,
        'invalid_input',
      ],
      [
        'unknown field',
        upload(reporter, { bytes: img.png, name: 'a.png' }, { title: 'x' }),
        400,
        'invalid_input',
      ],
      ['not signed in', upload(null, { bytes: img.png, name: 'a.png' }), 401, 'unauthenticated'],
      [
        'no CSRF token',
        upload(reporter, { bytes: img.png, name: 'a.png' }, {}, false),
        403,
        'csrf',
      ],
    ];
    for (const [what, pending, status, error] of cases) {
      const res = await pending;
      assert.equal(res.statusCode, status, `${what}: ${res.body}`);
      const body = JSON.parse(res.body) as { error: string; message: string };
      assert.equal(body.error, error, what);
      assert.ok(body.message.length > 5, what);
    }
    assert.deepEqual(filesOnDisk(), files);
    assert.equal(await rows(), count);
  });

  test('a JSON body is not an upload: 415', async () => {
    const res = await c.asSession(reporter, 'POST', '/api/media', { file: 'x' });
    assert.equal(res.statusCode, 415, res.body);
  });

  test('the API documents the media routes, the upload as multipart', async () => {
    const doc = (await t.lede.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    }>();
    assert.ok(doc.paths['/api/media']?.post?.requestBody?.content['multipart/form-data']);
    assert.ok(doc.paths['/api/media']?.get);
    assert.deepEqual(Object.keys(doc.paths['/api/media/{id}'] ?? {}).sort(), [
      'delete',
      'get',
      'patch',
    ]);
  });
});

describe('the library', () => {
  test('list and search, paged; describe; an unknown file is 404', async () => {
    const up = await upload(reporter, { bytes: img.png, name: 'Бакинский-бульвар.png' });
    const m = up.json<MediaView>();
    const found = await c.asSession(editor, 'GET', `/api/media?q=${encodeURIComponent('БУЛЬВАР')}`);
    assert.equal(found.statusCode, 200, found.body);
    assert.deepEqual(
      found.json<{ items: MediaView[] }>().items.map((i) => i.id),
      [m.id],
    );
    const page = await c.asSession(editor, 'GET', '/api/media?limit=2&page=2');
    const body = page.json<{ items: MediaView[]; page: number; pageSize: number; total: number }>();
    assert.deepEqual([body.page, body.pageSize, body.items.length], [2, 2, 2]);
    const patched = await c.asSession(editor, 'PATCH', `/api/media/${m.id}`, {
      alt: 'Бульвар',
      caption: null,
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json<MediaView>().alt, 'Бульвар');
    assert.equal(
      (await c.asSession(editor, 'PATCH', `/api/media/${m.id}`, { alt: 'x' }, null)).statusCode,
      403,
    );
    const missing = await t.lede.app.inject({ method: 'GET', url: `${m.url.slice(0, -4)}.webp` });
    assert.equal(missing.statusCode, 404);
    assert.equal(
      (await t.lede.app.inject({ method: 'GET', url: '/media/../lede.sqlite' })).statusCode,
      404,
    );
  });

  test('a story shows the image with srcset; the image cannot be deleted meanwhile', async () => {
    const m = (
      await upload(reporter, { bytes: img.jpeg, name: 'p.jpg' }, { alt: 'Порт' })
    ).json<MediaView>();
    const deps = t.lede.deps;
    const story = await createStory(
      deps,
      SYSTEM,
      newStory({
        title: 'Порт Алят в цифрах',
        blocks: [
          { type: 'paragraph', content: [{ text: 'Текст.' }] },
          {
            type: 'image',
            src: m.url,
            alt: 'Порт Алят с воздуха',
            caption: 'Порт',
            credit: 'Report',
          },
        ],
      }),
    );
    for (const to of ['review', 'approved', 'published'] as const)
      await transitionStory(deps, SYSTEM, story.id, { to });
    const page = await t.lede.app.inject({ method: 'GET', url: story.url });
    assert.equal(page.statusCode, 200);
    const imgTag = /<figure class="image"[^>]*>\s*<img[^>]*>/.exec(page.body)?.[0] ?? '';
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(imgTag)?.[1];
    assert.equal(attr('src'), m.url);
    assert.equal(attr('srcset'), m.srcset);
    assert.equal(attr('sizes'), m.sizes);
    assert.deepEqual([attr('width'), attr('height')], ['1600', '2400']);
    assert.deepEqual(
      [attr('alt'), attr('loading'), attr('decoding')],
      ['Порт Алят с воздуха', 'lazy', 'async'],
    );
    assert.match(
      page.body,
      /<figcaption>Порт <span class="credit">[^<]*Report<\/span><\/figcaption>/,
    );

    const del = await c.asSession(reporter, 'DELETE', `/api/media/${m.id}`);
    assert.equal(del.statusCode, 409, del.body);
    assert.equal(del.json<{ error: string }>().error, 'media_in_use');
    const used = (await c.asSession(reporter, 'GET', `/api/media/${m.id}`)).json<{
      usedBy: { storyId: number }[];
    }>();
    assert.deepEqual(
      used.usedBy.map((u) => u.storyId),
      [story.id],
    );
  });

  test('deleting an unused image removes its row and every file', async () => {
    const m = (await upload(reporter, { bytes: img.webp, name: 'w.webp' })).json<MediaView>();
    const key = m.url.split('/')[2]!;
    assert.ok(filesOnDisk().some((f) => f.startsWith(key)));
    const del = await c.asSession(reporter, 'DELETE', `/api/media/${m.id}`);
    assert.equal(del.statusCode, 204, del.body);
    assert.equal(filesOnDisk().filter((f) => f.startsWith(key)).length, 0);
    assert.ok(!readdirSync(mediaDir).includes(key));
    assert.equal((await c.asSession(reporter, 'GET', `/api/media/${m.id}`)).statusCode, 404);
    assert.equal((await t.lede.app.inject({ method: 'GET', url: m.url })).statusCode, 404);
  });

  test('a story whose image has no alt text is not published', async () => {
    const m = (await upload(reporter, { bytes: img.png, name: 'noalt.png' })).json<MediaView>();
    const story = await createStory(
      t.lede.deps,
      SYSTEM,
      newStory({ blocks: [{ type: 'image', src: m.url, alt: '  ' }] }),
    );
    for (const to of ['review', 'approved'] as const)
      await transitionStory(t.lede.deps, SYSTEM, story.id, { to });
    const res = await c.asSession(editor, 'POST', `/api/stories/${story.id}/transitions`, {
      to: 'published',
    });
    assert.equal(res.statusCode, 422, res.body);
    const body = res.json<{ error: string; field: string }>();
    assert.deepEqual([body.error, body.field], ['not_ready', 'blocks.0.alt']);
  });
});
