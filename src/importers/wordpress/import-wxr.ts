// Imports WordPress exports: each file checked whole first, then its posts stored in batches (one transaction each) and reported.

import type { Actor } from '../../domain/actor.js';
import type { Block } from '../../domain/blocks.js';
import type { EditionCode } from '../../domain/editions.js';
import { LedeError } from '../../domain/errors.js';
import { editionOf, type Deps } from '../../operations/deps.js';
import { importWxrPosts, type WxrBatchItem } from '../../operations/import-wxr-post.js';
import { uploadMedia } from '../../operations/upload-media.js';
import { mapPost, type MappedPost, type WxrSite } from './map-post.js';
import { mediaBytes, type MediaSourceOptions } from './media-source.js';
import { childText, readWxr, WxrRefused } from './wxr-reader.js';

/**
 * Posts written per transaction: big enough that a story costs little more than its rows, small
 * enough that a batch's media and mapped bodies stay a few megabytes.
 */
const BATCH_SIZE = 500;

/** The importer's name on revisions and audit lines. */
export const WXR_IMPORTER: Actor = { kind: 'system', name: 'WordPress import' };

export interface WxrImportOptions extends MediaSourceOptions {
  /** The edition of posts that carry no language (Polylang). */
  edition: EditionCode;
  /** Called after each item: items done in this file and the file's item count. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface WxrReport {
  files: { file: string; ok: boolean; items: number; error: string | null }[];
  read: number;
  imported: number;
  updated: number;
  skipped: { item: string; reason: string }[];
  mediaMissing: { item: string; url: string; reason: string }[];
  commentsSkipped: number;
  failed: { item: string; error: string }[];
}

interface FileScan {
  items: number;
  /** Attachment post id to its file URL. */
  attachments: Map<string, string>;
}

/** Reads a file through once without writing: refuses it whole before any post is stored. */
async function scanFile(file: string): Promise<FileScan> {
  const scan: FileScan = { items: 0, attachments: new Map() };
  let version = false;
  for await (const event of readWxr(file)) {
    if (event.kind === 'channel' && event.name === 'wp:wxr_version') version = true;
    if (event.kind !== 'item') continue;
    scan.items++;
    const node = event.node;
    if (childText(node, 'wp:post_type') === 'attachment') {
      const url = childText(node, 'wp:attachment_url').trim() || childText(node, 'guid').trim();
      if (url) scan.attachments.set(childText(node, 'wp:post_id').trim(), url);
    }
  }
  if (!version) throw new WxrRefused(file, 'not a WordPress export (no wp:wxr_version)');
  return scan;
}

function siteOf(baseUrl: string, file: string): WxrSite {
  let key = file.split(/[\\/]/).pop() ?? file;
  try {
    key = new URL(baseUrl).host || key;
  } catch {
    // No address in the export: the file's name keeps the sources apart.
  }
  return { baseUrl, key, categories: new Map(), authors: new Map() };
}

class MediaImporter {
  private readonly done = new Map<string, string | null>();
  constructor(
    private readonly deps: Deps,
    private readonly options: MediaSourceOptions,
    private readonly report: WxrReport,
  ) {}

  /** The media library's URL for an attachment, uploaded once per run; null (reported) when missing. */
  async src(url: string, item: string, alt: string): Promise<string | null> {
    if (this.done.has(url)) return this.done.get(url)!;
    const found = await mediaBytes(url, this.options);
    let src: string | null = null;
    if ('missing' in found) this.report.mediaMissing.push({ item, url, reason: found.missing });
    else
      try {
        const name = new URL(url).pathname.split('/').pop();
        src = (
          await uploadMedia(this.deps, WXR_IMPORTER, { bytes: found.bytes, filename: name, alt })
        ).url;
      } catch (error) {
        const reason = error instanceof LedeError ? error.detail : (error as Error).message;
        this.report.mediaMissing.push({ item, url, reason });
      }
    if (this.done.size > 50_000) this.done.clear();
    this.done.set(url, src);
    return src;
  }
}

