// Shared rules of the property-based (fast-check) fuzz tests: how many inputs, and what "no hang" means.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LedeError } from '../../src/domain/errors.js';

/** Generated inputs per property (issue #20: 10,000 each). */
export const FUZZ_RUNS = 10_000;
/** One input that takes longer than this counts as a hang. */
export const HANG_MS = 1000;

/**
 * Runs `fn` on every generated input: it may return or throw one of `allowed` errors (LedeError by
 * default), nothing else, and no single call may take longer than HANG_MS. Returns the share of
 * inputs that were accepted, so a test can check the generator reaches past the first refusal.
 */
export function fuzz<T>(
  arbitrary: fc.Arbitrary<T>,
  fn: (input: T) => unknown,
  allowed: (error: unknown) => boolean = (e) => e instanceof LedeError,
): number {
  let accepted = 0;
  let slowest = 0;
  fc.assert(
    fc.property(arbitrary, (input) => {
      const start = performance.now();
      try {
        fn(input);
        accepted++;
      } catch (error) {
        if (!allowed(error)) throw error;
      } finally {
        slowest = Math.max(slowest, performance.now() - start);
      }
      assert.ok(performance.now() - start < HANG_MS, 'one input took longer than a second');
    }),
    { numRuns: FUZZ_RUNS, seed: Number(process.env.LEDE_FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );
  assert.ok(slowest < HANG_MS, `slowest input: ${slowest} ms`);
  return accepted / FUZZ_RUNS;
}
