// Reads NewsML-G2 documents (a newsItem, a newsMessage of items, a packageItem) into news items.

import { isStoryType } from '../../domain/story.js';
import { htmlBlocks, markupBlocks, textBlocks } from './markup-blocks.js';
import {
  emptyItem,
  isoTime,
  type NewsItem,
  type NewsPubStatus,
  type Rendition,
} from './news-item.js';
import { child, elements, text, type XmlNode } from './xml-tree.js';

/** A package's reference to an item: its guid, the file or URL it may be at, and its class. */
export interface ItemRef {
  guid: string;
  href: string;
  itemClass: string;
  title: string;
}

export interface NewsmlPackage {
  guid: string;
  version: string;
  title: string;
  refs: ItemRef[];
}

export type NewsmlDocument = { items: NewsItem[]; packages: NewsmlPackage[] };

const NAR = /^http:\/\/iptc\.org\/std\/nar\/2006-10-01\/?$/;

function pubStatus(qcode: string): NewsPubStatus {
  const code = qcode.replace(/^[^:]*:/, '').toLowerCase();
  return code === 'withheld' ? 'withheld' : code === 'canceled' ? 'canceled' : 'usable';
}

function nameOf(node: XmlNode): string {
  return text(child(node, 'name')) || text(node);
}

function renditionOf(node: XmlNode): Rendition | null {
  const href = (node.attrs.href ?? '').trim();
  if (!href) return null;
  const width = Number(node.attrs.width);
  const height = Number(node.attrs.height);
  return {
    href,
    contentType: node.attrs.contenttype ?? '',
    name: node.attrs.rendition ?? '',
    ...(Number.isInteger(width) && width > 0 ? { width } : {}),
    ...(Number.isInteger(height) && height > 0 ? { height } : {}),
  };
}

function bodyOf(contentSet: XmlNode | undefined): NewsItem['blocks'] {
  if (!contentSet) return [];
  const inline = child(contentSet, 'inlineXML');
  if (inline) {
    const lowered = (n: XmlNode | string): XmlNode | string =>
      typeof n === 'string'
        ? n
        : { ...n, name: n.name.toLowerCase(), children: n.children.map(lowered) };
    return markupBlocks(lowered(inline) as XmlNode);
  }
  const data = child(contentSet, 'inlineData');
  if (data) {
    const value = text(data);
    return /html/.test(data.attrs.contenttype ?? '') ? htmlBlocks(value) : textBlocks(value);
  }
  return [];
}

