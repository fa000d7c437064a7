// The search index port: one contract for SQLite FTS5 and PostgreSQL tsvector, bound to the store's transaction.

import type { EditionCode } from '../domain/editions.js';
import type { StoryStatus, StoryType } from '../domain/story.js';
import type { StoryIndex } from '../storage/story-index-port.js';
import type { AnalyzedQuery } from './query/analyze-query.js';

/** A word of the index vocabulary: its normalised key ("azerbaycanin") and a form readers write ("azərbaycanın"). */
export interface VocabularyWord {
  key: string;
  word: string;
}

/** What the index keeps of a story: filter fields, the times it is sorted by, and the stems of its text. */
export interface SearchDoc {
  id: number;
  edition: EditionCode;
  status: StoryStatus;
  type: StoryType;
  rubricId: number;
  authorId: number | null;
  tagIds: number[];
  /** UTC seconds from which the public may find the story (published, past its embargo); null: never. */
  publicSec: number | null;
  /** UTC seconds search sorts and filters dates by: publicSec, else publishedAt, else updatedAt. */
  sortSec: number;
  titleStems: string[];
  leadStems: string[];
  bodyStems: string[];
  /** Distinct words of the text, for "did you mean". */
  words: VocabularyWord[];
}

export interface SearchFilters {
  /** A rubric and its sub-rubrics: any of them. */
  rubricIds?: number[];
  /** Any of these tags. */
  tagIds?: number[];
  types?: StoryType[];
  authorIds?: number[];
  /** UTC seconds bounds on sortSec: from inclusive, to exclusive. */
  fromSec?: number;
  toSec?: number;
}

