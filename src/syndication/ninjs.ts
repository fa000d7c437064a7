// A story as an IPTC ninjs 2.2 news item, for subscribers of the content API.

import { bodyText, type Block } from '../domain/blocks.js';
import { cropUrl, CROPS, type CoverRead, type CropName } from '../domain/cover.js';
import { mediaSource } from '../domain/media.js';
import type { Story } from '../domain/story.js';
import { storyHtml } from './body-html.js';
import type { SyndicationContext } from './context.js';
import { genreOf, genreUri } from './genres.js';
import { mediaTopicOf, mediaTopicUri } from './media-topics.js';
import { absoluteUrl, storyUrn } from './urls.js';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';

export type PubStatus = 'usable' | 'withheld' | 'canceled';

/** usable when published; a withdrawn story is withheld, or canceled when killed for good. */
export function pubStatusOf(story: Story, ctx: Pick<SyndicationContext, 'canceled'>): PubStatus {
  if (story.status === 'published') return 'usable';
  return ctx.canceled ? 'canceled' : 'withheld';
}

interface NinjsSubject {
  name: string;
  uri: string;
  literal?: string;
  rel?: string;
}

/** The ninjs 2.2 document; only properties the schema knows (it forbids any other). */
export interface Ninjs {
  uri: string;
  type: 'text';
  representationtype: 'full' | 'partial';
  standard: { name: 'ninjs'; version: '2.2'; schema: string };
  version: string;
  firstcreated: string;
  versioncreated: string;
  contentcreated?: string;
  embargoed?: string;
  pubstatus: PubStatus;
  language: string;
  copyrightholder: string;
  slugline: string;
  headlines: { role: string; value: string }[];
  descriptions?: { role: string; contenttype: string; value: string }[];
  bodies?: {
    role: string;
    contenttype: string;
    value: string;
    charcount?: number;
    wordcount?: number;
  }[];
  by?: string;
  subjects?: NinjsSubject[];
  genres?: { name: string; uri?: string; literal: string }[];
  altids: { role: string; value: string }[];
  ednote?: string;
  associations?: (TextAssociation | PictureAssociation)[];
}

export interface TextAssociation {
  name: string;
  uri: string;
  type: 'text';
  language: string;
  headlines: { role: string; value: string }[];
  altids: { role: string; value: string }[];
}

/** A picture of the story (its cover, a gallery's pictures) with a rendition per file Lede has. */
export interface PictureAssociation {
  name: string;
  uri: string;
  type: 'picture';
  headlines?: { role: string; value: string }[];
  descriptions?: { role: string; contenttype: string; value: string }[];
  by?: string;
  renditions: {
    name: string;
    href: string;
    contenttype: string;
    width?: number;
    height?: number;
  }[];
}

/** The cover as a ninjs picture: the original, its WebP widths and the crops partners may use. */
export function coverAssociation(origin: string, cover: CoverRead): PictureAssociation {
  const { image } = cover;
  const ext = image.url.slice(image.url.lastIndexOf('.') + 1);
  const crop = (name: CropName) => ({
    name: `crop-${name}`,
    href: absoluteUrl(origin, cropUrl(image.key, name, cover.focus)),
    contenttype: 'image/jpeg',
    width: CROPS[name].width,
    height: CROPS[name].height,
  });
  return {
    name: 'cover',
    uri: absoluteUrl(origin, image.url),
    type: 'picture',
    ...(cover.alt ? { headlines: [{ role: 'alternative', value: cover.alt }] } : {}),
    ...(cover.caption
      ? { descriptions: [{ role: 'caption', contenttype: 'text/plain', value: cover.caption }] }
      : {}),
    ...(cover.credit ? { by: cover.credit } : {}),
    renditions: [
      {
        name: 'original',
        href: absoluteUrl(origin, image.url),
        contenttype: ext === 'jpg' ? 'image/jpeg' : `image/${ext}`,
        width: image.width,
        height: image.height,
      },
      ...image.variants.map((v) => ({
        name: `w${v.width}`,
        href: absoluteUrl(origin, v.url),
        contenttype: 'image/webp',
        width: v.width,
        height: v.height,
      })),
      crop('share'),
      crop('wide'),
      crop('standard'),
      crop('square'),
    ],
  };
}

/** A gallery's pictures as ninjs pictures, each with its file and (for Lede uploads) its widths. */
function galleryAssociations(origin: string, blocks: readonly Block[]): PictureAssociation[] {
  const out: PictureAssociation[] = [];
  for (const block of blocks) {
    if (block.type !== 'gallery') continue;
    for (const img of block.images) {
      const href = /^https?:\/\//i.test(img.src) ? img.src : absoluteUrl(origin, img.src);
      const media = mediaSource(img.src);
      out.push({
        name: `gallery-${out.length + 1}`,
        uri: href,
        type: 'picture',
        ...(img.alt ? { headlines: [{ role: 'alternative', value: img.alt }] } : {}),
        ...(img.caption
          ? { descriptions: [{ role: 'caption', contenttype: 'text/plain', value: img.caption }] }
          : {}),
        ...(img.credit ? { by: img.credit } : {}),
        renditions: [
          {
            name: 'original',
            href,
            contenttype: 'image/jpeg',
            ...((img.width ?? media?.width) ? { width: (img.width ?? media?.width)! } : {}),
            ...((img.height ?? media?.height) ? { height: (img.height ?? media?.height)! } : {}),
          },
          ...(media?.variants ?? []).map((v) => ({
            name: `w${v.width}`,
            href: absoluteUrl(origin, v.url),
            contenttype: 'image/webp',
            width: v.width,
            height: v.height,
          })),
        ],
      });
    }
  }
  return out;
}

