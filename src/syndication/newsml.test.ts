// NewsML-G2 newsItems: valid against the 2.35 XSD with xmllint, topics and genre mapped, text escaped.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hasXmllint, NO_XMLLINT, xmllint, XSD } from '../../test/support/standards.js';
import { NOW, seedSyndication, type Seeded } from '../../test/support/syndication-fixtures.js';
import { openTestDeps, type TestDeps } from '../../test/support/test-deps.js';
import { SYSTEM } from '../domain/actor.js';
import { importStory } from '../operations/import-story.js';
import { subscriberStory } from '../operations/read-syndication.js';
import { contextOf, type SyndicationContext } from './context.js';
import { toNewsml } from './newsml.js';

const ORIGIN = 'https://lede.example';
let deps: TestDeps;
let ids: Seeded;

before(async () => {
  deps = await openTestDeps(NOW);
  ids = await seedSyndication(deps);
});
after(async () => {
  await deps.testStore.dispose();
});

async function newsmlOf(
  id: number,
  over: Record<string, unknown> = {},
  ctxOver: Partial<SyndicationContext> = {},
): Promise<string> {
  const bundle = (await subscriberStory(deps, id))!;
  return toNewsml(
    { ...bundle.story, ...over },
    { ...contextOf(ORIGIN, deps.editions, bundle), ...ctxOver },
  );
}

test(
  'every seeded story validates against NewsML-G2 2.35',
  { skip: !hasXmllint && NO_XMLLINT },
  async () => {
    const all = [ids.interviewId, ids.ferryId, ids.hostileId, ids.opinionId, ids.futureId];
    for (const id of [...all, ...Object.values(ids.forum)]) {
      const result = xmllint(await newsmlOf(id), XSD.newsml);
      assert.equal(result.ok, true, `story ${id}: ${result.output}`);
    }
  },
);

test(
  'withheld and canceled items validate and carry no content',
  { skip: !hasXmllint && NO_XMLLINT },
  async () => {
    for (const canceled of [false, true]) {
      const xml = await newsmlOf(ids.ferryId, { status: 'unpublished' }, { canceled });
      const result = xmllint(xml, XSD.newsml);
      assert.equal(result.ok, true, result.output);
      assert.match(
        xml,
        new RegExp(`<pubStatus qcode="stat:${canceled ? 'canceled' : 'withheld'}"/>`),
      );
      assert.doesNotMatch(xml, /<contentSet>/);
    }
  },
);

test('the interview is a genre:Interview item about energy', async () => {
  const xml = await newsmlOf(ids.interviewId);
  assert.match(
    xml,
    /<newsItem xmlns="http:\/\/iptc\.org\/std\/nar\/2006-10-01\/" guid="urn:lede:lede\.example:story:\d+" version="\d+" standard="NewsML-G2" standardversion="2\.35"/,
  );
  assert.match(xml, /<genre qcode="genre:Interview">/);
  assert.match(xml, /<subject type="cpnat:abstract" qcode="medtop:20000256">/);
  assert.match(xml, /<pubStatus qcode="stat:usable"\/>/);
  assert.match(xml, /<language tag="ru"\/>/);
  assert.match(
    xml,
    /<inlineXML contenttype="application\/xhtml\+xml"><html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml" xml:lang="ru">/,
  );
  assert.equal(xml.split('<p class="question">').length - 1, 4);
  assert.equal(xml.split('<span class="editor-note">').length - 1, 5);
});

test('rubrics map to Media Topics, sub-rubrics through their own row or their parent', async () => {
  assert.match(await newsmlOf(ids.ferryId), /qcode="medtop:20000337"/);
  assert.match(await newsmlOf(ids.opinionId), /qcode="medtop:20000638"/);
  assert.match(await newsmlOf(ids.opinionId), /<genre qcode="genre:Opinion">/);
  assert.match(await newsmlOf(ids.hostileId), /qcode="medtop:04000000"/);
  assert.doesNotMatch(await newsmlOf(ids.forum.en), /medtop:/, '"World" has no topic');
});

test('an embargoed item says until when', async () => {
  assert.match(await newsmlOf(ids.futureId), /<embargoed>2025-12-07T05:00:00\.000Z<\/embargoed>/);
});

test('hostile text is escaped everywhere and the document stays well-formed', async () => {
  const xml = await newsmlOf(ids.hostileId);
  assert.doesNotMatch(xml, /<script>/);
  assert.doesNotMatch(xml, /<img src=x/);
  assert.ok(!xml.includes('\u0007'), 'control characters are dropped');
  assert.match(
    xml,
    /<headline>Hostile &lt;script&gt;alert\(1\)&lt;\/script&gt; \]\]&gt; &amp; "quotes" \]\]&gt; twice<\/headline>/,
  );
  assert.match(xml, /<keyword>&lt;b&gt;tag&lt;\/b&gt; &amp; co<\/keyword>/);
  if (hasXmllint) assert.equal(xmllint(xml).ok, true);
});

test(
  'a story by two authors names both as creators, in byline order, with their pages',
  { skip: !hasXmllint && NO_XMLLINT },
  async () => {
    const { story } = await importStory(deps, SYSTEM, {
      edition: 'en',
      type: 'news',
      title: 'Two bylines on one ferry story',
      rubric: 'Economy',
      lead: 'A story written by two.',
      blocks: [{ type: 'paragraph', content: [{ text: 'Text.' }] }],
      authors: ['Anna Keller', 'Omar Reyes'],
      publishedAt: '2025-12-05T09:00:00+04:00',
      sourceKey: 't:two-authors-newsml',
    });
    const xml = await newsmlOf(story.id);
    assert.equal(xmllint(xml, XSD.newsml).ok, true);
    const creators = [...xml.matchAll(/<creator uri="([^"]+)"><name>([^<]+)<\/name><\/creator>/g)];
    assert.deepEqual(
      creators.map((m) => [m[2], new URL(m[1]!).pathname]),
      [
        ['Anna Keller', '/en/author/anna-keller/'],
        ['Omar Reyes', '/en/author/omar-reyes/'],
      ],
    );
    assert.match(xml, /<by>Anna Keller, Omar Reyes<\/by>/);
  },
);
