// One-shot commands (`lede user add`, `lede import crawl` …) do their one job and leave the
// background work to the server: a story that fell due stays scheduled and nothing goes out to
// subscribers or the CDN from the command; what the command changed waits in the outbox,
// and the server (`lede serve`'s boot over the same database) publishes and sends it.

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import { SYSTEM } from '../domain/actor.js';
import { createStory } from '../operations/create-story.js';
import { addSubscriber } from '../operations/subscribers.js';
import { transitionStory } from '../operations/transition-story.js';
import { createWebhook } from '../operations/webhooks.js';
import { silentLogger } from '../platform/logger.js';
import { boot } from '../server/boot.js';
import { loadConfig } from '../server/config.js';
import { ledeCli } from '../../test/support/cli.js';
import {
  type NewsroomDeps,
  newStory,
  openNewsroomDeps,
} from '../../test/support/newsroom-fixtures.js';
import { INTERVIEW_FILE } from '../../test/support/crawl-pages.js';
import { startReceiver, type Receiver } from '../../test/support/webhook-receiver.js';

const HOUR = 3_600_000;
let deps: NewsroomDeps;
let partner: Receiver;
let cdn: Receiver;
let scheduledId: number;
const env = () => ({ ...deps.testStore.env, LEDE_CDN_PURGE_URL: cdn.url });
const { lede, ledeProcess } = ledeCli(env);

before(async () => {
  partner = await startReceiver();
  cdn = await startReceiver();
  // The newsroom an hour ago: a story scheduled for half an hour ago, due now.
  deps = await openNewsroomDeps(new Date(Date.now() - HOUR).toISOString());
  await addSubscriber(deps, SYSTEM, { name: 'Partner' });
  await createWebhook(deps, SYSTEM, { subscriber: 'Partner', url: partner.url });
  const { editor } = deps.people;
  const story = await createStory(deps, editor, newStory({ title: 'Выйдет в полдень' }));
  for (const to of ['review', 'approved'] as const)
    await transitionStory(deps, editor, story.id, { to });
  const at = new Date(Date.now() - HOUR / 2).toISOString();
  await transitionStory(deps, editor, story.id, { to: 'scheduled', at });
  scheduledId = story.id;
});
after(async () => {
  await partner.close();
  await cdn.close();
  await deps.testStore.dispose();
});

const statusOf = async (id: number) => (await deps.store.stories.findById(id))?.status;

test('one-shot commands publish no due story and send nothing; they queue what they change', async () => {
  const added = ledeProcess(
    [
      'user',
      'add',
      '--email',
      'desk@agency.example',
      '--name',
      'Desk',
      '--role',
      'editor',
      '--editions',
      'ru',
    ],
    '',
  );
  assert.equal(added.code, 0, added.err);
  for (const args of [
    ['user', 'list'],
    ['subscriber', 'list'],
    ['reindex'],
    ['import', 'crawl', INTERVIEW_FILE],
  ]) {
    const r = await lede(args);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.err}`);
  }
  assert.equal(await statusOf(scheduledId), 'scheduled', 'the due story waits for the server');
  await sleep(300); // anything a command had set off would be arriving by now
  assert.equal(partner.requests.length, 0, 'no webhook sent by a command');
  assert.equal(cdn.requests.length, 0, 'no CDN purge sent by a command');
  // Nor was the outbox fanned out to webhook deliveries: that is the server's delivery loop.
  assert.deepEqual(
    await deps.store.distribution.listDeliveries({ kind: 'webhook', limit: 10 }),
    [],
  );
  // The import changed the Russian hot tags: that edition-wide change waits in the outbox with
  // the story events, for the server to fan out (the next test sees its CDN purge arrive).
  assert.deepEqual(await deps.store.distribution.listDeliveries({ kind: 'cdn', limit: 10 }), []);
});

test("the server's boot publishes the due story and sends what the commands queued", async () => {
  const config = loadConfig({ ...env(), LEDE_DEMO: 'off', LEDE_LOG: 'off', PORT: '0' });
  const server = await boot(config, { logger: silentLogger });
  try {
    const deadline = Date.now() + 15_000;
    while ((await statusOf(scheduledId)) !== 'published' && Date.now() < deadline) await sleep(50);
    assert.equal(await statusOf(scheduledId), 'published');
    // The scheduled story to the partner's webhook. The crawled interview came in as an import
    // (in batches, like an archive): partners are not sent it as news; the edition-wide change
    // the import queued purges the CDN instead.
    const sent = (await partner.waitFor(1, 15_000)).map(
      (r) => JSON.parse(r.body) as { type: string; item: { headlines: { value: string }[] } },
    );
    assert.deepEqual(
      sent.map((s) => s.type),
      ['story.published'],
    );
    assert.match(sent[0]!.item.headlines.map((h) => h.value).join(' '), /Выйдет в полдень/);
    const deadlineCdn = Date.now() + 15_000;
    const purgedEdition = () =>
      cdn.requests.some((r) => r.body === JSON.stringify({ keys: ['edition-ru'] }));
    while (!purgedEdition() && Date.now() < deadlineCdn) await sleep(50);
    assert.ok(purgedEdition(), 'the CDN purge of the edition the import queued');
    assert.equal(partner.requests.length, 1, 'the imported interview is not sent as news');
  } finally {
    await server.close();
  }
});
