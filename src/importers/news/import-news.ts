// Imports folders and files of ninjs or NewsML-G2 items: each file read and checked, each item stored in its own transaction and reported.

import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../../domain/actor.js';
import type { Block } from '../../domain/blocks.js';
import type { EditionCode } from '../../domain/editions.js';
import { LedeError } from '../../domain/errors.js';
import type { Deps } from '../../operations/deps.js';
import { importNewsItem, type NewsItemInput } from '../../operations/import-news-item.js';
import { uploadMedia } from '../../operations/upload-media.js';
import { mediaBytes } from '../wordpress/media-source.js';
import { mapNewsml, type NewsmlPackage } from './map-newsml.js';
import { bestPicture, mapNinjs, ninjsDocuments } from './map-ninjs.js';
import { NewsRefused, type NewsItem } from './news-item.js';
import { MAX_XML, parseXml, XmlRefused } from './xml-tree.js';

export type NewsFormat = 'ninjs' | 'newsml';

/** The importer's name on revisions and audit lines. */
export const NEWS_IMPORTER: Record<NewsFormat, Actor> = {
  ninjs: { kind: 'system', name: 'ninjs import' },
  newsml: { kind: 'system', name: 'NewsML-G2 import' },
};

export interface NewsImportOptions {
  /** The edition of items whose language is none of the editions'. */
  edition?: EditionCode;
  /** The rubric of items that name no section or subject. */
  rubric?: string;
  /** Fetch renditions from http(s) URLs (else only files beside the item are read). */
  fetch?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface NewsReport {
  files: { file: string; ok: boolean; items: number; error: string | null }[];
  read: number;
  imported: number;
  updated: number;
  withdrawn: number;
  packages: number;
  skipped: { item: string; reason: string }[];
  mediaMissing: { item: string; url: string; reason: string }[];
  failed: { item: string; error: string }[];
}

const EXTENSION: Record<NewsFormat, RegExp> = { ninjs: /\.json$/i, newsml: /\.xml$/i };

/** The files of the paths given: files as they are, folders searched for the format's files. */
export async function newsFiles(paths: string[], format: NewsFormat): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number) => {
    if (depth > 10) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full, depth + 1);
      else if (e.isFile() && EXTENSION[format].test(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p, 0);
    else out.push(p);
  }
  return out;
}

/** The items (and NewsML-G2 packages) of one document's text; NewsRefused when it cannot be read. */
export function readNewsText(
  text: string,
  format: NewsFormat,
  label: string,
): { items: NewsItem[]; packages: NewsmlPackage[] } {
  if (format === 'ninjs') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new NewsRefused(label, `not JSON (${(error as Error).message})`);
    }
    const items = ninjsDocuments(parsed).map(mapNinjs);
    if (items.length === 0 || items.some((i) => i === null))
      throw new NewsRefused(label, 'not a ninjs document (an item has no uri)');
    return { items: items as NewsItem[], packages: [] };
  }
  try {
    const doc = mapNewsml(parseXml(text));
    if ('refused' in doc) throw new NewsRefused(label, doc.refused);
    if (doc.items.some((i) => !i.guid)) throw new NewsRefused(label, 'a newsItem has no guid');
    return doc;
  } catch (error) {
    if (error instanceof XmlRefused) throw new NewsRefused(label, error.message);
    throw error;
  }
}

async function readNewsFile(file: string, format: NewsFormat) {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new NewsRefused(file, `cannot read the file (${e.code ?? e.message})`);
  });
  if (!info.isFile()) throw new NewsRefused(file, 'not a file');
  if (info.size > MAX_XML) throw new NewsRefused(file, `larger than ${MAX_XML} bytes`);
  return readNewsText(await readFile(file, 'utf8'), format, file);
}

