// The context each renderer gets beside the story: edition, rubric, author, tags and absolute URLs.

import type { CoverRead } from '../domain/cover.js';
import type { Edition } from '../domain/editions.js';
import type { Story } from '../domain/story.js';
import type { Author, Rubric, Tag } from '../domain/taxonomy.js';
import { paths } from '../domain/urls.js';
import { authorNameIn } from '../domain/authors.js';
import type { StoryBundle } from '../operations/read-syndication.js';
import { absoluteUrl } from './urls.js';

export interface LinkedTag {
  tag: Tag;
  url: string;
}

export interface LinkedTranslation {
  edition: Edition;
  story: Story;
  url: string;
}

/** An author named as the story's edition writes them, with their page. */
export interface LinkedAuthor {
  name: string;
  url: string;
}

export interface SyndicationContext {
  /** "https://report.az": where absolute URLs point. */
  origin: string;
  edition: Edition;
  /** Absolute URL of the story page. */
  url: string;
  rubric: Rubric;
  rubricUrl: string;
  parentRubric: Rubric | null;
  parentRubricUrl: string | null;
  author: Author | null;
  /** Every author in byline order, named in the story's edition. */
  authors: LinkedAuthor[];
  tags: LinkedTag[];
  translations: LinkedTranslation[];
  /** Set when the story goes to subscribers before it is public. */
  embargoedUntil: string | null;
  /** A withdrawn story is announced as canceled (killed) rather than withheld. */
  canceled?: boolean;
  /** The cover image, its texts resolved. */
  cover?: CoverRead | null;
}

function editionByCode(editions: readonly Edition[], code: string): Edition {
  const found = editions.find((e) => e.code === code);
  if (!found) throw new RangeError(`edition ${code} is not configured`);
  return found;
}

/** Absolute URL of a story in its edition under its rubric. */
export function storyPageUrl(origin: string, edition: Edition, rubric: Rubric, story: Story) {
  return absoluteUrl(origin, paths.story(edition, rubric.slug, story.slug));
}

/** Builds the renderers' context from what the read side loaded. */
export function contextOf(
  origin: string,
  editions: readonly Edition[],
  bundle: StoryBundle,
): SyndicationContext {
  const { story, rubric, parentRubric } = bundle;
  const edition = editionByCode(editions, story.edition);
  return {
    origin,
    edition,
    url: storyPageUrl(origin, edition, rubric, story),
    rubric,
    rubricUrl: absoluteUrl(origin, paths.rubric(edition, rubric.slug)),
    parentRubric,
    parentRubricUrl: parentRubric
      ? absoluteUrl(origin, paths.rubric(edition, parentRubric.slug))
      : null,
    author: bundle.author,
    authors: bundle.authors.map((a) => ({
      name: authorNameIn(a, edition.code),
      url: absoluteUrl(origin, paths.author(edition, a.slug)),
    })),
    tags: bundle.tags.map((tag) => ({
      tag,
      url: absoluteUrl(origin, paths.tag(edition, tag.slug)),
    })),
    translations: bundle.translations.map((t) => {
      const e = editionByCode(editions, t.story.edition);
      return { edition: e, story: t.story, url: storyPageUrl(origin, e, t.rubric, t.story) };
    }),
    embargoedUntil: bundle.embargoedUntil,
    cover: bundle.cover,
  };
}
