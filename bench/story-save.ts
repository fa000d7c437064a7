// One story save in-process: the SQL statements it runs and its median time, on SQLite or PostgreSQL.
//
//   node --import tsx bench/story-save.ts [--saves 30] [--list]
//   LEDE_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lede_test node --import tsx bench/story-save.ts
//
// A published story with two tags, two authors, a cover and a related pick, in a fresh store (a
// temporary SQLite file, or a PostgreSQL schema of its own, dropped at the end). Two saves are
// measured, each `--saves` times through `updateStory` (the newsroom API's PATCH): the headline
// alone (what the serving bench's editors send), and the whole story as the editor sends it back
// (tags, authors, cover and picks unchanged). The statements are counted on a second store over
// the same database that logs them; `--list` prints them, the most frequent first.

import sharp from 'sharp';
import { openNewsroomDeps } from '../test/support/newsroom-fixtures.js';
import { openObservedStore } from '../test/support/observed-store.js';
import { onPostgres } from '../test/support/test-store.js';
import { createStory } from '../src/operations/create-story.js';
import { parseFields, storyChangesSchema } from '../src/operations/story-fields.js';
import { transitionStory } from '../src/operations/transition-story.js';
import { updateStory } from '../src/operations/update-story.js';
import { uploadMedia } from '../src/operations/upload-media.js';
import { newStory } from '../test/support/newsroom-fixtures.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SAVES = arg('saves', 30);
const LIST = process.argv.includes('--list');

const deps = await openNewsroomDeps();
const { editor } = deps.people;
const picture = await sharp({
  create: { width: 1600, height: 1000, channels: 3, background: '#2a6' },
})
  .jpeg()
  .toBuffer();
const media = await uploadMedia(deps, editor, {
  bytes: picture,
  filename: 'port.jpg',
  alt: 'Порт',
});
const other = await createStory(deps, editor, newStory({ title: 'Другая история порта' }));
const created = await createStory(
  deps,
  editor,
  newStory({
    tags: ['Порт', 'Каспий'],
    author: undefined,
    authors: ['Анна Келлер', 'Рауф Мамедов'],
    cover: { mediaId: media.id, caption: 'Порт Алят' },
    related: [other.id],
  }),
);
let published = created;
for (const to of ['review', 'approved', 'published'] as const)
  published = await transitionStory(deps, editor, created.id, { to });

const observed = openObservedStore(deps.testStore);
const counted = { ...deps, store: observed.store };
let version = published.version;

const saves = {
  'the headline alone': (n: number) => ({ title: `Порт Алят удвоит грузооборот, правка ${n}` }),
  'the whole story sent back': (n: number) => {
    const { id: _id, allowed: _allowed, stale: _stale, ...rest } = published;
    return { ...rest, title: `Порт Алят удвоит грузооборот, версия ${n}` };
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${onPostgres ? 'PostgreSQL' : 'SQLite'}, ${SAVES} saves of each kind:\n`);
console.log('| save | statements | median ms | slowest ms |\n|---|---|---|---|');
let n = 0;
for (const [name, body] of Object.entries(saves)) {
  observed.queries.length = 0;
  const view = await updateStory(counted, editor, created.id, {
    baseVersion: version,
    story: parseFields(storyChangesSchema, body(n++)),
  });
  version = view.version;
  const statements = observed.queries.length;
  const byText = new Map<string, number>();
  for (const q of observed.queries) byText.set(q.sql, (byText.get(q.sql) ?? 0) + 1);
  const times: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const story = parseFields(storyChangesSchema, body(n++));
    const t0 = performance.now();
    version = (await updateStory(deps, editor, created.id, { baseVersion: version, story }))
      .version;
    times.push(performance.now() - t0);
  }
  console.log(
    `| ${name} | ${statements} | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`,
  );
  if (LIST)
    for (const [sql, count] of [...byText].sort((a, b) => b[1] - a[1]))
      console.log(`    ${count}× ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
}
await observed.close();
await deps.testStore.dispose();
