// Webhooks end to end: signed POSTs to real receivers on 127.0.0.1, retries with backoff, slow receivers, the admin log and replay.

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SYSTEM } from '../src/domain/actor.js';
import type { Delivery, Webhook } from '../src/domain/distribution.js';
import { importStory } from '../src/operations/import-story.js';
import { addSubscriber, revokeSubscriber } from '../src/operations/subscribers.js';
import { transitionStory } from '../src/operations/transition-story.js';
import type { Ninjs } from '../src/syndication/ninjs.js';
import { SIGNATURE_HEADERS, verifySignature } from '../src/syndication/webhook-signature.js';
import { personWithToken } from './support/distribution-fixtures.js';
import { ninjsValidator } from './support/standards.js';
import { NOW, storyInput } from './support/syndication-fixtures.js';
import { bootTestApp, type TestApp } from './support/test-app.js';
import { startReceiver, type Receiver, type Responder } from './support/webhook-receiver.js';

let t: TestApp;
let admin: string;
let n = 0;
const receivers: Receiver[] = [];

interface Envelope {
  type: string;
  deliveryId: string;
  timestamp: string;
  item: Ninjs;
}

const api = async (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => {
  const res = await t.lede.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${admin}` },
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  });
  return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
};

/** A receiver, and a webhook of the test's own subscriber pointing at it (via the admin API). */
async function hook(respond?: Responder) {
  const receiver = await startReceiver(respond);
  receivers.push(receiver);
  const res = await api('POST', '/api/webhooks', {
    subscriber: `Partner ${n}`,
    url: receiver.url,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const { webhook, secret } = res.body as { webhook: Webhook; secret: string };
  return { receiver, webhook, secret };
}

const deliveriesOf = async (webhookId: number) =>
  ((await api('GET', `/api/webhooks/${webhookId}/deliveries`)).body as { items: Delivery[] }).items;

const publish = (title: string) =>
  importStory(
    t.lede.deps,
    SYSTEM,
    storyInput({ title, sourceKey: `t:${title}`, publishedAt: undefined }),
  );

before(async () => {
  t = await bootTestApp({
    now: NOW,
    env: { LEDE_PUBLIC_URL: 'https://lede.example' },
    delivery: { retry: { maxAttempts: 3 }, timeoutMs: 4000 },
  });
  admin = (await personWithToken(t.lede.deps, 'admin')).token;
});
beforeEach(async () => {
  // Every test has its own subscriber; the previous one is revoked, so its webhooks fall silent.
  const previous = await t.lede.deps.store.distribution.findSubscriber({ name: `Partner ${n}` });
  if (previous && !previous.revokedAt)
    await revokeSubscriber(t.lede.deps, SYSTEM, { name: previous.name });
  n += 1;
  await addSubscriber(t.lede.deps, SYSTEM, { name: `Partner ${n}` });
});
after(async () => {
  await t.dispose();
  for (const r of receivers) await r.close();
});

describe('a webhook', () => {
  test('gets each story event as a signed ninjs item the receiver can verify', async () => {
    const { receiver, webhook, secret } = await hook();
    assert.match(secret, /^whsec_[\w-]{43}$/);
    const { story } = await publish('Signed: ferry line opens');
    const [got] = await receiver.waitFor(1);
    assert.equal(got!.method, 'POST');
    assert.match(String(got!.headers['content-type']), /^application\/json/);
    const timestamp = String(got!.headers[SIGNATURE_HEADERS.timestamp]);
    const signature = String(got!.headers[SIGNATURE_HEADERS.signature]);
    assert.match(signature, /^sha256=[0-9a-f]{64}$/);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    assert.equal(verifySignature(secret, { timestamp, signature }, got!.body, { now }), true);
    assert.equal(
      verifySignature('whsec_other', { timestamp, signature }, got!.body, { now }),
      false,
      'another secret',
    );
    assert.equal(
      verifySignature(secret, { timestamp, signature }, got!.body.replace('Signed', 'Forged'), {
        now,
      }),
      false,
      'a changed body',
    );
    assert.equal(
      verifySignature(secret, { timestamp, signature }, got!.body, { now: now + 3600 }),
      false,
      'too old',
    );

    const envelope = JSON.parse(got!.body) as Envelope;
    assert.equal(envelope.type, 'story.published');
    assert.equal(got!.headers[SIGNATURE_HEADERS.event], 'story.published');
    assert.equal(envelope.deliveryId, got!.headers[SIGNATURE_HEADERS.delivery]);
    assert.equal(envelope.timestamp, NOW.replace('Z', '.000Z'));
    assert.equal(envelope.item.uri, `urn:lede:lede.example:story:${story.id}`);
    const validate = ninjsValidator();
    assert.equal(validate(envelope.item), true, JSON.stringify(validate.errors));

    // Unpublished: the same webhook hears it, with the item withheld and the reason.
    await transitionStory(t.lede.deps, SYSTEM, story.id, { to: 'unpublished', reason: 'wrong' });
    const [, killed] = await receiver.waitFor(2);
    const second = JSON.parse(killed!.body) as Envelope;
    assert.equal(second.type, 'story.unpublished');
    assert.equal(second.item.pubstatus, 'withheld');
    assert.match(second.item.ednote ?? '', /Reason: wrong/);
    assert.notEqual(second.deliveryId, envelope.deliveryId);

    await t.lede.deliveries.runOnce();
    const log = await deliveriesOf(webhook.id);
    assert.deepEqual(
      log.map((d) => [d.eventType, d.status, d.attempts, d.lastStatusCode]),
      [
        ['story.unpublished', 'delivered', 1, 200],
        ['story.published', 'delivered', 1, 200],
      ],
    );
  });

  test('is tried again after 1 s and 4 s when the receiver fails, then delivered', async () => {
    const { receiver, webhook } = await hook((i) => ({ status: i < 2 ? 503 : 200 }));
    const start = t.clock.now().getTime();
    await publish('Retried: port reopens');
    await receiver.waitFor(1);
    await t.lede.deliveries.runOnce();
    let [d] = await deliveriesOf(webhook.id);
    assert.deepEqual([d!.status, d!.attempts, d!.lastStatusCode], ['pending', 1, 503]);
    assert.match(d!.lastError ?? '', /HTTP 503/);
    assert.equal(Date.parse(d!.nextAttemptAt!), start + 1000);

    await t.lede.deliveries.runOnce();
    assert.equal(receiver.requests.length, 1, 'not before its time');
    t.clock.advance(1000);
    await t.lede.deliveries.runOnce();
    [d] = await deliveriesOf(webhook.id);
    assert.deepEqual([d!.status, d!.attempts], ['pending', 2]);
    assert.equal(Date.parse(d!.nextAttemptAt!), start + 1000 + 4000);

    t.clock.advance(3999);
    await t.lede.deliveries.runOnce();
    assert.equal(receiver.requests.length, 2, 'still waiting out the 4 s');
    t.clock.advance(1);
    await t.lede.deliveries.runOnce();
    [d] = await deliveriesOf(webhook.id);
    assert.deepEqual([d!.status, d!.attempts, d!.lastStatusCode], ['delivered', 3, 200]);
    assert.equal(d!.nextAttemptAt, null);
    assert.equal(receiver.requests.length, 3);
    // Each attempt is signed anew over the same body.
    const bodies = new Set(receiver.requests.map((r) => r.body));
    assert.equal(bodies.size, 1);
  });

  test('gives up after the last attempt, and an admin replays it from the log', async () => {
    let up = false;
    const { receiver, webhook } = await hook(() => ({ status: up ? 200 : 500 }));
    await publish('Replayed: customs rules change');
    await receiver.waitFor(1);
    await t.lede.deliveries.runOnce();
    for (const wait of [1000, 4000]) {
      t.clock.advance(wait);
      await t.lede.deliveries.runOnce();
    }
    let [d] = await deliveriesOf(webhook.id);
    assert.deepEqual([d!.status, d!.attempts, d!.nextAttemptAt], ['failed', 3, null]);
    t.clock.advance(3600_000);
    await t.lede.deliveries.runOnce();
    assert.equal(receiver.requests.length, 3, 'a failed delivery is not tried again by itself');

    up = true;
    const replay = await api('POST', `/api/deliveries/${d!.id}/replay`);
    assert.equal(replay.status, 200, JSON.stringify(replay.body));
    assert.equal((replay.body as Delivery).status, 'pending');
    await t.lede.deliveries.runOnce();
    [d] = await deliveriesOf(webhook.id);
    assert.deepEqual([d!.status, d!.attempts, d!.lastStatusCode], ['delivered', 1, 200]);
    const [first, , , again] = receiver.requests;
    assert.equal(again!.body, first!.body, 'the same delivery, as it was');
    assert.equal(again!.headers[SIGNATURE_HEADERS.delivery], String(d!.id));
    const one = await api('GET', `/api/deliveries/${d!.id}`);
    assert.equal((one.body as Delivery).status, 'delivered');
  });

  test('a slow receiver delays neither publishing nor another receiver', async () => {
    const slow = await hook(() => ({ status: 200, delayMs: 2500 }));
    const fast = await hook();
    const started = performance.now();
    await publish('Slow: night ferry delayed');
    const publishMs = performance.now() - started;
    assert.ok(publishMs < 1000, `publishing took ${publishMs} ms`);
    const [got] = await fast.receiver.waitFor(1, 2000);
    const [pending] = await slow.receiver.waitFor(1, 2000);
    assert.equal(pending!.answeredAt, null, 'the slow one is still answering');
    assert.ok(got!.answeredAt! < pending!.arrivedAt + 2500);
    await t.lede.deliveries.runOnce();
    assert.notEqual(pending!.answeredAt, null);
    const [d] = await deliveriesOf(slow.webhook.id);
    assert.equal(d!.status, 'delivered');
  });

  test("a revoked subscriber's webhooks fall silent", async () => {
    const { receiver, webhook } = await hook();
    await revokeSubscriber(t.lede.deps, SYSTEM, { name: `Partner ${n}` });
    await publish('Silent: after revocation');
    await t.lede.deliveries.runOnce();
    assert.equal(receiver.requests.length, 0);
    assert.deepEqual(await deliveriesOf(webhook.id), []);
  });
});

describe('admin routes', () => {
  test('list, create and delete webhooks; only admins', async () => {
    const { token: editor } = await personWithToken(t.lede.deps, 'editor');
    const denied = await t.lede.app.inject({
      url: '/api/webhooks',
      headers: { authorization: `Bearer ${editor}` },
    });
    assert.equal(denied.statusCode, 403);
    assert.equal((await t.lede.app.inject('/api/webhooks')).statusCode, 401);

    const subscribers = (await api('GET', '/api/subscribers')).body as {
      items: { id: number; name: string; revokedAt: string | null }[];
    };
    const active = subscribers.items.filter((s) => s.revokedAt === null);
    assert.deepEqual(
      active.map((s) => s.name),
      [`Partner ${n}`],
    );
    const revoked = subscribers.items.find((s) => s.revokedAt !== null)!;
    const refused = await api('POST', '/api/webhooks', {
      subscriberId: revoked.id,
      url: 'https://partner.example/hook',
    });
    assert.equal(refused.status, 400, 'not for a revoked subscriber');
    const created = await api('POST', '/api/webhooks', {
      subscriberId: active[0]!.id,
      url: 'https://partner.example/hook',
      events: ['story.published', 'story.corrected'],
      editions: ['ru'],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { webhook, secret } = created.body as { webhook: Webhook; secret: string };
    assert.deepEqual(webhook.events, ['story.published', 'story.corrected']);
    const listed = (await api('GET', '/api/webhooks')).body as { items: Webhook[] };
    const found = listed.items.find((w) => w.id === webhook.id);
    assert.ok(found);
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(secret), 'the secret is shown once');

    for (const bad of [
      { subscriberId: 1, url: 'ftp://partner.example/' },
      { subscriberId: 1, url: 'https://user:pw@partner.example/' },
      { url: 'https://partner.example/' },
      { subscriber: 'Nobody at all', url: 'https://partner.example/' },
      { subscriberId: 1, url: 'https://partner.example/', events: ['story.deleted'] },
    ]) {
      const res = await api('POST', '/api/webhooks', bad);
      assert.ok(res.status === 400 || res.status === 404, `${JSON.stringify(bad)}: ${res.status}`);
    }
    assert.equal((await api('DELETE', `/api/webhooks/${webhook.id}`)).status, 204);
    assert.equal((await api('DELETE', `/api/webhooks/${webhook.id}`)).status, 404);
    assert.equal((await api('GET', `/api/webhooks/${webhook.id}/deliveries`)).status, 404);
    assert.equal((await api('POST', '/api/deliveries/999999/replay')).status, 404);
  });
});
