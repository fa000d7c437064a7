// `lede import ninjs` and `lede import newsml`: Lede's own output comes back whole, partners' items in each version, re-runs, kills, hostile files.

import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import type { Block } from '../src/domain/blocks.js';
import { importNewsFiles, type NewsReport } from '../src/importers/news/import-news.js';
import type { Deps } from '../src/operations/deps.js';
import { subscriberStory } from '../src/operations/read-syndication.js';
import { contextOf } from '../src/syndication/context.js';
import { toNewsml } from '../src/syndication/newsml.js';
import { toNinjs } from '../src/syndication/ninjs.js';
import { ledeCli } from './support/cli.js';
import { NOW, seedSyndication, type Seeded } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const ORIGIN = 'https://agency.example';
const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'fixtures', 'news');
const dir = mkdtempSync(path.join(tmpdir(), 'import-news-'));

let source: TestApp;
let seeded: Seeded;
let ids: number[];
const apps: TestApp[] = [];

async function freshApp(): Promise<TestApp> {
  const app = await bootTestApp({ now: NOW });
  apps.push(app);
  return app;
}

before(async () => {
  source = await freshApp();
  seeded = await seedSyndication(source.lede.deps);
  ids = [
    seeded.interviewId,
    seeded.ferryId,
    seeded.forum.en,
    seeded.forum.az,
    seeded.forum.ru,
    seeded.hostileId,
    seeded.opinionId,
  ];
  const ninjsDir = path.join(dir, 'own-ninjs');
  const newsmlDir = path.join(dir, 'own-newsml');
  mkdirSync(ninjsDir, { recursive: true });
  mkdirSync(newsmlDir, { recursive: true });
  for (const id of ids) {
    const bundle = (await subscriberStory(source.lede.deps, id))!;
    const ctx = contextOf(ORIGIN, source.lede.deps.editions, bundle);
    writeFileSync(path.join(ninjsDir, `${id}.json`), JSON.stringify(toNinjs(bundle.story, ctx)));
    writeFileSync(path.join(newsmlDir, `${id}.xml`), toNewsml(bundle.story, ctx));
  }
});
after(async () => {
  for (const app of apps) await app.dispose();
});

/** Links and pictures leave as absolute URLs; marks in one order. */
function portable(blocks: Block[]): unknown {
  return JSON.parse(JSON.stringify(blocks), (key, value: unknown) => {
    if ((key === 'href' || key === 'src') && typeof value === 'string' && value.startsWith('/'))
      return new URL(value, ORIGIN).href;
    if (key === 'marks' && Array.isArray(value)) return [...(value as string[])].sort();
    // Control characters cannot travel in XML or HTML: the exports leave them out.
    if (key === 'text' && typeof value === 'string')
      return [...value].filter((ch) => ch >= ' ' || ch === '\n' || ch === '\t').join('');
    return value;
  });
}

/** What an editor checks of a story: text, blocks, rubric, tags, author, dates, type. */
async function seen(deps: Deps, id: number) {
  const b = (await subscriberStory(deps, id))!;
  return {
    edition: b.story.edition,
    type: b.story.type,
    title: b.story.title,
    lead: b.story.lead,
    slug: b.story.slug,
    blocks: portable(b.story.blocks),
    rubric: [b.parentRubric?.name, b.rubric.name].filter(Boolean).join(' / '),
    tags: b.tags.map((t) => t.name).sort(),
    author: b.author?.name ?? null,
    publishedAt: b.story.publishedAt,
    status: b.story.status,
  };
}

async function storyBySource(deps: Deps, key: string) {
  const story = await deps.store.stories.findBySourceKey(key);
  assert.ok(story, `no story from ${key}`);
  return story;
}

const urn = (id: number) => `urn:lede:agency.example:story:${id}`;

