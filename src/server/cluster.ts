// `lede serve` on every core: a primary that prepares the database and forks one worker per core; one worker (the first) runs the scheduler and the delivery loop; page-cache purges reach every worker.

import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { LedeEvent } from '../platform/events.js';
import type { EventBus } from '../platform/events.js';
import type { Presence } from '../platform/presence.js';
import type { Config } from './config.js';

const BACKGROUND_ENV = 'LEDE_WORKER_BACKGROUND';
/** Set in the read counter's process (LEDE_COUNTER_PORT): it takes beacons, not pages. */
const COUNTER_ENV = 'LEDE_WORKER_COUNTER';

/** What a forked process does: pages (one of them also the background work), or the read counter. */
type Role = 'background' | 'pages' | 'counter';

/**
 * The start-up handshake: a worker that has loaded its modules says it waits; the primary
 * answers once the database is migrated (and the demo archive loaded), at once after that.
 */
interface StartMessage {
  lede: 'waiting' | 'prepared';
}
const isStartMessage = (m: unknown, kind: StartMessage['lede']): m is StartMessage =>
  typeof m === 'object' && m !== null && (m as { lede?: unknown }).lede === kind;

/** In a worker: resolves when the primary says the database is ready. */
function preparedByPrimary(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (!isStartMessage(message, 'prepared')) return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    process.send?.({ lede: 'waiting' } satisfies StartMessage);
  });
}

/**
 * In the primary: migrations, and the demo archive on an empty database, before any worker opens
 * it. Only the store's modules are loaded for this; the app's are loaded only by the workers (in
 * the meantime) and, for the demo archive, on a first start.
 */
async function prepareDatabase(config: Config): Promise<void> {
  const { openStore } = await import('./open-store.js');
  const store = await openStore(config);
  let empty: boolean;
  try {
    empty = config.loadDemo && !(await store.stories.hasStories());
  } finally {
    await store.close();
  }
  if (!empty) return;
  const [{ bootOneShot }, { loadDemoArchive }] = await Promise.all([
    import('./boot.js'),
    import('../importers/load-demo.js'),
  ]);
  const prepared = await bootOneShot(config);
  try {
    await loadDemoArchive(prepared.deps);
  } finally {
    await prepared.close();
  }
}

interface EventMessage {
  lede: 'event';
  event: LedeEvent;
}
const isEventMessage = (m: unknown): m is EventMessage =>
  typeof m === 'object' && m !== null && (m as { lede?: unknown }).lede === 'event';

interface PresenceMessage {
  lede: 'presence';
  op: 'beat' | 'leave';
  storyId: number;
  user: { id: number; name: string };
}
const isPresenceMessage = (m: unknown): m is PresenceMessage =>
  typeof m === 'object' && m !== null && (m as { lede?: unknown }).lede === 'presence';

/**
 * Who has a story open, the same in every worker: each heartbeat and leave of this worker goes
 * to the others through the primary, and theirs come here, so two editors whose requests reach
 * different workers still see each other.
 */
export function relayPresenceThroughPrimary(local: Presence): Presence {
  process.on('message', (message: unknown) => {
    if (!isPresenceMessage(message)) return;
    if (message.op === 'beat') void local.heartbeat(message.storyId, message.user);
    else void local.leave(message.storyId, message.user.id);
  });
  const send = (m: Omit<PresenceMessage, 'lede'>) =>
    process.send?.({ lede: 'presence', ...m } satisfies PresenceMessage);
  return {
    ...local,
    async heartbeat(storyId, user) {
      send({ op: 'beat', storyId, user: { id: user.id, name: user.name } });
      return local.heartbeat(storyId, user);
    },
    async leave(storyId, userId) {
      send({ op: 'leave', storyId, user: { id: userId, name: '' } });
      return local.leave(storyId, userId);
    },
  };
}

/** How many workers `lede serve` runs: LEDE_WORKERS, or one per core. */
export function workerCount(config: Pick<Config, 'workers'>): number {
  return config.workers ?? availableParallelism();
}

/**
 * Without Redis, this worker's story events go to the primary, which hands them to the other
 * workers (their page caches purge); with Redis the event bus does it itself.
 */
