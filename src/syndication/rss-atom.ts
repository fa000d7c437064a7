// RSS 2.0 and Atom 1.0 documents of a feed, written with the `feed` package.

import { Feed, type Item } from 'feed';
import type { FeedItemView, FeedView } from './feed-model.js';
import { escapeAttr, escapeText, xmlSafe } from './xml.js';

/**
 * The `feed` package (through xml-js) escapes element text, but it breaks only the first
 * "]]>" of a CDATA section and does not escape "<" in attribute values. So every value is
 * made safe before it goes in: HTML fields are escaped HTML (which cannot hold "]]>"),
 * plain CDATA text has any "]]>" split, and attribute labels lose "<".
 */
const cdataText = (text: string) => xmlSafe(text).replace(/]]>/g, ']]\u200b>');
const attrLabel = (text: string) => xmlSafe(text).replace(/</g, '\uff1c');

function newFeed(view: FeedView): Feed {
  return new Feed({
    id: view.homeUrl,
    title: xmlSafe(view.title),
    description: xmlSafe(view.description),
    link: view.homeUrl,
    language: view.language,
    updated: view.updated,
    generator: false,
    copyright: xmlSafe(view.copyright),
    feedLinks: { rss: view.links['rss.xml'], atom: view.links['atom.xml'] },
  });
}

function baseItem(item: FeedItemView): Item {
  return {
    id: item.id,
    link: item.url,
    title: '',
    date: item.modified,
    published: item.published,
    description: escapeText(item.summary),
    content: item.html,
    // Length is unknown without fetching the file; 0 is what readers accept for "unknown".
    ...(item.image ? { enclosure: { url: item.image.url, type: item.image.type, length: 0 } } : {}),
  };
}

/** RSS 2.0 with content:encoded full text and dc:creator (RSS <author> must be an e-mail). */
export function toRss(view: FeedView): string {
  const feed = newFeed(view);
  for (const item of view.items)
    feed.addItem({
      ...baseItem(item),
      title: cdataText(item.title),
      // The category domain is a URL this site builds: no "&", "<" or quotes in it.
      category: item.categories.map((c) => ({ name: xmlSafe(c.name), domain: c.scheme })),
      ...(item.author
        ? { extensions: [{ name: 'dc:creator', objects: { _text: xmlSafe(item.author) } }] }
        : {}),
    });
  return feed.rss2();
}

/** Atom 1.0; titles and summaries are typed "html", so their text goes in escaped. */
export function toAtom(view: FeedView): string {
  const feed = newFeed(view);
  for (const item of view.items)
    feed.addItem({
      ...baseItem(item),
      title: escapeText(item.title),
      category: item.categories.map((c) => ({
        name: attrLabel(c.name),
        term: c.term,
        scheme: c.scheme,
      })),
      ...(item.authors.length
        ? { author: item.authors.map((a) => ({ name: xmlSafe(a.name), link: a.url })) }
        : {}),
    });
  const xml = feed.atom1();
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  if (!xml.includes(root)) throw new Error('unexpected Atom root from the feed package');
  // Atom states the language with xml:lang on the root; the package does not write it.
  return xml.replace(
    root,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeAttr(view.language)}">`,
  );
}
