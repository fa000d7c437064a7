// Vite build of the newsroom client: src/newsroom/client → dist/newsroom/client, hashed assets under /newsroom/assets/.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'src/newsroom/client'),
  base: '/newsroom/',
  publicDir: false,
  logLevel: 'warn',
  // Preact's automatic JSX runtime for every file, inside tsconfig's include or not (STACK.md).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: path.join(here, 'dist/newsroom/client'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // The site's CSP is script-src 'self': no inline scripts, no data: modules.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
});
