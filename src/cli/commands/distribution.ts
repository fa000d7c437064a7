// `lede subscriber add|revoke|list` and `lede webhook add|list|remove`: partners of the content API and their webhooks.

import { parseArgs } from 'node:util';
import { SYSTEM } from '../../domain/actor.js';
import { isWebhookEvent, WEBHOOK_EVENTS, type WebhookEvent } from '../../domain/distribution.js';
import { EDITION_CODES, isEditionCode, type EditionCode } from '../../domain/editions.js';
import {
  addSubscriber,
  findSubscriber,
  listSubscribers,
  revokeSubscriber,
  type SubscriberRef,
} from '../../operations/subscribers.js';
import { createWebhook, deleteWebhook, listWebhooks } from '../../operations/webhooks.js';
import { withOneShot } from './one-shot.js';
import { UsageError, type Io, commandGroup, type CommandRun } from './io.js';

export const DISTRIBUTION_USAGE = `  subscriber add --name N [--rate-limit R]
                                add a subscriber of the content API and print its key (only
                                this once); R requests a minute (default LEDE_API_RATE_LIMIT)
  subscriber revoke (--name N | --id N)
                                revoke a subscriber's key: the API answers 401, webhooks stop
  subscriber list               list the subscribers
  webhook add --subscriber N --url U [--events E,E] [--editions az,ru]
                                register a webhook and print its signing secret (only this once);
                                events: ${WEBHOOK_EVENTS.join(', ')} (default all)
  webhook list [--subscriber N] list the webhooks
  webhook remove --id N         delete a webhook and its delivery log
`;

function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is required`);
  return value.trim();
}

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!/^[1-9]\d{0,9}$/.test(value) || !Number.isSafeInteger(n))
    throw new UsageError(`--${flag} must be a positive whole number`);
  return n;
}

function listOf<T extends string>(
  raw: string | undefined,
  flag: string,
  ok: (v: string) => v is T,
  all: readonly string[],
): T[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((v) => {
    const value = v.trim();
    if (!ok(value)) throw new UsageError(`--${flag}: ${value} is not one of ${all.join(', ')}`);
    return value;
  });
}

async function subscriberAdd(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { name: { type: 'string' }, 'rate-limit': { type: 'string' } },
  });
  const name = required(values.name, 'name');
  const rate = values['rate-limit'];
  const rateLimit = rate === undefined ? undefined : positive(rate, 'rate-limit');
  return withOneShot(async (lede) => {
    const { subscriber, key } = await addSubscriber(lede.deps, SYSTEM, {
      name,
      ...(rateLimit !== undefined ? { rateLimit } : {}),
    });
    io.err(`subscriber ${subscriber.id} "${subscriber.name}"; its key is shown only once:`);
    io.out(key);
    return 0;
  });
}

function subscriberRef(values: { name?: string | undefined; id?: string | undefined }) {
  if ((values.name === undefined) === (values.id === undefined))
    throw new UsageError('name the subscriber with --name or --id');
  const ref: SubscriberRef =
    values.id !== undefined
      ? { id: positive(values.id, 'id') }
      : { name: required(values.name, 'name') };
  return ref;
}

async function subscriberRevoke(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { name: { type: 'string' }, id: { type: 'string' } },
  });
  const ref = subscriberRef(values);
  return withOneShot(async (lede) => {
    const s = await revokeSubscriber(lede.deps, SYSTEM, ref);
    io.out(`revoked subscriber ${s.id} "${s.name}"`);
    return 0;
  });
}

async function subscriberList(args: string[], io: Io): Promise<number> {
  parseArgs({ args, options: {} });
  return withOneShot(async (lede) => {
    for (const s of await listSubscribers(lede.deps, SYSTEM))
      io.out(
        [
          s.id,
          s.name,
          s.revokedAt ? `revoked ${s.revokedAt}` : 'active',
          s.rateLimit === null ? 'default limit' : `${s.rateLimit}/min`,
          s.lastUsedAt ? `last used ${s.lastUsedAt}` : 'never used',
        ].join('\t'),
      );
    return 0;
  });
}

async function webhookAdd(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      subscriber: { type: 'string' },
      url: { type: 'string' },
      events: { type: 'string' },
      editions: { type: 'string' },
    },
  });
  const subscriber = required(values.subscriber, 'subscriber');
  const url = required(values.url, 'url');
  const events = listOf<WebhookEvent>(values.events, 'events', isWebhookEvent, WEBHOOK_EVENTS);
  const editions = listOf<EditionCode>(values.editions, 'editions', isEditionCode, EDITION_CODES);
  return withOneShot(async (lede) => {
    const { webhook, secret } = await createWebhook(lede.deps, SYSTEM, {
      subscriber,
      url,
      events,
      editions,
    });
    io.err(`webhook ${webhook.id} → ${webhook.url}; its signing secret is shown only once:`);
    io.out(secret);
    return 0;
  });
}

async function webhookList(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { subscriber: { type: 'string' } } });
  return withOneShot(async (lede) => {
    const owner =
      values.subscriber !== undefined
        ? await findSubscriber(lede.deps, { name: values.subscriber })
        : null;
    for (const w of await listWebhooks(lede.deps, SYSTEM, owner ? { subscriberId: owner.id } : {}))
      io.out(
        [
          w.id,
          w.subscriberId,
          w.url,
          w.events.join(',') || 'all events',
          w.editions.join(',') || 'all editions',
        ].join('\t'),
      );
    return 0;
  });
}

async function webhookRemove(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { id: { type: 'string' } } });
  const id = positive(required(values.id, 'id'), 'id');
  return withOneShot(async (lede) => {
    await deleteWebhook(lede.deps, SYSTEM, id);
    io.out(`removed webhook ${id}`);
    return 0;
  });
}

const COMMANDS: Record<string, CommandRun> = {
  'subscriber add': subscriberAdd,
  'subscriber revoke': subscriberRevoke,
  'subscriber list': subscriberList,
  'webhook add': webhookAdd,
  'webhook list': webhookList,
  'webhook remove': webhookRemove,
};

/** Runs `lede subscriber …` or `lede webhook …`; null when the words name no such command. */
export const runDistributionCommand = commandGroup(COMMANDS, DISTRIBUTION_USAGE);
