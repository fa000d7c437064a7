// The layers of DESIGN.md in lint: each folder's rule refuses a wrong-way import, and the tree as it is has none.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The project's own config (eslint.config.js), its layer rule alone, without the type checker:
// `npm run lint` runs the same rule with the rest.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'lede/layers',
});

/** The layer errors of `code` as if it were the file `file` (a path from the project root). */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** [file, code] for each folder: an import its layer refuses (or a folder with no layer); each must fail the lint. */
const WRONG: [file: string, code: string][] = [
  ['src/domain/x.ts', `import { openStore } from '../server/open-store.js';`],
  ['src/domain/x.ts', `import type { Store } from '../storage/port.js';`],
  ['src/domain/x.ts', `import { z } from 'ajv';`],
  ['src/operations/x.ts', `import { KyselyStore } from '../storage/kysely-store.js';`],
  ['src/operations/x.ts', `import { Kysely } from 'kysely';`],
  ['src/operations/x.ts', `import pg from 'pg';`],
  ['src/operations/x.ts', `import { searchIndexing } from '../search/create-search-index.js';`],
  ['src/operations/x.ts', `import { redisEventBus } from '../platform/redis-event-bus.js';`],
  ['src/operations/x.ts', `import { publicSite } from '../site/public-site.js';`],
  [
    'src/operations/stories/x.ts',
    `import { openSqliteStore } from '../../storage/sqlite/connect.js';`,
  ],
  ['src/storage/x.ts', `import type { SearchIndex } from '../search/port.js';`],
  ['src/storage/x.ts', `import { searchDocOf } from '../search/search-doc.js';`],
  ['src/storage/x.ts', `import { editionOf } from '../operations/deps.js';`],
  [
    'src/storage/sqlite/x.ts',
    `import { searchIndexing } from '../../search/create-search-index.js';`,
  ],
  ['src/storage/x.ts', `import Redis from 'ioredis';`],
  ['src/search/x.ts', `import type { Database } from '../storage/schema.js';`],
  ['src/search/x.ts', `import { KyselyStore } from '../storage/kysely-store.js';`],
  [
    'src/search/postgres/x.ts',
    `import { migrationProvider } from '../../storage/migrations/index.js';`,
  ],
  ['src/search/x.ts', `import type { Store } from '../storage/port.js';`],
  ['src/search/x.ts', `import { searchStories } from '../operations/search-stories.js';`],
  ['src/search/x.ts', `import pg from 'pg';`],
  ['src/platform/x.ts', `import type { Store } from '../storage/port.js';`],
  ['src/platform/x.ts', `import { Kysely } from 'kysely';`],
  ['src/platform/x.ts', `import { loadConfig } from '../server/config.js';`],
  ['src/site/x.ts', `import type { Store } from '../storage/port.js';`],
  ['src/site/x.ts', `import { defineRoute } from '../newsroom/api/define-route.js';`],
  ['src/site/views/x.tsx', `import { searchIndexing } from '../../search/create-search-index.js';`],
  ['src/site/x.ts', `import Database from 'better-sqlite3';`],
  ['src/site/x.ts', `import { openStore } from '../server/open-store.js';`],
  ['src/newsroom/serve-client.ts', `import { KyselyStore } from '../storage/kysely-store.js';`],
  ['src/newsroom/api/x.ts', `import type { Store } from '../../storage/port.js';`],
  ['src/newsroom/api/x.ts', `import { loadConfig } from '../../server/config.js';`],
  ['src/newsroom/api/x.ts', `import { Kysely } from 'kysely';`],
  ['src/newsroom/editor/x.ts', `import { createStory } from '../../operations/create-story.js';`],
  ['src/newsroom/client/x.ts', `import type { AuditEntry } from '../../storage/accounts-port.js';`],
  ['src/newsroom/client/x.ts', `import { createStory } from '../../operations/create-story.js';`],
  ['src/newsroom/client/x.ts', `import { defineRoute } from '../api/define-route.js';`],
  ['src/newsroom/client/x.ts', `import { readFileSync } from 'node:fs';`],
  ['src/syndication/x.ts', `import type { Store } from '../storage/port.js';`],
  ['src/syndication/x.ts', `import { publicSite } from '../site/public-site.js';`],
  ['src/syndication/x.ts', `import Redis from 'ioredis';`],
  ['src/importers/x.ts', `import { KyselyStore } from '../storage/kysely-store.js';`],
  ['src/importers/x.ts', `import { openStore } from '../server/open-store.js';`],
  ['src/importers/x.ts', `import { Kysely } from 'kysely';`],
  ['src/importers/x.ts', `export { KyselyStore } from '../storage/kysely-store.js';`],
  ['src/importers/x.ts', `const m = await import('../storage/sqlite/connect.js');`],
  ['src/http/x.ts', `import { KyselyStore } from '../storage/kysely-store.js';`],
  ['src/http/x.ts', `import { createStory } from '../operations/create-story.js';`],
  ['src/http/x.ts', `import { publicSite } from '../site/public-site.js';`],
  ['src/http/x.ts', `import pg from 'pg';`],
  ['src/server/x.ts', `import { main } from '../cli/main.js';`],
  ['src/newfolder/x.ts', `export const x = 1;`],
];

