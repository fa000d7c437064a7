// The page cache port: rendered responses kept by key, marked stale by surrogate key, with their compressed bytes; in memory, one per process.

export interface CachedPage {
  status: number;
  /** The response's headers as rendered; the ETag is that of the uncompressed body. */
  headers: Record<string, string>;
  /** The uncompressed body. */
  body: Buffer;
  /** The body compressed per content coding ("br", "gzip"), made once on first demand. */
  encoded: Map<string, Promise<Buffer>>;
}

export interface CacheLookup {
  page: CachedPage;
  /**
   * Purged by one of its keys or past its time limit: it may be served while one request renders
   * the page anew, never as the answer of that one request.
   */
  stale: boolean;
}

export interface PageCache {
  get(key: string): CacheLookup | undefined;
  /**
   * Where the purges are now: a render takes it before it reads anything and hands it to set(),
   * so a purge that comes while it renders is not lost.
   */
  mark(): number;
  /**
   * Keeps a rendered page. With `since` (mark() taken as its render began) the page is kept
   * stale when one of its keys was purged since: it was read before the change the purge
   * announced, and the next reader has it rendered anew.
   */
  set(key: string, page: Omit<CachedPage, 'encoded'>, keys: string[], since?: number): CachedPage;
  /** Marks every page carrying one of the keys stale; returns how many were marked. */
  purge(keys: Iterable<string>): number;
  /** Forgets one page (its new rendering is not cacheable: gone, an error). */
  drop(key: string): void;
  clear(): void;
  readonly size: number;
}

interface Entry {
  page: CachedPage;
  keys: string[];
  expires: number;
  stale: boolean;
}

/**
 * An LRU map of pages with a time limit. Pages are purged by key when a story changes; the time
 * limit only bounds what no event announces (a story whose publication time arrives). A purged or
 * expired page stays, marked stale, for `maxStaleMs` more, so readers who come while it is being
 * rendered anew get it at once instead of rendering it again each.
 */
export function memoryPageCache(
  options: { maxEntries?: number; ttlMs?: number; maxStaleMs?: number; now?: () => number } = {},
): PageCache {
  const maxEntries = options.maxEntries ?? 5000;
  const ttlMs = options.ttlMs ?? 60_000;
  const maxStaleMs = options.maxStaleMs ?? 300_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const byKey = new Map<string, Set<string>>();
  /** Purges so far, and the number of the last purge of each key purged lately. */
  let purges = 0;
  const purgedAt = new Map<string, { seq: number; at: number }>();
  /** A render that takes longer than this is not kept stale by a purge during it. */
  const PURGE_MEMORY_MS = 60_000;

  function drop(url: string): void {
    const entry = entries.get(url);
    if (!entry) return;
    entries.delete(url);
    for (const key of entry.keys) {
      const urls = byKey.get(key);
      urls?.delete(url);
      if (urls?.size === 0) byKey.delete(key);
    }
  }

  return {
    get(url) {
      const entry = entries.get(url);
      if (!entry) return undefined;
      const t = now();
      if (entry.expires + maxStaleMs <= t) {
        drop(url);
        return undefined;
      }
      // Refresh its place in the LRU order.
      entries.delete(url);
      entries.set(url, entry);
      return { page: entry.page, stale: entry.stale || entry.expires <= t };
    },
    mark() {
      return purges;
    },
    set(url, rendered, keys, since) {
      drop(url);
      const page: CachedPage = { ...rendered, encoded: new Map() };
      const stale =
        since !== undefined && keys.some((key) => (purgedAt.get(key)?.seq ?? 0) > since);
      entries.set(url, { page, keys, expires: now() + ttlMs, stale });
      for (const key of keys) {
        let urls = byKey.get(key);
        if (!urls) byKey.set(key, (urls = new Set()));
        urls.add(url);
      }
      while (entries.size > maxEntries) drop(entries.keys().next().value!);
      return page;
    },
    purge(keys) {
      const marked = new Set<string>();
      const t = now();
      purges += 1;
      if (purgedAt.size > maxEntries)
        for (const [key, last] of purgedAt)
          if (last.at + PURGE_MEMORY_MS <= t) purgedAt.delete(key);
      for (const key of keys) {
        purgedAt.delete(key);
        purgedAt.set(key, { seq: purges, at: t });
        for (const url of byKey.get(key) ?? []) {
          const entry = entries.get(url);
          if (entry && !marked.has(url)) {
            entry.stale = true;
            marked.add(url);
          }
        }
      }
      return marked.size;
    },
    drop,
    clear() {
      entries.clear();
      byKey.clear();
      purgedAt.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
