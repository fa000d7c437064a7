// Polls the wire sources that are due: fetches a URL or reads a folder, maps each item and lands it in the desk's Incoming view.

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Block } from '../../domain/blocks.js';
import type { Deps } from '../../operations/deps.js';
import {
  claimDueSource,
  finishPoll,
  landItem,
  nextIngestDue,
  type IngestSource,
  type LandingItem,
  type LandingResult,
} from '../../operations/ingest.js';
import { newsItemInput, newsStory, readNewsText } from './import-news.js';
import { mapFeed } from './map-feed.js';
import { bestPicture } from './map-ninjs.js';
import { NewsRefused, type NewsItem } from './news-item.js';
import { MAX_XML, parseXml, XmlRefused } from './xml-tree.js';

export interface PollOptions {
  fetch?: typeof fetch;
  /** How long one request may take (default 30 s). */
  timeoutMs?: number;
}

export type PollCounts = Record<LandingResult, number>;

/** The items of one document in the source's format. */
export function readSourceText(
  text: string,
  source: Pick<IngestSource, 'format'>,
  label: string,
): NewsItem[] {
  if (source.format === 'ninjs' || source.format === 'newsml') {
    const doc = readNewsText(text, source.format, label);
    return doc.items;
  }
  try {
    const items = mapFeed(parseXml(text), source.format);
    if ('refused' in items) throw new NewsRefused(label, items.refused);
    return items;
  } catch (error) {
    if (error instanceof XmlRefused) throw new NewsRefused(label, error.message);
    throw error;
  }
}

async function fetchText(url: string, options: PollOptions): Promise<string> {
  const response = await (options.fetch ?? fetch)(url, {
    redirect: 'follow',
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    headers: { 'user-agent': 'Lede-Ingest/1' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_XML) throw new Error(`the feed is larger than ${MAX_XML} bytes`);
  const text = await response.text();
  if (text.length > MAX_XML) throw new Error(`the feed is larger than ${MAX_XML} bytes`);
  return text;
}

const EXTENSIONS: Record<IngestSource['format'], RegExp> = {
  ninjs: /\.json$/i,
  newsml: /\.xml$/i,
  rss: /\.(xml|rss)$/i,
  atom: /\.(xml|atom)$/i,
};

/** The documents of a watched folder, oldest first (the folder itself must be readable). */
async function folderTexts(
  dir: string,
  source: IngestSource,
): Promise<{ label: string; text: string }[]> {
  const names = (await readdir(dir)).filter((n) => EXTENSIONS[source.format].test(n)).sort();
  const out: { label: string; text: string }[] = [];
  for (const name of names.slice(0, 5000)) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.size > MAX_XML) continue;
    out.push({ label: file, text: await readFile(file, 'utf8') });
  }
  return out;
}

/** The item as the desk lands it: the story with its blocks (a picture at a URL leads the body). */
export function landingOf(
  deps: Pick<Deps, 'editions'>,
  source: IngestSource,
  item: NewsItem,
): LandingItem {
  // The source's edition is the desk the items go to, whatever language they name.
  const mapped = newsStory(deps, { ...item, language: '' }, { edition: source.edition });
  if ('skip' in mapped)
    return {
      guid: item.guid.slice(0, 200),
      version: item.version,
      hash: '',
      withdrawn: null,
      story: null,
      error: mapped.skip,
    };
  const input = newsItemInput(item, mapped.story);
  const picture = bestPicture(item.renditions);
  // The picture leads the body as the sender's address; taking the item fetches it as the cover.
  const blocks: Block[] =
    picture && /^https?:\/\//.test(picture.href) && !item.blocks.some((b) => b.type === 'image')
      ? [
          {
            type: 'image',
            src: picture.href,
            alt: item.title.slice(0, 500),
            ...(picture.caption ? { caption: picture.caption.slice(0, 1000) } : {}),
            ...(picture.credit ? { credit: picture.credit.slice(0, 300) } : {}),
          },
          ...item.blocks,
        ]
      : item.blocks;
  return {
    guid: input.sourceKey,
    version: input.version,
    hash: input.hash,
    withdrawn: input.withdrawn,
    story: { ...mapped.story, blocks },
  };
}

/** Polls one claimed source; its outcome is recorded whatever happens. */
export async function pollSource(
  deps: Deps,
  source: IngestSource,
  options: PollOptions = {},
): Promise<PollCounts> {
  const counts: PollCounts = {
    landed: 0,
    updated: 0,
    withdrawn: 0,
    unchanged: 0,
    failed: 0,
    waiting: 0,
  };
  let sourceError: string | null = null;
  const unreadable: string[] = [];
  try {
    const docs = source.url
      ? [{ label: source.url, text: await fetchText(source.url, options) }]
      : await folderTexts(source.dir ?? '', source);
    for (const doc of docs) {
      let items: NewsItem[];
      try {
        items = readSourceText(doc.text, source, doc.label);
      } catch (error) {
        unreadable.push((error as Error).message);
        continue;
      }
      for (const item of items) {
        if (!item.guid) continue;
        try {
          counts[await landItem(deps, source, landingOf(deps, source, item))]++;
        } catch (error) {
          counts.failed++;
          deps.logger.warn('an incoming item failed', {
            source: source.name,
            item: item.guid,
            error: (error as Error).message,
          });
        }
      }
    }
  } catch (error) {
    sourceError = (error as Error).message;
  }
  const error =
    sourceError ?? (unreadable.length ? `${unreadable.length} unreadable: ${unreadable[0]}` : null);
  await finishPoll(
    deps,
    source,
    error,
    sourceError !== null ||
      (unreadable.length > 0 && counts.landed + counts.updated + counts.unchanged === 0),
  );
  return counts;
}

/** Polls every source that is due, one claim at a time; answers when the next one is due. */
export async function pollDueSources(
  deps: Deps,
  options: PollOptions = {},
): Promise<string | null> {
  for (let i = 0; i < 100; i++) {
    const source = await claimDueSource(deps);
    if (!source) break;
    try {
      await pollSource(deps, source, options);
    } catch (error) {
      deps.logger.error('polling a wire source failed', {
        source: source.name,
        error: (error as Error).message,
      });
    }
  }
  // A source another process holds is due again when its claim runs out: look again in a second.
  const next = await nextIngestDue(deps);
  const soon = deps.clock.now().getTime() + 1000;
  return next && Date.parse(next) < soon ? new Date(soon).toISOString() : next;
}
