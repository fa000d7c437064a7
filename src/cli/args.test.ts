// The argument helper: flags and positionals as a command declares them, and each wrong use a UsageError.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defineCommand,
  listOf,
  parseCommandArgs,
  positiveInteger,
  required,
  UsageError,
} from './args.js';

const command = defineCommand({
  options: { name: { type: 'string' }, json: { type: 'boolean', default: false } },
  positionals: { min: 1, max: 2 },
  run: () => Promise.resolve(0),
});

test('reads the flags and positionals the command declares', () => {
  const { values, positionals } = parseCommandArgs(command, ['a', '--name', 'Baltic', 'b']);
  assert.deepEqual({ ...values }, { name: 'Baltic', json: false });
  assert.deepEqual(positionals, ['a', 'b']);
  assert.equal(parseCommandArgs(command, ['--json', 'x']).values.json, true);
});

test('an unknown flag, a flag without its value or a wrong count of arguments is a usage error', () => {
  const wrong = (argv: string[], message: RegExp) =>
    assert.throws(
      () => parseCommandArgs(command, argv),
      (e: unknown) => {
        assert.ok(e instanceof UsageError);
        assert.match(e.message, message);
        return true;
      },
    );
  wrong(['a', '--bogus'], /--bogus/);
  wrong(['a', '--name'], /--name/);
  wrong([], /missing/);
  wrong(['a', 'b', 'c'], /unexpected argument: c/);
  const none = defineCommand({ options: {}, run: () => Promise.resolve(0) });
  assert.throws(() => parseCommandArgs(none, ['x']), /unexpected argument: x/);
});

test('value checks say which flag is wrong and how', () => {
  assert.equal(required(' Rauf ', 'name'), 'Rauf');
  assert.throws(() => required('  ', 'name'), /--name is required/);
  assert.throws(() => required(undefined, 'name'), UsageError);
  assert.equal(positiveInteger('120', 'rate-limit'), 120);
  for (const bad of ['0', '-1', '1.5', 'lots', '1e3', '012'])
    assert.throws(() => positiveInteger(bad, 'id'), /--id must be a positive whole number/);
  const isCode = (v: string): v is 'az' | 'ru' => v === 'az' || v === 'ru';
  assert.deepEqual(listOf('az, ru', 'editions', isCode, ['az', 'ru'], 'an edition'), ['az', 'ru']);
  assert.deepEqual(listOf(undefined, 'editions', isCode, ['az', 'ru'], 'an edition'), []);
  assert.throws(
    () => listOf('az,fr', 'editions', isCode, ['az', 'ru'], 'an edition'),
    /--editions: fr is not an edition \(az, ru\)/,
  );
});
