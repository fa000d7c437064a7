// Finds the bytes of a WordPress attachment: in the --uploads folder, or at its URL only when --fetch-media is given.

import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface MediaSourceOptions {
  /** The export's wp-content/uploads folder. */
  uploads?: string;
  /** Fetch from the attachment's URL when the file is not in the folder. */
  fetch?: boolean;
}

/** Where an attachment URL's file lies below the uploads folder, or null when it is not an upload or leaves it. */
export function uploadsPath(uploads: string, url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const at = pathname.indexOf('/wp-content/uploads/');
  const relative = at >= 0 ? pathname.slice(at + '/wp-content/uploads/'.length) : null;
  if (!relative) return null;
  const root = path.resolve(uploads);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}

/** The file's bytes, or the reason it is missing. */
export async function mediaBytes(
  url: string,
  options: MediaSourceOptions,
): Promise<{ bytes: Buffer } | { missing: string }> {
  if (options.uploads) {
    const file = uploadsPath(options.uploads, url);
    if (file) {
      const bytes = await readFile(file).catch(() => null);
      if (bytes) return { bytes };
    }
  }
  if (!options.fetch)
    return { missing: options.uploads ? 'not in the uploads folder' : 'no --uploads folder given' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { missing: 'not a URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { missing: 'not http(s)' };
  try {
    const response = await fetch(parsed, {
      redirect: 'follow',
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) return { missing: `HTTP ${response.status}` };
    return { bytes: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    return { missing: `fetch failed (${(error as Error).message})` };
  }
}
