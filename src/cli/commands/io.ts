// What a CLI command writes to and reads from: standard output, standard error, standard input.

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** All of standard input, as text (for --password-stdin). */
  readStdin?: () => Promise<string>;
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A usage error: the command prints it with its usage line and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CommandRun = (args: string[], io: Io) => Promise<number>;

/**
 * Dispatches `lede <command> <sub> …` to one of a group's commands (keyed "command sub");
 * answers null when the words name none of them, and exit code 2 with the group's usage
 * when the arguments are wrong.
 */
export function commandGroup(commands: Record<string, CommandRun>, usage: string) {
  return async (
    command: string,
    sub: string | undefined,
    args: string[],
    io: Io,
  ): Promise<number | null> => {
    const run = commands[`${command} ${sub ?? ''}`];
    if (!run) return null;
    try {
      return await run(args, io);
    } catch (error) {
      const isUsage =
        error instanceof UsageError ||
        (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
      if (!isUsage) throw error;
      io.err(`${(error as Error).message}\nUsage:\n${usage}`);
      return 2;
    }
  };
}
