// Serves the built newsroom client: hashed assets under /newsroom/assets/, the SPA shell at /newsroom and /newsroom/*.

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { codeRoot } from '../platform/code-root.js';

/**
 * dist/newsroom/client at the repository root, where scripts/build-client.js writes the bundle
 * (the same path from src/newsroom and from its compiled copy in dist/newsroom).
 */
export const DEFAULT_CLIENT_DIR = path.resolve(
  codeRoot(import.meta.url),
  '..',
  'dist',
  'newsroom',
  'client',
);

const MISSING = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Lede newsroom</title>
<h1>The newsroom client is not built</h1><p>Run <code>npm run build</code> and reload.</p></html>`;

export interface NewsroomClientOptions {
  /** Folder of the Vite build (index.html and assets/). */
  dir?: string;
}

/**
 * The shell is read again whenever its file changes, so a rebuild needs no restart. It is never
 * cached (it names the current hashed assets); the assets are immutable for a year.
 */
export function registerNewsroomClient(
  app: FastifyInstance,
  options: NewsroomClientOptions = {},
): void {
  const dir = options.dir ?? DEFAULT_CLIENT_DIR;
  const indexFile = path.join(dir, 'index.html');
  let shell: { html: string; mtime: number } | null = null;

  const readShell = (): string | null => {
    if (!existsSync(indexFile)) return null;
    const mtime = statSync(indexFile).mtimeMs;
    if (!shell || shell.mtime !== mtime) shell = { html: readFileSync(indexFile, 'utf8'), mtime };
    return shell.html;
  };

  const sendShell = (reply: FastifyReply) => {
    const html = readShell();
    reply
      .header('cache-control', 'no-cache, private')
      .header('x-robots-tag', 'noindex, nofollow')
      .header('referrer-policy', 'same-origin')
      .type('text/html; charset=utf-8');
    return html === null ? reply.code(503).send(MISSING) : reply.send(html);
  };

  void app.register(fastifyStatic, {
    root: path.join(dir, 'assets'),
    prefix: '/newsroom/assets/',
    decorateReply: false,
    index: false,
    immutable: true,
    maxAge: '365d',
  });
  app.get('/newsroom', (_req, reply) => sendShell(reply));
  app.get('/newsroom/', (_req, reply) => sendShell(reply));
  app.get('/newsroom/*', (req, reply) => {
    // A missing asset is a 404, not the shell (a stale tab asking for an old hash).
    if (req.url.startsWith('/newsroom/assets/')) return reply.code(404).send('Not found');
    return sendShell(reply);
  });
}
