// Wire ingest: a feed server on loopback (RSS, Atom, ninjs, NewsML-G2), items landing in the desk's Incoming view once,
// updates, kills, retries after failures, taking an item into a draft, the newsroom API and the CLI.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { SYSTEM } from '../src/domain/actor.js';
import { pollDueSources } from '../src/importers/news/ingest-poll.js';
import {
  addIngestSource,
  claimDueSource,
  listIncoming,
  listIngestSources,
} from '../src/operations/ingest.js';
import { ensureRubric } from '../src/operations/taxonomy.js';
import { ledeCli } from './support/cli.js';
import { newsroomClient } from './support/newsroom-client.js';
import { bootTestApp, type TestApp } from './support/test-app.js';

const NOW = '2025-12-06T09:00:00Z';
let t: TestApp;
let server: Server;
let base: string;
/** What the feed server answers, by path; a function answers per request. */
const feeds = new Map<string, { type: string; body: string | (() => string | null) }>();
/** Pictures the feed server answers, by path, and the paths asked for. */
const pictures = new Map<string, { type: string; body: Buffer | string }>();
const picturesServed: string[] = [];

before(async () => {
  t = await bootTestApp({ now: NOW });
  server = createServer((req, res) => {
    const picture = pictures.get(req.url ?? '');
    if (picture) {
      picturesServed.push(req.url ?? '');
      return void res.writeHead(200, { 'content-type': picture.type }).end(picture.body);
    }
    const feed = feeds.get(req.url ?? '');
    const body = typeof feed?.body === 'function' ? feed.body() : feed?.body;
    if (!feed || body === null || body === undefined) return void res.writeHead(503).end('down');
    res.writeHead(200, { 'content-type': feed.type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server.close();
  await t.dispose();
});

const deps = () => t.lede.deps;
/** Moves the clock past every source's period and polls what is due. */
async function pollLater(seconds = 61) {
  t.clock.advance(seconds * 1000);
  await pollDueSources(deps());
}
const incoming = async (edition: 'az' | 'ru' | 'en') => listIncoming(deps(), SYSTEM, { edition });

function rss(items: { guid: string; title: string; text: string }[]) {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Caspian Wire</title>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title><description>Short.</description><content:encoded><![CDATA[<p>${i.text}</p>]]></content:encoded><category>Shipping</category><pubDate>Fri, 05 Dec 2025 10:00:00 GMT</pubDate></item>`,
    )
    .join('')}</channel></rss>`;
}

test('RSS, Atom, ninjs and NewsML-G2 feeds land in Incoming once; updates replace; kills withdraw', async () => {
  let rssItems = [
    { guid: 'cw-1', title: 'Ferry line adds a crossing', text: 'First text.' },
    { guid: 'cw-2', title: 'Port opens a berth', text: 'Berth text.' },
  ];
  feeds.set('/rss', { type: 'application/rss+xml', body: () => rss(rssItems) });
  let atomTail = '';
  feeds.set('/atom', {
    type: 'application/atom+xml',
    body: () =>
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0"><title>A</title><id>urn:a</id><updated>2025-12-05T10:00:00Z</updated>
      <entry><id>urn:atom:1</id><title>Xəbər atomdan</title><updated>2025-12-05T10:00:00Z</updated><summary>Qısa.</summary><content type="html">&lt;p&gt;Mətn &lt;b&gt;qalın&lt;/b&gt;.&lt;/p&gt;</content><author><name>Aysel</name></author></entry>${atomTail}</feed>`,
  });
  let ninjsStatus = 'usable';
  feeds.set('/ninjs', {
    type: 'application/json',
    body: () =>
      JSON.stringify({
        items: [
          {
            uri: 'urn:wire:n1',
            version: ninjsStatus === 'usable' ? '1' : '2',
            pubstatus: ninjsStatus,
            ednote: ninjsStatus === 'usable' ? undefined : 'Killed: wrong figures.',
            headlines: [{ role: 'main', value: 'Нефть подорожала' }],
            bodies: [{ role: 'main', contenttype: 'text/plain', value: 'Текст.' }],
          },
        ],
      }),
  });
  feeds.set('/newsml', {
    type: 'application/vnd.iptc.g2.newsitem+xml',
    body: `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:wire:g1" version="1"><itemMeta><itemClass qcode="ninat:text"/><versionCreated>2025-12-05T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>Summit opens in Baku</headline><description role="drol:summary">Leaders arrive.</description></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html></inlineXML></contentSet></newsItem>`,
  });
  for (const [name, format, edition] of [
    ['Caspian RSS', 'rss', 'en'],
    ['Atom wire', 'atom', 'az'],
    ['Ninjs wire', 'ninjs', 'ru'],
    ['G2 wire', 'newsml', 'en'],
  ] as const)
    await addIngestSource(deps(), SYSTEM, {
      name,
      url: `${base}/${format}`,
      format,
      edition,
      everySeconds: 60,
    });

  await pollDueSources(deps());
  const en = await incoming('en');
  assert.deepEqual(en.map((i) => i.title).sort(), [
    'Ferry line adds a crossing',
    'Port opens a berth',
    'Summit opens in Baku',
  ]);
  assert.equal((await incoming('az'))[0]!.title, 'Xəbər atomdan');
  assert.equal((await incoming('ru'))[0]!.title, 'Нефть подорожала');
  // Incoming is not the site: no story was written.
  assert.equal((await deps().store.stories.list({ limit: 10 })).items.length, 0);

  // Polled again: nothing lands twice.
  await pollLater();
  assert.equal((await incoming('en')).length, 3);

  // The sender corrects an item (same guid): the incoming copy is replaced.
  rssItems = [{ ...rssItems[0]!, title: 'Ferry line adds a night crossing' }, rssItems[1]!];
  await pollLater();
  const updated = await incoming('en');
  assert.equal(updated.length, 3);
  assert.ok(updated.some((i) => i.title === 'Ferry line adds a night crossing'));
  assert.ok(!updated.some((i) => i.title === 'Ferry line adds a crossing'));

  // A kill (ninjs canceled) and an Atom tombstone withdraw their items.
  ninjsStatus = 'canceled';
  atomTail =
    '<at:deleted-entry ref="urn:atom:1" when="2025-12-06T09:00:00Z"><at:comment>Retracted.</at:comment></at:deleted-entry>';
  await pollLater();
  const ru = await incoming('ru');
  assert.equal(ru[0]!.status, 'withdrawn');
  assert.equal(ru[0]!.note, 'Killed: wrong figures.');
  const az = await incoming('az');
  assert.equal(az[0]!.status, 'withdrawn');
  assert.equal(az[0]!.note, 'Retracted.');

  const sources = await listIngestSources(deps(), SYSTEM);
  const caspian = sources.find((s) => s.name === 'Caspian RSS')!;
  assert.equal(caspian.lastError, null);
  assert.equal(caspian.counts.incoming, 2);
  assert.ok(caspian.lastPollAt);
});

test('a failing source is retried later with a growing wait; a failing item never stops the rest', async () => {
  let up = false;
  let headline = '';
  feeds.set('/flaky', {
    type: 'application/json',
    body: () =>
      up
        ? JSON.stringify([
            {
              uri: 'urn:flaky:ok',
              language: 'en',
              headlines: [{ role: 'main', value: 'Fine item' }],
            },
            {
              uri: 'urn:flaky:bad',
              language: 'en',
              headlines: [{ role: 'main', value: headline }],
            },
          ])
        : null,
  });
  const source = await addIngestSource(deps(), SYSTEM, {
    name: 'Flaky',
    url: `${base}/flaky`,
    format: 'ninjs',
    edition: 'en',
    everySeconds: 60,
  });
  const state = async () =>
    (await listIngestSources(deps(), SYSTEM)).find((s) => s.id === source.id)!;
  await pollLater(1);
  let s = await state();
  assert.match(s.lastError!, /HTTP 503/);
  assert.equal(s.failures, 1);
  assert.equal(Date.parse(s.nextPollAt) - Date.parse(s.lastPollAt!), 120_000, 'twice the period');
  await pollLater(61);
  assert.equal((await state()).failures, 1, 'not polled before its wait is over');
  await pollLater(60);
  s = await state();
  assert.equal(s.failures, 2);
  assert.equal(Date.parse(s.nextPollAt) - Date.parse(s.lastPollAt!), 240_000);

  up = true;
  await pollLater(241);
  s = await state();
  assert.equal(s.lastError, null);
  assert.equal(s.failures, 0);
  const items = (await incoming('en')).filter((i) => i.sourceId === source.id);
  assert.equal(items.find((i) => i.guid === 'urn:flaky:ok')!.status, 'incoming');
  const bad = items.find((i) => i.guid === 'urn:flaky:bad')!;
  assert.equal(bad.status, 'failed');
  assert.match(bad.error!, /no headline/);

  headline = 'Now with a headline';
  await pollLater(61);
  const fixed = (await incoming('en')).find((i) => i.guid === 'urn:flaky:bad')!;
  assert.equal(fixed.status, 'incoming');
  assert.equal(fixed.title, 'Now with a headline');
});

test('two servers asking at once: one claims the source', async () => {
  feeds.set('/claim', { type: 'application/json', body: '[]' });
  await addIngestSource(deps(), SYSTEM, {
    name: 'Claimed',
    url: `${base}/claim`,
    format: 'ninjs',
    edition: 'en',
    everySeconds: 60,
  });
  t.clock.advance(3600_000);
  const due = (await listIngestSources(deps(), SYSTEM)).length;
  const claims = (
    await Promise.all(Array.from({ length: due + 3 }, () => claimDueSource(deps())))
  ).filter((c) => c !== null);
  assert.equal(claims.length, due, 'every due source is claimed once, the extra asks get none');
  assert.equal(new Set(claims.map((c) => c.id)).size, due);
  assert.equal(await claimDueSource(deps()), null, 'a claimed source is not claimed again');
  // The claims run out (another process died): the sources are polled again.
  t.clock.advance(6 * 60_000);
  await pollDueSources(deps());
  const polled = (await listIngestSources(deps(), SYSTEM)).find((s) => s.name === 'Claimed')!;
  assert.ok(polled.lastPollAt);
});

test('a watched folder: files land, a new file lands at the next poll', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-dir-'));
  const item = (guid: string, title: string) =>
    `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="1"><itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>${title}</headline></contentMeta></newsItem>`;
  writeFileSync(path.join(dir, 'a.xml'), item('urn:dir:a', 'Folder item A'));
  writeFileSync(path.join(dir, 'broken.xml'), '<newsItem');
  await addIngestSource(deps(), SYSTEM, {
    name: 'Folder',
    dir,
    format: 'newsml',
    edition: 'ru',
    everySeconds: 30,
  });
  await pollLater(1);
  assert.ok((await incoming('ru')).some((i) => i.title === 'Folder item A'));
  const folder = (await listIngestSources(deps(), SYSTEM)).find((s) => s.name === 'Folder')!;
  assert.match(folder.lastError!, /broken\.xml/);
  assert.equal(folder.failures, 0, 'one unreadable file does not hold the folder back');
  writeFileSync(path.join(dir, 'b.xml'), item('urn:dir:b', 'Folder item B'));
  await pollLater(31);
  assert.ok((await incoming('ru')).some((i) => i.title === 'Folder item B'));
});

test('an editor takes an incoming item into a draft in one click, the source kept; once', async () => {
  const client = newsroomClient(t);
  const editor = await client.signIn('editor', ['en']);
  const list = await client.asSession(editor, 'GET', '/api/incoming?edition=en');
  assert.equal(list.statusCode, 200, list.body);
  const item = list
    .json<{ items: { id: number; title: string; status: string; sourceName: string }[] }>()
    .items.find((i) => i.title === 'Summit opens in Baku')!;
  assert.equal(item.sourceName, 'G2 wire');
  // The wire's section ("Wire") is not a rubric of the edition, and an editor adds none: the
  // draft goes under the edition's first rubric, the note naming the wire's section.
  await ensureRubric(deps().store, 'en', 'World');
  const taken = await client.asSession(editor, 'POST', `/api/incoming/${item.id}/take`);
  assert.equal(taken.statusCode, 201, taken.body);
  const id = taken.json<{ id: number }>().id;
  const story = (await deps().store.stories.findById(id))!;
  assert.equal(story.status, 'draft');
  assert.equal(story.edition, 'en');
  assert.equal(story.title, 'Summit opens in Baku');
  assert.equal(story.lead, 'Leaders arrive.');
  assert.match(story.sourceKey!, /urn:wire:g1/);
  const note = story.blocks[0]!;
  assert.ok(note.type === 'paragraph' && note.content[0]!.marks?.includes('editorNote'));
  assert.match(note.type === 'paragraph' ? note.content[0]!.text : '', /From G2 wire: urn:wire:g1/);
  assert.match(note.type === 'paragraph' ? note.content[0]!.text : '', /rubric on the wire: Wire/);
  assert.equal((await deps().store.taxonomy.findRubricById(story.rubricId))?.name, 'World');
  assert.equal(
    (await client.asSession(editor, 'POST', `/api/incoming/${item.id}/take`)).statusCode,
    409,
  );
  assert.ok(!(await incoming('en')).some((i) => i.id === item.id), 'a taken item leaves Incoming');

  const sources = await client.asSession(editor, 'GET', '/api/ingest/sources');
  assert.equal(sources.statusCode, 200, sources.body);
  const g2 = sources
    .json<{ items: { name: string; counts: { taken: number } }[] }>()
    .items.find((s) => s.name === 'G2 wire')!;
  assert.equal(g2.counts.taken, 1);

  // A reporter of another edition neither sees nor takes it.
  const reporter = await client.signIn('reporter', ['az']);
  assert.equal(
    (await client.asSession(reporter, 'GET', '/api/incoming?edition=en')).statusCode,
    403,
  );
  const other = (await incoming('en')).find((i) => i.status === 'incoming')!;
  assert.equal(
    (await client.asSession(reporter, 'POST', `/api/incoming/${other.id}/take`)).statusCode,
    403,
  );
});

test("a wire item's picture (Media RSS, ninjs, NewsML-G2) becomes the taken draft's cover, fetched only from the source's host", async () => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
    .png()
    .toBuffer();
  pictures.set('/pic/ferry.png', { type: 'image/png', body: png });
  pictures.set('/pic/oil.png', { type: 'image/png', body: png });
  pictures.set('/pic/summit.png', { type: 'image/png', body: png });
  pictures.set('/pic/page.png', { type: 'text/html', body: '<p>not a picture</p>' });
  const foreign = base.replace('127.0.0.1', 'localhost');
  feeds.set('/pics-rss', {
    type: 'application/rss+xml',
    body: `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>P</title>
      <item><guid>pic-1</guid><title>Night ferry leaves Baku</title><description>Ferry text.</description><media:content url="${base}/pic/ferry.png" type="image/png" medium="image"><media:description>The ferry at the quay</media:description><media:credit>Caspian Wire / R. Aliyev</media:credit></media:content></item>
      <item><guid>pic-2</guid><title>Picture from elsewhere</title><description>Text.</description><enclosure url="${foreign}/pic/ferry.png" type="image/png" length="1"/></item>
      <item><guid>pic-3</guid><title>A page, not a picture</title><description>Text.</description><enclosure url="${base}/pic/page.png" type="image/png" length="1"/></item>
    </channel></rss>`,
  });
  feeds.set('/pics-ninjs', {
    type: 'application/json',
    body: JSON.stringify({
      uri: 'urn:pics:n1',
      version: '1',
      headlines: [{ role: 'main', value: 'Oil output rises' }],
      bodies: [{ role: 'main', contenttype: 'text/plain', value: 'Oil text.' }],
      associations: [
        {
          name: 'featureimage',
          type: 'picture',
          description_text: 'A rig off Absheron',
          copyrightholder: 'Ninjs Wire',
          renditions: [
            { name: 'web', href: `${base}/pic/oil.png`, contenttype: 'image/png', width: 64 },
          ],
        },
      ],
    }),
  });
  feeds.set('/pics-g2', {
    type: 'application/vnd.iptc.g2.newsitem+xml',
    body: `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:pics:g1" version="1"><itemMeta><itemClass qcode="ninat:picture"/><versionCreated>2025-12-05T10:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>Leaders at the summit</headline><description role="drol:caption">Leaders pose in Baku</description><creditline>G2 Photo</creditline></contentMeta><contentSet><remoteContent href="${base}/pic/summit.png" contenttype="image/png" width="64" height="48"/></contentSet></newsItem>`,
  });
  for (const [name, format] of [
    ['Picture RSS', 'rss'],
    ['Picture ninjs', 'ninjs'],
    ['Picture G2', 'newsml'],
  ] as const)
    await addIngestSource(deps(), SYSTEM, {
      name,
      url: `${base}/pics-${format === 'newsml' ? 'g2' : format}`,
      format,
      edition: 'en',
      everySeconds: 60,
    });
  await pollLater();
  assert.deepEqual(picturesServed, [], 'nothing is fetched before an editor takes the item');

  const client = newsroomClient(t);
  const editor = await client.signIn('editor', ['en']);
  const take = async (title: string) => {
    const item = (await incoming('en')).find((i) => i.title === title)!;
    const res = await client.asSession(editor, 'POST', `/api/incoming/${item.id}/take`);
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json<{ id: number }>().id;
    const story = (await deps().store.stories.findById(id))!;
    const cover = (await deps().store.covers.ofStories([id])).get(id) ?? null;
    return { story, cover };
  };
  for (const [title, caption, credit] of [
    ['Night ferry leaves Baku', 'The ferry at the quay', 'Caspian Wire / R. Aliyev'],
    ['Oil output rises', 'A rig off Absheron', 'Ninjs Wire'],
    ['Leaders at the summit', 'Leaders pose in Baku', 'G2 Photo'],
  ] as const) {
    const { story, cover } = await take(title);
    assert.ok(cover, `${title}: the draft has a cover`);
    assert.equal(cover.media.caption, caption);
    assert.equal(cover.media.credit, credit);
    assert.equal(cover.media.alt, title);
    assert.ok(cover.media.variants.length > 0, 'uploaded with its variants');
    assert.ok(
      !story.blocks.some((b) => b.type === 'image'),
      `${title}: the picture is the cover, not a block at the wire's address`,
    );
  }
  assert.deepEqual(picturesServed.sort(), ['/pic/ferry.png', '/pic/oil.png', '/pic/summit.png']);

  for (const [title, why] of [
    ['Picture from elsewhere', /not on the source's host/],
    ['A page, not a picture', /not a JPEG, PNG or WebP picture \(text\/html\)/],
  ] as const) {
    const { story, cover } = await take(title);
    assert.equal(cover, null, `${title}: no cover`);
    const note = story.blocks[0]!;
    assert.match(note.type === 'paragraph' ? note.content[0]!.text : '', why);
  }
  assert.equal(
    picturesServed.filter((p) => p === '/pic/ferry.png').length,
    1,
    'the same path on another host is never asked',
  );
});

test('lede ingest add, list and remove', async () => {
  const { lede } = ledeCli(() => t.testStore.env);
  const added = await lede([
    'ingest',
    'add',
    '--name',
    'CLI wire',
    '--url',
    `${base}/rss`,
    '--format',
    'rss',
    '--edition',
    'az',
    '--every',
    '5m',
  ]);
  assert.equal(added.code, 0, added.err);
  assert.match(added.out, /CLI wire\t.*\/rss\trss\taz\tevery 300s/);
  const twice = await lede([
    'ingest',
    'add',
    '--name',
    'CLI wire',
    '--url',
    `${base}/rss`,
    '--format',
    'rss',
    '--edition',
    'az',
  ]);
  assert.equal(twice.code, 1);
  assert.match(twice.err, /already exists/);
  const bad = await lede([
    'ingest',
    'add',
    '--name',
    'X',
    '--url',
    'ftp://x',
    '--format',
    'rss',
    '--edition',
    'az',
  ]);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /http and https/);
  const list = await lede(['ingest', 'list']);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /CLI wire\t.*last poll never\t0 incoming/);
  assert.match(list.out, /Caspian RSS\t.*2 incoming/);
  const removed = await lede(['ingest', 'remove', '--name', 'CLI wire']);
  assert.equal(removed.code, 0, removed.err);
  assert.doesNotMatch((await lede(['ingest', 'list'])).out, /CLI wire/);
  assert.equal((await lede(['ingest', 'remove', '--name', 'CLI wire'])).code, 1);
});
