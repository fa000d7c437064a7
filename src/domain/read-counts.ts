// What counts as a reader's view: no bots, no reader who asked not to be tracked; the time buckets views are kept in.

/** A browser naming itself a crawler, a fetcher, a preview maker or a headless tool. */
const BOT =
  /bot|crawl|spider|slurp|archiver|fetch|preview|scan|monitor|headless|lighthouse|pingdom|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|httpclient|libwww|phantom|facebookexternalhit|embedly|whatsapp|telegram|skype|bingpreview|yandex|baidu|duckduck|semrush|ahrefs|mj12|petal/i;

/** True for a user agent that is a program rather than a reader (or none at all). */
export function isBot(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.trim().length < 10) return true;
  return BOT.test(userAgent);
}

/** A request's headers, by lower-case name (Node's `req.headers` as it is). */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** True when the reader's browser asks not to be tracked (`DNT: 1` or `Sec-GPC: 1`). */
export function declinesCounting(headers: RequestHeaders): boolean {
  return saysOne(headers.dnt) || saysOne(headers['sec-gpc']);
}

/** A header that is "1" (or, repeated, has a "1"); no allocation on a reader's request. */
function saysOne(v: string | string[] | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v === 'string') return v === '1' || v.trim() === '1';
  return v.some((x) => x.trim() === '1');
}

const HOUR_MS = 3_600_000;
const SLOT_MS = 300_000;

/** Hours since 1970 (UTC): the bucket views are kept in. */
export function hourOf(at: Date): number {
  return Math.floor(at.getTime() / HOUR_MS);
}

/** The start of an hour bucket. */
export function hourStart(hour: number): Date {
  return new Date(hour * HOUR_MS);
}

/** Five-minute slots since 1970: what is read now. */
export function slotOf(at: Date): number {
  return Math.floor(at.getTime() / SLOT_MS);
}

/** The UTC day a reader's hash is salted for ("2026-12-07"). */
export function saltDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The windows of "most read". */
export const MOST_READ_WINDOWS = { day: 24, week: 24 * 7 } as const;
export type MostReadWindow = keyof typeof MOST_READ_WINDOWS;
