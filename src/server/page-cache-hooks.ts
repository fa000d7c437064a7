// Serves public GET responses from the page cache (compressed once per coding) and fills it from responses that name their surrogate keys; one render per page at a time.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage, PageCache } from '../platform/page-cache.js';
import {
  chooseCoding,
  compressible,
  encodedOnce,
  etagFor,
  MIN_COMPRESS_BYTES,
  varyWithEncoding,
  type Coding,
} from './compression.js';

/** Never page-cached: the newsroom, the APIs, and the read-count beacon (each hit is counted). */
const PRIVATE_PREFIXES = ['/api/', '/newsroom', '/beacon/'];

/** The query parameters public pages read (pagination, the search page and its filters); the others are ignored. */
const PAGE_PARAMS = new Set(['q', 'sort', 'page', 'before', 'rubric', 'type', 'from', 'to']);

/** A render that has not answered in this time no longer holds the other readers of its page. */
const RENDER_WAIT_MS = 10_000;

function cacheable(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.authorization || req.headers.cookie?.includes('lede_session=')) return false;
  const url = req.url ?? '/';
  return !PRIVATE_PREFIXES.some((p) => url.startsWith(p));
}

/**
 * The cache key of a URL: its path and the parameters pages read, in one order. `?utm_source=…`
 * or a random `?x=` reach the page already cached for the bare address.
 */
export function cacheKey(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const kept = [...new URLSearchParams(url.slice(at + 1))]
    .filter(([name]) => PAGE_PARAMS.has(name))
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const path = url.slice(0, at);
  return kept.length === 0 ? path : `${path}?${new URLSearchParams(kept).toString()}`;
}

/**
 * Headers of a rendered page that are not kept with it: they belong to one response (a cookie
 * never goes into the cache). Everything else is kept, the security headers too, so a hit
 * answered before the other hooks (registerCacheHits) sends what the render sent.
 */
const PER_RESPONSE_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'set-cookie',
  'x-cache',
]);

/** How a response relates to the page cache, for the access log. */
export type CacheOutcome = 'hit' | 'stale' | 'miss';

const outcomes = new WeakMap<FastifyRequest, CacheOutcome>();
const keptPages = new WeakMap<FastifyRequest, CachedPage>();
/** Bytes sent by a hit answered on the raw response (the access log cannot read its headers). */
const hitBytes = new WeakMap<FastifyRequest, number>();

/** A cached page ready to write as it is: headers and body per coding ("identity" unencoded). */
interface WireForm {
  headers: Record<string, string | number>;
  body: Buffer;
}
const wireForms = new WeakMap<CachedPage, Map<string, WireForm>>();

/** Whether the page came from the cache (fresh or stale) or was rendered; undefined: not cacheable. */
export const cacheOutcome = (req: FastifyRequest): CacheOutcome | undefined => outcomes.get(req);

/** The cache entry made from this response, so its compressed bytes are kept with it. */
export const keptPage = (req: FastifyRequest): CachedPage | undefined => keptPages.get(req);

/** The bytes of a body sent on the raw response by a cache hit, for the access log. */
export const rawHitBytes = (req: FastifyRequest): number | undefined => hitBytes.get(req);

/** The coding a hit of this page is sent in for this request, null for none. */
function codingFor(req: Pick<IncomingMessage, 'headers'>, page: CachedPage) {
  const textual = compressible(page.headers['content-type']);
  return textual && page.body.length >= MIN_COMPRESS_BYTES
    ? chooseCoding(req.headers['accept-encoding'])
    : null;
}

/** The headers of a hit in a coding: the page's, Vary with Accept-Encoding, the coding's ETag. */
function hitHeaders(page: CachedPage, coding: string | null, stale: boolean) {
  const headers: Record<string, string> = { ...page.headers };
  if (compressible(page.headers['content-type']))
    headers.vary = varyWithEncoding(page.headers.vary);
  if (coding) {
    headers['content-encoding'] = coding;
    if (page.headers.etag) headers.etag = etagFor(page.headers.etag, coding as Coding);
  }
  headers['x-cache'] = stale ? 'STALE' : 'HIT';
  return headers;
}

interface Render {
  since: number;
  done: Promise<void>;
  finish(): void;
}

/** The renders under way per cache key, per page cache (registerPageCache starts them). */
const rendersOf = new WeakMap<PageCache, Map<string, Render>>();

function rendersFor(cache: PageCache): Map<string, Render> {
  let renders = rendersOf.get(cache);
  if (!renders) rendersOf.set(cache, (renders = new Map<string, Render>()));
  return renders;
}

/** The render of the page under way, unless it has run past RENDER_WAIT_MS. */
function liveRender(cache: PageCache, key: string): Render | undefined {
  const render = rendersFor(cache).get(key);
  return render && Date.now() - render.since < RENDER_WAIT_MS ? render : undefined;
}

async function serveCached(
  req: FastifyRequest,
  reply: FastifyReply,
  page: CachedPage,
  stale: boolean,
): Promise<void> {
  const coding = codingFor(req, page);
  const body = coding ? await encodedOnce(page.encoded, page.body, coding) : page.body;
  const headers = hitHeaders(page, coding, stale);
  if (!stale) {
    // Ready for the next reader of this page in this coding to be answered before any hook.
    let forms = wireForms.get(page);
    if (!forms) wireForms.set(page, (forms = new Map<string, WireForm>()));
    forms.set(coding ?? 'identity', {
      headers: { ...headers, 'content-length': body.length },
      body,
    });
  }
  outcomes.set(req, stale ? 'stale' : 'hit');
  await reply.code(page.status).headers(headers).send(body);
}

/** What a request is read by to find its hit: Fastify's request or Node's own. */
type HitRequest = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