/** The edition an item goes to: the one of its language, else the one given, else none. */
export function editionFor(deps: Pick<Deps, 'editions'>, item: NewsItem, fallback?: EditionCode) {
  const lang = item.language.toLowerCase();
  const own = lang
    ? deps.editions.find((e) => lang === e.language || lang.startsWith(`${e.language}-`))
    : undefined;
  return own?.code ?? fallback ?? null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A sourceKey of at most 200 characters: the guid, or its hash when the guid is longer. */
export function sourceKeyOf(guid: string): string {
  return guid.length <= 200 ? guid : `sha256:${createHash('sha256').update(guid).digest('hex')}`;
}

/** The story a news item makes in its JSON shape (blocks apart), or why it cannot make one. */
export function newsStory(
  deps: Pick<Deps, 'editions'>,
  item: NewsItem,
  options: Pick<NewsImportOptions, 'edition' | 'rubric'>,
): { story: Record<string, unknown>; edition: EditionCode } | { skip: string } {
  const edition = editionFor(deps, item, options.edition);
  if (!edition)
    return {
      skip: item.language
        ? `no edition in the language "${item.language}" (give --edition)`
        : 'the item names no language (give --edition)',
    };
  const title = (item.title || item.lead.slice(0, 200)).trim();
  if (!title && item.pubStatus === 'usable') return { skip: 'no headline' };
  const sections = item.sections.slice(-2).map((s) => s.replaceAll('/', '-').trim());
  const rubric = sections.length
    ? sections.join(' / ')
    : (item.subjects[0]?.replaceAll('/', '-') ?? options.rubric ?? 'Wire');
  const tags = [
    ...new Set([...item.tags, ...item.places, ...item.people].map((t) => t.trim().slice(0, 200))),
  ]
    .filter(Boolean)
    .slice(0, 50);
  const story: Record<string, unknown> = {
    edition,
    type: item.type,
    title: (title || item.guid).slice(0, 500),
    rubric: rubric.slice(0, 300),
    lead: item.lead.slice(0, 5000),
    tags,
    ...(item.author ? { author: item.author.slice(0, 200) } : {}),
    ...(item.publishedAt ? { publishedAt: item.publishedAt } : {}),
    ...(SLUG.test(item.slug) && item.slug.length <= 120 ? { slug: item.slug } : {}),
  };
  return { story, edition };
}

/** The item as the import operation takes it. */
export function newsItemInput(item: NewsItem, story: Record<string, unknown>): NewsItemInput {
  const withdrawn =
    item.pubStatus === 'usable'
      ? null
      : item.edNote.trim() ||
        (item.pubStatus === 'canceled' ? 'killed by the sender' : 'withheld by the sender');
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        story,
        item.blocks,
        item.renditions,
        withdrawn,
        item.translations,
        item.translationGroup,
      ]),
    )
    .digest('hex');
  return {
    sourceKey: sourceKeyOf(item.guid),
    version: item.version.replace(/\s/g, ''),
    withdrawn,
    story,
    translationGroup: item.translationGroup || null,
    translations: item.translations.map(sourceKeyOf),
    hash,
  };
}

