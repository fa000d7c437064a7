// Runs the `lede` command for a test, against the test's database: a child process that runs the
// command's entry (src/cli/run.ts, through tsx: the sources as they are now, not a build of them),
// or main() in this process, which is much quicker. A test file runs one or two commands in a
// process, to keep the real path covered, and the rest in process. test/cli-build.test.ts runs
// bin/lede.js, the compiled build.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Defaults for every run; the test's own variables win over them. */
const QUIET: Record<string, string> = { LEDE_LOG: 'off', LEDE_DEMO: 'off', HOST: '127.0.0.1' };

export interface CliResult {
  /** The exit code (null when the process was killed, e.g. on the timeout). */
  code: number | null;
  /** Standard output and standard error, each line ending with a newline. */
  out: string;
  err: string;
}

/**
 * The two ways to run `lede ARGS…`, with `env()` (the test database's variables, read at each
 * run) on top of this process's environment; `input` is standard input (empty by default).
 */
export function ledeCli(env: () => Record<string, string>) {
  /** The command in a child process of its own. */
  function ledeProcess(args: string[], input = ''): CliResult {
    const entry = path.join(root, 'src', 'cli', 'run.ts');
    const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: root,
      env: { ...process.env, ...QUIET, ...env() },
      encoding: 'utf8',
      input,
      timeout: 60_000,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  /** main() in this process; env() sits on process.env while it runs, so runs must not overlap. */
  async function lede(args: string[], input = ''): Promise<CliResult> {
    const out: string[] = [];
    const err: string[] = [];
    const saved = { ...process.env };
    Object.assign(process.env, QUIET, env());
    try {
      const code = await main(args, {
        out: (s) => out.push(s),
        err: (s) => err.push(s),
        readStdin: async () => input,
      });
      const text = (lines: string[]) => lines.map((l) => `${l}\n`).join('');
      return { code, out: text(out), err: text(err) };
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  }

  return { lede, ledeProcess };
}