export function relayEventsThroughPrimary(events: EventBus): () => void {
  const unsubscribe = events.subscribe((event) => {
    process.send?.({ lede: 'event', event } satisfies EventMessage);
  });
  const onMessage = (message: unknown) => {
    if (isEventMessage(message)) events.deliverRemote(message.event);
  };
  process.on('message', onMessage);
  return () => {
    unsubscribe();
    process.off('message', onMessage);
  };
}

/** One worker (or the only process): boots, listens, and says where. */
async function serveOne(
  config: Config,
  background: boolean,
  out: (s: string) => void,
  app: typeof import('./boot.js'),
) {
  const { boot, listen, warmDatabase } = app;
  const lede = await boot(config, {
    background,
    ...(cluster.isWorker ? { sharePresence: relayPresenceThroughPrimary } : {}),
  });
  if (cluster.isWorker && !config.redisUrl) relayEventsThroughPrimary(lede.deps.events);
  const address = await listen(lede, config);
  if (background) {
    out(`Lede is running at ${address} (${config.database.kind})`);
    if (config.warm && config.database.kind === 'postgres') void warmDatabase(lede.deps);
  }
}

/**
 * `lede serve`: with one worker, this process serves; with more, it forks the workers, migrates
 * the database and loads the demo archive once while they load their modules, then lets them
 * open it, restarts any that dies, and stops them
 * all on SIGINT/SIGTERM. Never resolves while serving.
 */
export async function serveLede(config: Config, out: (s: string) => void): Promise<number> {
  if (cluster.isWorker && process.env[COUNTER_ENV] === 'on') {
    const { serveCounter } = await import('./counter.js');
    await preparedByPrimary();
    return serveCounter(config, config.counterPort ?? 0, out);
  }
  if (cluster.isWorker) {
    // The app's modules load while the primary prepares the database; then it is opened.
    const app = await import('./boot.js');
    await preparedByPrimary();
    await serveOne({ ...config, loadDemo: false }, process.env[BACKGROUND_ENV] === 'on', out, app);
    return new Promise<number>(() => undefined);
  }
  const count = workerCount(config);
  // One process serves alone unless the read counter asks for a process of its own.
  if (count <= 1 && config.counterPort === null) {
    await serveOne(config, true, out, await import('./boot.js'));
    return new Promise<number>(() => undefined);
  }
  let stopping = false;
  /** The primary's exit code once every worker is gone: 1 when the database could not be prepared. */
  let exitCode = 0;
  let prepared = false;
  const waiting = new Set<Worker>();
  const roles = new Map<Worker, Role>();
  const fork = (role: Role) => {
    const worker = cluster.fork({
      [BACKGROUND_ENV]: role === 'background' ? 'on' : 'off',
      [COUNTER_ENV]: role === 'counter' ? 'on' : 'off',
    });
    roles.set(worker, role);
    worker.on('message', (message: unknown) => {
      if (isStartMessage(message, 'waiting')) {
        if (prepared) worker.send({ lede: 'prepared' } satisfies StartMessage);
        else waiting.add(worker);
        return;
      }
      if (!isEventMessage(message) && !isPresenceMessage(message)) return;
      for (const [other, role] of roles)
        if (other !== worker && role !== 'counter' && other.isConnected()) other.send(message);
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    const role = roles.get(worker) ?? 'pages';
    roles.delete(worker);
    if (stopping) {
      if (roles.size === 0) process.exit(exitCode);
      return;
    }
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'worker died, starting another', code, signal })}\n`,
    );
    setTimeout(() => fork(role), 1000);
  });
  const stop = () => {
    stopping = true;
    for (const worker of roles.keys()) worker.process.kill('SIGTERM');
    if (roles.size === 0) process.exit(exitCode);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // The workers start loading at once; none opens the database before it is prepared.
  for (let i = 0; i < count; i++) fork(i === 0 ? 'background' : 'pages');
  if (config.counterPort !== null) fork('counter');
  try {
    await prepareDatabase(config);
  } catch (error) {
    exitCode = 1;
    stop();
    throw error;
  }
  prepared = true;
  for (const worker of waiting)
    if (worker.isConnected()) worker.send({ lede: 'prepared' } satisfies StartMessage);
  waiting.clear();
  return new Promise<number>(() => undefined);
}
