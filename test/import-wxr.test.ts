// `lede import wxr` end to end: a WordPress export with what real archives have, its media, old permalinks, re-runs.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { importWxrFiles, type WxrReport } from '../src/importers/wordpress/import-wxr.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { WXR_TAIL, wxrHead, wxrItem, type WxrPost } from './support/wxr-files.js';

const SITE = 'https://old.example.az';
const dir = mkdtempSync(path.join(tmpdir(), 'import-wxr-'));
let t: TestApp;
let server: Server;
let served = 0;
let png: Buffer;

before(async () => {
  t = await bootTestApp({ now: '2025-12-10T12:00:00Z' });
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  server = createServer((req, res) => {
    served++;
    if (req.url === '/wp-content/uploads/2025/12/remote.png') res.end(png);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  server.close();
  await t.dispose();
});

const CATEGORIES = [
  { nicename: 'politika', name: 'Политика' },
  { nicename: 'vneshnyaya', name: 'Внешняя политика', parent: 'politika' },
  { nicename: 'evropa', name: 'Европа', parent: 'vneshnyaya' },
];
const cyrillicSlug = encodeURIComponent('министр-о-планах').toLowerCase();
const azSlug = encodeURIComponent('nazir-gələcək-planlar').toLowerCase();

function posts(remote: string): WxrPost[] {
  return [
    {
      id: 11,
      title: 'Министр &amp; планы: <b>Лондон</b> и Баку',
      content:
        'В интервью министр рассказал о планах.\n\n<strong>Каковы планы?</strong>\n\nАмбициозные.\n\n<strong>А сроки?</strong>\n\nДо 2030 года.',
      link: `${SITE}/2025/12/05/${cyrillicSlug}/`,
      categories: ['evropa'],
      tags: ['Ильхам Алиев', 'Лондон'],
      creator: 'vernon',
      language: 'ru',
      translations: 'pll_abc',
      dateGmt: '2025-12-05 10:30:00',
      thumbnail: 90,
      comments: 2,
    },
    {
      id: 12,
      title: 'Nazir gələcək planlardan danışdı',
      content:
        '<!-- wp:paragraph --><p>Nazir danışdı.</p><!-- /wp:paragraph -->\n<!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc"} --><figure>https://www.youtube.com/watch?v=abc</figure><!-- /wp:embed -->\n[caption width="40"]<img src="http://127.0.0.1/wp-content/uploads/x.png" alt="X" /> Liman[/caption] ]]> end',
      link: `${SITE}/2025/12/05/${azSlug}/`,
      language: 'az',
      translations: 'pll_abc',
      date: '2025-12-05 14:30:00',
      excerpt: 'Qısa xülasə.',
      thumbnail: 91,
    },
    { id: 13, title: 'Same slug one', content: 'One.', slug: 'same', link: `${SITE}/same/` },
    { id: 14, title: 'Same slug two', content: 'Two.', slug: 'same', link: `${SITE}/same-2/` },
    { id: 15, title: 'A draft', content: 'Not yet.', status: 'draft' },
    { id: 17, title: 'Only for us', content: 'Private.', status: 'private' },
    { id: 18, title: 'Awaiting review', content: 'Pending.', status: 'pending' },
    { id: 16, title: 'Tomorrow', content: 'Later.', status: 'future', date: '2026-01-01 09:00:00' },
    {
      id: 90,
      title: 'thumb',
      content: '',
      type: 'attachment',
      attachmentUrl: `${SITE}/wp-content/uploads/2025/12/missing.jpg`,
    },
    { id: 91, title: 'remote', content: '', type: 'attachment', attachmentUrl: remote },
    { id: 20, title: 'About', content: 'A page.', type: 'page' },
  ];
}

function writeExport(name: string, items: WxrPost[]): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    wxrHead(SITE, CATEGORIES, [{ login: 'vernon', name: 'Вернон Коакер' }]) +
      items.map((p) => wxrItem(p, SITE)).join('') +
      WXR_TAIL,
  );
  return file;
}

let report: WxrReport;
let file: string;

