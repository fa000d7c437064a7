// The search page of each edition (<prefix>search?q=) and the JSON search API (GET /api/search).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES, type Edition, type EditionCode } from '../domain/editions.js';
import { errorMessage, LedeError } from '../domain/errors.js';
import { STORY_TYPES, typeLabel, type StoryType } from '../domain/story.js';
import { surrogate, surrogateHeader } from '../domain/surrogate-keys.js';
import { paths } from '../domain/urls.js';
import { defineRoute, type Surface } from '../http/define-route.js';
import { publicGate } from '../http/public-gate.js';
import { routeRegistry } from '../http/route-record.js';
import type { Deps } from '../operations/deps.js';
import { editionChrome } from '../operations/read-site.js';
import { searchPublic, MAX_SEARCH_PAGE, type SearchOutcome } from '../operations/search-stories.js';
import { detectLanguage } from '../search/analysis/language.js';
import { parseQuery, QuerySyntaxError, querySyntaxMessage } from '../search/query/parse-query.js';
import { partsToHtml } from '../search/snippet.js';
import {
  chromeView,
  firstPictureEager,
  PICTURE_SIZES,
  pictureOf,
  rubricLink,
} from './build-views.js';
import { searchFilters } from './search-filters.js';
import { sideView } from './side-view.js';
import type { SearchPageView } from './view-models.js';
import { renderSearchPage } from './views/search-page.js';
import { searchStrings } from './views/search-strings.js';

const SLUG = z.string().regex(/^[a-z0-9][a-z0-9-]{0,199}$/);
const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day such as 2025-12-05');

const apiQuery = z
  .object({
    q: z.string().max(2000),
    edition: z.enum(EDITION_CODES).optional(),
    rubric: SLUG.optional(),
    tag: SLUG.optional(),
    type: z.enum(STORY_TYPES).optional(),
    author: z.string().min(1).max(200).optional(),
    from: DAY.optional(),
    to: DAY.optional(),
    sort: z.enum(['relevance', 'date']).optional(),
    page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).optional(),
  })
  .strict();

/** An empty field of the GET form is no filter. */
const blank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const pageQuery = z.object({
  q: z.string().max(2000).optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).optional(),
  rubric: blank(SLUG),
  type: blank(z.enum(STORY_TYPES)),
  from: blank(DAY),
  to: blank(DAY),
});

