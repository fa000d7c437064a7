// `lede backup`: a consistent copy of the database (always a SQLite file, whichever database Lede
// runs on) and the media folder, with a manifest, in one archive; safe while Lede serves.

import { cp, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  contentCounts,
  migrationNames,
  openRawDatabase,
  postgresSnapshotInto,
  selfContained,
  sqliteOnlineBackup,
} from '../../storage/backup/snapshot.js';
import type { Config } from '../config.js';
import { openStore } from '../open-store.js';
import { BackupError, isGzipName, listFiles, sha256File, writeArchive } from './archive.js';
import { DATABASE_FILE, MANIFEST, ledeVersion, type Manifest } from './manifest.js';

export type BackupConfig = Pick<Config, 'database' | 'dataDir'>;

/** The media folder of a data folder. */
export function mediaDir(config: Pick<Config, 'dataDir'>): string {
  return path.join(config.dataDir, 'media');
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

/** Copies the PostgreSQL database's rows into a migrated SQLite file with its search index. */
async function postgresCopy(config: BackupConfig, dest: string): Promise<void> {
  if (config.database.kind !== 'postgres') return;
  await (await openStore({ database: { kind: 'sqlite', file: dest } })).close();
  const source = openRawDatabase(config.database);
  const target = openRawDatabase({ kind: 'sqlite', file: dest });
  try {
    const [have, want] = [await migrationNames(source.db), await migrationNames(target.db)];
    if (have.join() !== want.join())
      throw new BackupError(
        "the database's migrations are not this Lede's: start this Lede on it once (lede serve), then back up",
      );
    await postgresSnapshotInto(source, target);
  } finally {
    await source.close();
    await target.close();
  }
  const copy = await openStore({ database: { kind: 'sqlite', file: dest } });
  try {
    await copy.search.rebuild();
  } finally {
    await copy.close();
  }
  selfContained(dest);
}

/** Writes the backup archive `file` (gzipped when it ends .gz or .tgz); returns its manifest. */
export async function createBackup(config: BackupConfig, file: string): Promise<Manifest> {
  const out = path.resolve(file);
  await mkdir(path.dirname(out), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(out), '.lede-backup-'));
  try {
    const dbCopy = path.join(work, DATABASE_FILE);
    if (config.database.kind === 'sqlite') {
      if (!(await exists(config.database.file)))
        throw new BackupError(`there is no database at ${config.database.file}`);
      await sqliteOnlineBackup(config.database.file, dbCopy);
    } else await postgresCopy(config, dbCopy);
    // Media after the database: every file a copied row names was written before the row.
    const media = mediaDir(config);
    if (await exists(media))
      await cp(media, path.join(work, 'media'), {
        recursive: true,
        filter: (src) => !src.endsWith('.tmp'),
      });
    const raw = openRawDatabase({ kind: 'sqlite', file: dbCopy });
    let migrations: string[];
    let counts: Manifest['counts'];
    try {
      migrations = await migrationNames(raw.db);
      counts = await contentCounts(raw.db);
    } finally {
      await raw.close();
    }
    const files: Manifest['files'] = {};
    for (const name of await listFiles(work)) {
      const full = path.join(work, name);
      files[name] = { sha256: await sha256File(full), bytes: (await stat(full)).size };
    }
    const manifest: Manifest = {
      format: 'lede-backup/1',
      ledeVersion: ledeVersion(),
      createdAt: new Date().toISOString(),
      database: config.database.kind,
      migrations,
      counts,
      files,
    };
    await writeFile(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const partial = `${out}.partial`;
    try {
      await writeArchive(work, partial, isGzipName(out));
      await rename(partial, out);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