/** Featured image first, then the body's images that are the site's uploads, in the media library. */
async function withMedia(
  post: MappedPost,
  scan: FileScan,
  site: WxrSite,
  media: MediaImporter,
): Promise<Block[]> {
  const blocks: Block[] = [];
  const featuredUrl = post.featuredImage ? scan.attachments.get(post.featuredImage) : undefined;
  const inBody = post.story.blocks.some((b) => b.type === 'image' && b.src === featuredUrl);
  if (featuredUrl && !inBody) {
    const src = await media.src(featuredUrl, post.sourceKey, post.story.title);
    if (src) blocks.push({ type: 'image', src, alt: post.story.title.slice(0, 500) });
  }
  const host = safeHost(site.baseUrl);
  for (const block of post.story.blocks) {
    if (block.type === 'image' && isUpload(block.src, host)) {
      const src = await media.src(block.src, post.sourceKey, block.alt);
      if (src) {
        const { width: _w, height: _h, ...rest } = block;
        blocks.push({ ...rest, src });
        continue;
      }
    }
    blocks.push(block);
  }
  return blocks;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function isUpload(src: string, host: string | null): boolean {
  try {
    const url = new URL(src);
    return url.pathname.includes('/wp-content/uploads/') && (!host || url.host === host);
  } catch {
    return false;
  }
}

async function importFile(
  deps: Deps,
  file: string,
  options: WxrImportOptions,
  report: WxrReport,
): Promise<void> {
  const scan = await scanFile(file);
  const media = new MediaImporter(deps, options, report);
  const timeZone = editionOf(deps, options.edition).timeZone;
  let site = siteOf('', file);
  let done = 0;
  let batch: (WxrBatchItem & { label: string })[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    const outcomes = await importWxrPosts(deps, WXR_IMPORTER, items);
    outcomes.forEach((outcome, i) => {
      const item = items[i]!.label;
      if (outcome.result === 'skipped') report.skipped.push({ item, reason: outcome.reason });
      else if (outcome.result === 'failed') report.failed.push({ item, error: outcome.error });
      else report[outcome.result]++;
    });
    done += items.length;
    options.onProgress?.(done, scan.items, file);
  };
  for await (const event of readWxr(file)) {
    if (event.kind === 'channel') {
      if (event.name === 'wp:base_site_url' || (event.name === 'link' && !site.baseUrl))
        site = {
          ...siteOf(event.text.trim(), file),
          categories: site.categories,
          authors: site.authors,
        };
      continue;
    }
    const node = event.node;
    if (event.kind === 'term') {
      if (node.name === 'wp:author')
        site.authors.set(
          childText(node, 'wp:author_login').trim(),
          childText(node, 'wp:author_display_name').trim() ||
            childText(node, 'wp:author_login').trim(),
        );
      else if (node.name === 'wp:category')
        site.categories.set(childText(node, 'wp:category_nicename').trim(), {
          name: childText(node, 'wp:cat_name').trim(),
          parent: childText(node, 'wp:category_parent').trim(),
        });
      continue;
    }
    report.read++;
    const label = `${file}#${childText(node, 'wp:post_id').trim() || report.read}`;
    try {
      const post = mapPost(node, {
        site,
        edition: options.edition,
        timeZone,
        defaultRubric: 'WordPress',
      });
      if ('skip' in post) {
        report.skipped.push({ item: label, reason: post.skip });
        options.onProgress?.(++done, scan.items, file);
      } else {
        report.commentsSkipped += post.comments;
        if (batch.some((b) => b.post.sourceKey === post.sourceKey)) await flush();
        const at = site;
        batch.push({ post, label, blocks: () => withMedia(post, scan, at, media) });
        if (batch.length >= BATCH_SIZE) await flush();
      }
    } catch (error) {
      const detail = error instanceof LedeError ? error.detail : (error as Error).message;
      report.failed.push({ item: label, error: detail });
      options.onProgress?.(++done, scan.items, file);
    }
  }
  await flush();
  report.files.push({ file, ok: true, items: scan.items, error: null });
}

/** Imports every file in turn; a refused file is reported and the next one still comes in. */
export async function importWxrFiles(
  deps: Deps,
  files: string[],
  options: WxrImportOptions,
): Promise<WxrReport> {
  const report: WxrReport = {
    files: [],
    read: 0,
    imported: 0,
    updated: 0,
    skipped: [],
    mediaMissing: [],
    commentsSkipped: 0,
    failed: [],
  };
  for (const file of files)
    try {
      await importFile(deps, file, options, report);
    } catch (error) {
      const message =
        error instanceof WxrRefused ? error.message : `${file}: ${(error as Error).message}`;
      report.files.push({ file, ok: false, items: 0, error: message });
    }
  return report;
}