/** The filters of a search page, as its address carries them. */
export interface PageFilters {
  rubric?: string | undefined;
  type?: StoryType | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The address of a search page; relevance, page 1 and filters not in force are left out. */
export function searchUrl(
  edition: Edition,
  q: string,
  sort: string,
  page = 1,
  filters: PageFilters = {},
): string {
  const params = new URLSearchParams({ q });
  if (sort === 'date') params.set('sort', 'date');
  for (const key of ['rubric', 'type', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  return `${paths.search(edition)}?${params.toString()}`;
}

/** The query has words (though they may all be stopwords): it parses. */
function parses(q: string): boolean {
  try {
    parseQuery(q);
    return true;
  } catch {
    return false;
  }
}

/**
 * The edition's page for `?q=` and its filters: status 400 with the reason for a query it cannot
 * run; 200 with a note for one of common words only.
 */
export async function renderSearch(
  deps: Deps,
  edition: Edition,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const parsed = pageQuery.safeParse(req.query);
  const input = parsed.success ? parsed.data : {};
  const q = (input.q ?? '').trim();
  const sort = input.sort ?? 'relevance';
  const page = input.page ?? 1;
  const filters: PageFilters = {
    rubric: input.rubric,
    type: input.type,
    from: input.from,
    to: input.to,
  };
  const chrome = await editionChrome(deps, edition.code);
  let outcome: SearchOutcome | null = null;
  let error: string | null = parsed.success ? null : errorMessage('invalid_input', edition.code);
  let status = parsed.success ? 200 : 400;
  let onlyCommonWords = false;
  if (parsed.success && q !== '') {
    try {
      outcome = await searchPublic(deps, {
        q,
        editions: [edition.code],
        sort,
        page,
        ...(filters.rubric ? { rubric: filters.rubric } : {}),
        ...(filters.type ? { type: filters.type } : {}),
        ...(filters.from ? { from: filters.from } : {}),
        ...(filters.to ? { to: filters.to } : {}),
      });
    } catch (e) {
      if (e instanceof QuerySyntaxError && e.code === 'empty' && parses(q)) {
        // Words were typed, all too common to search ("the", "и", "və"): not the reader's mistake.
        onlyCommonWords = true;
      } else {
        if (e instanceof QuerySyntaxError) error = querySyntaxMessage(e.code, edition.code);
        else if (e instanceof LedeError && e.code === 'invalid_input')
          error = errorMessage('invalid_input', edition.code);
        else throw e;
        status = 400;
      }
    }
  }
  const side = await sideView(deps, edition, chrome);
  const pages = outcome?.pages ?? 1;
  const view: SearchPageView = {
    chrome: chromeView({
      edition,
      editions: deps.editions,
      chrome,
      title: q
        ? `${q} | ${searchStrings(edition.code).heading}`
        : searchStrings(edition.code).heading,
      canonical: paths.search(edition),
      robots: 'noindex, follow',
    }),
    query: q,
    sort,
    error,
    total: outcome ? outcome.total : null,
    capped: outcome?.capped ?? false,
    hits: firstPictureEager(
      (outcome?.hits ?? []).map((hit) => {
        const dateOnly = hit.story.publishedDateOnly === true && hit.story.publishedAt !== null;
        return {
          ...(hit.cover ? { picture: pictureOf(hit.cover, PICTURE_SIZES.thumb) } : {}),
          id: hit.story.id,
          url: hit.path,
          title: hit.title,
          typeLabel: typeLabel(edition.code, hit.story.type),
          type: hit.story.type,
          publishedAt: hit.story.publishedAt ?? hit.story.updatedAt,
          ...(dateOnly ? { dateOnly } : {}),
          rubric: rubricLink(edition, hit.rubric),
          snippet: hit.snippet,
        };
      }),
    ),
    suggestion: outcome?.suggestion
      ? { name: outcome.suggestion, url: searchUrl(edition, outcome.suggestion, sort, 1, filters) }
      : null,
    sortLinks: {
      relevance: searchUrl(edition, q, 'relevance', 1, filters),
      date: searchUrl(edition, q, 'date', 1, filters),
    },
    pagination: {
      page,
      pages,
      pagesExact: true,
      prevUrl: outcome && page > 1 ? searchUrl(edition, q, sort, page - 1, filters) : null,
      nextUrl: outcome && page < pages ? searchUrl(edition, q, sort, page + 1, filters) : null,
    },
    onlyCommonWords,
    filters: searchFilters(deps, edition, chrome, {
      q,
      sort,
      filters,
      url: (f) => searchUrl(edition, q, sort, 1, f),
    }),
    side,
  };
  if (status === 200) {
    // Purged with the edition's home page, which every story change of the edition purges.
    const keys = surrogateHeader([surrogate.edition(edition.code), surrogate.home(edition.code)]);
    reply.header('surrogate-key', keys).header('cache-tag', keys.replaceAll(' ', ','));
  }
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', status === 200 ? 'public, max-age=60' : 'public, max-age=30')
    .send(renderSearchPage(view));
}

const apiAnswer = z.object({
  total: z.number().int(),
  totalExact: z.boolean().describe('false past 10,000 matches: total is then a lower bound'),
  page: z.number().int(),
  pages: z.number().int(),
  suggestion: z.string().nullable().describe('a spelling that finds more, or null'),
  hits: z.array(
    z.object({
      id: z.number().int(),
      url: z.string(),
      title: z.string(),
      edition: z.enum(EDITION_CODES),
      type: z.enum(STORY_TYPES),
      publishedAt: z.iso.datetime().nullable(),
      snippet: z.string().describe('HTML: the matched words in <mark>'),
    }),
  ),
});

/** The language of an error: the edition asked for, else the language the query is written in. */
function errorLanguage(req: FastifyRequest): EditionCode {
  const parsed = apiQuery.safeParse(req.query);
  if (parsed.success && parsed.data.edition) return parsed.data.edition;
  const raw = (req.query as Record<string, unknown>).q;
  return detectLanguage(typeof raw === 'string' ? raw : '');
}

/** Errors of the search API: 400 `{ error, message, lang }`; others go on to the app's handler. */
function sendSearchError(req: FastifyRequest, reply: FastifyReply, e: unknown): FastifyReply {
  const lang = errorLanguage(req);
  const answer = (error: string, message: string) =>
    reply.code(400).header('cache-control', 'no-store').send({ error, message, lang });
  if (e instanceof QuerySyntaxError)
    return answer(`query_${e.code}`, querySyntaxMessage(e.code, lang));
  if (e instanceof LedeError && e.code === 'invalid_input')
    return answer('invalid_input', e.detail);
  throw e;
}

/** GET /api/search: published stories only, as {total, page, pages, hits, suggestion}. */
export function registerSearchApi(app: FastifyInstance, deps: Deps): void {
  const surface: Surface<'public', null> = {
    gate: publicGate,
    sendError: sendSearchError,
    registry: routeRegistry(app),
  };
  defineRoute(app, surface, {
    method: 'GET',
    url: '/api/search',
    permission: 'public',
    query: apiQuery,
    answer: 'json',
    doc: {
      summary: 'Search the published stories of every edition, or of one',
      description:
        'Errors answer 400 with `lang`, the language of the message: the edition asked for, ' +
        'else the language the query is written in.',
      tags: ['search'],
      response: apiAnswer,
    },
    handler: async ({ query: p, reply }) => {
      const outcome = await searchPublic(deps, {
        q: p.q,
        editions: p.edition ? [p.edition] : [],
        ...(p.rubric !== undefined ? { rubric: p.rubric } : {}),
        ...(p.tag !== undefined ? { tag: p.tag } : {}),
        ...(p.type !== undefined ? { type: p.type } : {}),
        ...(p.author !== undefined ? { author: p.author } : {}),
        ...(p.from !== undefined ? { from: p.from } : {}),
        ...(p.to !== undefined ? { to: p.to } : {}),
        ...(p.sort !== undefined ? { sort: p.sort } : {}),
        ...(p.page !== undefined ? { page: p.page } : {}),
      });
      return reply.header('cache-control', 'public, max-age=30').send({
        total: outcome.total,
        /** False past 10,000 matches: total is then a lower bound. */
        totalExact: !outcome.capped,
        page: outcome.page,
        pages: outcome.pages,
        suggestion: outcome.suggestion,
        hits: outcome.hits.map((hit) => ({
          id: hit.story.id,
          url: hit.path,
          title: hit.story.title,
          edition: hit.story.edition,
          type: hit.story.type,
          publishedAt: hit.story.publishedAt,
          snippet: partsToHtml(hit.snippet),
        })),
      });
    },
  });
}
