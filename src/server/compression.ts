// Content negotiation and compression: Brotli or gzip chosen by Accept-Encoding for text responses.

import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Coding = 'br' | 'gzip';

/** Bodies shorter than this go out as they are: the coding's own framing would eat the gain. */
export const MIN_COMPRESS_BYTES = 256;

const COMPRESSIBLE =
  /^(text\/|application\/(json|javascript|xml|(rss|atom|feed|ld|manifest|xhtml)\+(xml|json))|application\/[\w.-]+\+(json|xml)|image\/svg\+xml)/i;

/** Whether a response of this Content-Type is text worth compressing. */
export function compressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType);
}

/**
 * The coding to answer with, from an Accept-Encoding header (RFC 9110 12.5.3): the acceptable
 * coding (q > 0) with the highest weight, Brotli before gzip on a tie; `*` stands for codings the
 * header does not name. null: send the body as it is (no header, or nothing we have is acceptable).
 */
export function chooseCoding(header: string | string[] | undefined): Coding | null {
  if (header === undefined) return null;
  const weights = new Map<string, number>();
  for (const part of String(header).split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = rawName!.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [k, v] = param.split('=').map((s) => s.trim());
      if (k?.toLowerCase() === 'q') {
        const n = Number(v);
        q = v !== undefined && v !== '' && Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
      }
    }
    weights.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  const star = weights.get('*');
  const weight = (coding: Coding) => weights.get(coding) ?? star ?? 0;
  const br = weight('br');
  const gzip = weight('gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

/** The entity tag of one coding of a representation: each coding has its own bytes, so its own tag. */
export function etagFor(etag: string, coding: Coding | null): string {
  if (!coding) return etag;
  const suffix = coding === 'br' ? '-br' : '-gz';
  return etag.endsWith('"') ? `${etag.slice(0, -1)}${suffix}"` : `${etag}${suffix}`;
}

/** Adds Accept-Encoding to a Vary header value, keeping what it already names. */
export function varyWithEncoding(vary: unknown): string {
  const current = typeof vary === 'string' ? vary : Array.isArray(vary) ? vary.join(', ') : '';
  if (current.trim() === '*') return '*';
  const names = current
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.some((n) => n.toLowerCase() === 'accept-encoding')) return names.join(', ');
  return [...names, 'Accept-Encoding'].join(', ');
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * How hard to compress: "asset" for the static assets (compressed once per process and served
 * for a year), "kept" for cached pages and feeds (compressed again after each purge), "live" for
 * an answer made for one request.
 */
export type Effort = 'asset' | 'kept' | 'live';

/**
 * Brotli's quality per effort. Kept pages stop at 8: on our story, home and RSS pages (44-65 KB)
 * quality 9 took 93-157 ms of CPU against 2-5 ms for 8, for bytes 0.1 % smaller (see
 * bench/compression.ts); a page is compressed again after every purge, so a newsroom's saves
 * would keep a core busy. Assets are compressed once, so they get the best there is. An answer
 * made for one request is compressed on the event loop (see compress) at a setting that takes
 * half the time of the next one up: gzip 4 against 6 for 3 % more bytes, Brotli 4 against 5 for 10 %.
 */
const BROTLI_QUALITY: Record<Effort, number> = { asset: 11, kept: 8, live: 4 };
const GZIP_LEVEL: Record<Effort, number> = { asset: 9, kept: 9, live: 4 };

/** The Brotli quality and gzip level of each effort (for bench/compression.ts). */
export function compressionSettings(): Record<Effort, { br: number; gzip: number }> {
  const of = (effort: Effort) => ({ br: BROTLI_QUALITY[effort], gzip: GZIP_LEVEL[effort] });
  return { asset: of('asset'), kept: of('kept'), live: of('live') };
}

/**
 * Bodies up to this size are compressed on the event loop, the larger ones in libuv's thread
 * pool. A page of 45 KB takes 1-2 ms of CPU either way, but from the pool it came back 100-375 ms
 * later on a server answering 200 readers: each step of the stream waits for a turn of an event
 * loop busy with their sockets, and the readers of a page refreshed after a purge waited on it.
 */
const COMPRESS_INLINE_MAX = 128 * 1024;

function options(
  coding: Coding,
  effort: Effort,
  size: number,
): zlib.BrotliOptions & zlib.ZlibOptions {
  return coding === 'br'
    ? {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }
    : { level: GZIP_LEVEL[effort] };
}

/** Compresses a body: inline when it is small (see COMPRESS_INLINE_MAX), else off the event loop. */
export function compress(body: Buffer, coding: Coding, effort: Effort): Promise<Buffer> {
  const opts = options(coding, effort, body.length);
  if (body.length > COMPRESS_INLINE_MAX)
    return coding === 'br' ? brotli(body, opts) : gzip(body, opts);
  try {
    return Promise.resolve(
      coding === 'br' ? zlib.brotliCompressSync(body, opts) : zlib.gzipSync(body, opts),
    );
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The compressed bytes of a kept body, made once per coding and shared by every later request. */
export function encodedOnce(
  encoded: Map<string, Promise<Buffer>>,
  body: Buffer,
  coding: Coding,
  effort: Effort = 'kept',
): Promise<Buffer> {
  let made = encoded.get(coding);
  if (!made) {
    made = compress(body, coding, effort);
    encoded.set(coding, made);
    made.catch(() => encoded.delete(coding));
  }
  return made;
}
