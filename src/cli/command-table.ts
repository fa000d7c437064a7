// The commands of `lede`: the words that name each, its usage line and summary for --help, and
// the module that runs it, imported only when that command runs (so --help loads no server code).
// A new command is a file in commands/ (a defineCommand default export) and one entry here.

import { ROLES } from '../domain/actor.js';
import { WEBHOOK_EVENTS } from '../domain/distribution.js';
import type { Command } from './args.js';

export interface CommandEntry {
  /** The words that name it: "user add". */
  name: string;
  /** What follows the words on its usage line: "--email E --name N …". */
  synopsis: string;
  /** What it does, for `lede --help`. */
  summary: string;
  load: () => Promise<{ default: Command }>;
}

function command(
  name: string,
  synopsis: string,
  summary: string,
  load: CommandEntry['load'],
): CommandEntry {
  return { name, synopsis, summary, load };
}

export const COMMANDS: readonly CommandEntry[] = [
  command(
    'serve',
    '',
    'start the site (PORT, HOST, LEDE_DATA_DIR, LEDE_DATABASE_URL)',
    () => import('./commands/serve.js'),
  ),
  command(
    'counter',
    '',
    "take readers' view beacons in a process of their own, on LEDE_COUNTER_PORT (a front server routes /beacon/ there)",
    () => import('./commands/counter.js'),
  ),
  command(
    'parse crawl',
    'FILE',
    'print the story a crawled page holds, as JSON; stores nothing',
    () => import('./commands/parse-crawl.js'),
  ),
  command(
    'import crawl',
    '[--json] PATH...',
    "import crawled pages (files or folders); prints each story's URL",
    () => import('./commands/import-crawl.js'),
  ),
  command(
    'import wxr',
    '[--edition az|ru|en] [--uploads DIR] [--fetch-media] [--json] FILE...',
    'import WordPress exports (WXR): posts, rubrics, tags, authors, media and old permalinks; again updates what changed',
    () => import('./commands/import-wxr.js'),
  ),
  command(
    'import ninjs',
    '[--edition az|ru|en] [--rubric NAME] [--fetch-media] [--json] FILE|DIR...',
    'import ninjs items (1.x, 2.x, 3.x): stories with subjects, places, people and pictures; again updates what changed',
    () => import('./commands/import-ninjs.js'),
  ),
  command(
    'import newsml',
    '[--edition az|ru|en] [--rubric NAME] [--fetch-media] [--json] FILE|DIR...',
    'import NewsML-G2 news items and packages; again updates what changed, a kill withdraws',
    () => import('./commands/import-newsml.js'),
  ),
  command(
    'demo load',
    '[--force]',
    'load the demo archive (only into an empty database unless --force)',
    () => import('./commands/demo-load.js'),
  ),
  command(
    'reindex',
    '',
    'rebuild the search index from the stories',
    () => import('./commands/reindex.js'),
  ),
  command(
    'backup',
    '[FILE] | --verify FILE',
    'write a backup archive (database, media, manifest; .tar.gz gzipped) while Lede serves, or check one',
    () => import('./commands/backup.js'),
  ),
  command(
    'restore',
    'FILE [--force]',
    'restore a backup into an empty database and data folder (--force replaces what is there)',
    () => import('./commands/restore.js'),
  ),
  command(
    'demo generate',
    '--stories N [--seed S]',
    'write N synthetic stories (three editions, ten years) for load tests',
    () => import('./commands/demo-generate.js'),
  ),
  command(
    'db warm',
    '',
    "read the search tables and stories into PostgreSQL's shared buffers",
    () => import('./commands/database.js'),
  ),
  command(
    'user add',
    '--email E --name N --role R [--editions az,ru] [--ui-language L] [--password-stdin]',
    `add an account; without --password-stdin prints a one-time link to set the password (roles: ${ROLES.join(', ')})`,
    () => import('./commands/user-add.js'),
  ),
  command('user list', '', 'list the accounts', () => import('./commands/user-list.js')),
  command(
    'user link',
    '--email E',
    'print a new one-time link to set the password',
    () => import('./commands/user-link.js'),
  ),
  command(
    'user reset-2fa',
    '--email E',
    "turn off a user's two-step sign-in (a lost phone); the audit log keeps it",
    () => import('./commands/user-reset-2fa.js'),
  ),
  command(
    'token create',
    '--email E [--name N]',
    'create an API token for the user and print it (only this once)',
    () => import('./commands/token-create.js'),
  ),
  command(
    'token revoke',
    '--id N',
    'revoke an API token',
    () => import('./commands/token-revoke.js'),
  ),
  command(
    'subscriber add',
    '--name N [--rate-limit R]',
    'add a subscriber of the content API and print its key (only this once); R requests a minute (default LEDE_API_RATE_LIMIT)',
    () => import('./commands/subscriber-add.js'),
  ),
  command(
    'subscriber revoke',
    '(--name N | --id N)',
    "revoke a subscriber's key: the API answers 401, webhooks stop",
    () => import('./commands/subscriber-revoke.js'),
  ),
  command(
    'subscriber list',
    '',
    'list the subscribers',
    () => import('./commands/subscriber-list.js'),
  ),
  command(
    'webhook add',
    '--subscriber N --url U [--events E,E] [--editions az,ru]',
    `register a webhook and print its signing secret (only this once); events: ${WEBHOOK_EVENTS.join(', ')} (default all)`,
    () => import('./commands/webhook-add.js'),
  ),
  command(
    'webhook list',
    '[--subscriber N]',
    'list the webhooks',
    () => import('./commands/webhook-list.js'),
  ),
  command(
    'webhook remove',
    '--id N',
    'delete a webhook and its delivery log',
    () => import('./commands/webhook-remove.js'),
  ),
  command(
    'ingest add',
    '--name N (--url URL | --dir DIR) --format ninjs|newsml|rss|atom --edition az|ru|en [--every 60s]',
    "a wire source: lede serve polls the URL or watches the folder, items land in the desk's Incoming view",
    () => import('./commands/ingest-add.js'),
  ),
  command(
    'ingest list',
    '[--json]',
    'wire sources with their last poll, last error and item counts',
    () => import('./commands/ingest-list.js'),
  ),
  command(
    'ingest remove',
    '--name N',
    'stop polling a wire source and drop its incoming items',
    () => import('./commands/ingest-remove.js'),
  ),
];

/** The command the arguments name (its words come first), or undefined. */
export function findCommand(argv: readonly string[]): CommandEntry | undefined {
  return COMMANDS.find((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  });
}
