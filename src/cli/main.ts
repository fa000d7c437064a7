// The `lede` command: serve the site, parse and import crawled pages, load the demo archive, manage accounts.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LedeError } from '../domain/errors.js';
import { importCrawlFiles } from '../importers/import-crawl-files.js';
import { loadDemoArchive } from '../importers/load-demo.js';
import { parseCrawlPage } from '../importers/crawl/parse-crawl.js';
import { boot, listen, warmDatabase } from '../server/boot.js';
import { runAccountCommand, USER_USAGE } from './commands/users.js';
import { DISTRIBUTION_USAGE, runDistributionCommand } from './commands/distribution.js';
import { demoGenerate, reindex, SEARCH_USAGE } from './commands/search.js';
import { UsageError, type Io } from './commands/io.js';
import { withOneShot } from './commands/one-shot.js';
import { DATABASE_USAGE, warmCommand } from './commands/database.js';
import { ConfigError, loadConfig } from '../server/config.js';

const USAGE = `Usage: lede <command>

  serve                         start the site (PORT, HOST, LEDE_DATA_DIR, LEDE_DATABASE_URL)
  parse crawl FILE              print the story a crawled page holds, as JSON; stores nothing
  import crawl [--json] PATH... import crawled pages (files or folders); prints each story's URL
  demo load [--force]           load the demo archive (only into an empty database unless --force)
${SEARCH_USAGE}${DATABASE_USAGE}${USER_USAGE}${DISTRIBUTION_USAGE}`;

const std: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** The only command that boots the whole app: HTTP, the scheduler, the delivery loop. */
async function serve(io: Io): Promise<number> {
  const config = loadConfig();
  const lede = await boot(config);
  const address = await listen(lede, config);
  io.out(`Lede is running at ${address} (${config.database.kind})`);
  if (config.warm && config.database.kind === 'postgres') void warmDatabase(lede.deps);
  return new Promise<number>(() => undefined);
}

async function parseCrawl(args: string[], io: Io): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length) {
    io.err('Usage: lede parse crawl FILE');
    return 2;
  }
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new LedeError('parse_failed', `${file}: cannot read the file (${e.code ?? e.message})`);
  });
  const story = parseCrawlPage(bytes, { file, timeZone: loadConfig().timeZone });
  io.out(JSON.stringify(story, null, 2));
  return 0;
}

async function importCrawl(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (positionals.length === 0) {
    io.err('Usage: lede import crawl [--json] FILE|DIR...');
    return 2;
  }
  return withOneShot(async (lede) => {
    const results = await importCrawlFiles(lede.deps, positionals);
    if (values.json) io.out(JSON.stringify(results, null, 2));
    else
      for (const r of results)
        if (r.ok) io.out(`${r.file}\t${r.url}`);
        else io.err(`error: ${r.error}`);
    const failed = results.filter((r) => !r.ok).length;
    if (!values.json) io.err(`${results.length - failed} imported, ${failed} failed`);
    return results.length === 0 ? 1 : failed > 0 ? 1 : 0;
  });
}

async function demoLoad(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean', default: false } } });
  return withOneShot(async (lede) => {
    const n = await loadDemoArchive(lede.deps, { force: values.force });
    io.out(n > 0 ? `loaded ${n} demo stories` : 'the database has stories already; use --force');
    return 0;
  });
}

/** A command's exit code, or 2 with the message of its usage error. */
function orUsage(run: Promise<number>, io: Io): Promise<number> {
  return run.catch((e: unknown) => {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  });
}

export async function main(argv: string[], io: Io = std): Promise<number> {
  const [command, sub, ...rest] = argv;
  try {
    if (command === undefined || command === 'serve') return await serve(io);
    if (command === 'parse' && sub === 'crawl') return await parseCrawl(rest, io);
    if (command === 'import' && sub === 'crawl') return await importCrawl(rest, io);
    if (command === 'demo' && sub === 'load') return await demoLoad(rest, io);
    if (command === 'reindex' && sub === undefined) return await reindex(io);
    if (command === 'demo' && sub === 'generate') return await orUsage(demoGenerate(rest, io), io);
    if (command === 'db' && sub === 'warm') return await orUsage(warmCommand(rest, io), io);
    if (command === 'subscriber' || command === 'webhook') {
      const code = await runDistributionCommand(command, sub, rest, io);
      if (code !== null) return code;
    }
    if (command === 'user' || command === 'token') {
      const code = await runAccountCommand(command, sub, rest, io);
      if (code !== null) return code;
    }
    if (command === 'help' || command === '--help' || command === '-h') {
      io.out(USAGE);
      return 0;
    }
    io.err(USAGE);
    return 2;
  } catch (error) {
    if (error instanceof LedeError) io.err(`error: ${error.detail}`);
    else if (error instanceof ConfigError) io.err(`configuration error: ${error.message}`);
    else io.err(`error: ${(error as Error).message}`);
    return 1;
  }
}
