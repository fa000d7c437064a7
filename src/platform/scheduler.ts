// The scheduler port: runs due work (scheduled stories, embargo lifts) at its time and at least every second.

import type { Clock } from './clock.js';
import type { Logger } from './logger.js';

export interface Scheduler {
  start(): void;
  /** Stops waking and waits for a run in progress to end. */
  stop(): Promise<void>;
  /** Runs now (something was just scheduled); a run in progress is not doubled. */
  wake(): void;
}

export interface TimerSchedulerOptions {
  clock: Clock;
  logger: Logger;
  /** Does the due work; answers when work is next due (UTC ISO), or null for nothing known. */
  tick: () => Promise<string | null>;
  /**
   * The longest sleep: work scheduled by other processes (or a clock moved by a test) is
   * picked up within this time. The state lives in the database, so a restart loses nothing.
   */
  maxSleepMs?: number;
}

/** A timer in this process; several processes may each run one, as the work claims each story. */
export function timerScheduler(options: TimerSchedulerOptions): Scheduler {
  const { clock, logger, tick } = options;
  const maxSleep = options.maxSleepMs ?? 1000;
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const loop = async () => {
    let next: string | null = null;
    try {
      next = await tick();
    } catch (error) {
      logger.error('scheduled work failed', {
        code: 'internal',
        error: error instanceof Error ? error.message : String(error),
      });
    }
    if (stopped) return;
    const due = next === null ? maxSleep : Date.parse(next) - clock.now().getTime();
    timer = setTimeout(run, Math.max(10, Math.min(maxSleep, due)));
    timer.unref();
  };
  const run = () => {
    timer = undefined;
    if (stopped || running) return;
    running = loop().finally(() => {
      running = null;
    });
  };

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      run();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
    wake() {
      if (stopped || running) return;
      if (timer) clearTimeout(timer);
      run();
    },
  };
}
