// JSON Feed 1.1 of a feed, written by hand (the `feed` package only writes version 1).

import type { FeedView } from './feed-model.js';

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  content_text: string;
  summary?: string;
  date_published: string;
  date_modified: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language: string;
  image?: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** The feed as a JSON Feed 1.1 object (https://jsonfeed.org/version/1.1). */
export function toJsonFeed(view: FeedView): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: view.title,
    home_page_url: view.homeUrl,
    feed_url: view.links['feed.json'],
    description: view.description,
    language: view.language,
    items: view.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.html,
      content_text: item.text,
      ...(item.summary.trim() ? { summary: item.summary } : {}),
      date_published: item.published.toISOString(),
      date_modified: item.modified.toISOString(),
      ...(item.authors.length
        ? { authors: item.authors.map((a) => ({ name: a.name, url: a.url })) }
        : {}),
      ...(item.categories.length > 0 ? { tags: item.categories.map((c) => c.name) } : {}),
      language: item.language,
      ...(item.image ? { image: item.image.url } : {}),
    })),
  };
}
