// The console logger: JSON lines, those of one turn of the event loop written together, errors at once.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { consoleLogger } from './logger.js';

function capture() {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { writes, logger: consoleLogger(stream) };
}
const turn = () => new Promise((resolve) => setImmediate(resolve));

test('the lines of one turn are written together, each a JSON object on its own line', async () => {
  const { writes, logger } = capture();
  logger.info('request', { method: 'GET', path: '/ru/"quoted"\n', status: 200 });
  logger.info('demo archive loaded');
  logger.warn('slow', { ms: 1200 });
  assert.equal(writes.length, 0);
  await turn();
  assert.equal(writes.length, 1);
  const lines = writes[0]!.split('\n');
  assert.equal(lines.pop(), '');
  const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    parsed.map(({ time, ...rest }) => {
      assert.match(String(time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return rest;
    }),
    [
      { level: 'info', msg: 'request', method: 'GET', path: '/ru/"quoted"\n', status: 200 },
      { level: 'info', msg: 'demo archive loaded' },
      { level: 'warn', msg: 'slow', ms: 1200 },
    ],
  );
});

test('an error is written at once, after the lines before it', () => {
  const { writes, logger } = capture();
  logger.info('request', { status: 500 });
  logger.error('request failed', { code: 'internal' });
  assert.equal(writes.length, 1);
  assert.deepEqual(
    writes[0]!
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { msg: string }).msg),
    ['request', 'request failed'],
  );
});

test('a busy turn is written in parts of 64 KB at most, none lost', async () => {
  const { writes, logger } = capture();
  for (let i = 0; i < 2000; i++) logger.info('request', { path: `/ru/story-${i}`, n: i });
  await turn();
  assert.ok(writes.length > 1);
  assert.ok(writes.every((w) => w.length <= 64 * 1024 + 200));
  const ns = writes
    .join('')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { n: number }).n);
  assert.deepEqual(
    ns,
    Array.from({ length: 2000 }, (_, i) => i),
  );
});

test('lines kept when the process exits are written before it ends', () => {
  const logger = new URL('./logger.ts', import.meta.url).href;
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `const { consoleLogger } = await import(${JSON.stringify(logger)});
       consoleLogger().info('last words', { n: 1 });
       process.exit(3);`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 3, run.stderr);
  assert.equal((JSON.parse(run.stderr.trim()) as { msg: string }).msg, 'last words');
});
