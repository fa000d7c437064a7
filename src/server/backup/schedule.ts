// Scheduled backups for `lede serve`: every LEDE_BACKUP_EVERY an archive in LEDE_DATA_DIR/backups,
// keeping the newest LEDE_BACKUP_KEEP and deleting older ones.

import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../../platform/logger.js';
import type { Config } from '../config.js';
import { createBackup } from './create-backup.js';

const NAME = /^lede-\d{8}-\d{6}\.tar\.gz$/;

export function backupsDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'backups');
}

/** "lede-20261206-231500.tar.gz" for that moment (UTC): names sort as times do. */
export function backupName(at: Date): string {
  const s = at.toISOString().replace(/[-:]/g, '');
  return `lede-${s.slice(0, 8)}-${s.slice(9, 15)}.tar.gz`;
}

/** Deletes the oldest scheduled backups beyond `keep`; returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => NAME.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of old) await rm(path.join(dir, name), { force: true });
  return old;
}

/** One scheduled backup: the archive, then the pruning. */
export async function runScheduledBackup(
  config: Pick<Config, 'database' | 'dataDir' | 'backup'>,
  now = new Date(),
): Promise<string> {
  const dir = backupsDir(config);
  const file = path.join(dir, backupName(now));
  await createBackup(config, file);
  await pruneBackups(dir, config.backup.keep);
  return file;
}

/** Starts the timer when LEDE_BACKUP_EVERY is set; stop() waits for a backup under way. */
export function startScheduledBackups(
  config: Pick<Config, 'database' | 'dataDir' | 'backup'>,
  logger: Logger,
): { stop(): Promise<void> } {
  const every = config.backup.everyMs;
  if (every === null) return { stop: () => Promise.resolve() };
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      running = running.then(async () => {
        try {
          const file = await runScheduledBackup(config);
          logger.info('backup written', { file });
        } catch (error) {
          logger.error('backup failed', { error: (error as Error).message });
        }
      });
    },
    Math.min(every, 2 ** 31 - 1),
  );
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
