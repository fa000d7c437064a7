// `lede restore`: puts a verified backup into the configured database and data folder, only when
// they are empty unless forced. Into PostgreSQL the rows are copied in one transaction and the
// search index rebuilt, so a SQLite backup moves an agency to PostgreSQL (and back).

import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyTables, isEmptyDatabase, openRawDatabase } from '../../storage/backup/snapshot.js';
import { openStore } from '../open-store.js';
import { BackupError } from './archive.js';
import { mediaDir, type BackupConfig } from './create-backup.js';
import { DATABASE_FILE, type Manifest } from './manifest.js';
import { openVerifiedBackup } from './verify-backup.js';

async function hasFiles(dir: string): Promise<boolean> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.some((e) => e.isFile());
}

/** Opens (and so migrates) the database: an older backup's copy comes up to this Lede's schema. */
async function migrate(config: BackupConfig, what: string): Promise<void> {
  try {
    await (await openStore(config)).close();
  } catch (error) {
    throw new BackupError(
      `${what} cannot be brought to this Lede's schema (a backup of a newer Lede?): ${(error as Error).message}`,
    );
  }
}

async function targetIsEmpty(config: BackupConfig): Promise<boolean> {
  if (await hasFiles(mediaDir(config))) return false;
  if (config.database.kind === 'sqlite') {
    const file = config.database.file;
    const exists = await readdir(path.dirname(file)).then(
      (names) => names.includes(path.basename(file)),
      () => false,
    );
    if (!exists) return true;
  } else await migrate(config, 'the PostgreSQL database');
  const raw = openRawDatabase(config.database);
  try {
    return await isEmptyDatabase(raw.db);
  } finally {
    await raw.close();
  }
}

async function move(from: string, to: string): Promise<void> {
  await rename(from, to).catch(async () => {
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

async function restoreDatabase(config: BackupConfig, copy: string): Promise<void> {
  if (config.database.kind === 'sqlite') {
    const file = config.database.file;
    await mkdir(path.dirname(file), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
    await move(copy, file);
    return;
  }
  const source = openRawDatabase({ kind: 'sqlite', file: copy });
  const target = openRawDatabase(config.database);
  try {
    await copyTables(source, target);
  } finally {
    await source.close();
    await target.close();
  }
  const store = await openStore(config);
  try {
    await store.search.rebuild();
  } finally {
    await store.close();
  }
}

/**
 * Restores the backup `file`. Refuses (BackupError) a database or media folder that holds
 * anything unless `force`, which replaces what is there. Lede must not be serving meanwhile.
 */
export async function restoreBackup(
  config: BackupConfig,
  file: string,
  options: { force: boolean },
): Promise<Manifest> {
  await mkdir(config.dataDir, { recursive: true });
  const backup = await openVerifiedBackup(file, config.dataDir);
  try {
    if (!options.force && !(await targetIsEmpty(config)))
      throw new BackupError(
        `the ${config.database.kind === 'sqlite' ? 'data folder' : 'PostgreSQL database'} is not empty; restore with --force to replace what it holds`,
      );
    const copy = path.join(backup.dir, DATABASE_FILE);
    await migrate({ ...config, database: { kind: 'sqlite', file: copy } }, 'the backup');
    if (config.database.kind === 'postgres') await migrate(config, 'the PostgreSQL database');
    await restoreDatabase(config, copy);
    const media = mediaDir(config);
    await rm(media, { recursive: true, force: true });
    const restoredMedia = path.join(backup.dir, 'media');
    if (await hasFiles(restoredMedia)) await move(restoredMedia, media);
    return backup.manifest;
  } finally {
    await backup.dispose();
  }
}
