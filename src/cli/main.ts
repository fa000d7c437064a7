// The `lede` command: finds the command its arguments name in the command table, imports that
// command's module (and nothing else of the app), reads its flags and runs it.

import { LedeError } from '../domain/errors.js';
import { parseCommandArgs, UsageError } from './args.js';
import { COMMANDS, findCommand } from './command-table.js';
import type { Io } from './commands/io.js';
import { helpText, usageLine } from './usage.js';

const std: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

const HELP = new Set(['help', '--help', '-h']);

/** Asks for help: `--help` or `-h` among the flags (before a `--`). */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

export async function main(argv: string[], io: Io = std): Promise<number> {
  if (argv[0] !== undefined && HELP.has(argv[0])) {
    io.out(helpText(COMMANDS));
    return 0;
  }
  // `lede` alone serves, as `lede serve` does.
  const entry = findCommand(argv.length === 0 ? ['serve'] : argv);
  if (!entry) {
    io.err(`unknown command: ${argv.join(' ')}\n\n${helpText(COMMANDS)}`);
    return 2;
  }
  const args = argv.slice(entry.name.split(' ').length);
  if (wantsHelp(args)) {
    io.out(`${usageLine(entry)}\n  ${entry.summary}`);
    return 0;
  }
  try {
    const command = (await entry.load()).default;
    return await command.run(parseCommandArgs(command, args), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${usageLine(entry)}`);
      return 2;
    }
    // ConfigError is told by its name: importing it would load the server's configuration.
    if (error instanceof LedeError) io.err(`error: ${error.detail}`);
    else if ((error as Error).name === 'ConfigError')
      io.err(`configuration error: ${(error as Error).message}`);
    else io.err(`error: ${(error as Error).message}`);
    return 1;
  }
}