test('an export comes in: stories with blocks, rubrics, tags, authors, editions, media, and what was skipped', async () => {
  const { port } = server.address() as AddressInfo;
  const remote = `http://127.0.0.1:${port}/wp-content/uploads/2025/12/remote.png`;
  file = writeExport('site.xml', posts(remote));
  const uploads = path.join(dir, 'uploads');
  mkdirSync(uploads, { recursive: true });
  report = await importWxrFiles(t.lede.deps, [file], { edition: 'en', uploads, fetch: true });
  assert.deepEqual(report.files, [{ file, ok: true, items: 11, error: null }]);
  assert.equal(report.read, 11);
  assert.equal(report.imported, 8);
  assert.deepEqual(report.failed, []);
  assert.equal(report.commentsSkipped, 2);
  assert.deepEqual(
    report.mediaMissing.map((m) => [m.item, m.url]),
    [['wxr:old.example.az:11', `${SITE}/wp-content/uploads/2025/12/missing.jpg`]],
  );
  assert.equal(served, 1, 'the remote file was fetched once from the loopback server');
  const reasons = report.skipped.map((s) => s.reason);
  assert.ok(reasons.includes('page (not a post)'));
  assert.ok(reasons.includes('attachment (not a post)'));

  const store = t.lede.deps.store;
  const ru = (await store.stories.findBySourceKey('wxr:old.example.az:11'))!;
  assert.equal(ru.edition, 'ru');
  assert.equal(ru.type, 'interview');
  assert.equal(ru.title, 'Министр & планы: Лондон и Баку');
  assert.equal(ru.lead, 'В интервью министр рассказал о планах.');
  assert.equal(ru.publishedAt, '2025-12-05T10:30:00.000Z');
  assert.deepEqual(
    ru.blocks.map((b) => b.type),
    ['question', 'answer', 'question', 'answer'],
  );
  const rubric = (await store.taxonomy.findRubricById(ru.rubricId))!;
  assert.equal(rubric.name, 'Внешняя политика', 'the third level folds into the second');
  const parent = (await store.taxonomy.findRubricById(rubric.parentId!))!;
  assert.equal(parent.name, 'Политика');
  assert.equal((await store.taxonomy.findAuthorById(ru.authorId!))!.name, 'Вернон Коакер');
  assert.deepEqual((await store.taxonomy.listTags('ru')).map((x) => x.name).sort(), [
    'Ильхам Алиев',
    'Лондон',
  ]);

  const az = (await store.stories.findBySourceKey('wxr:old.example.az:12'))!;
  assert.equal(az.edition, 'az');
  assert.equal(az.translationGroup, ru.translationGroup);
  assert.ok(az.translationGroup);
  assert.equal(az.lead, 'Qısa xülasə.');
  assert.equal(az.authorId, null, 'a post without an author has none');
  // wp:post_date is the site's local time (Asia/Baku, +04:00) when there is no GMT date.
  assert.equal(az.publishedAt, '2025-12-05T10:30:00.000Z');
  const [featured, para, embed, image] = az.blocks;
  assert.equal(featured?.type, 'image');
  assert.match((featured as { src: string }).src, /^\/media\//);
  assert.deepEqual(para, { type: 'paragraph', content: [{ text: 'Nazir danışdı.' }] });
  assert.deepEqual(embed, {
    type: 'embed',
    provider: 'youtube',
    url: 'https://www.youtube.com/watch?v=abc',
  });
  assert.equal(image?.type === 'image' && image.caption, 'Liman');
  assert.match(JSON.stringify(az.blocks), /]]> end/);

  const one = (await store.stories.findBySourceKey('wxr:old.example.az:13'))!;
  const two = (await store.stories.findBySourceKey('wxr:old.example.az:14'))!;
  assert.equal(one.slug, 'same');
  assert.notEqual(two.slug, 'same', 'a duplicate slug gets a free one');
  assert.equal(one.edition, 'en', '--edition when the post carries no language');

  const state = async (id: number) =>
    (await store.stories.findBySourceKey(`wxr:old.example.az:${id}`))!;
  assert.equal((await state(15)).status, 'draft');
  assert.equal((await state(18)).status, 'review');
  const future = await state(16);
  assert.equal(future.status, 'scheduled');
  assert.equal(future.scheduledAt, '2026-01-01T05:00:00.000Z');
  const secret = await state(17);
  assert.equal(secret.status, 'unpublished');
  assert.match(secret.unpublishedReason ?? '', /private/);
  const revisions = await store.workflow.listRevisions(ru.id);
  assert.equal(revisions[0]?.savedByName, 'WordPress import', "the revision is the importer's");
});

