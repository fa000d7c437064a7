// Answers kept for a few seconds in this process: a read many pages share (most read, trending) runs once per lifetime.

export class QueryMemo {
  private readonly kept = new Map<
    string,
    { until: number; value: Promise<unknown>; refreshing?: boolean }
  >();

  constructor(
    /** How long an answer is kept, in ms. */
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 500,
  ) {}

  /** The kept answer for `key`, or fn's (kept for ttlMs; a failure is not kept). */
  get<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const t = this.now();
    const found = this.kept.get(key);
    if (found && found.until > t) return found.value as Promise<T>;
    if (this.kept.size >= this.maxEntries)
      for (const [k, v] of this.kept)
        if (v.until <= t || this.kept.size >= this.maxEntries) this.kept.delete(k);
    const value = fn();
    this.kept.set(key, { until: t + this.ttlMs, value });
    value.catch(() => this.kept.delete(key));
    return value;
  }

  /**
   * Like get, but an answer past its ttlMs and younger than `staleMs` is still answered while one
   * call of fn makes the new one in the background (kept when it comes): only a key never asked,
   * or asked too long ago, waits for fn.
   */
  getRefreshing<T>(key: string, fn: () => Promise<T>, staleMs: number): Promise<T> {
    const t = this.now();
    const found = this.kept.get(key);
    if (!found || found.until > t || found.until + staleMs <= t) return this.get(key, fn);
    if (!found.refreshing) {
      found.refreshing = true;
      const value = fn();
      value.then(
        () => this.kept.set(key, { until: this.now() + this.ttlMs, value }),
        () => (found.refreshing = false),
      );
    }
    return found.value as Promise<T>;
  }
}