/**
 * The cached page this request is answered with as it is, in the reader's coding with the headers
 * its render sent (kept with it): a fresh page, or a stale one while another request renders it
 * anew. Undefined for what only the hooks of registerPageCache answer (a conditional or HEAD
 * request, a stale page nobody renders yet, a coding not yet made, a request that is not cacheable).
 */
function readyHit(
  cache: PageCache,
  req: HitRequest,
):
  | { status: number; headers: WireForm['headers']; body: Buffer; outcome: CacheOutcome }
  | undefined {
  if (
    req.method !== 'GET' ||
    req.headers['if-none-match'] !== undefined ||
    req.headers['if-modified-since'] !== undefined ||
    !cacheable(req)
  )
    return undefined;
  const key = cacheKey(req.url ?? '/');
  const found = cache.get(key);
  if (!found || (found.stale && !liveRender(cache, key))) return undefined;
  const form = wireForms.get(found.page)?.get(codingFor(req, found.page) ?? 'identity');
  if (!form) return undefined;
  return {
    status: found.page.status,
    headers: found.stale ? { ...form.headers, 'x-cache': 'STALE' } : form.headers,
    body: form.body,
    outcome: found.stale ? 'stale' : 'hit',
  };
}

/**
 * Page-cache hits answered first, before the security headers' and every other hook, written on
 * the raw response. A stale page is answered so too while another request renders it anew: after
 * each save's purge the readers of a busy page keep costing what a hit costs (through every hook
 * a stale answer cost about 1.6 times as much, CPU taken from the render and the save). Register
 * it before any other onRequest hook. A server made by cacheHitsFirst answers these before
 * Fastify sees them; this hook answers them for `inject` and for any other server.
 */
export function registerCacheHits(app: FastifyInstance, cache: PageCache): void {
  app.addHook('onRequest', (req, reply, done) => {
    const hit = readyHit(cache, req);
    if (!hit) return done();
    outcomes.set(req, hit.outcome);
    hitBytes.set(req, hit.body.length);
    reply.hijack();
    reply.raw.writeHead(hit.status, hit.headers);
    reply.raw.end(hit.body);
  });
}

/** One access-log line of a hit answered before Fastify (registerAccessLog writes the others). */
export type RawHitLog = (
  req: IncomingMessage,
  status: number,
  bytes: number,
  ms: number,
  outcome: CacheOutcome,
) => void;

/**
 * Node's request handler for Fastify's `serverFactory`: a page-cache hit is written before
 * Fastify makes its request and reply, routes and runs its hooks, which cost a cache hit a third
 * of its time; everything else goes to Fastify's handler.
 */
export function cacheHitsFirst(
  cache: PageCache,
  fastify: (req: IncomingMessage, res: ServerResponse) => void,
  log?: RawHitLog,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = log ? performance.now() : 0;
    let hit: ReturnType<typeof readyHit>;
    try {
      hit = readyHit(cache, req);
    } catch {
      // Whatever this request holds, Fastify answers it (its handler catches what ours would not).
      hit = undefined;
    }
    if (!hit) return fastify(req, res);
    res.writeHead(hit.status, hit.headers);
    res.end(hit.body);
    log?.(req, hit.status, hit.body.length, performance.now() - started, hit.outcome);
  };
}

export function registerPageCache(app: FastifyInstance, cache: PageCache): void {
  /** The render under way per cache key, and the request doing it. */
  const renders = rendersFor(cache);
  const renderOf = new WeakMap<FastifyRequest, string>();
  /** Where the cache's purges were as each render began (PageCache.mark). */
  const began = new WeakMap<FastifyRequest, number>();

  function finishRender(req: FastifyRequest): void {
    const key = renderOf.get(req);
    if (key === undefined) return;
    renderOf.delete(req);
    const render = renders.get(key);
    if (!render) return;
    renders.delete(key);
    render.finish();
  }

  app.addHook('onRequest', async (req, reply) => {
    if (!cacheable(req)) return;
    const key = cacheKey(req.url);
    for (;;) {
      const found = cache.get(key);
      const live = liveRender(cache, key);
      // A fresh page, or a stale one while another request renders it anew.
      if (found && (!found.stale || live)) return serveCached(req, reply, found.page, found.stale);
      if (!live) {
        let finish!: () => void;
        const done = new Promise<void>((resolve) => (finish = resolve));
        renders.set(key, { since: Date.now(), done, finish });
        renderOf.set(req, key);
        began.set(req, cache.mark());
        outcomes.set(req, 'miss');
        return;
      }
      // Nothing to show yet: wait for the render under way instead of rendering the page again.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        live.done,
        new Promise<void>((resolve) => (timer = setTimeout(resolve, RENDER_WAIT_MS))),
      ]);
      clearTimeout(timer);
      if (renders.get(key) === live) renders.delete(key);
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const key = renderOf.get(req);
    if (key === undefined) return payload;
    const keys = String(reply.getHeader('surrogate-key') ?? '')
      .split(' ')
      .filter(Boolean);
    if (
      reply.statusCode !== 200 ||
      !(typeof payload === 'string' || Buffer.isBuffer(payload)) ||
      keys.length === 0
    ) {
      // The page is gone or no longer cacheable: its stale copy must not be served again.
      cache.drop(key);
      outcomes.delete(req);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined && !PER_RESPONSE_HEADERS.has(name))
        headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
    // Kept stale when its story changed while it was read: the next reader renders it anew.
    keptPages.set(req, cache.set(key, { status: 200, headers, body }, keys, began.get(req)));
    reply.header('x-cache', 'MISS');
    return payload;
  });

  app.addHook('onResponse', async (req) => finishRender(req));
  app.addHook('onRequestAbort', async (req) => finishRender(req));
}
