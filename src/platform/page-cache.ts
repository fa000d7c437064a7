// The page cache port: rendered responses kept by URL and purged by surrogate key; in memory, one per process.

export interface CachedPage {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface PageCache {
  get(url: string): CachedPage | undefined;
  set(url: string, page: CachedPage, keys: string[]): void;
  /** Drops every page carrying one of the keys; returns how many were dropped. */
  purge(keys: Iterable<string>): number;
  clear(): void;
  readonly size: number;
}

interface Entry {
  page: CachedPage;
  keys: string[];
  expires: number;
}

/**
 * An LRU map of pages with a time limit. Pages are purged by key when a story changes;
 * the time limit only bounds what no event announces (a story whose publication time arrives).
 */
export function memoryPageCache(
  options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {},
): PageCache {
  const maxEntries = options.maxEntries ?? 5000;
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const byKey = new Map<string, Set<string>>();

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
      if (entry.expires <= now()) {
        drop(url);
        return undefined;
      }
      // Refresh its place in the LRU order.
      entries.delete(url);
      entries.set(url, entry);
      return entry.page;
    },
    set(url, page, keys) {
      drop(url);
      entries.set(url, { page, keys, expires: now() + ttlMs });
      for (const key of keys) {
        let urls = byKey.get(key);
        if (!urls) byKey.set(key, (urls = new Set()));
        urls.add(url);
      }
      while (entries.size > maxEntries) drop(entries.keys().next().value!);
    },
    purge(keys) {
      let dropped = 0;
      for (const key of keys)
        for (const url of [...(byKey.get(key) ?? [])]) {
          drop(url);
          dropped++;
        }
      return dropped;
    },
    clear() {
      entries.clear();
      byKey.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
