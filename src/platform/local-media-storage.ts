// Media storage on the local disk (a folder under the data folder, or shared storage mounted there).

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  checkMediaKey,
  contentTypeOf,
  isSafeMediaKey,
  mediaUrlPath,
  type MediaStorage,
} from './media-storage.js';

const isCode = (error: unknown, ...codes: string[]) =>
  codes.includes((error as { code?: unknown }).code as string);

/**
 * Files under `root`, one folder per media item. A file is written to a temporary name and
 * renamed into place, so a reader never sees half of it; deleting the last file of a folder
 * removes the folder.
 */
export function localMediaStorage(root: string): MediaStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => path.join(base, ...key.split('/'));

  return {
    async put(key, bytes) {
      checkMediaKey(key);
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(temp, bytes);
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      if (!isSafeMediaKey(key)) return null;
      try {
        return { bytes: await readFile(fileOf(key)), contentType: contentTypeOf(key)! };
      } catch (error) {
        if (isCode(error, 'ENOENT', 'ENOTDIR', 'EISDIR')) return null;
        throw error;
      }
    },

    async delete(key) {
      checkMediaKey(key);
      const file = fileOf(key);
      await rm(file, { force: true });
      // Empty folders go too, up to the root; a folder still holding files stays.
      for (let dir = path.dirname(file); dir !== base && dir.startsWith(base);) {
        try {
          await rmdir(dir);
        } catch (error) {
          if (isCode(error, 'ENOTEMPTY', 'EEXIST', 'ENOENT')) break;
          throw error;
        }
        dir = path.dirname(dir);
      }
    },

    urlPath: mediaUrlPath,
  };
}
