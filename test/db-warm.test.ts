// `lede db warm` and the warm-up of a starting server: what an operator reads of them, on either database.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { warmDatabase } from '../src/server/boot.js';
import type { Logger } from '../src/platform/logger.js';
import { ledeCli } from './support/cli.js';
import { hourlyStories } from './support/story-write.js';
import { onPostgres, openTestStore, type TestStore } from './support/test-store.js';

let db: TestStore;
const { lede } = ledeCli(() => db.env);

before(async () => {
  db = await openTestStore();
  await hourlyStories(db.store, 30, Date.parse('2026-01-01T00:00:00Z'), (i) => ({
    title: `Port traffic ${i}`,
    slug: `port-traffic-${i}`,
  }));
});
after(() => db.dispose());

function recordingLogger() {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    info: (msg, fields) => lines.push({ level: 'info', msg, ...(fields ? { fields } : {}) }),
    warn: (msg, fields) => lines.push({ level: 'warn', msg, ...(fields ? { fields } : {}) }),
    error: (msg, fields) => lines.push({ level: 'error', msg, ...(fields ? { fields } : {}) }),
  };
  return { logger, lines };
}

test('lede db warm says what it read into shared buffers', async () => {
  const r = await lede(['db', 'warm']);
  assert.equal(r.code, 0, r.err);
  if (!onPostgres) {
    assert.equal(r.out, 'SQLite: nothing to read (the system caches the file)\n');
    return;
  }
  assert.match(r.out, /^shared_buffers [\d,]+ MB: room for [\d,]+ MB, [\d,]+ MB wanted$/m);
  for (const part of ['ranking vectors', 'stories', 'phrase index \\(word pairs\\)'])
    assert.match(r.out, new RegExp(`^read +[\\d,]+ MB  ${part}$`, 'm'));
  assert.doesNotMatch(r.out, /skipped|note:/);
});

test('lede db warm takes no arguments', async () => {
  const r = await lede(['db', 'warm', '--all']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Usage: lede db warm/);
});

test('a starting server logs what it warmed', async () => {
  const { logger, lines } = recordingLogger();
  await warmDatabase({ store: db.store, logger });
  assert.equal(lines.length, 1);
  assert.equal(lines[0]!.level, 'info');
  assert.equal(lines[0]!.msg, 'database warmed');
  const read = lines[0]!.fields?.read as string[];
  if (onPostgres) assert.ok(read.includes('ranking vectors'), read.join(', '));
  else assert.deepEqual(read, []);
});

test('a server whose database cannot be warmed logs a warning and goes on', async () => {
  const closed = await openTestStore();
  await closed.dispose();
  const { logger, lines } = recordingLogger();
  await warmDatabase({ store: closed.store, logger });
  if (!onPostgres) {
    // SQLite has nothing to read, so a closed file is never touched.
    assert.equal(lines[0]?.msg, 'database warmed');
    return;
  }
  assert.equal(lines.length, 1);
  assert.equal(lines[0]!.level, 'warn');
  assert.equal(lines[0]!.msg, 'the database could not be warmed');
  assert.equal(typeof lines[0]!.fields?.error, 'string');
});
