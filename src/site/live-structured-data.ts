// schema.org data of a live story's page: a LiveBlogPosting with its coverage times and each entry as a BlogPosting update.

import { bodyText } from '../domain/blocks.js';
import type { LiveEntry } from '../domain/live.js';
import { newsArticle, type ArticleInput } from './structured-data.js';

export interface LiveInput {
  /** When coverage began (the first entry, or the story's publication) and, once closed, ended. */
  coverageStartTime: string;
  coverageEndTime: string | null;
  /** The entries readers see, in the page's order. */
  entries: readonly LiveEntry[];
}

/** A headline of at most 110 characters from the entry's text. */
function headlineOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 110 ? `${line.slice(0, 109).trimEnd()}…` : line;
}

export function liveBlogPosting(input: ArticleInput, live: LiveInput): Record<string, unknown> {
  const { genre: _genre, ...article } = newsArticle(input);
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    coverageStartTime: live.coverageStartTime,
    ...(live.coverageEndTime ? { coverageEndTime: live.coverageEndTime } : {}),
    liveBlogUpdate: live.entries.map((e) => {
      const text = bodyText(e.blocks);
      return {
        '@type': 'BlogPosting',
        '@id': `${input.url}#entry-${e.id}`,
        url: `${input.url}#entry-${e.id}`,
        headline: headlineOf(text) || input.story.title,
        datePublished: e.postedAt,
        dateModified: e.editedAt ?? e.postedAt,
        ...(text ? { articleBody: text } : {}),
        author: { '@type': 'Person', name: e.authorName },
        inLanguage: input.edition.language,
      };
    }),
  };
}
