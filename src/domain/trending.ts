// Trending: what readers read now against its usual level at the same hours of the past week.

/**
 * The hours compared: the current hour and the one before (so the first minutes of an hour
 * have something to weigh).
 */
export const TREND_WINDOW_HOURS = 2;
/** Days of the usual level: the same hours on each of the past seven days. */
export const TREND_DAYS = 7;
/** Added to both sides of the ratio, so a story going from 0 to 2 views is no trend. */
export const TREND_PRIOR = 5;
/** Views in the window below which nothing trends. */
export const TREND_MIN_VIEWS = 5;
/** How many times its usual level a thing must be read to trend. */
export const TREND_MIN_RATIO = 1.5;

/** The hours a trend at `hour` reads: the window now, then the same hours on each past day. */
export function trendHours(hour: number): { now: number[]; past: number[] } {
  const now = Array.from({ length: TREND_WINDOW_HOURS }, (_, i) => hour - i);
  const past = Array.from({ length: TREND_DAYS }, (_, d) =>
    now.map((h) => h - 24 * (d + 1)),
  ).flat();
  return { now, past };
}

export interface Trend {
  /** A story's or tag's id. */
  key: number;
  /** Views in the window now. */
  views: number;
  /** Views in the same hours, on average over the past seven days. */
  usual: number;
  /** (views + prior) / (usual + prior): "read N times as much as usual". */
  score: number;
}

/**
 * What is rising at `hour`, from views per key and hour: keys read at least TREND_MIN_VIEWS times
 * in the window and TREND_MIN_RATIO times their usual level, the highest score first (then the
 * most views, then the lower key).
 */
export function trending(
  rows: readonly { key: number; hour: number; views: number }[],
  hour: number,
): Trend[] {
  const { now, past } = trendHours(hour);
  const nowSet = new Set(now);
  const pastSet = new Set(past);
  const current = new Map<number, number>();
  const before = new Map<number, number>();
  for (const r of rows) {
    if (nowSet.has(r.hour)) current.set(r.key, (current.get(r.key) ?? 0) + r.views);
    else if (pastSet.has(r.hour)) before.set(r.key, (before.get(r.key) ?? 0) + r.views);
  }
  const out: Trend[] = [];
  for (const [key, views] of current) {
    const usual = (before.get(key) ?? 0) / TREND_DAYS;
    const score = (views + TREND_PRIOR) / (usual + TREND_PRIOR);
    if (views >= TREND_MIN_VIEWS && score >= TREND_MIN_RATIO)
      out.push({
        key,
        views,
        usual: Math.round(usual * 10) / 10,
        score: Math.round(score * 100) / 100,
      });
  }
  return out.sort((a, b) => b.score - a.score || b.views - a.views || a.key - b.key);
}
