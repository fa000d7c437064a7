// The gate of routes open to anyone (the site's pages, feeds, sitemaps): they declare 'public'.

import type { Gate, Surface } from './define-route.js';

export const publicGate: Gate<'public', null> = {
  permits: (permission): permission is 'public' => permission === 'public',
  admit: async () => null,
  describe: () => ({ security: [], schemes: {}, refusals: {} }),
};

/** Public routes whose errors go on to the application's error handler (the site's pages). */
export const publicSurface: Surface<'public', null> = { gate: publicGate };
