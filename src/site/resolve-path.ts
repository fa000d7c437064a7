// Maps a public URL path to the edition and the kind of page it names.

import type { Edition } from '../domain/editions.js';

export type PageRoute =
  | { kind: 'home' }
  | { kind: 'rubric'; rubric: string }
  | { kind: 'story'; rubric: string; slug: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'author'; author: string }
  | { kind: 'archive'; day: string }
  /** The archive calendar: `archive/`, a year `archive/2025/`, a month `archive/2025/12/`. */
  | { kind: 'calendar'; year?: number; month?: number }
  | { kind: 'search' }
  | { kind: 'redirect'; to: string }
  | { kind: 'none' };

export interface ResolvedPath {
  edition: Edition;
  route: PageRoute;
}

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** The edition whose prefix is the longest that starts the path; the default edition otherwise. */
export function editionForPath(editions: Edition[], path: string): Edition {
  let best = editions.find((e) => e.prefix === '/') ?? editions[0]!;
  for (const e of editions) {
    const bare = e.prefix.slice(0, -1);
    if ((path.startsWith(e.prefix) || path === bare) && e.prefix.length > best.prefix.length)
      best = e;
  }
  return best;
}

/** The calendar's addresses; a year or month without its closing "/" is sent to it. */
function calendarRoute(rest: string, path: string): PageRoute | null {
  if (rest === 'archive/') return { kind: 'calendar' };
  const m = /^archive\/(\d{4})\/(?:(\d{2})\/)?$/.exec(rest);
  if (m) {
    const month = m[2] === undefined ? undefined : Number(m[2]);
    if (month !== undefined && (month < 1 || month > 12)) return { kind: 'none' };
    return { kind: 'calendar', year: Number(m[1]), ...(month ? { month } : {}) };
  }
  if (/^archive\/\d{4}(\/\d{2})?$/.test(rest)) return { kind: 'redirect', to: `${path}/` };
  // An archive day (archive/2025-12-05) is read below; anything else under archive/ is no page.
  return /^archive\/\d{4}-\d{2}-\d{2}$/.test(rest) ? null : { kind: 'none' };
}

export function resolvePath(editions: Edition[], rawPath: string): ResolvedPath {
  const path = rawPath.split('?')[0]!;
  const edition = editionForPath(editions, path);
  const bare = edition.prefix.slice(0, -1);
  if (bare && path === bare) return { edition, route: { kind: 'redirect', to: edition.prefix } };
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice(edition.prefix.length));
  } catch {
    return { edition, route: { kind: 'none' } };
  }
  if (rest === '') return { edition, route: { kind: 'home' } };
  if (rest.startsWith('archive/')) {
    const calendar = calendarRoute(rest, path);
    if (calendar) return { edition, route: calendar };
  }
  const parts = rest.split('/');
  const [a, b, c] = parts;
  if (parts.length > 3 || !a || !SEGMENT.test(a)) return { edition, route: { kind: 'none' } };
  if (a === 'search' && parts.length === 1) return { edition, route: { kind: 'search' } };
  if (a === 'tags' && b && SEGMENT.test(b) && parts.length === 2)
    return { edition, route: { kind: 'tag', tag: b } };
  if (a === 'archive' && b && /^\d{4}-\d{2}-\d{2}$/.test(b) && parts.length === 2)
    return { edition, route: { kind: 'archive', day: b } };
  if (a === 'author' && b && SEGMENT.test(b) && parts.length === 3 && c === '')
    return { edition, route: { kind: 'author', author: b } };
  if (a === 'author' && b && SEGMENT.test(b) && parts.length === 2)
    return { edition, route: { kind: 'redirect', to: `${path}/` } };
  if (parts.length === 1) return { edition, route: { kind: 'redirect', to: `${path}/` } };
  if (parts.length === 2 && b === '') return { edition, route: { kind: 'rubric', rubric: a } };
  if (parts.length === 2 && b && SEGMENT.test(b))
    return { edition, route: { kind: 'story', rubric: a, slug: b } };
  if (parts.length === 3 && b && SEGMENT.test(b) && c === '')
    return { edition, route: { kind: 'redirect', to: path.slice(0, -1) } };
  return { edition, route: { kind: 'none' } };
}
