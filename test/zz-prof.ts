import { openSqliteStore } from '../src/storage/sqlite/connect.js';
import { generateArchive } from '../src/importers/synthetic/generate-archive.js';
const store = await openSqliteStore('/tmp/gen2/l.sqlite');
const t0 = performance.now();
await generateArchive(store, { stories: 3000, now: new Date('2025-12-06T00:00:00Z') });
console.log(
  (globalThis as any).__t,
  'ms/story',
  ((performance.now() - t0) / 3000).toFixed(2),
  process.cpuUsage(),
);
await store.close();
