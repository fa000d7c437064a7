// Absolute URLs and stable identifiers for what leaves the site: feeds, sitemaps, ninjs, NewsML-G2.

/** The origin ("https://report.az") of a configured public URL; refuses anything but http(s). */
export function normalizeOrigin(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RangeError(`the public URL must be http(s), got ${raw}`);
  return url.origin;
}

/** An absolute URL of a site path ("/ru/economy/x" → "https://report.az/ru/economy/x"). */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin}/`).href;
}

/** The story's stable identifier for subscribers: it never changes when the URL does. */
export function storyUrn(origin: string, id: number): string {
  return `urn:lede:${new URL(origin).host}:story:${id}`;
}

/** A control character or a backslash, which browsers read as "/" ("/\\host" is another site). */
const unsafeChar = (ch: string) =>
  ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f;

function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && ![...value].some(unsafeChar);
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The absolute address a link mark may point to, or null when it must stay text.
 * Same rules as the site (site paths, http(s), mailto), made absolute for readers elsewhere.
 */
export function absoluteLink(origin: string, href: string | undefined): string | null {
  const value = href?.trim() ?? '';
  if (value === '') return null;
  if (isSitePath(value)) return absoluteUrl(origin, value);
  const url = parse(value);
  if (!url) return null;
  return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
}

/** An absolute image or embed address: a site path or http(s); anything else is null. */
export function absoluteMedia(origin: string, src: string | undefined): string | null {
  const value = src?.trim() ?? '';
  if (value === '') return null;
  if (isSitePath(value)) return absoluteUrl(origin, value);
  const url = parse(value);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}
