// Lint rules, including the layer rules of DESIGN.md: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DB_PACKAGES = '^(better-sqlite3|pg|ioredis|kysely)$';
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'data/**', 'dist/**', 'bin/**', 'scripts/**', 'eslint.config.js'],
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
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(?!\\./)',
        message: 'domain imports nothing outside itself (DESIGN.md: Layers)',
      }),
    },
  },
  {
    files: ['src/operations/**'],
    ignores: ['src/operations/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: DB_PACKAGES, message: 'operations use the store port, not a database' },
        { regex: '^\\.\\./storage/(sqlite|postgres)/', message: 'operations use the store port' },
        {
          regex: '^\\.\\./(site|newsroom|syndication|importers|server|cli)/',
          message: 'operations import only domain and the ports',
        },
      ),
    },
  },
  {
    files: ['src/{site,newsroom,syndication,importers,search/analysis,search/query}/**'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        {
          regex: DB_PACKAGES,
          message: 'only server and cli choose a database (DESIGN.md: Layers)',
        },
        {
          regex: '(^|/)storage/(sqlite|postgres|kysely-store)',
          message: 'only server and cli choose a database (DESIGN.md: Layers)',
        },
        {
          regex: '(^|/)(server|cli)/',
          message: 'the composition root imports the layers, not the reverse',
        },
      ),
    },
  },
  {
    // The shared HTTP transport (route declaration, gates, docs registry) that site, newsroom
    // and syndication import: domain, operation types and platform only.
    files: ['src/http/**'],
    ignores: ['src/http/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        { regex: DB_PACKAGES, message: 'http is transport: it chooses no database' },
        {
          regex: '(^|/)operations/',
          allowTypeImports: true,
          message: 'http imports the types of operations, not the operations',
        },
        {
          regex: '(^|/)(storage|search|server|cli)/',
          message: 'http imports domain, operation types and platform only',
        },
        {
          regex: '(^|/)(site|newsroom|syndication|importers)/',
          message: 'site, newsroom and syndication import http, not the reverse',
        },
      ),
    },
  },
);