function newsItem(node: XmlNode): NewsItem {
  const item = emptyItem((node.attrs.guid ?? '').trim());
  item.version = node.attrs.version ?? '';
  const meta = child(node, 'itemMeta');
  const content = child(node, 'contentMeta');
  item.language = child(content, 'language')?.attrs.tag ?? node.attrs['xml:lang'] ?? '';
  item.pubStatus = pubStatus(child(meta, 'pubStatus')?.attrs.qcode ?? 'stat:usable');
  item.edNote = text(child(meta, 'edNote'));
  const itemClass = child(meta, 'itemClass')?.attrs.qcode ?? '';
  item.updatedAt = isoTime(text(child(meta, 'versionCreated')));
  item.publishedAt =
    isoTime(text(child(content, 'contentCreated'))) ||
    isoTime(text(child(meta, 'firstCreated'))) ||
    item.updatedAt;
  for (const link of elements(meta ?? node, 'link')) {
    const lang = link.attrs['xml:lang'] ?? '';
    const ref = (link.attrs.residref ?? '').trim();
    if (ref && lang && lang !== item.language) item.translations.push(ref);
  }
  if (content) {
    const headlines = elements(content, 'headline');
    item.title = text(headlines.find((h) => /main/.test(h.attrs.role ?? '')) ?? headlines[0]);
    const descriptions = elements(content, 'description');
    const summary =
      descriptions.find((d) => /summary/.test(d.attrs.role ?? '')) ??
      descriptions.find((d) => !/caption/.test(d.attrs.role ?? ''));
    item.lead = text(summary).replace(/\s+/g, ' ');
    const caption = descriptions.find((d) => /caption/.test(d.attrs.role ?? ''));
    const creator = child(content, 'creator');
    item.author = text(child(content, 'by')) || (creator ? nameOf(creator) : '');
    item.slug = text(child(content, 'slugline'));
    const genre = child(content, 'genre')
      ?.attrs.qcode?.replace(/^genre:/, '')
      .toLowerCase();
    if (genre && isStoryType(genre)) item.type = genre;
    for (const subject of elements(content, 'subject')) {
      const name = nameOf(subject);
      if (!name) continue;
      const type = subject.attrs.type ?? '';
      if (/geoArea|poi/.test(type)) item.places.push(name);
      else if (/person/.test(type)) item.people.push(name);
      else if (!type && !subject.attrs.qcode && subject.attrs.uri) item.sections.push(name);
      else item.subjects.push(name);
    }
    for (const keyword of elements(content, 'keyword'))
      if (text(keyword)) item.tags.push(text(keyword));
    const located = text(child(child(content, 'located'), 'name'));
    if (located && !item.places.includes(located)) item.places.push(located);
    if (caption && itemClass === 'ninat:picture' && !item.lead) item.lead = text(caption);
  }
  if (itemClass === 'ninat:picture') item.type = 'photo';
  const contentSet = child(node, 'contentSet');
  item.blocks = bodyOf(contentSet);
  // A picture item's caption and credit line go with its files.
  const captionNode = content
    ? elements(content, 'description').find((d) => /caption/.test(d.attrs.role ?? ''))
    : undefined;
  const caption = text(captionNode).replace(/\s+/g, ' ').trim();
  const credit = text(child(content, 'creditline')).replace(/\s+/g, ' ').trim();
  if (contentSet)
    for (const remote of elements(contentSet, 'remoteContent')) {
      const r = renditionOf(remote);
      if (r)
        item.renditions.push({
          ...r,
          ...(caption ? { caption } : {}),
          ...(credit ? { credit } : {}),
        });
    }
  return item;
}

function packageItem(node: XmlNode): NewsmlPackage {
  const refs: ItemRef[] = [];
  const walk = (n: XmlNode) => {
    for (const c of elements(n)) {
      if (c.name === 'itemRef')
        refs.push({
          guid: (c.attrs.residref ?? '').trim(),
          href: (c.attrs.href ?? '').trim(),
          itemClass: child(c, 'itemClass')?.attrs.qcode ?? '',
          title: text(child(c, 'title')),
        });
      else walk(c);
    }
  };
  walk(child(node, 'groupSet') ?? node);
  return {
    guid: node.attrs.guid ?? '',
    version: node.attrs.version ?? '',
    title:
      text(child(child(node, 'contentMeta'), 'headline')) ||
      text(child(child(node, 'itemMeta'), 'title')),
    refs,
  };
}

/** The items and packages of a NewsML-G2 document; a root G2 does not know is an error message. */
export function mapNewsml(root: XmlNode): NewsmlDocument | { refused: string } {
  if (!NAR.test(root.uri))
    return { refused: `not a NewsML-G2 document (the root element is <${root.name}>)` };
  const out: NewsmlDocument = { items: [], packages: [] };
  const take = (n: XmlNode) => {
    if (n.name === 'newsItem') out.items.push(newsItem(n));
    else if (n.name === 'packageItem') out.packages.push(packageItem(n));
  };
  if (root.name === 'newsMessage')
    for (const set of elements(root, 'itemSet')) elements(set).forEach(take);
  else if (root.name === 'newsItem' || root.name === 'packageItem') take(root);
  else return { refused: `not a NewsML-G2 news item or package (<${root.name}>)` };
  return out;
}
