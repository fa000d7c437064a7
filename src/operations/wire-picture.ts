// Fetches the picture a wire item carries (only from its source's own host, size- and time-limited) into the media library.

import type { Actor } from '../domain/actor.js';
import type { Block, ImageBlock } from '../domain/blocks.js';
import type { CoverInput } from '../domain/cover.js';
import { LedeError } from '../domain/errors.js';
import type { IngestSource } from '../storage/ingest-port.js';
import type { Deps } from './deps.js';
import { uploadMedia } from './upload-media.js';

export interface WirePictureOptions {
  /** The fetch to use (tests); the global one otherwise. */
  fetch?: typeof fetch;
  /** How long the whole fetch may take; 20 s by default. */
  timeoutMs?: number;
}

/** What taking an item does with its picture: a cover and the body without it, or why not. */
export type WirePicture =
  | { cover: CoverInput; mediaId: number; blocks: Block[] }
  | { note: string; blocks: Block[] }
  | { none: true; blocks: Block[] };

const PICTURE_TYPES = /^image\/(jpeg|png|webp)\s*(;|$)/i;
const MAX_REDIRECTS = 3;

/** The body's leading picture at an http(s) address: the one the wire sent with the item. */
function leadingPicture(blocks: Block[]): ImageBlock | null {
  const first = blocks[0];
  return first?.type === 'image' && /^https?:\/\//i.test(first.src) ? first : null;
}

/** Reads a response's body up to `limit` bytes; more is refused without reading it all. */
async function limitedBytes(response: Response, limit: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit) throw new Error(`larger than ${limit} bytes`);
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The picture's bytes from the source's host (redirects only within it), or why not. */
async function fetchFromHost(
  url: URL,
  host: string,
  limit: number,
  options: WirePictureOptions,
): Promise<{ bytes: Buffer } | { refused: string }> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let at = url;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (at.host !== host || (at.protocol !== 'http:' && at.protocol !== 'https:'))
        return { refused: `it is not on the source's host ${host} (${at.host})` };
      const response = await (options.fetch ?? fetch)(at, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': 'Lede-Ingest/1', accept: 'image/jpeg, image/png, image/webp' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        at = new URL(location, at);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { refused: `HTTP ${response.status}` };
      }
      const type = response.headers.get('content-type') ?? '';
      if (!PICTURE_TYPES.test(type)) {
        await response.body?.cancel();
        return { refused: `not a JPEG, PNG or WebP picture (${type || 'no content type'})` };
      }
      return { bytes: await limitedBytes(response, limit) };
    }
    return { refused: 'too many redirects' };
  } catch (error) {
    return { refused: `fetch failed (${(error as Error).message})` };
  }
}

/**
 * The picture an incoming item leads with, fetched (only from the source's own host, at most the
 * media library's size, within a timeout, a picture's content type) and uploaded into the media
 * library with its variants, alt text, caption and credit by `actor`. The body comes back
 * without it: it is the draft's cover. A folder source's items, or a picture elsewhere, keep
 * the body as it is with a note saying why.
 */
export async function fetchWirePicture(
  deps: Deps,
  actor: Actor,
  source: IngestSource | null,
  blocks: Block[],
  options: WirePictureOptions = {},
): Promise<WirePicture> {
  const picture = leadingPicture(blocks);
  if (!picture) return { none: true, blocks };
  const note = (why: string) => ({ note: `picture not fetched: ${why}`, blocks });
  if (!source?.url) return note('the source is a folder, not a host');
  let url: URL;
  let host: string;
  try {
    url = new URL(picture.src);
    host = new URL(source.url).host;
  } catch {
    return note('not an address');
  }
  const found = await fetchFromHost(url, host, deps.media.maxBytes, options);
  if ('refused' in found) return note(found.refused);
  try {
    const media = await uploadMedia(deps, actor, {
      bytes: found.bytes,
      filename: decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'wire-picture',
      alt: picture.alt.slice(0, 500),
      caption: picture.caption ?? null,
      credit: picture.credit ?? null,
    });
    return { cover: { mediaId: media.id }, mediaId: media.id, blocks: blocks.slice(1) };
  } catch (error) {
    return note(error instanceof LedeError ? error.detail : (error as Error).message);
  }
}
