// The key of an old address (a WordPress permalink): decoded, no trailing slash, only the query that names a post.

/**
 * "/2025/12/05/%d1%81%d0%bb%d0%b0%d0%b3/" and "/2025/12/05/слаг" are the same key; "/?p=12&x=1" is
 * "/?p=12". Null for the home page or what is not a path.
 */
export function normaliseLegacyPath(pathAndQuery: string): string | null {
  if (!pathAndQuery.startsWith('/')) return null;
  const q = pathAndQuery.indexOf('?');
  const rawPath = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : pathAndQuery.slice(q + 1));
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }
  path = path.normalize('NFC').replace(/\/+$/, '') || '/';
  const post = ['p', 'page_id'].find((name) => /^\d+$/.test(params.get(name) ?? ''));
  const key = post ? `${path}?${post}=${params.get(post)}` : path;
  return key === '/' || key.length > 1000 ? null : key;
}
