// `lede backup --verify`: the archive's entries are safe, its manifest is whole, every file matches
// its checksum, and the database copy opens and holds what the manifest counts.

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentCounts, migrationNames, openRawDatabase } from '../../storage/backup/snapshot.js';
import { BackupError, extractArchive, listFiles, sha256File } from './archive.js';
import { DATABASE_FILE, MANIFEST, parseManifest, type Manifest } from './manifest.js';

/** A backup extracted and checked; dispose() removes the extracted files. */
export interface VerifiedBackup {
  manifest: Manifest;
  /** The folder it was extracted into. */
  dir: string;
  dispose(): Promise<void>;
}

async function check(file: string, dir: string): Promise<Manifest> {
  if (!(await stat(file).catch(() => null))?.isFile())
    throw new BackupError(`there is no backup file at ${file}`);
  await extractArchive(file, dir);
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch(() => null);
  if (text === null) throw new BackupError(`${file} has no ${MANIFEST}: not a Lede backup`);
  const manifest = parseManifest(text);
  if (!manifest) throw new BackupError(`${file}: ${MANIFEST} is not a Lede backup manifest`);
  const present = (await listFiles(dir)).filter((f) => f !== MANIFEST);
  const listed = Object.keys(manifest.files);
  for (const name of listed)
    if (!present.includes(name)) throw new BackupError(`${file}: ${name} is missing`);
  for (const name of present)
    if (!(name in manifest.files)) throw new BackupError(`${file}: ${name} is not in the manifest`);
  for (const name of listed) {
    const sum = await sha256File(path.join(dir, name));
    if (sum !== manifest.files[name]!.sha256)
      throw new BackupError(
        `${file}: ${name} does not match its checksum (the archive is damaged)`,
      );
  }
  if (!listed.includes(DATABASE_FILE)) throw new BackupError(`${file} holds no database copy`);
  const raw = (() => {
    try {
      return openRawDatabase({ kind: 'sqlite', file: path.join(dir, DATABASE_FILE) });
    } catch (error) {
      throw new BackupError(
        `${file}: the database copy does not open (${(error as Error).message})`,
      );
    }
  })();
  try {
    const counts = await contentCounts(raw.db);
    const migrations = await migrationNames(raw.db);
    for (const key of Object.keys(counts) as (keyof Manifest['counts'])[])
      if (counts[key] !== manifest.counts[key])
        throw new BackupError(
          `${file}: the database copy holds ${counts[key]} ${key}, the manifest says ${manifest.counts[key]}`,
        );
    if (migrations.join() !== manifest.migrations.join())
      throw new BackupError(`${file}: the database copy's migrations are not the manifest's`);
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${file}: the database copy cannot be read (${(error as Error).message})`,
    );
  } finally {
    await raw.close();
  }
  return manifest;
}

/** Extracts the backup into a folder under `parent` (the system's temporary folder by default). */
export async function openVerifiedBackup(file: string, parent = tmpdir()): Promise<VerifiedBackup> {
  const dir = await mkdtemp(path.join(parent, '.lede-restore-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    return { manifest: await check(path.resolve(file), dir), dir, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Checks the backup; returns its manifest or throws a BackupError saying what is wrong. */
export async function verifyBackup(file: string): Promise<Manifest> {
  const verified = await openVerifiedBackup(file);
  await verified.dispose();
  return verified.manifest;
}
