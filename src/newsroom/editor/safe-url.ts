// Which addresses may enter a story from the editor: link targets, image sources, embed URLs.

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/** A same-site path ("/ru/news/…"); "//host" is another site. */
export function isSitePath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !CONTROL_OR_BACKSLASH.test(value);
}

/** An absolute http(s) URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A link the story model accepts: http(s), mailto: or a site path (as the story schema says). */
export function isAllowedHref(value: string): boolean {
  if (isSitePath(value)) return true;
  if (/^mailto:[^\s]+$/i.test(value)) return true;
  return isWebUrl(value);
}

/** An image source the site can show: a site path or an http(s) URL (no data:, no file:). */
export function isAllowedImageSrc(value: string): boolean {
  return isSitePath(value) || isWebUrl(value);
}
