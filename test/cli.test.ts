// The `lede` command as a user runs it: parse and import crawled pages, with broken files among them.
// The import of a folder runs as a process (the command's entry: its exit code, its standard output
// apart from its standard error, the files named on its command line), and so does one usage error;
// the rest run main() in this process, which is quicker.

import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ledeCli } from './support/cli.js';
import { openTestStore, type TestStore } from './support/test-store.js';
import { INTERVIEW_FILE, SEED_FILE, SEED_SKIP } from './support/crawl-pages.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'fixtures', 'crawl');
let db: TestStore;
let pages: string;
const { lede, ledeProcess } = ledeCli(() => db.env);

before(async () => {
  db = await openTestStore();
  pages = mkdtempSync(path.join(tmpdir(), 'lede-pages-'));
  copyFileSync(INTERVIEW_FILE, path.join(pages, 'interview.txt'));
  for (const f of ['az-interview.txt', 'en-news.txt', 'empty.txt', 'binary.png', 'no-date.txt'])
    copyFileSync(path.join(fixtures, f), path.join(pages, f));
});
after(async () => {
  await db.dispose();
  rmSync(pages, { recursive: true, force: true });
});

describe('lede parse crawl', () => {
  test('prints the story of a crawled interview page as JSON and stores nothing', async () => {
    const r = await lede(['parse', 'crawl', INTERVIEW_FILE]);
    assert.equal(r.code, 0, r.err);
    const story = JSON.parse(r.out) as Record<string, unknown> & {
      blocks: { type: string }[];
      hotTags: string[];
    };
    assert.equal(story.edition, 'ru');
    assert.equal(story.type, 'interview');
    assert.equal(story.rubric, 'Энергетика');
    assert.equal(story.publishedAt, '2025-12-05T00:00:00+04:00');
    assert.deepEqual(story.hotTags, ['Нариман Вахидов', 'EXPO27', 'Водный кодекс', 'Неделя науки']);
    assert.doesNotMatch(String(story.title), /ИНТЕРВЬЮ/);
    assert.equal(story.blocks.filter((b) => b.type === 'question').length, 4);
    assert.equal((r.out.match(/"editorNote"/g) ?? []).length, 5);
    assert.equal(await db.store.stories.countStories(), 0);
  });

  test(
    'prints the real seed page the same way, when it is beside the repository',
    { skip: SEED_SKIP },
    async () => {
      const r = await lede(['parse', 'crawl', SEED_FILE]);
      assert.equal(r.code, 0, r.err);
      const story = JSON.parse(r.out) as Record<string, unknown> & {
        blocks: { type: string }[];
        hotTags: string[];
      };
      assert.equal(story.edition, 'ru');
      assert.equal(story.type, 'interview');
      assert.equal(story.rubric, 'Внешняя политика');
      assert.equal(story.publishedAt, '2025-12-05T00:00:00+04:00');
      assert.deepEqual(story.hotTags, [
        'Ильхам Алиев',
        'WUF13',
        'Бюджетный пакет',
        'Неделя волонтёров',
      ]);
      assert.doesNotMatch(String(story.title), /ИНТЕРВЬЮ/);
      assert.equal(story.blocks.filter((b) => b.type === 'question').length, 4);
      assert.equal((r.out.match(/"editorNote"/g) ?? []).length, 5);
      assert.equal(await db.store.stories.countStories(), 0);
    },
  );

  test('a broken file fails with its name and reason', async () => {
    const r = await lede(['parse', 'crawl', path.join(fixtures, 'no-date.txt')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no-date\.txt/);
    const missing = await lede(['parse', 'crawl', path.join(fixtures, 'nope.txt')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope\.txt: cannot read the file/);
  });
});

describe('lede import crawl', () => {
  test('imports the good files of a folder, names each broken one, exits non-zero', async () => {
    const r = ledeProcess(['import', 'crawl', pages]);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /interview\.txt\t\/ru\/energetika\/direktor-stantsii-solntse-shirvana-dast-tok/,
    );
    assert.match(
      r.out,
      /en-news\.txt\t\/en\/economy\/caspian-ferry-line-adds-night-crossings-to-aktau/,
    );
    assert.match(r.out, /az-interview\.txt\t\//);
    for (const bad of ['empty.txt', 'binary.png', 'no-date.txt'])
      assert.match(r.err, new RegExp(`error: [^\\n]*${bad.replace('.', '\\.')}: `));
    assert.match(r.err, /3 imported, 3 failed/);
    assert.equal(await db.store.stories.countStories(), 3);
    const hot = await db.store.taxonomy.listHotTags('ru');
    assert.deepEqual(
      hot.map((h) => h.name),
      ['Нариман Вахидов', 'EXPO27', 'Водный кодекс', 'Неделя науки'],
    );
  });

  test('importing the same pages again updates them, never duplicates', async () => {
    const r = await lede([
      'import',
      'crawl',
      '--json',
      path.join(pages, 'interview.txt'),
      path.join(pages, 'en-news.txt'),
    ]);
    assert.equal(r.code, 0, r.err);
    const results = JSON.parse(r.out) as {
      file: string;
      ok: boolean;
      id: number;
      url: string;
      error: null;
    }[];
    assert.equal(results.length, 2);
    for (const x of results) {
      assert.equal(x.ok, true);
      assert.equal(typeof x.id, 'number');
      assert.equal(x.error, null);
    }
    assert.equal(await db.store.stories.countStories(), 3);
    const interview = await db.store.stories.findById(results[0]!.id);
    assert.equal(interview?.version, 2);
  });

  test('the same page twice in one run is stored once, the second copy as its next version', async () => {
    const twice = mkdtempSync(path.join(tmpdir(), 'lede-twice-'));
    try {
      copyFileSync(path.join(fixtures, 'en-news.txt'), path.join(twice, 'a.txt'));
      copyFileSync(path.join(fixtures, 'en-news.txt'), path.join(twice, 'b.txt'));
      const before = await db.store.stories.countStories();
      const r = await lede(['import', 'crawl', '--json', twice]);
      assert.equal(r.code, 0, r.err);
      const [a, b] = JSON.parse(r.out) as { ok: boolean; id: number; url: string }[];
      assert.equal(a?.id, b?.id);
      assert.equal(a?.url, b?.url);
      assert.equal(await db.store.stories.countStories(), before);
      assert.equal((await db.store.stories.findById(b!.id))?.version, 4);
    } finally {
      rmSync(twice, { recursive: true, force: true });
    }
  });

  test('--json reports failures in the same array', async () => {
    const r = await lede(['import', 'crawl', '--json', path.join(pages, 'empty.txt')]);
    assert.equal(r.code, 1);
    const [x] = JSON.parse(r.out) as { ok: boolean; error: string; id: null; url: null }[];
    assert.equal(x?.ok, false);
    assert.match(x.error, /empty\.txt: /);
    assert.equal(x?.url, null);
  });

  test('usage errors exit with 2', async () => {
    assert.equal((await lede(['import', 'crawl'])).code, 2);
    assert.equal(ledeProcess(['frobnicate']).code, 2);
    assert.ok(readdirSync(pages).length > 0);
  });
});
