// Counts readers' views without cookies: views are buffered in memory and written in batches, each reader once a story a day.

import { createHash, randomBytes } from 'node:crypto';
import {
  declinesCounting,
  hourOf,
  type RequestHeaders,
  isBot,
  saltDay,
  slotOf,
} from '../domain/read-counts.js';
import type { ReaderView } from '../storage/read-counts-port.js';
import type { Deps } from './deps.js';

/** A view as it comes in: who asks (kept in memory until the next batch, never stored). */
export interface ViewInput {
  storyId: number;
  /** The reader's address; only its salted hash reaches the database. */
  address: string;
  userAgent: string | undefined;
  /** The request's headers: only `DNT` and `Sec-GPC` are read. */
  headers: RequestHeaders;
}

/** What became of a view: buffered to be counted, or left out (a bot, a reader who declines). */
export type ViewOutcome = 'buffered' | 'bot' | 'declined' | 'full';

export interface ReadCounterOptions {
  /** How often the buffer is written (default every second). */
  flushMs?: number;
  /** A batch is written at once when this many views wait (default 2,000). */
  batchSize?: number;
  /** Views beyond this many waiting are dropped (the database is down): memory stays bounded. */
  maxBuffered?: number;
  /** Five-minute slots kept for "read now" (default 24: two hours). */
  keepSlots?: number;
}

/**
 * A view waiting for the next batch: hashed at once when the day's salt is known (the address is
 * then never kept), else with its address and browser until the batch salts it.
 */
interface Pending {
  storyId: number;
  /** Milliseconds since 1970. */
  at: number;
  hash: string | null;
  address: string | null;
  userAgent: string | null;
}

/** A day's salt and the day's bounds (ms since 1970): a view inside them is hashed at once. */
interface DaySalt {
  day: string;
  value: string;
  from: number;
  to: number;
}

const DAY_MS = 86_400_000;

/** The reader's hash: the day's salt, address, browser and story; 128 bits, base64url. */
export function readerHash(
  salt: string,
  address: string,
  userAgent: string,
  storyId: number,
): string {
  return createHash('sha256')
    .update(`${salt}\u0000${address}\u0000${userAgent}\u0000${storyId}`)
    .digest('base64url')
    .slice(0, 22);
}

/**
 * One per process: `lede serve`'s workers each buffer and write their own batches. The day's salt
 * is made by the first process that needs it and kept in the database for the others; it is
 * removed (with the day's hashes) once the day is over.
 */
export class ReadCounter {
  private buffer: Pending[] = [];
  private salt: DaySalt | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<number> | null = null;
  private lastPrunedSlot = 0;
  private readonly flushMs: number;
  private readonly batchSize: number;
  private readonly maxBuffered: number;
  private readonly keepSlots: number;

  constructor(
    private readonly deps: Pick<Deps, 'store' | 'clock' | 'logger'>,
    options: ReadCounterOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 1000;
    this.batchSize = options.batchSize ?? 2000;
    this.maxBuffered = options.maxBuffered ?? 100_000;
    this.keepSlots = options.keepSlots ?? 24;
  }

  /** Writes the buffer every `flushMs` until close(). */
  start(): void {
    if (this.timer) return;
    // The day's salt before the first reader: from then on views are hashed as they come.
    void this.saltFor(saltDay(this.deps.clock.now())).catch(() => undefined);
    this.timer = setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  /**
   * Takes one view: left out for bots and readers who decline, else buffered, hashed with the
   * day's salt when it is known. Never waits; the reader's request does nothing else.
   */
  view(input: ViewInput): ViewOutcome {
    if (isBot(input.userAgent)) return 'bot';
    if (declinesCounting(input.headers)) return 'declined';
    if (this.buffer.length >= this.maxBuffered) return 'full';
    const at = this.deps.clock.now().getTime();
    const salt = this.salt;
    const userAgent = input.userAgent ?? '';
    if (salt && at >= salt.from && at < salt.to)
      this.buffer.push({
        storyId: input.storyId,
        at,
        hash: readerHash(salt.value, input.address, userAgent, input.storyId),
        address: null,
        userAgent: null,
      });
    else
      this.buffer.push({
        storyId: input.storyId,
        at,
        hash: null,
        address: input.address,
        userAgent,
      });
    if (this.buffer.length >= this.batchSize) void this.flush();
    return 'buffered';
  }

  /** Views waiting to be written. */
  get buffered(): number {
    return this.buffer.length;
  }

  private async saltFor(day: string): Promise<string> {
    if (this.salt?.day === day) return this.salt.value;
    const value = await this.deps.store.readCounts.daySalt(
      day,
      randomBytes(32).toString('base64url'),
    );
    const from = Date.parse(`${day}T00:00:00Z`);
    this.salt = { day, value, from, to: from + DAY_MS };
    return value;
  }

  /**
   * Writes what is buffered in one transaction; answers the views counted (repeated readers are
   * not). A batch that fails is dropped and logged: counts are not worth a growing memory.
   */
  flush(): Promise<number> {
    if (this.writing) return this.writing.then(() => this.flush());
    if (this.buffer.length === 0) return Promise.resolve(0);
    const batch = this.buffer;
    this.buffer = [];
    this.writing = this.write(batch).finally(() => (this.writing = null));
    return this.writing;
  }

  private async write(batch: Pending[]): Promise<number> {
    try {
      const views: ReaderView[] = [];
      for (const p of batch) {
        const at = new Date(p.at);
        const day = saltDay(at);
        views.push({
          storyId: p.storyId,
          day,
          hash:
            p.hash ??
            readerHash(await this.saltFor(day), p.address ?? '', p.userAgent ?? '', p.storyId),
          hour: hourOf(at),
          slot: slotOf(at),
        });
      }
      const counted = await this.deps.store.transaction((tx) => tx.readCounts.record(views));
      const now = this.deps.clock.now();
      // A new day: its salt now, so that its views are hashed as they come (else at the next batch).
      await this.saltFor(saltDay(now)).catch(() => undefined);
      const slot = slotOf(now);
      if (slot !== this.lastPrunedSlot) {
        this.lastPrunedSlot = slot;
        await this.deps.store.readCounts.pruneRecent(slot - this.keepSlots);
      }
      return counted;
    } catch (error) {
      this.deps.logger.warn('read counts were not written', {
        views: batch.length,
        error: error instanceof Error ? error.message : String(error),
      });
      return 0;
    }
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.buffer.length > 0 || this.writing) await this.flush();
  }
}
