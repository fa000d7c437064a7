// Operation dependencies over a fresh test store, with a clock the test controls.

import { defaultEditions } from '../../src/domain/editions.js';
import type { Deps } from '../../src/operations/deps.js';
import { ManualClock } from '../../src/platform/clock.js';
import { memoryEventBus } from '../../src/platform/events.js';
import { silentLogger } from '../../src/platform/logger.js';
import { memoryPresence } from '../../src/platform/presence.js';
import { memoryMediaStorage } from '../../src/platform/media-storage.js';
import { sharpImageProcessor } from '../../src/platform/sharp-image-processor.js';
import { validateBlocksWithSchema } from '../../src/newsroom/editor/validate-blocks.js';
import { MEDIA_MAX_BYTES, MEDIA_MAX_PIXELS } from '../../src/operations/media-deps.js';
import { openTestStore, type TestStore } from './test-store.js';

export interface TestDeps extends Deps {
  clock: ManualClock;
  testStore: TestStore;
}

export async function openTestDeps(now = '2025-12-06T09:00:00Z'): Promise<TestDeps> {
  const testStore = await openTestStore();
  const clock = new ManualClock(now);
  return {
    store: testStore.store,
    clock,
    editions: defaultEditions(),
    publicUrl: 'http://lede.test',
    logger: silentLogger,
    events: memoryEventBus(silentLogger),
    presence: memoryPresence(clock),
    checkBlocks: validateBlocksWithSchema,
    media: {
      storage: memoryMediaStorage(),
      images: sharpImageProcessor(),
      maxBytes: MEDIA_MAX_BYTES,
      maxPixels: MEDIA_MAX_PIXELS,
    },
    testStore,
  };
}
