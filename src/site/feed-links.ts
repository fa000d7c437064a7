// The feeds a page announces in its head: the edition's RSS, Atom and JSON Feed, and its rubric's or tag's.

import type { Edition } from '../domain/editions.js';
import type { Rubric, Tag } from '../domain/taxonomy.js';
import { paths } from '../domain/urls.js';
import type { FeedLinkView } from './view-models.js';

const FORMATS: { file: string; type: FeedLinkView['type']; name: string }[] = [
  { file: 'rss.xml', type: 'application/rss+xml', name: 'RSS' },
  { file: 'atom.xml', type: 'application/atom+xml', name: 'Atom' },
  { file: 'feed.json', type: 'application/feed+json', name: 'JSON Feed' },
];

/** An absolute URL of a site path on the public origin. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, `${origin}/`).href;
}

function linksOf(origin: string, base: string, title: string): FeedLinkView[] {
  return FORMATS.map((f) => ({
    type: f.type,
    title: `${title} (${f.name})`,
    url: absoluteUrl(origin, `${base}${f.file}`),
  }));
}

/**
 * The feed links of a page: the edition's always; a rubric or tag page's own first. The paths
 * are the ones syndication/feed-routes.ts serves ("<rubric>/rss.xml", "tags/<tag>/rss.xml").
 */
export function feedLinks(
  origin: string,
  edition: Edition,
  scope: { rubric?: Rubric; tag?: Tag; author?: { slug: string; name: string } } = {},
): FeedLinkView[] {
  const site = edition.siteName;
  const own = scope.author
    ? linksOf(origin, paths.author(edition, scope.author.slug), `${scope.author.name} — ${site}`)
    : scope.rubric
      ? linksOf(origin, paths.rubric(edition, scope.rubric.slug), `${scope.rubric.name} — ${site}`)
      : scope.tag
        ? linksOf(origin, `${paths.tag(edition, scope.tag.slug)}/`, `${scope.tag.name} — ${site}`)
        : [];
  return [...own, ...linksOf(origin, paths.home(edition), site)];
}