test("each folder's rule refuses a wrong-way import", async () => {
  const passed: string[] = [];
  for (const [file, code] of WRONG) {
    const errors = await layerErrors(file, code);
    if (errors.length !== 1 || !errors[0]!.startsWith('lede/layers: '))
      passed.push(`${file}: ${code} -> ${JSON.stringify(errors)}`);
  }
  assert.deepEqual(passed, []);
});

test('every folder of src/ has its layer rule and the imports the layers allow pass', async () => {
  const RIGHT: [string, string][] = [
    ['src/operations/x.ts', `import type { Store } from '../storage/port.js';`],
    ['src/operations/x.ts', `import type { SearchIndex } from '../search/port.js';`],
    ['src/operations/x.ts', `import { analyzeQuery } from '../search/query/index.js';`],
    ['src/storage/x.ts', `import type { StoryIndex } from './story-index-port.js';`],
    ['src/storage/sqlite/x.ts', `import Database from 'better-sqlite3';`],
    ['src/search/x.ts', `import type { StoryIndexing } from '../storage/story-index-port.js';`],
    ['src/search/migrations/x.ts', `import type { Dialect } from '../../platform/sql-dialect.js';`],
    ['src/site/x.ts', `import { readSite } from '../operations/read-site.js';`],
    ['src/site/x.ts', `import { defineRoute } from '../http/define-route.js';`],
    ['src/http/x.ts', `import type { Actor } from '../domain/actor.js';`],
    ['src/http/x.ts', `import type { Deps } from '../operations/deps.js';`],
    [
      'src/newsroom/client/x.ts',
      `import type { StoryView } from '../../operations/story-view.js';`,
    ],
    ['src/newsroom/client/x.ts', `import { storySchema } from '../editor/schema/index.js';`],
    ['src/platform/x.ts', `import Redis from 'ioredis';`],
    ['src/importers/x.ts', `import type { Store } from '../storage/port.js';`],
    ['src/server/x.ts', `import { openSqliteStore } from '../storage/sqlite/connect.js';`],
    ['src/cli/x.ts', `import { boot } from '../server/boot.js';`],
  ];
  for (const [file, code] of RIGHT) assert.deepEqual(await layerErrors(file, code), [], code);
  const folders = readdirSync(path.join(root, 'src'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `src/${e.name}/x.ts`);
  for (const file of folders) assert.deepEqual(await layerErrors(file, 'export {};'), [], file);
});

test('the source tree has no wrong-way import', async () => {
  const results = await eslint.lintFiles(['src']);
  const errors = results.flatMap((r) =>
    r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`),
  );
  assert.deepEqual(errors, []);
});
