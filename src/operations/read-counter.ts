// Counts readers' views without cookies: views are buffered in memory and written in batches, each reader once a story a day.

import { createHash, randomBytes } from 'node:crypto';
import { declinesCounting, hourOf, isBot, saltDay, slotOf } from '../domain/read-counts.js';
import type { ReaderView } from '../storage/read-counts-port.js';
import type { Deps } from './deps.js';

/** A view as it comes in: who asks (kept in memory until the next batch, never stored). */
export interface ViewInput {
  storyId: number;
  /** The reader's address; only its salted hash reaches the database. */
  address: string;
  userAgent: string | undefined;
  headers: { dnt?: string | string[] | undefined; 'sec-gpc'?: string | string[] | undefined };
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

interface Pending {
  storyId: number;
  address: string;
  userAgent: string;
  at: Date;
}

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
  private salt: { day: string; value: string } | null = null;
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
    this.timer = setInterval(() => void this.flush(), this.flushMs);
    this.timer.unref();
  }

  /** Takes one view: left out for bots and readers who decline, else buffered. Never waits. */
  view(input: ViewInput): ViewOutcome {
    if (isBot(input.userAgent)) return 'bot';
    if (declinesCounting(input.headers)) return 'declined';
    if (this.buffer.length >= this.maxBuffered) return 'full';
    this.buffer.push({
      storyId: input.storyId,
      address: input.address,
      userAgent: input.userAgent ?? '',
      at: this.deps.clock.now(),
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
    this.salt = { day, value };
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
        const day = saltDay(p.at);
        views.push({
          storyId: p.storyId,
          day,
          hash: readerHash(await this.saltFor(day), p.address, p.userAgent, p.storyId),
          hour: hourOf(p.at),
          slot: slotOf(p.at),
        });
      }
      const counted = await this.deps.store.transaction((tx) => tx.readCounts.record(views));
      const slot = slotOf(this.deps.clock.now());
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
