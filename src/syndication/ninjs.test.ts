// ninjs 2.2 items: valid against IPTC's schema, interviews and editor's notes kept, status and embargo right.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ninjsShouldFail, ninjsValidator } from '../../test/support/standards.js';
import { NOW, seedSyndication, type Seeded } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM } from '../domain/actor.js';
import { importStory } from '../operations/import-story.js';
import { subscriberStory } from '../operations/read-syndication.js';
import { contextOf } from './context.js';
import { toNinjs, type Ninjs } from './ninjs.js';

const ORIGIN = 'https://lede.example';
const validate = ninjsValidator();
let deps: TestDeps;
let ids: Seeded;

before(async () => {
  deps = await openTestDeps(NOW);
  ids = await seedSyndication(deps);
});
after(async () => {
  await deps.testStore.dispose();
});

async function ninjsOf(id: number, over: Record<string, unknown> = {}): Promise<Ninjs> {
  const bundle = await subscriberStory(deps, id);
  assert.ok(bundle, `story ${id} reaches subscribers`);
  return toNinjs({ ...bundle.story, ...over }, { ...contextOf(ORIGIN, deps.editions, bundle) });
}

function assertValid(doc: unknown, label: string) {
  assert.equal(validate(doc), true, `${label}: ${JSON.stringify(validate.errors, null, 1)}`);
}

test('every seeded story is a valid ninjs 2.2 item', async () => {
  const all = [ids.interviewId, ids.ferryId, ids.hostileId, ids.opinionId, ids.futureId];
  for (const id of [...all, ...Object.values(ids.forum)])
    assertValid(await ninjsOf(id), `story ${id}`);
});

test("the validator rejects IPTC's should_fail documents", () => {
  const docs = ninjsShouldFail();
  assert.ok(docs.length > 0);
  for (const { file, doc } of docs) assert.equal(validate(doc), false, `${file} must fail`);
});

test('the crawled interview keeps its questions, answers and editor notes', async () => {
  const doc = await ninjsOf(ids.interviewId);
  assert.equal(doc.uri, `urn:lede:lede.example:story:${ids.interviewId}`);
  assert.equal(doc.type, 'text');
  assert.equal(doc.language, 'ru');
  assert.equal(doc.pubstatus, 'usable');
  assert.equal(doc.firstcreated, '2025-12-04T20:00:00.000Z');
  assert.match(doc.headlines[0]!.value, /^Директор станции: Солнце Ширвана даст ток/);
  assert.match(doc.descriptions![0]!.value, /^Директор солнечной электростанции «Гюнеш-Ширван»/);
  const html = doc.bodies!.find((b) => b.contenttype === 'text/html')!.value;
  assert.equal(html.split('<p class="question">').length - 1, 4);
  assert.ok(html.split('<p class="answer">').length - 1 >= 4);
  assert.equal(html.split('<span class="editor-note">').length - 1, 5);
  assert.match(html, /<span class="editor-note">\(в июне или июле - ред\.\)<\/span>/);
  assert.deepEqual(doc.genres, [
    {
      name: 'Interview',
      uri: 'http://cv.iptc.org/newscodes/genre/Interview',
      literal: 'interview',
    },
  ]);
  const subjects = doc.subjects!.map((s) => s.literal);
  assert.ok(subjects.includes('medtop:20000256'), 'energy → energy and resource');
  assert.ok(subjects.includes('energetika'));
  assert.ok(doc.bodies![0]!.wordcount! > 500);
});

test('links and images become absolute; the byline and rubric path are carried', async () => {
  const doc = await ninjsOf(ids.ferryId);
  const html = doc.bodies![0]!.value;
  assert.match(
    html,
    /<a href="https:\/\/lede\.example\/en\/tags\/asco"><strong>ASCO<\/strong><\/a>/,
  );
  assert.match(html, /<img src="https:\/\/lede\.example\/media\/ferry\.jpg" alt="The ferry"\/>/);
  assert.equal(doc.by, 'Anna Keller');
  const sections = doc.subjects!.filter((s) => s.rel === 'section').map((s) => s.name);
  assert.deepEqual(sections, ['Economy', 'Transport']);
  for (const [name, slug] of [
    ['Shipping', 'shipping'],
    ['Caspian', 'caspian'],
  ])
    assert.ok(
      doc.subjects!.some(
        (s) => s.name === name && s.rel === 'tag' && s.uri === `${ORIGIN}/en/tags/${slug}`,
      ),
      `tag ${name}`,
    );
  assert.ok(
    doc.subjects!.some((s) => s.literal === 'medtop:20000337'),
    'transport topic',
  );
  assert.equal(
    doc.altids.find((a) => a.role === 'lede:url')?.value,
    `${ORIGIN}/en/transport/ferry-line-to-turkmenbashi-adds-a-night-crossing`,
  );
});

