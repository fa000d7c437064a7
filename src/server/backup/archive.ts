// The backup archive on disk: a tar file (gzipped when its name ends .gz or .tgz) of one folder,
// read back only after every entry is checked to be a plain file or folder inside the archive.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';

/** A backup that cannot be used: the message says why (the CLI prints it, exit code 1). */
export class BackupError extends Error {
  override name = 'BackupError';
}

export function isGzipName(file: string): boolean {
  return /\.(gz|tgz)$/i.test(file);
}

/** Every file under `dir`, as archive paths with "/" (sorted). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes the folder's contents as the archive `file`, gzipped when told. */
export async function writeArchive(dir: string, file: string, gzip: boolean): Promise<void> {
  const names = await readdir(dir);
  await tar.c({ file, cwd: dir, gzip, portable: true }, names.sort());
}

/** Why an entry is refused, or null when it is a plain file or folder inside the archive. */
export function unsafeEntry(entryPath: string, type: string): string | null {
  if (type !== 'File' && type !== 'OldFile' && type !== 'Directory')
    return `${entryPath} is a ${type}, not a plain file`;
  if (entryPath.startsWith('/') || /^[a-zA-Z]:/.test(entryPath) || entryPath.includes('\\'))
    return `${entryPath} is an absolute path`;
  if (entryPath.split('/').some((part) => part === '..')) return `${entryPath} leaves the archive`;
  return null;
}

/** The archive's entries, refusing the whole archive if one is not safe to extract. */
async function checkEntries(file: string): Promise<void> {
  const problems: string[] = [];
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (entry) => {
        const problem = unsafeEntry(entry.path, entry.type);
        if (problem) problems.push(problem);
      },
    });
  } catch (error) {
    throw new BackupError(`${file} is not a readable archive: ${(error as Error).message}`);
  }
  if (problems.length > 0)
    throw new BackupError(`${file} is refused: ${problems.slice(0, 3).join('; ')}`);
}

/** Extracts the archive into the (empty) folder `dir`, after checking every entry. */
export async function extractArchive(file: string, dir: string): Promise<void> {
  await checkEntries(file);
  try {
    await tar.x({
      file,
      cwd: dir,
      strict: true,
      preservePaths: false,
      filter: (p, entry) => 'type' in entry && unsafeEntry(p, entry.type) === null,
    });
  } catch (error) {
    throw new BackupError(`${file} could not be extracted: ${(error as Error).message}`);
  }
}