/** Which stories a search may see. */
export interface SearchScope {
  /** Editions searched (at least one). */
  editions: EditionCode[];
  /** Editions whose stories count whatever their status or embargo (newsroom search). */
  unpublishedEditions: EditionCode[];
  /** UTC seconds "now": public stories must be public by then; recency is measured from it. */
  nowSec: number;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchRequest {
  query: AnalyzedQuery;
  scope: SearchScope;
  filters: SearchFilters;
  sort: SearchSort;
  limit: number;
  offset: number;
}

export interface SearchHitRef {
  id: number;
  /** Higher is better; comparable within one answer only. */
  score: number;
}

export interface SearchResult {
  /** Matches counted up to COUNT_LIMIT. */
  total: number;
  /** The count stopped at COUNT_LIMIT: there are at least that many matches. */
  capped: boolean;
  hits: SearchHitRef[];
}

export interface VocabularyEntry extends VocabularyWord {
  /** How many stories had the word when they were first indexed. */
  docs: number;
}

/**
 * Candidates for "did you mean": of each length in [minLength, maxLength], the VOCABULARY_PER_LENGTH
 * most frequent words of an edition starting with `first`; and `key` itself when it is known.
 */
export interface VocabularyProbe {
  edition: EditionCode;
  key: string;
  first: string;
  minLength: number;
  maxLength: number;
}

/** Candidates per length: a typo is corrected to a frequent word, so the rare tail is not read. */
export const VOCABULARY_PER_LENGTH = 200;

/**
 * "More like this": for each of a story's stems, which public stories of the scope hold it. The
 * caller weighs the stems (their weight in the story, their rarity: how many stories hold them)
 * and adds up each story's; the index only answers which stories hold which stem, the same on
 * both databases.
 */
export interface TermMatchRequest {
  /** Stems as the index keeps them (search-doc.ts), each asked of title, lead and body. */
  stems: string[];
  /** Editions and "now"; unpublished editions are not asked (related stories are public). */
  scope: Pick<SearchScope, 'editions' | 'nowSec'>;
  /** Per stem, at most this many stories, the newest: a stem in more is common. */
  perStem: number;
}

export interface TermMatches {
  /** The public stories of the scope, counted up to COUNT_LIMIT: what a stem's rarity is measured against. */
  stories: number;
  /** Per stem of the request, in its order: the ids of the stories holding it (the newest perStem). */
  matches: number[][];
}

/** The search index: the indexing port the store calls as it writes stories, and the searches. */
export interface SearchIndex extends StoryIndex {
  /** Adds or replaces the story's entry (call inside the transaction that writes the story). */
  write(doc: SearchDoc): Promise<void>;
  /** Adds stories new to the index in one go (bulk writes), inside the transaction that writes them. */
  writeMany(docs: SearchDoc[]): Promise<void>;
  remove(storyId: number): Promise<void>;
  /**
   * Indexes the queued stories (queue(), written with each story change) until the queue is
   * empty, one story at a time, each in a short transaction of its own, giving the event loop
   * back between slices of a story's text; returns how many it indexed. One drain at a time in a
   * process (a second call runs after the first); several processes may drain at once. Not
   * inside a transaction.
   */
  drain(): Promise<number>;
  /** How many stories wait in the queue. */
  queued(): Promise<number>;
  query(request: SearchRequest): Promise<SearchResult>;
  vocabulary(probe: VocabularyProbe): Promise<VocabularyEntry[]>;
  /** Per stem of the request (in its order), the ids of the public stories holding it. */
  termMatches(request: TermMatchRequest): Promise<TermMatches>;
  /**
   * Runs a large write (an import of thousands of stories) with the upkeep of the text indexes put
   * off to its end: PostgreSQL drops its GIN indexes and builds them anew afterwards, far quicker
   * than growing them story by story; SQLite runs it as it is. Searches meanwhile are slower, not
   * wrong. Not inside a transaction.
   */
  bulk<T>(write: () => Promise<T>): Promise<T>;
  /** Rebuilds the whole index from the stories (as a bulk write); returns how many stories it indexed. */
  rebuild(onProgress?: (done: number) => void): Promise<number>;
  /**
   * Builds the text indexes that an upgrade (or a bulk write cut short) left out; nothing when
   * they are there. Called as the store opens, after the migrations (by upgrade). Not inside a transaction.
   * `onStart` is called before any index is built.
   */
  restoreIndexes(onStart?: () => void): Promise<void>;
}

/**
 * Matches are counted up to this many. A query that matches more (a word in every third story) is
 * broad: its total is reported as "10,000+" and relevance lists it newest first, for ranking
 * hundreds of thousands of stories by bm25 costs more than it tells a reader of news; pages past
 * COUNT_LIMIT / page size are not served anyway. The same rule on both databases.
 */
export const COUNT_LIMIT = 10_000;

/**
 * Relevance ranks a query's newest RANK_WINDOW matches; a query with more (up to COUNT_LIMIT)
 * lists the rest after them, newest first. Ranking reads every ranked story's term positions
 * (a tsvector on PostgreSQL), so the window bounds its cost; a reader of news who gets more than
 * a thousand stories for a word is best served by the recent ones (a word in 700 stories a year
 * is ranked over its last year and a half). The same rule on both databases. It was 2,000: on
 * PostgreSQL at a million stories, held in shared buffers, one word's p95 went from 36.5 and
 * 37.2 ms to 29.7 and 24.7 ms in alternate runs on the same queries (bench/README.md).
 */
export const RANK_WINDOW = 1_000;

/** The parts of a page of relevance results: ranked rows within the window, then newest-first rows past it. */
export function relevancePage(
  offset: number,
  limit: number,
): {
  ranked: { offset: number; limit: number } | null;
  newest: { offset: number; limit: number } | null;
} {
  const end = offset + limit;
  return {
    ranked: offset < RANK_WINDOW ? { offset, limit: Math.min(end, RANK_WINDOW) - offset } : null,
    newest:
      end > RANK_WINDOW
        ? { offset: Math.max(offset, RANK_WINDOW), limit: end - Math.max(offset, RANK_WINDOW) }
        : null,
  };
}

/** The recency factor a relevance score is multiplied by: 1.5 today, 1.25 a year ago, → 1. */
export const RECENCY = { boost: 0.5, halfLifeDays: 365 } as const;

/** Weights of the text fields in relevance (title, lead, body), the same on both databases. */
export const FIELD_WEIGHTS = { title: 1.0, lead: 0.4, body: 0.1 } as const;
