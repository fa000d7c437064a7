// A story as an IPTC NewsML-G2 2.35 newsItem with its body inline as XHTML, for subscribers.

import { cropUrl, CROPS } from '../domain/cover.js';
import type { Story } from '../domain/story.js';
import { storyHtml } from './body-html.js';
import type { SyndicationContext } from './context.js';
import { genreOf } from './genres.js';
import { mediaTopicOf } from './media-topics.js';
import { pubStatusOf, withdrawalNote } from './ninjs.js';
import { absoluteUrl, storyUrn } from './urls.js';
import { el, empty, Markup, xmlDocument, type Child } from './xml.js';

export const NEWSML_MEDIA_TYPE = 'application/vnd.iptc.g2.newsitem+xml';
const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const XHTML = 'http://www.w3.org/1999/xhtml';
/** The IPTC catalog that defines the qcode schemes used here (ninat, stat, medtop, genre, drol). */
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_32.xml';

function rightsInfo(story: Story, ctx: SyndicationContext): Markup {
  const year = (story.publishedAt ?? story.createdAt).slice(0, 4);
  const holder = ctx.edition.siteName;
  return el(
    'rightsInfo',
    null,
    el('copyrightHolder', { uri: ctx.origin }, el('name', null, holder)),
    el('copyrightNotice', null, `Copyright ${year} ${holder}`),
  );
}

function itemMeta(story: Story, ctx: SyndicationContext): Markup {
  const status = pubStatusOf(story, ctx);
  const first = [story.createdAt, story.publishedAt ?? story.createdAt].sort()[0]!;
  return el(
    'itemMeta',
    null,
    empty('itemClass', { qcode: 'ninat:text' }),
    el('provider', { uri: ctx.origin }, el('name', null, ctx.edition.siteName)),
    el('versionCreated', null, story.updatedAt),
    el('firstCreated', null, first),
    status === 'usable' && ctx.embargoedUntil ? el('embargoed', null, ctx.embargoedUntil) : null,
    empty('pubStatus', { qcode: `stat:${status}` }),
    status === 'usable' ? null : el('edNote', null, withdrawalNote(story, status)),
    empty('link', { rel: 'irel:seeAlso', href: ctx.url, contenttype: 'text/html' }),
    // The same story in the other editions: its guid (residref) and language.
    ctx.translations.map((t) =>
      empty('link', {
        rel: 'irel:seeAlso',
        href: t.url,
        residref: storyUrn(ctx.origin, t.story.id),
        contenttype: 'text/html',
        title: t.story.title,
        'xml:lang': t.edition.language,
      }),
    ),
  );
}

function subjects(ctx: SyndicationContext): Child[] {
  const out: Child[] = [];
  const topic = mediaTopicOf(ctx.rubric, ctx.parentRubric);
  if (topic)
    out.push(
      el(
        'subject',
        { type: 'cpnat:abstract', qcode: topic.qcode },
        el('name', { 'xml:lang': 'en' }, topic.name),
      ),
    );
  const rubrics = ctx.parentRubric
    ? [
        { r: ctx.parentRubric, url: ctx.parentRubricUrl! },
        { r: ctx.rubric, url: ctx.rubricUrl },
      ]
    : [{ r: ctx.rubric, url: ctx.rubricUrl }];
  for (const { r, url } of rubrics)
    out.push(el('subject', { uri: url, why: 'why:direct' }, el('name', null, r.name)));
  for (const t of ctx.tags) out.push(el('keyword', null, t.tag.name));
  return out;
}

function contentMeta(story: Story, ctx: SyndicationContext, usable: boolean): Markup {
  const genre = genreOf(story.type);
  return el(
    'contentMeta',
    null,
    story.publishedAt ? el('contentCreated', null, story.publishedAt) : null,
    el('contentModified', null, story.updatedAt),
    ...ctx.authors.map((a) => el('creator', { uri: a.url }, el('name', null, a.name))),
    empty('language', { tag: ctx.edition.language }),
    genre
      ? el('genre', { qcode: genre.qcode }, el('name', { 'xml:lang': 'en' }, genre.name))
      : null,
    subjects(ctx),
    el('slugline', null, story.slug),
    el('headline', null, story.title),
    ctx.authors.length ? el('by', null, ctx.authors.map((a) => a.name).join(', ')) : null,
    usable && story.lead.trim() ? el('description', { role: 'drol:summary' }, story.lead) : null,
  );
}

/** The cover image above the text: its 1200×630 crop at the focal point, alt text, caption and credit. */
function coverFigure(ctx: SyndicationContext): Markup | null {
  const cover = ctx.cover;
  if (!cover) return null;
  const src = absoluteUrl(ctx.origin, cropUrl(cover.image.key, 'share', cover.focus));
  const caption = [cover.caption, cover.credit].filter(Boolean).join(' ');
  return el(
    'figure',
    { class: 'cover' },
    el('img', { src, alt: cover.alt, width: CROPS.share.width, height: CROPS.share.height }),
    caption ? el('figcaption', null, caption) : null,
  );
}

function contentSet(story: Story, ctx: SyndicationContext): Markup {
  const body = new Markup(storyHtml(ctx.origin, story, ctx.edition));
  const xhtml = el(
    'html',
    { xmlns: XHTML, 'xml:lang': ctx.edition.language },
    el('head', null, el('title', null, story.title)),
    el(
      'body',
      null,
      coverFigure(ctx),
      story.lead.trim() ? el('p', { class: 'lead' }, story.lead) : null,
      body,
    ),
  );
  return el('contentSet', null, el('inlineXML', { contenttype: 'application/xhtml+xml' }, xhtml));
}

/** The story as a NewsML-G2 newsItem document; a withdrawn story keeps its headline, not its text. */
export function toNewsml(story: Story, ctx: SyndicationContext): string {
  const usable = pubStatusOf(story, ctx) === 'usable';
  const item = el(
    'newsItem',
    {
      xmlns: NAR,
      guid: storyUrn(ctx.origin, story.id),
      version: story.changeSeq ?? story.version,
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': ctx.edition.language,
    },
    empty('catalogRef', { href: IPTC_CATALOG }),
    rightsInfo(story, ctx),
    itemMeta(story, ctx),
    contentMeta(story, ctx, usable),
    usable ? contentSet(story, ctx) : null,
  );
  return xmlDocument(item);
}