test('translations are associated with their language and URL', async () => {
  const doc = await ninjsOf(ids.forum.en);
  const names = (doc.associations ?? []).map((a) => a.name).sort();
  assert.deepEqual(names, ['translation-az', 'translation-ru']);
  const az = doc.associations!.find((a) => 'language' in a && a.language === 'az')!;
  assert.equal(az.uri, `urn:lede:lede.example:story:${ids.forum.az}`);
});

test('a story not yet public goes out embargoed until its time', async () => {
  const doc = await ninjsOf(ids.futureId);
  assert.equal(doc.pubstatus, 'usable');
  assert.equal(doc.embargoed, '2025-12-07T05:00:00.000Z');
});

test('a withdrawn story is withheld, a killed one canceled, and neither carries its text', async () => {
  const withheld = await ninjsOf(ids.ferryId, { status: 'unpublished' });
  assertValid(withheld, 'withheld');
  assert.equal(withheld.pubstatus, 'withheld');
  assert.equal(withheld.bodies, undefined);
  assert.equal(withheld.descriptions, undefined);
  assert.ok(withheld.ednote);
  const bundle = (await subscriberStory(deps, ids.ferryId))!;
  const killed = toNinjs(
    { ...bundle.story, status: 'unpublished' },
    { ...contextOf(ORIGIN, deps.editions, bundle), canceled: true },
  );
  assertValid(killed, 'canceled');
  assert.equal(killed.pubstatus, 'canceled');
});

test('corrections follow the body, dated; a withdrawal gives its reason', async () => {
  const corrected = await ninjsOf(ids.interviewId, {
    corrections: [{ at: '2025-12-05T10:30:00.000Z', note: 'Исправлена должность министра.' }],
  });
  assertValid(corrected, 'corrected');
  assert.match(
    corrected.bodies![0]!.value,
    /<p class="correction"><strong>Исправление <\/strong><time datetime="2025-12-05T10:30:00.000Z">05 декабря, 2025<\/time>: Исправлена должность министра\.<\/p>$/,
  );
  const withdrawn = await ninjsOf(ids.ferryId, {
    status: 'unpublished',
    unpublishedReason: 'Legal request',
  });
  assert.match(withdrawn.ednote ?? '', /withdrawn.*Reason: Legal request$/);
});

test('hostile text is carried as data and escaped in the HTML body', async () => {
  const doc = await ninjsOf(ids.hostileId);
  assertValid(doc, 'hostile');
  assert.match(doc.headlines[0]!.value, /<script>alert\(1\)<\/script>/, 'JSON carries text as is');
  const html = doc.bodies![0]!.value;
  assert.doesNotMatch(html, /<script>/);
  assert.match(html, /&lt;script&gt;alert\(2\)&lt;\/script&gt; \]\]&gt; bell/);
});

test('drafts and unknown ids do not reach subscribers', async () => {
  assert.equal(await subscriberStory(deps, 999_999), null);
});

test('a story by two authors has both in its byline, in order, and stays valid', async () => {
  const { story } = await importStory(deps, SYSTEM, {
    edition: 'ru',
    type: 'news',
    title: 'Два автора одной заметки',
    rubric: 'Экономика',
    lead: 'Заметка двух авторов.',
    blocks: [{ type: 'paragraph', content: [{ text: 'Текст.' }] }],
    authors: ['Анна Келлер', 'Омар Рейес'],
    publishedAt: '2025-12-05T09:00:00+04:00',
    sourceKey: 't:two-authors-ninjs',
  });
  const doc = await ninjsOf(story.id);
  assert.equal(doc.by, 'Анна Келлер, Омар Рейес');
  assertValid(doc, 'two authors');
});