/** Where a rendition's file is: beside the item (inside its folder), or a URL. */
function renditionSource(
  href: string,
  dir: string | null,
): { file: string } | { url: string } | null {
  if (/^https?:\/\//i.test(href)) return { url: href };
  if (!dir) return null;
  let relative = href;
  if (/^file:/i.test(href)) {
    try {
      relative = fileURLToPath(new URL(href.replace(/^file:\/\/\/\.\//i, 'file:///')));
      relative = path.relative('/', relative);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  const root = path.resolve(dir);
  const file = path.resolve(root, decodeURIComponent(relative.trim()));
  return file.startsWith(root + path.sep) ? { file } : null;
}

/** Uploads renditions into the media library (once per run) and gives the item's blocks. */
export class NewsMedia {
  private readonly done = new Map<string, string | null>();
  constructor(
    private readonly deps: Deps,
    private readonly actor: Actor,
    private readonly fetch: boolean,
    readonly missing: { item: string; url: string; reason: string }[],
  ) {}

  private async upload(
    href: string,
    dir: string | null,
    item: string,
    alt: string,
  ): Promise<string | null> {
    const key = `${dir ?? ''}|${href}`;
    if (this.done.has(key)) return this.done.get(key)!;
    const source = renditionSource(href, dir);
    let bytes: Buffer | null = null;
    let reason = 'not beside the item and not an http(s) URL';
    if (source && 'file' in source) {
      bytes = await readFile(source.file).catch(() => null);
      if (!bytes) reason = 'no such file beside the item';
    } else if (source) {
      const found = await mediaBytes(source.url, { fetch: this.fetch });
      if ('bytes' in found) bytes = found.bytes;
      else reason = this.fetch ? found.missing : 'a URL (give --fetch-media to fetch it)';
    }
    let src: string | null = null;
    if (bytes)
      try {
        const filename = href.split(/[\\/]/).pop()?.split('?')[0] || 'rendition';
        src = (
          await uploadMedia(this.deps, this.actor, { bytes, filename, alt: alt.slice(0, 500) })
        ).url;
      } catch (error) {
        reason = error instanceof LedeError ? error.detail : (error as Error).message;
      }
    if (!src) this.missing.push({ item, url: href, reason });
    this.done.set(key, src);
    return src;
  }

  /** The body, with the item's picture first when it is a photo or the body has no image. */
  async blocks(item: NewsItem, dir: string | null): Promise<Block[]> {
    const picture = bestPicture(item.renditions);
    const hasImage = item.blocks.some((b) => b.type === 'image');
    if (!picture || (hasImage && item.type !== 'photo')) return item.blocks;
    const src = await this.upload(picture.href, dir, item.guid, item.title);
    if (!src) return item.blocks;
    const image: Block = {
      type: 'image',
      src,
      alt: (item.title || item.lead).slice(0, 500),
      ...(item.type === 'photo' && item.lead ? { caption: item.lead.slice(0, 2000) } : {}),
    };
    return [image, ...item.blocks];
  }
}

/** Imports every file in turn; a refused file or a failed item is reported and the rest still come in. */
export async function importNewsFiles(
  deps: Deps,
  paths: string[],
  format: NewsFormat,
  options: NewsImportOptions = {},
): Promise<NewsReport> {
  const report: NewsReport = {
    files: [],
    read: 0,
    imported: 0,
    updated: 0,
    withdrawn: 0,
    packages: 0,
    skipped: [],
    mediaMissing: [],
    failed: [],
  };
  const actor = NEWS_IMPORTER[format];
  const media = new NewsMedia(deps, actor, options.fetch ?? false, report.mediaMissing);
  const queue = await newsFiles(paths, format);
  const seen = new Set(queue.map((f) => path.resolve(f)));
  const guids = new Set<string>();
  for (let n = 0; n < queue.length; n++) {
    const file = queue[n]!;
    let doc;
    try {
      doc = await readNewsFile(file, format);
    } catch (error) {
      const message =
        error instanceof NewsRefused ? error.message : `${file}: ${(error as Error).message}`;
      report.files.push({ file, ok: false, items: 0, error: message });
      continue;
    }
    report.files.push({ file, ok: true, items: doc.items.length, error: null });
    let done = 0;
    for (const item of doc.items) {
      report.read++;
      guids.add(item.guid);
      const label = `${file}#${item.guid}`;
      try {
        const mapped = newsStory(deps, item, options);
        if ('skip' in mapped) report.skipped.push({ item: label, reason: mapped.skip });
        else {
          const outcome = await importNewsItem(deps, actor, newsItemInput(item, mapped.story), () =>
            media.blocks(item, path.dirname(file)),
          );
          if (outcome.result === 'skipped')
            report.skipped.push({ item: label, reason: outcome.reason });
          else report[outcome.result]++;
        }
      } catch (error) {
        const detail = error instanceof LedeError ? error.detail : (error as Error).message;
        report.failed.push({ item: label, error: detail });
      }
      options.onProgress?.(++done, doc.items.length, file);
    }
    // A package brings in the items it names that lie beside it.
    for (const pkg of doc.packages) {
      report.packages++;
      for (const ref of pkg.refs) {
        const source = ref.href ? renditionSource(ref.href, path.dirname(file)) : null;
        if (source && 'file' in source && !seen.has(source.file)) {
          seen.add(source.file);
          queue.push(source.file);
        } else if (!source && !guids.has(ref.guid))
          report.skipped.push({
            item: `${file}#${ref.guid || ref.href}`,
            reason: `named by package ${pkg.guid} but not found beside it`,
          });
      }
    }
  }
  return report;
}
