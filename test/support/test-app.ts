// Boots the whole Lede application over a fresh test store, with a controllable clock.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Lede } from '../../src/server/boot.js';
import { boot } from '../../src/server/boot.js';
import { loadConfig } from '../../src/server/config.js';
import type { DistributionOptions } from '../../src/server/distribution.js';
import { ManualClock } from '../../src/platform/clock.js';
import { silentLogger } from '../../src/platform/logger.js';
import { openTestStore, type TestStore } from './test-store.js';

export interface TestApp {
  lede: Lede;
  clock: ManualClock;
  testStore: TestStore;
  dispose(): Promise<void>;
}

export async function bootTestApp(
  options: {
    demo?: boolean;
    now?: string;
    env?: Record<string, string>;
    /** The delivery loop's settings (retries, timeouts). */
    delivery?: DistributionOptions;
    /** Poll wire sources in the background (default off: tests poll by hand). */
    ingest?: boolean;
  } = {},
): Promise<TestApp> {
  const testStore = await openTestStore();
  const clock = new ManualClock(options.now ?? new Date().toISOString());
  // A data folder of its own (uploaded media go there), unless the test names one.
  const dataDir = options.env?.LEDE_DATA_DIR
    ? null
    : mkdtempSync(path.join(tmpdir(), 'lede-data-'));
  const config = {
    ...loadConfig({
      LEDE_DEMO: options.demo ? 'on' : 'off',
      LEDE_LOG: 'off',
      PORT: '0',
      ...(dataDir ? { LEDE_DATA_DIR: dataDir } : {}),
      ...options.env,
    }),
  };
  const lede = await boot(config, {
    store: testStore.store,
    clock,
    logger: silentLogger,
    ...(options.delivery ? { delivery: options.delivery } : {}),
    ingest: options.ingest ?? false,
  });
  return {
    lede,
    clock,
    testStore,
    async dispose() {
      await lede.close();
      await testStore.dispose();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
