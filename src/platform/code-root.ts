// Where the running code lives: src/ when run from the sources (tsx), dist/ when built, whether as
// compiled modules or as the bundle of `lede serve` (scripts/build-server.js).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The nearest folder named src or dist above a module (pass its import.meta.url). The files the
 * server reads beside its code are found from there: the same place from a compiled module of
 * dist/site and from the serve bundle in dist/cli/commands.
 */
export function codeRoot(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const name = path.basename(dir);
    if (name === 'src' || name === 'dist') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no src or dist folder above ${moduleUrl}`);
    dir = up;
  }
}
