// Checks the addresses that come from story content before they become href or src attributes.

export interface LinkTarget {
  href: string;
  /** "nofollow noopener" for other sites, "noopener" for this site and mail. */
  rel: string;
  external: boolean;
}

// Control characters (which browsers strip from URLs) and backslashes mark a disguised address.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/** A same-site path such as "/ru/news/..."; "//host" and "/\host" are other sites, so refused. */
function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !CONTROL_OR_BACKSLASH.test(value);
}

function parseAbsolute(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The link an inline "link" mark may become, or null when it must stay plain text. */
export function linkTarget(href: string | undefined): LinkTarget | null {
  const value = href?.trim() ?? '';
  if (value === '') return null;
  if (isSitePath(value)) return { href: value, rel: 'noopener', external: false };
  const url = parseAbsolute(value);
  if (!url) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return { href: url.href, rel: 'nofollow noopener', external: true };
  }
  if (url.protocol === 'mailto:') return { href: url.href, rel: 'noopener', external: false };
  return null;
}

/** An http(s) URL of another site (embeds), or null. */
export function webUrl(value: string | undefined): URL | null {
  const url = parseAbsolute(value?.trim() ?? '');
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}

/** An image source: a same-site path or an http(s) URL; anything else (data:, javascript:) is null. */
export function imageSrc(value: string | undefined): string | null {
  const src = value?.trim() ?? '';
  if (isSitePath(src)) return src;
  return webUrl(src)?.href ?? null;
}
