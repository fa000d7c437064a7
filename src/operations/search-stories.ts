// Search: the public site's and the newsroom's, one use case with the visibility rule and filters applied here.

import { can, type Actor } from '../domain/actor.js';
import { parseDay, zonedToUtc } from '../domain/dates.js';
import type { EditionCode } from '../domain/editions.js';
import { LedeError } from '../domain/errors.js';
import type { StoryType } from '../domain/story.js';
import { analyze } from '../search/analysis/analyze.js';
import { detectLanguage } from '../search/analysis/language.js';
import { correction, probeFor, typedWords, vocabularyKey } from '../search/did-you-mean.js';
import type { SearchFilters, SearchScope, SearchSort } from '../search/port.js';
import { analyzeQuery, type AnalyzedQuery } from '../search/query/analyze-query.js';
import { parseQuery, type QueryNode } from '../search/query/parse-query.js';
import { highlight, positiveStems, snippet, type TextPart } from '../search/snippet.js';
import { searchBodyText } from '../search/search-doc.js';
import { editionOf, type Deps } from './deps.js';
import { isVisible, PAGE_SIZE } from './read-site.js';
import { readStories, type StoryRead } from './story-read-model.js';

/** Pages past this one are not served (20 × 500 = 10,000 results). */
export const MAX_SEARCH_PAGE = 500;
/** Fewer results than this, and a misspelt word gets a "did you mean". */
const SUGGEST_BELOW = 5;

export interface SearchInput {
  /** What the reader typed (see parseQuery). */
  q: string;
  /** Editions searched; all of them when empty. */
  editions: EditionCode[];
  /** Rubric slug (the rubric and its sub-rubrics). */
  rubric?: string;
  /** Tag slug. */
  tag?: string;
  type?: StoryType;
  /** Author name. */
  author?: string;
  /** Local days "YYYY-MM-DD" of the edition's time zone, both included. */
  from?: string;
  to?: string;
  sort?: SearchSort;
  page?: number;
  /** Newsroom: drafts, scheduled, embargoed and withdrawn stories too (needs the write right). */
  includeUnpublished?: boolean;
}

/** A found story through the read model (story, rubric path, author, `path`: its public address). */
export interface SearchHit extends StoryRead {
  title: TextPart[];
  snippet: TextPart[];
  score: number;
}

export interface SearchOutcome {
  /** Stories found, counted up to COUNT_LIMIT (10,000). */
  total: number;
  /** More than COUNT_LIMIT: the total is a lower bound and the list is newest first. */
  capped: boolean;
  page: number;
  pages: number;
  hits: SearchHit[];
  /** The query with misspelt words corrected, when that finds stories; null otherwise. */
  suggestion: string | null;
}

