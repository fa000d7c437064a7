// Maps one WordPress post (a WXR item) to Lede's story JSON shape, its workflow state and its old permalinks.

import { createHash } from 'node:crypto';
import { bodyText, runsText, type Block } from '../../domain/blocks.js';
import { zonedToUtc } from '../../domain/dates.js';
import { EDITION_CODES, type EditionCode } from '../../domain/editions.js';
import { htmlToBlocks } from './html-to-blocks.js';
import { decodeEntities } from './html-tokens.js';
import { legacyPathsOf } from './legacy-paths.js';
import { childrenNamed, childText, type WxrNode } from './wxr-reader.js';

/** What the channel said before the items: the site, its categories and its authors. */
export interface WxrSite {
  /** The site's address (wp:base_site_url, else the channel's link). */
  baseUrl: string;
  /** The site's host, the middle of every sourceKey ("wxr:<site>:<post id>"). */
  key: string;
  /** Category nicename to its name and parent's nicename. */
  categories: Map<string, { name: string; parent: string }>;
  /** Author login to display name. */
  authors: Map<string, string>;
}

export type WxrState = 'published' | 'draft' | 'review' | 'scheduled' | 'private';

export interface MappedPost {
  postId: string;
  sourceKey: string;
  state: WxrState;
  /** The story in the JSON shape importers hand the write operation. */
  story: {
    edition: EditionCode;
    type: 'news' | 'interview';
    title: string;
    rubric: string;
    lead: string;
    blocks: Block[];
    tags: string[];
    author?: string;
    publishedAt: string;
    sourceKey: string;
    slug?: string;
  };
  /** Polylang's translation group of the post, when the export has one. */
  translationGroup: string | null;
  /** Old paths that must answer 301 to the story ("/2025/12/05/slug", "/?p=123"). */
  legacyPaths: string[];
  /** Attachment post id of the featured image. */
  featuredImage: string | null;
  comments: number;
  /** sha256 of everything imported from the post: a re-run skips the post when it is the same. */
  hash: string;
}

export interface MapOptions {
  site: WxrSite;
  /** The edition when the post carries no language. */
  edition: EditionCode;
  /** The site's time zone, for wp:post_date when wp:post_date_gmt is missing. */
  timeZone: string;
  /** The rubric of posts without a category. */
  defaultRubric: string;
}

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Year, month, day, hour, minute, second of "2025-12-05 14:30:00"; null for WordPress's zero date. */
function dateParts(text: string): [number, number, number, number, number, number] | null {
  const m = WP_DATE.exec(text.trim());
  if (!m || m[1] === '0000') return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return [n(1), n(2), n(3), n(4), n(5), n(6)];
}

/** The post's time in UTC: wp:post_date_gmt, else wp:post_date read in the site's zone, else pubDate. */
export function postTime(item: WxrNode, timeZone: string): string | null {
  const gmt = dateParts(childText(item, 'wp:post_date_gmt'));
  if (gmt) {
    const [y, mo, d, h, mi, s] = gmt;
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s)).toISOString();
  }
  const local = dateParts(childText(item, 'wp:post_date'));
  if (local) {
    const [y, mo, d, h, mi, s] = local;
    return new Date(zonedToUtc(y, mo, d, h, mi, timeZone).getTime() + s * 1000).toISOString();
  }
  const pub = Date.parse(childText(item, 'pubDate'));
  return Number.isNaN(pub) ? null : new Date(pub).toISOString();
}

