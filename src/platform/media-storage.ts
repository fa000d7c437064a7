// The media storage port: image files put, read and deleted by key; kept in memory here, on disk elsewhere.

export interface MediaFile {
  bytes: Buffer;
  contentType: string;
}

/**
 * Where uploaded files live. A key is a relative path of safe segments ("<key>/640w.webp");
 * its file never changes once written, so it may be cached for ever.
 */
export interface MediaStorage {
  /** Writes a file whole (a reader never sees half of it); replaces one of the same key. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file, or null when there is none (or the key is not a safe one). */
  get(key: string): Promise<MediaFile | null>;
  /** Removes a file; nothing happens when it is not there. */
  delete(key: string): Promise<void>;
  /** The site path the file is served at: "/media/<key>". */
  urlPath(key: string): string;
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/** Whether a key is a relative path of plain segments (no "..", no hidden files) with a known type. */
export function isSafeMediaKey(key: string): boolean {
  const segments = key.split('/');
  return (
    key.length <= 300 &&
    segments.every((s) => SEGMENT.test(s) && !s.includes('..')) &&
    contentTypeOf(key) !== null
  );
}

/** The content type a key's extension stands for, or null for one Lede does not serve. */
export function contentTypeOf(key: string): string | null {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? null : (CONTENT_TYPES[key.slice(dot + 1).toLowerCase()] ?? null);
}

export function checkMediaKey(key: string): void {
  if (!isSafeMediaKey(key)) throw new RangeError(`not a safe media key: ${JSON.stringify(key)}`);
}

export function mediaUrlPath(key: string): string {
  return `/media/${key}`;
}

/** Files in a map: for tests and one-off tools. `keys()` tells what is stored. */
export function memoryMediaStorage(): MediaStorage & { keys(): string[] } {
  const files = new Map<string, Buffer>();
  return {
    async put(key, bytes) {
      checkMediaKey(key);
      files.set(key, Buffer.from(bytes));
    },
    async get(key) {
      const bytes = isSafeMediaKey(key) ? files.get(key) : undefined;
      return bytes ? { bytes, contentType: contentTypeOf(key)! } : null;
    },
    async delete(key) {
      checkMediaKey(key);
      files.delete(key);
    },
    urlPath: mediaUrlPath,
    keys: () => [...files.keys()].sort(),
  };
}