function dayStart(deps: Deps, edition: EditionCode, day: string, field: string): number {
  const parts = parseDay(day);
  if (!parts) throw new LedeError('invalid_input', `${field} must be a day such as 2025-12-05`);
  const zone = editionOf(deps, edition).timeZone;
  return Math.floor(zonedToUtc(parts.year, parts.month, parts.day, 0, 0, zone).getTime() / 1000);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

async function resolveFilters(
  deps: Deps,
  editions: EditionCode[],
  input: SearchInput,
): Promise<SearchFilters> {
  const filters: SearchFilters = {};
  if (input.rubric !== undefined) {
    const ids: number[] = [];
    for (const edition of editions) {
      const rubric = await deps.store.taxonomy.findRubricBySlug(edition, input.rubric);
      if (!rubric) continue;
      const all = await deps.store.taxonomy.listRubrics(edition);
      ids.push(rubric.id, ...all.filter((r) => r.parentId === rubric.id).map((r) => r.id));
    }
    if (ids.length === 0) throw new LedeError('invalid_input', `no rubric "${input.rubric}"`);
    filters.rubricIds = ids;
  }
  if (input.tag !== undefined) {
    const ids: number[] = [];
    for (const edition of editions) {
      const tag = await deps.store.taxonomy.findTagBySlug(edition, input.tag);
      if (tag) ids.push(tag.id);
    }
    if (ids.length === 0) throw new LedeError('invalid_input', `no tag "${input.tag}"`);
    filters.tagIds = ids;
  }
  if (input.author !== undefined) {
    const author = await deps.store.taxonomy.findAuthor(input.author);
    if (!author) throw new LedeError('invalid_input', `no author "${input.author}"`);
    filters.authorIds = [author.id];
  }
  if (input.type !== undefined) filters.types = [input.type];
  const zoneOf = editions[0]!;
  if (input.from !== undefined) filters.fromSec = dayStart(deps, zoneOf, input.from, 'from');
  if (input.to !== undefined) {
    dayStart(deps, zoneOf, input.to, 'to');
    filters.toSec = dayStart(deps, zoneOf, nextDay(input.to), 'to');
  }
  return filters;
}

/** Which editions' unpublished stories the actor may search: those it may write in. */
function unpublishedEditions(
  actor: Actor | null,
  editions: EditionCode[],
  asked: boolean,
): EditionCode[] {
  if (!asked) return [];
  if (actor === null) throw new LedeError('unauthenticated', 'sign in to search drafts');
  const allowed = editions.filter((e) => can(actor, 'write', e));
  if (allowed.length === 0)
    throw new LedeError('forbidden', 'may not search unpublished stories of these editions');
  return allowed;
}

function replaceWord(input: string, typed: string, word: string): string {
  const at = input.indexOf(typed);
  return at < 0 ? input : input.slice(0, at) + word + input.slice(at + typed.length);
}

async function suggest(
  deps: Deps,
  parsed: QueryNode,
  input: string,
  lang: EditionCode,
  run: (query: AnalyzedQuery) => Promise<number>,
): Promise<string | null> {
  let corrected = input;
  let changed = false;
  for (const typed of new Set(typedWords(parsed))) {
    const key = vocabularyKey(typed, lang);
    if (key === null) continue;
    const candidates = await deps.store.search.vocabulary(probeFor(key, lang));
    const stemOf = (word: string) => analyze(word, lang).join(' ');
    const fix = correction(key, candidates, stemOf, stemOf(typed));
    if (!fix) continue;
    corrected = replaceWord(corrected, typed, fix.word);
    changed = true;
  }
  if (!changed) return null;
  try {
    const total = await run(analyzeQuery(parseQuery(corrected), lang));
    return total > 0 ? corrected : null;
  } catch {
    return null;
  }
}

async function runSearch(
  deps: Deps,
  input: SearchInput,
  editions: EditionCode[],
  unpublished: EditionCode[],
): Promise<SearchOutcome> {
  const lang: EditionCode = editions.length === 1 ? editions[0]! : detectLanguage(input.q);
  const parsed = parseQuery(input.q);
  const query = analyzeQuery(parsed, lang);
  const filters = await resolveFilters(deps, editions, input);
  const page = input.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > MAX_SEARCH_PAGE)
    throw new LedeError('invalid_input', `page must be between 1 and ${MAX_SEARCH_PAGE}`);
  const now = deps.clock.now();
  const scope: SearchScope = {
    editions,
    unpublishedEditions: unpublished,
    nowSec: Math.floor(now.getTime() / 1000),
  };
  const sort = input.sort ?? 'relevance';
  const found = await deps.store.search.query({
    query,
    scope,
    filters,
    sort,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const stems = positiveStems(query);
  const loaded = new Map(
    (await deps.store.stories.findByIds(found.hits.map((h) => h.id))).map((s) => [s.id, s]),
  );
  // The index and the site apply the same rule; a story changed this very second is left out.
  const shown = found.hits.flatMap((ref) => {
    const story = loaded.get(ref.id);
    return story && (unpublished.includes(story.edition) || isVisible(deps, story))
      ? [{ story, score: ref.score }]
      : [];
  });
  const reads = await readStories(
    deps,
    shown.map((h) => h.story),
  );
  const hits: SearchHit[] = reads.map((read, i) => {
    const { story } = read;
    const text = `${story.lead}\n\n${searchBodyText(story.blocks)}`;
    return {
      ...read,
      title: highlight(story.title, story.edition, stems),
      snippet: snippet(text, story.edition, stems),
      score: shown[i]!.score,
    };
  });
  const suggestion =
    found.total < SUGGEST_BELOW && editions.length === 1
      ? await suggest(deps, parsed, input.q, lang, async (corrected) => {
          const check = await deps.store.search.query({
            query: corrected,
            scope: { ...scope, unpublishedEditions: [] },
            filters,
            sort: 'date',
            limit: 1,
            offset: 0,
          });
          return check.total;
        })
      : null;
  return {
    total: found.total,
    capped: found.capped,
    page,
    pages: Math.max(1, Math.min(MAX_SEARCH_PAGE, Math.ceil(found.total / PAGE_SIZE))),
    hits,
    suggestion,
  };
}

/** The public search: published stories past their embargo only. Throws QuerySyntaxError, LedeError. */
export async function searchPublic(deps: Deps, input: SearchInput): Promise<SearchOutcome> {
  const editions = input.editions.length > 0 ? input.editions : deps.editions.map((e) => e.code);
  return runSearch(deps, { ...input, includeUnpublished: false }, editions, []);
}

/**
 * The newsroom search: with `includeUnpublished`, also drafts, scheduled, embargoed and withdrawn
 * stories of the editions the actor may write in (unauthenticated or forbidden otherwise).
 */
export async function searchNewsroom(
  deps: Deps,
  actor: Actor | null,
  input: SearchInput,
): Promise<SearchOutcome> {
  const editions = input.editions.length > 0 ? input.editions : deps.editions.map((e) => e.code);
  const unpublished = unpublishedEditions(actor, editions, input.includeUnpublished === true);
  return runSearch(deps, input, editions, unpublished);
}
