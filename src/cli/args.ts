// The one argument helper of the `lede` command: a command declares its flags and positionals,
// parseArgs reads them, and every wrong use becomes a UsageError (exit code 2 with the usage line).

import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './commands/io.js';

/** A wrong use of a command: main prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The flags and positionals of one run, typed from the command's options. */
export type Args<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export interface Command<O extends Options = Options> {
  /** The flags it takes (node's util.parseArgs options); any other flag is a usage error. */
  options: O;
  /** How many positional arguments it takes (none unless said). */
  positionals?: { min: number; max: number };
  run(args: Args<O>, io: Io): Promise<number>;
}

/** A command module's default export: its flags and what it does with them. */
export function defineCommand<O extends Options>(command: Command<O>): Command<O> {
  return command;
}

/** The run's flags and positionals, or a UsageError saying what is wrong with them. */
export function parseCommandArgs<O extends Options>(command: Command<O>, argv: string[]): Args<O> {
  let parsed: Args<O>;
  try {
    parsed = parseArgs({
      args: argv,
      options: command.options,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      throw new UsageError((error as Error).message);
    throw error;
  }
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  const n = parsed.positionals.length;
  if (n > max)
    throw new UsageError(`unexpected argument: ${parsed.positionals[max] ?? ''}`.trimEnd());
  if (n < min) throw new UsageError(min === 1 ? 'an argument is missing' : 'arguments are missing');
  return parsed;
}

/** A flag's value that must be given and not blank, without surrounding spaces. */
export function required(value: string | undefined, flag: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`--${flag} is required`);
  return value.trim();
}

/** A flag's value as a whole number from 1 up. */
export function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!/^[1-9]\d{0,9}$/.test(value) || !Number.isSafeInteger(n))
    throw new UsageError(`--${flag} must be a positive whole number`);
  return n;
}

/**
 * A comma-separated flag (`--editions az,ru`) whose every item must be one of `all`;
 * `noun` names one item in the message ("fr is not an edition (az, ru, en)").
 */
export function listOf<T extends string>(
  raw: string | undefined,
  flag: string,
  isOne: (v: string) => v is T,
  all: readonly string[],
  noun: string,
): T[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((v) => {
    const value = v.trim();
    if (!isOne(value))
      throw new UsageError(`--${flag}: ${value} is not ${noun} (${all.join(', ')})`);
    return value;
  });
}

/** A flag's value that must be one of `all` (`--edition ru`); `fallback` when the flag is absent. */
export function oneOf<T extends string>(
  raw: string | undefined,
  flag: string,
  all: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  const value = raw.trim();
  const found = all.find((v) => v === value);
  if (!found) throw new UsageError(`--${flag} must be one of ${all.join(', ')}`);
  return found;
}
