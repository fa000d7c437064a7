#!/usr/bin/env node
// The `lede` command: runs the compiled CLI, dist/cli/run.js, after building it (scripts/build-server.js)
// when it is missing or a source is newer than it. Tests run src/cli/run.ts through tsx instead.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isStale, ROOT, SERVER } from '../scripts/build-inputs.js';

if (isStale(SERVER)) {
  // The build's messages go to standard error: standard output is the command's own.
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'build-server.js'), '--if-stale'],
    {
      stdio: ['ignore', 2, 2],
    },
  );
  if (build.status !== 0) {
    process.stderr.write('lede: the build failed; run `npm run build` to see why\n');
    process.exit(1);
  }
}
await import('../dist/cli/run.js');