test('old permalinks answer 301 to the story: dated Cyrillic and Azerbaijani paths, /?p=ID', async () => {
  const store = t.lede.deps.store;
  const get = (url: string) => t.lede.app.inject({ method: 'GET', url });
  for (const [url, id] of [
    [`/2025/12/05/${cyrillicSlug}/`, 11],
    [`/2025/12/05/${cyrillicSlug.toUpperCase()}`, 11],
    [`/2025/12/05/${azSlug}/`, 12],
    ['/?p=12', 12],
    ['/same-2/', 14],
  ] as const) {
    const res = await get(url);
    assert.equal(res.statusCode, 301, url);
    const story = (await store.stories.findBySourceKey(`wxr:old.example.az:${id}`))!;
    assert.ok(
      res.headers.location?.toString().endsWith(`/${story.slug}`),
      `${url} → ${res.headers.location}`,
    );
  }
  assert.equal((await get('/2025/12/05/nothing-here/')).statusCode, 404);
  assert.equal((await get('/?p=999999')).statusCode, 200, 'an unknown post id is the home page');
  assert.equal((await get('/?p=17')).statusCode, 200, 'a private post is not revealed');
});

test('a second run adds nothing; a changed post is updated in place', async () => {
  const before = await t.lede.deps.store.stories.countStories();
  const again = await importWxrFiles(t.lede.deps, [file], { edition: 'en' });
  assert.equal(again.imported + again.updated, 0);
  assert.equal(
    again.skipped.filter((s) => s.reason === 'unchanged since the last import').length,
    8,
  );
  assert.equal(await t.lede.deps.store.stories.countStories(), before);

  const changed = writeExport('site.xml', [
    {
      id: 13,
      title: 'Same slug one, corrected',
      content: 'One.',
      slug: 'same',
      link: `${SITE}/same/`,
    },
  ]);
  const third = await importWxrFiles(t.lede.deps, [changed], { edition: 'en' });
  assert.equal(third.updated, 1);
  const story = (await t.lede.deps.store.stories.findBySourceKey('wxr:old.example.az:13'))!;
  assert.equal(story.title, 'Same slug one, corrected');
  assert.equal(story.slug, 'same', 'the URL does not change');
});

test('hostile and broken files are refused naming the file, and nothing of them is stored', async () => {
  const before = await t.lede.deps.store.stories.countStories();
  const xxe = path.join(dir, 'xxe.xml');
  writeFileSync(
    xxe,
    `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>${wxrHead(SITE)}${wxrItem({ id: 1, title: '&x;', content: '' }, SITE)}${WXR_TAIL}`,
  );
  const truncated = path.join(dir, 'truncated.xml');
  writeFileSync(
    truncated,
    `${wxrHead(SITE)}${wxrItem({ id: 2, title: 'Good', content: 'Body' }, SITE)}<item><title>`,
  );
  const result = await importWxrFiles(t.lede.deps, [xxe, truncated, path.join(dir, 'absent.xml')], {
    edition: 'en',
  });
  assert.deepEqual(
    result.files.map((f) => [f.ok, f.error?.startsWith(f.file)]),
    [
      [false, true],
      [false, true],
      [false, true],
    ],
  );
  assert.match(result.files[0]!.error!, /DOCTYPE/);
  assert.match(result.files[1]!.error!, /not well-formed/);
  assert.equal(
    await t.lede.deps.store.stories.countStories(),
    before,
    'the good post before the break is not stored',
  );
});

const SHARED = ['../../shared/standards/wordpress/', '../../../shared/standards/wordpress/']
  .map((rel) => new URL(rel, import.meta.url).pathname)
  .find((p) => existsSync(p));

test(
  "the WordPress importer's own test exports",
  { skip: SHARED ? false : 'shared standards folder not found' },
  async () => {
    const at = (name: string) => path.join(SHARED!, name);
    const result = await importWxrFiles(
      t.lede.deps,
      [
        'valid-wxr-1.0.xml',
        'valid-wxr-1.1.xml',
        'small-export.xml',
        'theme-unit-test-data.xml',
        'crazy-cdata.xml',
        'malformed.xml',
      ].map(at),
      { edition: 'en' },
    );
    assert.deepEqual(
      result.files.map((f) => f.ok),
      [true, true, true, true, false, false],
    );
    assert.deepEqual(result.failed, []);
    assert.ok(result.imported > 50, `${result.imported} imported`);
  },
);
