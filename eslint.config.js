// Lint rules, including the layer rules of DESIGN.md: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

import layersPlugin from './scripts/eslint-layers.js';

// What each folder of src/ may import (scripts/eslint-layers.js applies it to every file but
// tests). `may`: paths from the project root; `mayTypes`: more, for `import type` only;
// `packages`: package names refused. A file in a folder with no entry fails the lint.
const DOMAIN = '^src/domain/';
const OPERATIONS = '^src/operations/';
/** Storage's ports: the store, one port per aggregate, the indexing port. */
const STORAGE_PORTS = '^src/storage/(port|[a-z-]+-port)\\.js$';
/** Search's port and its text analysis; not the index's implementation, tables or migrations. */
const SEARCH_PORT =
  '^src/search/(?!(sqlite|postgres|migrations)/|(create-search-index|kysely-search-index|schema)\\.js$)';
/** Platform's ports (clock, logger, cache, events...); not its Redis, local-disk or sharp implementations. */
const PLATFORM_PORTS = '^src/platform/(?!(redis|local|sharp)-)';
const DB_PACKAGES = '^(better-sqlite3|pg|ioredis|kysely)$';
/** The shared HTTP transport: route declaration, gates, the documented-routes registry. */
const HTTP = '^src/http/';

export const LAYERS = [
  {
    name: 'domain',
    folder: 'src/domain',
    may: [DOMAIN],
    packages: '.',
    why: 'domain imports nothing outside itself',
  },
  {
    name: 'operations',
    folder: 'src/operations',
    may: [DOMAIN, OPERATIONS, STORAGE_PORTS, SEARCH_PORT, PLATFORM_PORTS],
    packages: DB_PACKAGES,
    why: 'operations import domain and the ports, never a database or an implementation',
  },
  {
    name: 'storage',
    folder: 'src/storage',
    may: [DOMAIN, '^src/storage/', PLATFORM_PORTS],
    packages: '^ioredis$',
    why: 'storage imports domain and its own ports; search plugs into it through the indexing port',
  },
  {
    name: 'search',
    folder: 'src/search',
    may: [DOMAIN, '^src/search/', '^src/storage/story-index-port\\.js$', PLATFORM_PORTS],
    packages: '^(better-sqlite3|pg|ioredis)$',
    why: 'search imports domain and the indexing port, never the store or operations',
  },
  {
    name: 'platform',
    folder: 'src/platform',
    may: [DOMAIN, '^src/platform/'],
    packages: '^(better-sqlite3|pg|kysely)$',
    why: 'platform imports domain at most',
  },
  {
    name: 'http',
    folder: 'src/http',
    may: [DOMAIN, HTTP, PLATFORM_PORTS],
    mayTypes: [OPERATIONS],
    packages: DB_PACKAGES,
    why: 'http is transport: domain, platform ports and the types of operations; the surfaces import it',
  },
  {
    name: 'site',
    folder: 'src/site',
    may: [DOMAIN, '^src/site/', HTTP, OPERATIONS, SEARCH_PORT, PLATFORM_PORTS],
    packages: DB_PACKAGES,
    why: 'the site reads through operations: no storage, newsroom, database or composition root',
  },
  {
    name: 'newsroom',
    folder: 'src/newsroom',
    may: [DOMAIN, '^src/newsroom/', HTTP, OPERATIONS, PLATFORM_PORTS],
    packages: DB_PACKAGES,
    why: 'the newsroom calls operations, never a database or the composition root',
  },
  {
    name: 'newsroom API',
    folder: 'src/newsroom/api',
    may: [DOMAIN, '^src/newsroom/(api|editor)/', HTTP, OPERATIONS, PLATFORM_PORTS],
    packages: DB_PACKAGES,
    why: 'the newsroom API calls operations, never storage, a database or the composition root',
  },
  {
    name: 'newsroom editor',
    folder: 'src/newsroom/editor',
    may: [DOMAIN, '^src/newsroom/editor/'],
    packages: `${DB_PACKAGES}|^node:`,
    why: 'the editor runs in the browser and on the server: domain and its own files only',
  },
  {
    name: 'newsroom client',
    folder: 'src/newsroom/client',
    may: [DOMAIN, '^src/newsroom/(client|editor)/'],
    mayTypes: ['^src/newsroom/api/', OPERATIONS],
    packages: `${DB_PACKAGES}|^node:|^fastify`,
    why: 'the client is browser code: domain, its own files, and the server API types (import type)',
  },
  {
    name: 'syndication',
    folder: 'src/syndication',
    may: [DOMAIN, '^src/syndication/', HTTP, OPERATIONS, PLATFORM_PORTS],
    packages: DB_PACKAGES,
    why: 'syndication reads through operations, never storage, a database or the composition root',
  },
  {
    name: 'importers',
    folder: 'src/importers',
    may: [DOMAIN, '^src/importers/', OPERATIONS, PLATFORM_PORTS],
    // The synthetic archive writes through the store in bulk (its port's types, nothing more).
    mayTypes: [STORAGE_PORTS, '^src/search/port\\.js$'],
    packages: DB_PACKAGES,
    why: 'importers call operations, never storage, a database or the composition root',
  },
  {
    name: 'server',
    folder: 'src/server',
    may: ['^src/(?!cli/)'],
    why: 'the server is a composition root: every layer but the CLI',
  },
  { name: 'cli', folder: 'src/cli', may: ['^src/'], why: 'the CLI is a composition root' },
];

export default tseslint.config(
  {
    // src/site/assets: files served to browsers as they are (the site's small video.js).
    ignores: [
      'node_modules/**',
      'data/**',
      'dist/**',
      'bin/**',
      'scripts/**',
      'eslint.config.js',
      'src/site/assets/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', name: ['describe', 'it', 'test', 'suite'], package: 'node:test' },
          ],
        },
      ],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The site's own browser scripts (the live page's): plain JavaScript served as it is.
    files: ['src/site/assets/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    plugins: { lede: layersPlugin },
    rules: { 'lede/layers': ['error', { layers: LAYERS }] },
  },
);