/** The note to partners' editors that comes with a withdrawn or killed story. */
export function withdrawalNote(story: Story, status: PubStatus): string {
  const what =
    status === 'canceled'
      ? 'This story has been killed. Remove it from every platform.'
      : 'This story has been withdrawn. Do not use it until further notice.';
  const reason = story.unpublishedReason?.trim();
  return reason ? `${what} Reason: ${reason}` : what;
}

const words = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

function subjectsOf(ctx: SyndicationContext): NinjsSubject[] {
  const out: NinjsSubject[] = [];
  const topic = mediaTopicOf(ctx.rubric, ctx.parentRubric);
  if (topic) out.push({ name: topic.name, uri: mediaTopicUri(topic.qcode), literal: topic.qcode });
  if (ctx.parentRubric && ctx.parentRubricUrl)
    out.push({
      name: ctx.parentRubric.name,
      uri: ctx.parentRubricUrl,
      literal: ctx.parentRubric.slug,
      rel: 'section',
    });
  out.push({ name: ctx.rubric.name, uri: ctx.rubricUrl, literal: ctx.rubric.slug, rel: 'section' });
  for (const t of ctx.tags)
    out.push({ name: t.tag.name, uri: t.url, literal: t.tag.slug, rel: 'tag' });
  return out;
}

/** The story as ninjs 2.2. A withheld or canceled story keeps its headline and loses its text. */
export function toNinjs(story: Story, ctx: SyndicationContext): Ninjs {
  const pubstatus = pubStatusOf(story, ctx);
  const usable = pubstatus === 'usable';
  const first = [story.createdAt, story.publishedAt ?? story.createdAt].sort()[0]!;
  const genre = genreOf(story.type);
  const doc: Ninjs = {
    uri: storyUrn(ctx.origin, story.id),
    type: 'text',
    representationtype: usable ? 'full' : 'partial',
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA_URI },
    version: String(story.changeSeq ?? story.version),
    firstcreated: first,
    versioncreated: story.updatedAt,
    ...(story.publishedAt ? { contentcreated: story.publishedAt } : {}),
    ...(ctx.embargoedUntil && usable ? { embargoed: ctx.embargoedUntil } : {}),
    pubstatus,
    language: ctx.edition.language,
    copyrightholder: ctx.edition.siteName,
    slugline: story.slug,
    headlines: [{ role: 'main', value: story.title }],
    altids: [
      { role: 'lede:id', value: String(story.id) },
      { role: 'lede:url', value: ctx.url },
      ...(story.translationGroup
        ? [{ role: 'lede:translation-group', value: story.translationGroup }]
        : []),
    ],
    genres: [
      genre
        ? { name: genre.name, uri: genreUri(genre.qcode), literal: story.type }
        : { name: story.type, literal: story.type },
    ],
    subjects: subjectsOf(ctx),
  };
  // ninjs 2.2 has one byline ("people" are whom the story is about): every author, in order.
  if (ctx.authors.length) doc.by = ctx.authors.map((a) => a.name).join(', ');
  else if (ctx.author) doc.by = ctx.author.name;
  if (usable) {
    const text = bodyText(story.blocks);
    if (story.lead.trim())
      doc.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: story.lead }];
    doc.bodies = [
      {
        role: 'main',
        contenttype: 'text/html',
        value: storyHtml(ctx.origin, story, ctx.edition),
        charcount: text.length,
        wordcount: words(text),
      },
      { role: 'plain', contenttype: 'text/plain', value: text },
    ];
  } else {
    doc.ednote = withdrawalNote(story, pubstatus);
  }
  const pictures = usable
    ? [
        ...(ctx.cover ? [coverAssociation(ctx.origin, ctx.cover)] : []),
        ...galleryAssociations(ctx.origin, story.blocks),
      ]
    : [];
  if (pictures.length > 0) doc.associations = pictures;
  if (ctx.translations.length > 0)
    doc.associations = [
      ...(doc.associations ?? []),
      ...ctx.translations.map((t): TextAssociation => ({
        name: `translation-${t.edition.code}`,
        uri: storyUrn(ctx.origin, t.story.id),
        type: 'text',
        language: t.edition.language,
        headlines: [{ role: 'main', value: t.story.title }],
        altids: [{ role: 'lede:url', value: t.url }],
      })),
    ];
  return doc;
}
