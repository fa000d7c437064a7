// The delivery loop: fans story events out, claims due deliveries and POSTs them (webhooks, CDN purges) with retries.

import type { Deps } from '../operations/deps.js';
import {
  claimDueDeliveries,
  fanOutStoryEvents,
  pruneDeliveries,
  recordAttempt,
  type AttemptOutcome,
  type DueDelivery,
  type RetryPolicy,
} from '../operations/deliveries.js';
import { contextOf } from './context.js';
import { toNinjs } from './ninjs.js';
import { SIGNATURE_HEADERS, signPayload } from './webhook-signature.js';

export interface CdnPurgeTarget {
  url: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token: string | null;
}

export interface DeliveryLoopOptions {
  /** The public origin, for the absolute URLs of the ninjs items. */
  origin: string;
  cdn: CdnPurgeTarget | null;
  /** Requests in flight at once, all receivers together (default 8). */
  concurrency?: number;
  /** How long one receiver may take to answer (default 10 s). */
  timeoutMs?: number;
  /** How often due work is looked for when nothing wakes the loop (default 1 s). */
  pollMs?: number;
  retry?: RetryPolicy;
  /** How long finished deliveries stay in the log (default 30 days). */
  keepMs?: number;
  fetch?: typeof fetch;
}

export interface DeliveryLoop {
  start(): void;
  /** Stops looking for work, aborts requests in flight (they are tried again later) and waits. */
  stop(): Promise<void>;
  /** Looks for work now (a story changed). */
  wake(): void;
  /** One pass now, then waits for every request started so far to end (tests, the CLI). */
  runOnce(): Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 12, baseDelayMs: 1000 };
const USER_AGENT = 'Lede-Webhooks/1';
const PRUNE_EVERY_MS = 3600_000;

/** The JSON a webhook receives: the event, the delivery id, when it happened and the ninjs item. */
export function webhookBody(due: DueDelivery): string {
  const d = due.delivery;
  // The stored item is spliced in as it is, so every attempt and replay sends the same bytes.
  return `{"type":${JSON.stringify(d.eventType)},"deliveryId":"${d.id}","timestamp":${JSON.stringify(d.createdAt)},"item":${d.body}}`;
}

interface OutboundRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

function requestOf(
  deps: Deps,
  due: DueDelivery,
  cdn: CdnPurgeTarget | null,
): OutboundRequest | null {
  const d = due.delivery;
  if (due.webhook) {
    const body = webhookBody(due);
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    return {
      url: due.webhook.url,
      body,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': USER_AGENT,
        [SIGNATURE_HEADERS.event]: d.eventType,
        [SIGNATURE_HEADERS.delivery]: String(d.id),
        [SIGNATURE_HEADERS.timestamp]: String(timestamp),
        [SIGNATURE_HEADERS.signature]: signPayload(due.webhook.secret, timestamp, body),
      },
    };
  }
  if (!cdn) return null;
  const { keys } = JSON.parse(d.body) as { keys: string[] };
  return {
    url: cdn.url,
    body: d.body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': USER_AGENT,
      'surrogate-key': keys.join(' '),
      ...(cdn.token ? { authorization: `Bearer ${cdn.token}` } : {}),
    },
  };
}

export function deliveryLoop(deps: Deps, options: DeliveryLoopOptions): DeliveryLoop {
  const concurrency = options.concurrency ?? 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const pollMs = options.pollMs ?? 1000;
  const retry = options.retry ?? DEFAULT_RETRY;
  const send = options.fetch ?? fetch;
  const renderItem: Parameters<typeof fanOutStoryEvents>[1]['renderItem'] = (bundle) =>
    JSON.stringify(toNinjs(bundle.story, contextOf(options.origin, deps.editions, bundle)));
  const inFlight = new Set<Promise<void>>();
  let shutdown = new AbortController();
  let chain: Promise<void> = Promise.resolve();
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let prunedAt = 0;

  const failed = (what: string) => (error: unknown) =>
    deps.logger.error(what, {
      code: 'internal',
      error: error instanceof Error ? error.message : String(error),
    });

  async function attempt(due: DueDelivery): Promise<void> {
    const request = requestOf(deps, due, options.cdn);
    let outcome: AttemptOutcome;
    if (!request) outcome = { statusCode: null, error: 'no CDN purge URL is configured' };
    else
      try {
        const response = await send(request.url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          redirect: 'manual',
          signal: AbortSignal.any([shutdown.signal, AbortSignal.timeout(timeoutMs)]),
        });
        await response.body?.cancel().catch(() => undefined);
        outcome = {
          statusCode: response.status,
          error: response.ok ? null : `the receiver answered HTTP ${response.status}`,
        };
      } catch (error) {
        const name = (error as { name?: string }).name;
        outcome = {
          statusCode: null,
          error:
            name === 'TimeoutError'
              ? `no answer within ${timeoutMs} ms`
              : name === 'AbortError'
                ? 'Lede shut down while sending'
                : `not sent: ${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}`,
        };
      }
    const status = await recordAttempt(deps, due.delivery, outcome, retry);
    if (status !== 'delivered')
      deps.logger.warn('delivery not accepted', {
        code: 'delivery_failed',
        delivery: due.delivery.id,
        kind: due.delivery.kind,
        attempts: due.delivery.attempts,
        status,
        error: outcome.error,
      });
  }

  async function tick(): Promise<void> {
    // Every event waiting in the outbox becomes deliveries (bounded, the rest on the next pass).
    for (let i = 0; i < 20; i++)
      if ((await fanOutStoryEvents(deps, { cdn: options.cdn !== null, renderItem })) === 0) break;
    const due = await claimDueDeliveries(deps, concurrency - inFlight.size, timeoutMs + 30_000);
    for (const d of due) {
      const running: Promise<void> = attempt(d)
        .catch(failed('a delivery could not be recorded'))
        .finally(() => {
          inFlight.delete(running);
          // A slot is free: more may be waiting.
          if (!stopped) wake();
        });
      inFlight.add(running);
    }
    const now = deps.clock.now().getTime();
    if (now - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = now;
      await pruneDeliveries(deps, options.keepMs ?? 30 * 86400_000);
    }
  }

  /** Passes run one after another, never two at once in this process. */
  function pass(): Promise<void> {
    chain = chain.then(tick).catch(failed('the delivery loop failed'));
    return chain;
  }

  /** One timer at most: the next look for due work (retries, other processes' events). */
  function schedule(): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void pass().finally(schedule);
    }, pollMs);
    timer.unref();
  }

  function wake(): void {
    if (stopped) return;
    void pass().finally(schedule);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      shutdown = new AbortController();
      wake();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
      shutdown.abort();
      await Promise.all([...inFlight]);
    },
    wake,
    async runOnce() {
      await pass();
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}
