// `lede backup [FILE]` writes a backup archive while Lede serves; `lede backup --verify FILE`
// checks one (entries, manifest, checksums, the database copy and its counts).

import { UsageError, defineCommand } from '../args.js';
import type { Manifest } from '../../server/backup/manifest.js';

function summary(m: Manifest): string {
  const c = m.counts;
  return `${c.stories} stories, ${c.revisions} revisions, ${c.users} users, ${c.media} media; ${Object.keys(m.files).length} files (from ${m.database}, Lede ${m.ledeVersion})`;
}

export default defineCommand({
  options: { verify: { type: 'boolean', default: false } },
  positionals: { min: 0, max: 1 },
  async run({ values, positionals }, io) {
    const [file] = positionals;
    if (values.verify) {
      if (file === undefined) throw new UsageError('--verify needs the backup FILE');
      const { verifyBackup } = await import('../../server/backup/verify-backup.js');
      io.out(`${file}: the backup is whole: ${summary(await verifyBackup(file))}`);
      return 0;
    }
    const { loadConfig } = await import('../../server/config.js');
    const { createBackup } = await import('../../server/backup/create-backup.js');
    const { backupName } = await import('../../server/backup/schedule.js');
    const out = file ?? backupName(new Date());
    io.out(`${out}: ${summary(await createBackup(loadConfig(), out))}`);
    return 0;
  },
});
