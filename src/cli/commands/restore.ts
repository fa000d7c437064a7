// `lede restore FILE [--force]`: restores a backup into the configured database and data folder
// (only empty ones unless --force); a SQLite backup restores into PostgreSQL and back.

import { defineCommand } from '../args.js';

export default defineCommand({
  options: { force: { type: 'boolean', default: false } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = positionals[0]!;
    const { loadConfig } = await import('../../server/config.js');
    const { restoreBackup } = await import('../../server/backup/restore-backup.js');
    const config = loadConfig();
    const m = await restoreBackup(config, file, { force: values.force });
    io.out(
      `restored ${m.counts.stories} stories, ${m.counts.revisions} revisions, ${m.counts.users} users, ${m.counts.media} media into ${config.database.kind}`,
    );
    return 0;
  },
});
