// Boots the whole Lede application over a fresh test store, with a controllable clock.

import type { Lede } from '../../src/server/boot.js';
import { boot } from '../../src/server/boot.js';
import { loadConfig } from '../../src/server/config.js';
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
  options: { demo?: boolean; now?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const testStore = await openTestStore();
  const clock = new ManualClock(options.now ?? new Date().toISOString());
  const config = {
    ...loadConfig({
      LEDE_DEMO: options.demo ? 'on' : 'off',
      LEDE_LOG: 'off',
      PORT: '0',
      ...options.env,
    }),
  };
  const lede = await boot(config, { store: testStore.store, clock, logger: silentLogger });
  return {
    lede,
    clock,
    testStore,
    async dispose() {
      await lede.close();
      await testStore.dispose();
    },
  };
}

/** The seed page of the reference agency, kept beside the repository in shared/. */
export const SEED_FILE = new URL('../../../shared/seed/000_3f7c7f16e0a4792b.txt', import.meta.url)
  .pathname;
