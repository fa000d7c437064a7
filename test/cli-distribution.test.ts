// `lede subscriber …` and `lede webhook …` as an admin runs them, against the database LEDE_DATABASE_URL chooses.
// One command runs as a process (the command's entry, src/cli/run.ts); the rest run main() in this process, which is quicker.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ManualClock } from '../src/platform/clock.js';
import { resolveSubscriberKey } from '../src/operations/subscribers.js';
import { ledeCli } from './support/cli.js';
import { openTestStore, type TestStore } from './support/test-store.js';

let db: TestStore;
const { lede, ledeProcess } = ledeCli(() => db.env);

const deps = () => ({ store: db.store, clock: new ManualClock(new Date()) });

before(async () => {
  db = await openTestStore();
});
after(async () => {
  await db.dispose();
});

test('subscriber add prints the key once; list shows it; revoke stops it', async () => {
  const added = ledeProcess(['subscriber', 'add', '--name', 'Baltic Wire', '--rate-limit', '120']);
  assert.equal(added.code, 0, added.err);
  const key = added.out.trim();
  assert.match(key, /^ledesub_[\w-]{43}$/);
  assert.match(added.err, /shown only once/);
  assert.equal((await resolveSubscriberKey(deps(), key))?.name, 'Baltic Wire');

  const again = await lede(['subscriber', 'add', '--name', 'Baltic Wire']);
  assert.equal(again.code, 1);
  assert.match(again.err, /already/);

  const list = await lede(['subscriber', 'list']);
  assert.equal(list.code, 0, list.err);
  assert.match(list.out, /^\d+\tBaltic Wire\tactive\t120\/min\t/m);
  assert.doesNotMatch(list.out, new RegExp(key.slice(8)));

  const revoked = await lede(['subscriber', 'revoke', '--name', 'Baltic Wire']);
  assert.equal(revoked.code, 0, revoked.err);
  assert.equal(await resolveSubscriberKey(deps(), key), null);
  assert.match((await lede(['subscriber', 'list'])).out, /Baltic Wire\trevoked /);

  const second = await lede(['subscriber', 'add', '--name', 'Caspian Daily']);
  const id = /^\d+/.exec((await lede(['subscriber', 'list'])).out.split('\n')[1] ?? '')?.[0];
  assert.ok(id);
  assert.equal((await lede(['subscriber', 'revoke', '--id', id])).code, 0);
  assert.equal(await resolveSubscriberKey(deps(), second.out.trim()), null);
  assert.equal((await lede(['subscriber', 'revoke', '--id', id])).code, 1, 'revoked already');
});

test('webhook add prints the signing secret once; list and remove', async () => {
  assert.equal((await lede(['subscriber', 'add', '--name', 'Hooked'])).code, 0);
  const added = await lede([
    'webhook',
    'add',
    '--subscriber',
    'Hooked',
    '--url',
    'https://hooked.example/lede',
    '--events',
    'story.published,story.unpublished',
    '--editions',
    'ru',
  ]);
  assert.equal(added.code, 0, added.err);
  assert.match(added.out.trim(), /^whsec_[\w-]{43}$/);
  const id = /webhook (\d+)/.exec(added.err)?.[1];
  assert.ok(id, added.err);
  const list = await lede(['webhook', 'list', '--subscriber', 'Hooked']);
  assert.match(
    list.out,
    new RegExp(
      `^${id}\\t\\d+\\thttps://hooked.example/lede\\tstory.published,story.unpublished\\tru$`,
      'm',
    ),
  );
  assert.doesNotMatch(list.out, /whsec_/);
  const removed = await lede(['webhook', 'remove', '--id', id]);
  assert.equal(removed.code, 0, removed.err);
  assert.equal((await lede(['webhook', 'list'])).out.trim(), '');
});

test('wrong use prints the usage and exits with 2', async () => {
  for (const args of [
    ['subscriber', 'add'],
    ['subscriber', 'revoke'],
    ['subscriber', 'revoke', '--name', 'x', '--id', '1'],
    ['subscriber', 'add', '--name', 'x', '--rate-limit', 'lots'],
    ['webhook', 'add', '--subscriber', 'Hooked'],
    ['webhook', 'add', '--subscriber', 'Hooked', '--url', 'https://x.example', '--events', 'nope'],
  ]) {
    const r = await lede(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /Usage:/);
  }
  const bad = await lede(['webhook', 'add', '--subscriber', 'Hooked', '--url', 'ftp://x.example']);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /url: must be an http\(s\) URL/);
});