for (const format of ['ninjs', 'newsml'] as const) {
  test(`Lede's own ${format} comes back whole, with its translations; again adds nothing`, async () => {
    const target = await freshApp();
    const deps = target.lede.deps;
    const report = await importNewsFiles(deps, [path.join(dir, `own-${format}`)], format);
    assert.deepEqual(report.failed, []);
    assert.deepEqual(report.skipped, []);
    assert.equal(report.imported, ids.length);
    for (const id of ids) {
      const copy = await storyBySource(deps, urn(id));
      const want = await seen(source.lede.deps, id);
      const got = await seen(deps, copy.id);
      // NewsML-G2 carries genres only for interview, opinion and analysis: news stays news.
      assert.deepEqual(got, want, `story ${id} (${want.title})`);
    }
    const interview = await storyBySource(deps, urn(seeded.interviewId));
    assert.ok(interview.blocks.some((b) => b.type === 'question'));
    assert.ok(interview.blocks.some((b) => b.type === 'answer'));
    const ferry = await storyBySource(deps, urn(seeded.ferryId));
    assert.ok(
      ferry.blocks.some(
        (b) => b.type === 'paragraph' && b.content.some((r) => r.marks?.includes('editorNote')),
      ),
    );
    const forum = await Promise.all(
      [seeded.forum.en, seeded.forum.az, seeded.forum.ru].map((id) => storyBySource(deps, urn(id))),
    );
    assert.ok(forum[0]!.translationGroup);
    assert.deepEqual(
      forum.map((s) => s.translationGroup),
      forum.map(() => forum[0]!.translationGroup),
      'the three editions of the forum story are translations of each other',
    );
    const bundle = (await subscriberStory(deps, forum[0]!.id))!;
    assert.deepEqual(bundle.translations.map((t) => t.story.edition).sort(), ['az', 'ru']);

    const before = (await deps.store.stories.list({ limit: 100 })).items.length;
    const again = await importNewsFiles(deps, [path.join(dir, `own-${format}`)], format);
    assert.equal(again.imported + again.updated, 0);
    assert.equal(again.skipped.length, ids.length);
    assert.match(again.skipped[0]!.reason, /unchanged/);
    assert.equal((await deps.store.stories.list({ limit: 100 })).items.length, before);
  });
}

async function png(file: string) {
  await sharp({ create: { width: 40, height: 30, channels: 3, background: '#36c' } })
    .png()
    .toFile(file);
}