/** "Parent / Child" of a category: two levels at most, a deeper one folds into its second-level ancestor. */
export function rubricOf(site: WxrSite, nicename: string): string | null {
  const chain: string[] = [];
  let at: string | undefined = nicename;
  const seen = new Set<string>();
  while (at && site.categories.has(at) && !seen.has(at)) {
    seen.add(at);
    const category: { name: string; parent: string } = site.categories.get(at)!;
    chain.unshift(category.name.replace(/\//g, '-').trim());
    at = category.parent || undefined;
  }
  const names = chain.filter(Boolean).slice(0, 2);
  return names.length ? names.join(' / ') : null;
}

const STATES: Record<string, WxrState> = {
  publish: 'published',
  draft: 'draft',
  'auto-draft': 'draft',
  pending: 'review',
  future: 'scheduled',
  private: 'private',
};

function plain(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The post mapped, or a reason it is not a story (a page, an attachment, a revision, a trashed post). */
export function mapPost(item: WxrNode, options: MapOptions): MappedPost | { skip: string } {
  const { site } = options;
  const postId = childText(item, 'wp:post_id').trim();
  const postType = childText(item, 'wp:post_type').trim() || 'post';
  if (postType !== 'post') return { skip: `${postType} (not a post)` };
  const state = STATES[childText(item, 'wp:status').trim() || 'publish'];
  if (!state) return { skip: `status ${childText(item, 'wp:status').trim()}` };
  if (!/^\d+$/.test(postId)) return { skip: 'no wp:post_id' };

  const categories = childrenNamed(item, 'category');
  const language = categories.find((c) => c.attrs.domain === 'language')?.attrs.nicename;
  const edition = EDITION_CODES.find((e) => e === language?.slice(0, 2)) ?? options.edition;
  const group = categories.find((c) => c.attrs.domain === 'post_translations')?.attrs.nicename;
  const rubric =
    categories
      .filter((c) => c.attrs.domain === 'category')
      .map((c) => rubricOf(site, c.attrs.nicename ?? '') ?? (plain(c.text) || null))
      .find((r) => r !== null) ?? options.defaultRubric;
  const tags = [
    ...new Set(
      categories
        .filter((c) => c.attrs.domain === 'post_tag')
        .map((c) => plain(c.text).slice(0, 200))
        .filter(Boolean),
    ),
  ].slice(0, 50);

  const mapped = htmlToBlocks(childText(item, 'content:encoded'));
  let blocks = mapped.blocks;
  let lead = plain(childText(item, 'excerpt:encoded'));
  if (!lead && blocks[0]?.type === 'paragraph') {
    lead = runsText(blocks[0].content).trim();
    if (blocks.length > 1) blocks = blocks.slice(1);
  }
  let title = plain(childText(item, 'title')).slice(0, 500);
  if (!title) title = (lead || bodyText(blocks)).split(/\s+/).slice(0, 12).join(' ').slice(0, 500);
  if (!title) return { skip: 'empty post (no headline, no text)' };

  const login = childText(item, 'dc:creator').trim();
  const author = login ? (site.authors.get(login) ?? login).slice(0, 200).trim() : '';
  const postName = decodeURIComponentSafe(childText(item, 'wp:post_name').trim());
  const slug =
    /^[a-z0-9]+(-[a-z0-9]+)*$/.test(postName) && postName.length <= 120 ? postName : undefined;
  const sourceKey = `wxr:${site.key}:${postId}`;
  const publishedAt = postTime(item, options.timeZone) ?? new Date(0).toISOString();
  const story = {
    edition,
    type: mapped.interview ? ('interview' as const) : ('news' as const),
    title,
    rubric,
    lead: lead.slice(0, 5000),
    blocks: blocks.slice(0, 2000),
    tags,
    ...(author ? { author } : {}),
    publishedAt,
    sourceKey,
    ...(slug ? { slug } : {}),
  };
  const featured = childrenNamed(item, 'wp:postmeta').find(
    (m) => childText(m, 'wp:meta_key') === '_thumbnail_id',
  );
  const featuredImage = featured ? childText(featured, 'wp:meta_value').trim() || null : null;
  const translationGroup = group ? `wxr:${site.key}:${group}` : null;
  const hash = createHash('sha256')
    .update(JSON.stringify([story, state, translationGroup, featuredImage]))
    .digest('hex');
  return {
    postId,
    sourceKey,
    state,
    story,
    translationGroup,
    legacyPaths: legacyPathsOf(site, item, postId),
    featuredImage,
    comments: childrenNamed(item, 'wp:comment').length,
    hash,
  };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
