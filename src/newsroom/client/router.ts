// Routing by the URL path under /newsroom, with the History API (no router library).

import { useEffect, useState } from 'preact/hooks';

export const BASE = '/newsroom';

export type Route =
  | { name: 'login' }
  | { name: 'desk' }
  | { name: 'story'; id: number }
  | { name: 'translations' }
  | { name: 'incoming' }
  | { name: 'taxonomy' }
  | { name: 'authors' }
  | { name: 'audit' }
  | { name: 'numbers' }
  | { name: 'account' }
  | { name: 'users' }
  | { name: 'set-password' }
  | { name: 'not-found' };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '');
  if (path === BASE || path === '') return { name: 'desk' };
  const rest = path.startsWith(`${BASE}/`) ? path.slice(BASE.length + 1) : path;
  if (rest === 'login') return { name: 'login' };
  if (rest === 'translations') return { name: 'translations' };
  if (rest === 'incoming') return { name: 'incoming' };
  if (rest === 'taxonomy') return { name: 'taxonomy' };
  if (rest === 'authors') return { name: 'authors' };
  if (rest === 'audit') return { name: 'audit' };
  if (rest === 'numbers') return { name: 'numbers' };
  if (rest === 'account') return { name: 'account' };
  if (rest === 'users') return { name: 'users' };
  if (rest === 'set-password') return { name: 'set-password' };
  const story = /^stories\/(\d+)$/.exec(rest);
  if (story) return { name: 'story', id: Number(story[1]) };
  return { name: 'not-found' };
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'desk':
    case 'not-found':
      return `${BASE}/`;
    case 'story':
      return `${BASE}/stories/${route.id}`;
    default:
      return `${BASE}/${route.name}`;
  }
}

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (href === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listeners.forEach((fn) => fn());
  window.scrollTo(0, 0);
}

/** The current path and query; re-renders on navigate() and on back/forward. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return { pathname: location.pathname, search: new URLSearchParams(location.search) };
}

/** Handles a click on an in-app link without reloading (modifier clicks open a tab as usual). */
export function linkClick(event: MouseEvent, href: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  navigate(href);
}
