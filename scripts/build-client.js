// Builds the newsroom client with Vite into dist/newsroom/client; with --if-stale only when a source is newer than the bundle.
import path from 'node:path';
import { CLIENT, isStale, ROOT, withLock } from './build-inputs.js';

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !isStale(CLIENT)) process.exit(0);
await withLock(CLIENT, async () => {
  if (ifStale && !isStale(CLIENT)) return;
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`newsroom client built into dist/newsroom/client in ${Date.now() - started} ms`);
});
