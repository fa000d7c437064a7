// Compiles the server and the CLI (src, without tests and the newsroom client) with tsc into dist,
// copies the files they read at run time (the site's CSS and icons), and bundles `lede serve`
// into one file; with --if-stale only when a source is newer than the build. The newsroom
// client's bundle in dist/newsroom/client stays.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { CLIENT, DIST, isStale, ROOT, SERVER, withLock } from './build-inputs.js';

/**
 * `lede serve` as one file with the packages it uses, in place of its compiled module: each
 * worker then loads one file where it loaded some 1,100 modules (about half the start-up time).
 * Native addons stay outside; CommonJS packages get the require and __dirname they expect.
 */
async function bundleServe() {
  await build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'commands', 'serve.ts')],
    outfile: path.join(DIST, 'cli', 'commands', 'serve.js'),
    allowOverwrite: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'sharp', '@node-rs/argon2', 'lightningcss', 'pg-native'],
    banner: {
      js: [
        "import { createRequire as __ledeRequire } from 'node:module';",
        "import { fileURLToPath as __ledePath } from 'node:url';",
        'const require = __ledeRequire(import.meta.url);',
        'const __filename = __ledePath(import.meta.url);',
        "const __dirname = __ledePath(new URL('.', import.meta.url));",
      ].join('\n'),
    },
    logLevel: 'error',
  });
}

/** Paths under dist the build leaves alone: the client's bundle and the build locks. */
const KEEP = [CLIENT.out, CLIENT.lock, SERVER.lock];

/** Empties dir but for KEEP (and the folders that hold them), so no file of an old build stays. */
function clean(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (KEEP.includes(full)) continue;
    if (KEEP.some((k) => k.startsWith(full + path.sep))) clean(full);
    else rmSync(full, { recursive: true, force: true });
  }
}

/** Every file of src that is neither TypeScript nor part of the client, copied to the same place in dist. */
function copyAssets() {
  const src = path.join(ROOT, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || /\.tsx?$/.test(entry.name) || SERVER.skip(path.relative(ROOT, file)))
      continue;
    const target = path.join(DIST, path.relative(src, file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !isStale(SERVER)) process.exit(0);
await withLock(SERVER, async () => {
  if (ifStale && !isStale(SERVER)) return;
  const started = new Date();
  mkdirSync(DIST, { recursive: true });
  clean(DIST);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('the server build failed (tsc above)');
    process.exit(1);
  }
  copyAssets();
  await bundleServe();
  // Stamped with the time the build began: a source saved during the build makes it stale.
  writeFileSync(SERVER.stamp, `built from src at ${started.toISOString()}\n`);
  utimesSync(SERVER.stamp, started, started);
  console.log(`server built into dist in ${Date.now() - started.getTime()} ms`);
});
