// The search page of each edition (<prefix>search?q=) and the JSON search API (GET /api/search).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EDITION_CODES, type Edition, type EditionCode } from '../domain/editions.js';
import { errorMessage, LedeError } from '../domain/errors.js';
import { STORY_TYPES, typeLabel } from '../domain/story.js';
import { surrogate, surrogateHeader } from '../domain/surrogate-keys.js';
import { paths } from '../domain/urls.js';
import { defineRoute, type Surface } from '../http/define-route.js';
import { publicGate } from '../http/public-gate.js';
import { routeRegistry } from '../http/route-record.js';
import type { Deps } from '../operations/deps.js';
import { editionChrome } from '../operations/read-site.js';
import { searchPublic, MAX_SEARCH_PAGE, type SearchOutcome } from '../operations/search-stories.js';
import { detectLanguage } from '../search/analysis/language.js';
import { QuerySyntaxError, querySyntaxMessage } from '../search/query/parse-query.js';
import { partsToHtml } from '../search/snippet.js';
import {
  chromeView,
  firstPictureEager,
  PICTURE_SIZES,
  pictureOf,
  rubricLink,
} from './build-views.js';
import { pageCovers } from './cover-images.js';
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

const pageQuery = z.object({
  q: z.string().max(2000).optional(),
  sort: z.enum(['relevance', 'date']).optional(),
  page: z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).optional(),
});

/** The address of a search page; relevance and page 1 are left out. */
export function searchUrl(edition: Edition, q: string, sort: string, page = 1): string {
  const params = new URLSearchParams({ q });
  if (sort === 'date') params.set('sort', 'date');
  if (page > 1) params.set('page', String(page));
  return `${paths.search(edition)}?${params.toString()}`;
}

/** The edition's page for `?q=`: status 400 with the reason for a query it cannot run. */
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
  const chrome = await editionChrome(deps, edition.code);
  let outcome: SearchOutcome | null = null;
  let error: string | null = parsed.success ? null : errorMessage('invalid_input', edition.code);
  let status = parsed.success ? 200 : 400;
  if (parsed.success && q !== '') {
    try {
      outcome = await searchPublic(deps, { q, editions: [edition.code], sort, page });
    } catch (e) {
      if (e instanceof QuerySyntaxError) error = querySyntaxMessage(e.code, edition.code);
      else if (e instanceof LedeError && e.code === 'invalid_input')
        error = errorMessage('invalid_input', edition.code);
      else throw e;
      status = 400;
    }
  }
  const pages = outcome?.pages ?? 1;
  const covers = await pageCovers(
    deps,
    (outcome?.hits ?? []).map((h) => h.story),
  );
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
        const rubric = chrome.rubricById.get(hit.story.rubricId);
        const cover = covers.get(hit.story.id);
        return {
          ...(cover ? { picture: pictureOf(cover, PICTURE_SIZES.thumb) } : {}),
          id: hit.story.id,
          url: hit.url,
          title: hit.title,
          typeLabel: typeLabel(edition.code, hit.story.type),
          type: hit.story.type,
          publishedAt: hit.story.publishedAt ?? hit.story.updatedAt,
          rubric: rubric ? rubricLink(edition, rubric) : null,
          snippet: hit.snippet,
        };
      }),
    ),
    suggestion: outcome?.suggestion
      ? { name: outcome.suggestion, url: searchUrl(edition, outcome.suggestion, sort) }
      : null,
    sortLinks: {
      relevance: searchUrl(edition, q, 'relevance'),
      date: searchUrl(edition, q, 'date'),
    },
    pagination: {
      page,
      pages,
      prevUrl: outcome && page > 1 ? searchUrl(edition, q, sort, page - 1) : null,
      nextUrl: outcome && page < pages ? searchUrl(edition, q, sort, page + 1) : null,
    },
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
          url: hit.url,
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