test('ninjs 1.x, 2.x and 3.x items: sections, tags, places, people, pictures beside the item', async () => {
  const target = await freshApp();
  const deps = target.lede.deps;
  const folder = path.join(dir, 'partner-ninjs');
  cpSync(path.join(FIXTURES, 'ninjs'), folder, { recursive: true });
  await png(path.join(folder, 'port.png'));
  const report = await importNewsFiles(deps, [folder], 'ninjs', { edition: 'en' });
  assert.deepEqual(report.failed, []);
  assert.equal(report.imported, 3, JSON.stringify(report.skipped));
  assert.deepEqual(report.mediaMissing, []);

  const port = await storyBySource(deps, 'urn:example:caspianwire:2025:port-1');
  const p = await seen(deps, port.id);
  assert.equal(p.title, 'New berth opens at Alat port');
  assert.equal(p.lead, "A fourth berth doubles the port's ferry capacity.");
  assert.equal(p.rubric, 'Economy / Transport');
  assert.deepEqual(p.tags, ['Alat', 'Leyla Hasanova', 'Shipping']);
  assert.equal(p.author, 'Leyla Hasanova');
  assert.equal(p.publishedAt, '2025-12-05T07:30:00.000Z');
  assert.equal(port.blocks[0]!.type, 'image');
  assert.match((port.blocks[0] as { src: string }).src, /^\/media\//);
  assert.deepEqual(port.blocks.slice(1), [
    {
      type: 'paragraph',
      content: [
        { text: 'The berth opened on ' },
        { text: 'Friday', marks: ['bold'] },
        { text: '.' },
      ],
    },
    { type: 'heading', content: [{ text: 'What changes' }] },
    { type: 'list', items: [[{ text: 'Two ferries a day' }], [{ text: 'Night loading' }]] },
  ]);

  const forum = await seen(
    deps,
    (await storyBySource(deps, 'urn:example:caspianwire:2025:forum-1')).id,
  );
  assert.equal(forum.edition, 'ru', 'the item names its language');
  assert.equal(forum.rubric, 'environment');
  assert.deepEqual(forum.tags, ['Баку', 'вода', 'форум']);
  assert.equal((forum.blocks as unknown[]).length, 2);
  assert.equal(forum.publishedAt, '2025-12-05T09:00:00.000Z');

  const interview = await storyBySource(deps, 'urn:example:caspianwire:2025:interview-1');
  assert.equal(interview.edition, 'en', 'no language: --edition');
  assert.equal(interview.type, 'interview');
  assert.deepEqual(interview.blocks, [
    {
      type: 'question',
      speaker: 'Wire',
      content: [{ type: 'paragraph', content: [{ text: 'Is it ready?' }] }],
    },
    {
      type: 'answer',
      speaker: 'Captain',
      content: [
        {
          type: 'paragraph',
          content: [
            { text: 'It is ' },
            { text: '(the ferry - ed.)', marks: ['editorNote'] },
            { text: '.' },
          ],
        },
      ],
    },
  ]);

  // Without --edition an item with no language is skipped with the reason.
  const other = await freshApp();
  const none = await importNewsFiles(other.lede.deps, [folder], 'ninjs');
  assert.equal(none.imported, 2);
  assert.match(none.skipped[0]!.reason, /no language.*--edition/);
});

test('a newer version updates, an older one is skipped, a kill withdraws the story', async () => {
  const target = await freshApp();
  const deps = target.lede.deps;
  const folder = mkdtempSync(path.join(dir, 'versions-'));
  const item = (version: string, over: Record<string, unknown> = {}) => {
    writeFileSync(
      path.join(folder, 'item.json'),
      JSON.stringify({
        uri: 'urn:example:wire:kill-1',
        version,
        language: 'az',
        headlines: [{ role: 'main', value: 'Xəbər' }],
        bodies: [{ role: 'main', contenttype: 'text/plain', value: 'Mətn.' }],
        ...over,
      }),
    );
  };
  item('1');
  assert.equal((await importNewsFiles(deps, [folder], 'ninjs')).imported, 1);
  const first = await storyBySource(deps, 'urn:example:wire:kill-1');
  item('2', { headlines: [{ role: 'main', value: 'Xəbər (yenilənib)' }] });
  const updated = await importNewsFiles(deps, [folder], 'ninjs');
  assert.equal(updated.updated, 1);
  const second = await storyBySource(deps, 'urn:example:wire:kill-1');
  assert.equal(second.id, first.id);
  assert.equal(second.title, 'Xəbər (yenilənib)');
  assert.equal(second.slug, first.slug, 'the URL stays');
  item('1', { headlines: [{ role: 'main', value: 'Köhnə' }] });
  const stale = await importNewsFiles(deps, [folder], 'ninjs');
  assert.match(stale.skipped[0]!.reason, /older version/);
  item('3', { pubstatus: 'canceled', ednote: 'Killed: wrong figures.' });
  const killed = await importNewsFiles(deps, [folder], 'ninjs');
  assert.equal(killed.withdrawn, 1);
  const gone = await storyBySource(deps, 'urn:example:wire:kill-1');
  assert.equal(gone.status, 'unpublished');
  assert.equal(gone.unpublishedReason, 'Killed: wrong figures.');
});

test('NewsML-G2: a picture item with its file beside it, a package bringing its text item', async () => {
  const target = await freshApp();
  const deps = target.lede.deps;
  const folder = path.join(dir, 'partner-newsml');
  cpSync(path.join(FIXTURES, 'newsml'), folder, { recursive: true });
  await png(path.join(folder, 'photo.png'));
  const report = await importNewsFiles(deps, [folder], 'newsml', { edition: 'en' });
  assert.deepEqual(report.failed, []);
  assert.deepEqual(report.mediaMissing, []);
  assert.equal(report.packages, 1);
  assert.equal(report.imported, 2, JSON.stringify(report));
  const photo = await storyBySource(deps, 'urn:example:caspianwire:photo-1');
  assert.equal(photo.edition, 'az');
  assert.equal(photo.type, 'photo');
  assert.equal(photo.blocks[0]!.type, 'image');
  assert.equal((photo.blocks[0] as { caption?: string }).caption, 'Körpünün açılışı.');
  assert.deepEqual((await seen(deps, photo.id)).tags, ['Bakı', 'Kapitan Əliyev']);
  const text = await storyBySource(deps, 'urn:example:caspianwire:text-1');
  assert.equal(text.edition, 'en');
  assert.equal(text.lead, 'Two crossings a day.');
  assert.deepEqual(text.blocks, [
    {
      type: 'paragraph',
      content: [
        { text: 'The first crossing leaves at ' },
        { text: 'nine', marks: ['italic'] },
        { text: '.' },
      ],
    },
    { type: 'paragraph', content: [{ text: 'The second at night.' }] },
  ]);
});

test('a picture at a URL is not fetched without --fetch-media, and is reported', async () => {
  const target = await freshApp();
  const folder = mkdtempSync(path.join(dir, 'remote-'));
  writeFileSync(
    path.join(folder, 'item.json'),
    JSON.stringify({
      uri: 'urn:example:wire:remote-1',
      language: 'en',
      headlines: [{ role: 'main', value: 'Remote picture' }],
      renditions: [{ name: 'web', href: 'http://127.0.0.1:9/pic.jpg', contenttype: 'image/jpeg' }],
    }),
  );
  const report = await importNewsFiles(target.lede.deps, [folder], 'ninjs');
  assert.equal(report.imported, 1);
  assert.match(report.mediaMissing[0]!.reason, /--fetch-media/);
});

test('with --fetch-media a picture is fetched from its URL (a loopback server) into the media library', async () => {
  const target = await freshApp();
  const picture = path.join(dir, 'served.png');
  await png(picture);
  let served = 0;
  const server = createServer((req, res) => {
    served++;
    if (req.url === '/pic.png')
      res.writeHead(200, { 'content-type': 'image/png' }).end(readFileSync(picture));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const folder = mkdtempSync(path.join(dir, 'fetch-'));
    writeFileSync(
      path.join(folder, 'item.json'),
      JSON.stringify({
        uri: 'urn:example:wire:fetched-1',
        language: 'en',
        type: 'picture',
        headlines: [{ role: 'main', value: 'Fetched picture' }],
        renditions: [
          {
            name: 'web',
            href: `http://127.0.0.1:${port}/pic.png`,
            contenttype: 'image/png',
            width: 40,
          },
        ],
      }),
    );
    const report = await importNewsFiles(target.lede.deps, [folder], 'ninjs', { fetch: true });
    assert.deepEqual(report.mediaMissing, []);
    assert.equal(served, 1);
    const story = await storyBySource(target.lede.deps, 'urn:example:wire:fetched-1');
    assert.equal(story.type, 'photo');
    assert.match((story.blocks[0] as { src: string }).src, /^\/media\//);
  } finally {
    server.close();
  }
});

test('hostile and broken files are refused, naming the file; nothing is written', async () => {
  const target = await freshApp();
  const deps = target.lede.deps;
  const hostile = path.join(FIXTURES, 'hostile');
  const started = Date.now();
  const xml = await importNewsFiles(deps, [hostile], 'newsml');
  const json = await importNewsFiles(deps, [hostile], 'ninjs');
  assert.ok(Date.now() - started < 20_000);
  const byName = (r: NewsReport) =>
    Object.fromEntries(r.files.map((f) => [path.basename(f.file), f.error]));
  const refused = { ...byName(xml), ...byName(json) };
  assert.match(refused['external-entity.xml']!, /external-entity\.xml: a DOCTYPE is not allowed/);
  assert.match(refused['laughs.xml']!, /laughs\.xml: a DOCTYPE is not allowed/);
  assert.match(refused['broken.xml']!, /broken\.xml: not well-formed XML/);
  assert.match(refused['not-newsml.xml']!, /not a NewsML-G2 document/);
  assert.match(refused['broken.json']!, /broken\.json: not JSON/);
  assert.equal(xml.read + json.read, 0);
  assert.equal((await deps.store.stories.list({ limit: 10 })).items.length, 0);
});

/** The IPTC examples, when the shared standards folder sits beside the checkout. */
const standards = [
  path.join(here, '..', '..', 'shared', 'standards'),
  path.join(here, '..', '..', '..', 'shared', 'standards'),
].find(existsSync);

test(
  'IPTC ninjs and NewsML-G2 examples read without failures',
  { skip: !standards && 'no ../shared/standards' },
  async () => {
    const target = await freshApp();
    const deps = target.lede.deps;
    const ninjs = await importNewsFiles(
      deps,
      [path.join(standards!, 'ninjs', 'examples')],
      'ninjs',
      { edition: 'en' },
    );
    assert.deepEqual(ninjs.failed, []);
    // The examples repeat one item in each version: each identifier is one story.
    assert.ok(ninjs.imported >= 5, JSON.stringify(ninjs.skipped));
    assert.ok(ninjs.skipped.some((s) => /unchanged/.test(s.reason)));
    const newsml = await importNewsFiles(
      deps,
      [path.join(standards!, 'newsml-g2', 'examples')],
      'newsml',
      { edition: 'en' },
    );
    assert.deepEqual(newsml.failed, []);
    assert.ok(newsml.imported >= 3, JSON.stringify(newsml));
    assert.ok(readdirSync(path.join(standards!, 'ninjs', 'examples')).length > 0);
  },
);

test('lede import ninjs --json reports; a refused file exits 1', async () => {
  const target = await freshApp();
  const { lede } = ledeCli(() => target.testStore.env);
  const ok = await lede([
    'import',
    'ninjs',
    '--json',
    '--edition',
    'en',
    path.join(FIXTURES, 'ninjs', 'v3-interview.json'),
  ]);
  assert.equal(ok.code, 0, ok.err);
  const report = JSON.parse(ok.out) as NewsReport;
  assert.equal(report.imported, 1);
  const bad = await lede([
    'import',
    'newsml',
    path.join(FIXTURES, 'hostile', 'external-entity.xml'),
  ]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /external-entity\.xml: a DOCTYPE is not allowed/);
});
