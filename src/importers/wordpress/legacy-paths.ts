// The old addresses of a WordPress post (its permalink, "/?p=123"), normalised the way the site looks them up.

import { normaliseLegacyPath } from '../../domain/legacy-path.js';
import type { WxrSite } from './map-post.js';
import { childText, type WxrNode } from './wxr-reader.js';

/** The post's permalink path and its "/?p=ID" form, as keys of the legacy_path table. */
export function legacyPathsOf(site: WxrSite, item: WxrNode, postId: string): string[] {
  const out = new Set<string>();
  const base = safeUrl(site.baseUrl);
  for (const address of [childText(item, 'link'), childText(item, 'guid')]) {
    const url = safeUrl(address.trim(), base?.href);
    if (!url || (base && url.host !== base.host)) continue;
    const path = normaliseLegacyPath(url.pathname + url.search);
    if (path) out.add(path);
  }
  const p = normaliseLegacyPath(`/?p=${postId}`);
  if (p) out.add(p);
  return [...out];
}

function safeUrl(value: string, base?: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}
