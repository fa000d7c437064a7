// Reads RSS 2.0 and Atom feeds into news items (Atom tombstones withdraw the entry they name).

import { htmlBlocks, markupBlocks, textBlocks } from './markup-blocks.js';
import { emptyItem, isoTime, type NewsItem, type Rendition } from './news-item.js';
import { child, elements, text, type XmlNode } from './xml-tree.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = /^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/;
const DC = /^http:\/\/purl\.org\/dc\/elements\/1\.1\/?$/;
const MEDIA_RSS = /^http:\/\/search\.yahoo\.com\/mrss\/?$/;
const TOMBSTONES = 'http://purl.org/atompub/tombstones/1.0';

const stripTags = (html: string) =>
  htmlBlocks(html)
    .map((b) =>
      'content' in b && Array.isArray(b.content)
        ? b.content.map((r) => ('text' in r ? r.text : '')).join('')
        : '',
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Media RSS pictures (media:content of an image, alone or in a media:group) with their credit and description. */
function mediaRssPictures(node: XmlNode): Rendition[] {
  const media = (n: XmlNode, name: string) =>
    elements(n).filter((c) => c.name === name && MEDIA_RSS.test(c.uri));
  const texts = (n: XmlNode) => {
    const caption = media(n, 'description').map(text)[0]?.replace(/\s+/g, ' ').trim() ?? '';
    const credit = media(n, 'credit').map(text)[0]?.replace(/\s+/g, ' ').trim() ?? '';
    return { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
  };
  const out: Rendition[] = [];
  for (const holder of [node, ...media(node, 'group')])
    for (const c of media(holder, 'content')) {
      const href = (c.attrs.url ?? '').trim();
      const type = c.attrs.type ?? '';
      if (!href || !(c.attrs.medium === 'image' || /^image\//.test(type))) continue;
      const width = Number(c.attrs.width);
      const height = Number(c.attrs.height);
      out.push({
        href,
        contentType: type || 'image/*',
        ...(Number.isInteger(width) && width > 0 ? { width } : {}),
        ...(Number.isInteger(height) && height > 0 ? { height } : {}),
        ...texts(holder),
        ...texts(c),
      });
    }
  return out;
}

function rssItem(node: XmlNode, language: string): NewsItem {
  const guid = text(child(node, 'guid')) || text(child(node, 'link')) || text(child(node, 'title'));
  const item = emptyItem(guid);
  item.language = language;
  item.title = text(child(node, 'title'));
  const description = text(child(node, 'description'));
  const encoded = elements(node).find((c) => c.name === 'encoded' && CONTENT.test(c.uri));
  if (encoded) {
    item.blocks = htmlBlocks(text(encoded));
    item.lead = stripTags(description);
  } else item.blocks = htmlBlocks(description);
  item.publishedAt = isoTime(text(child(node, 'pubDate')));
  const creator = elements(node).find((c) => c.name === 'creator' && DC.test(c.uri));
  item.author = text(creator) || text(child(node, 'author'));
  item.tags = elements(node, 'category').map(text).filter(Boolean);
  const enclosure = child(node, 'enclosure');
  if (enclosure?.attrs.url && /^image\//.test(enclosure.attrs.type ?? ''))
    item.renditions.push({ href: enclosure.attrs.url, contentType: enclosure.attrs.type ?? '' });
  item.renditions.push(...mediaRssPictures(node));
  return item;
}

function atomText(node: XmlNode | undefined): {
  html: string | null;
  node: XmlNode | null;
  text: string;
} {
  if (!node) return { html: null, node: null, text: '' };
  const type = node.attrs.type ?? 'text';
  if (type === 'xhtml') return { html: null, node: child(node, 'div') ?? node, text: text(node) };
  if (type === 'html') return { html: text(node), node: null, text: '' };
  return { html: null, node: null, text: text(node) };
}

function atomEntry(node: XmlNode, language: string): NewsItem {
  const item = emptyItem(text(child(node, 'id')));
  item.language = node.attrs['xml:lang'] ?? language;
  item.title = text(child(node, 'title'));
  item.version = '';
  item.updatedAt = isoTime(text(child(node, 'updated')));
  item.publishedAt = isoTime(text(child(node, 'published'))) || item.updatedAt;
  const summary = atomText(child(node, 'summary'));
  item.lead = summary.html !== null ? stripTags(summary.html) : summary.text.replace(/\s+/g, ' ');
  const content = atomText(child(node, 'content'));
  item.blocks =
    content.html !== null
      ? htmlBlocks(content.html)
      : content.node
        ? markupBlocks({ ...content.node, children: content.node.children })
        : textBlocks(content.text);
  item.author = text(child(child(node, 'author'), 'name'));
  item.tags = elements(node, 'category')
    .map((c) => (c.attrs.label ?? c.attrs.term ?? '').trim())
    .filter(Boolean);
  return item;
}

/** The items of an RSS 2.0 or Atom feed; an error message when the document is neither. */
export function mapFeed(root: XmlNode, format: 'rss' | 'atom'): NewsItem[] | { refused: string } {
  if (format === 'rss') {
    if (root.name !== 'rss')
      return { refused: `not an RSS feed (the root element is <${root.name}>)` };
    const channel = child(root, 'channel');
    const language = text(child(channel, 'language'));
    return channel ? elements(channel, 'item').map((i) => rssItem(i, language)) : [];
  }
  if (root.name !== 'feed' || root.uri !== ATOM)
    return { refused: `not an Atom feed (the root element is <${root.name}>)` };
  const language = root.attrs['xml:lang'] ?? '';
  const out: NewsItem[] = [];
  for (const c of elements(root)) {
    if (c.name === 'entry' && c.uri === ATOM) out.push(atomEntry(c, language));
    else if (c.name === 'deleted-entry' && c.uri === TOMBSTONES && c.attrs.ref) {
      const gone = emptyItem(c.attrs.ref);
      gone.pubStatus = 'canceled';
      gone.edNote = text(child(c, 'comment')) || 'deleted by the sender';
      out.push(gone);
    }
  }
  return out;
}
