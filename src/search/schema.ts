// Table types of the search index, its own tables (SQLite and PostgreSQL keep different columns; see src/search/migrations).

/** The vocabulary for "did you mean": the same table on both databases. */
export interface SearchWordTable {
  edition: string;
  /** First character of key, and its length in characters: the probe of a misspelt word. */
  first: string;
  len: number;
  key: string;
  word: string;
  docs: number;
}

/** SQLite: where a story sits in the FTS5 table (its rowid, see doc-key.ts). */
export interface SqliteSearchDocTable {
  story_id: number;
  doc_key: number;
}

/** PostgreSQL: a story's filter fields, its weighted tsvector, the tsvector of its word pairs and that of its filter tokens. */
export interface PostgresSearchDocTable {
  story_id: number;
  edition: string;
  type: string;
  rubric_id: number;
  author_id: number | null;
  tag_ids: number[];
  public_sec: number | string | null;
  sort_sec: number | string;
  tsv: string;
  /** The story's word pairs (pairs.ts), without positions. */
  pairs: string;
  /** The story's filter tokens (filter-tokens.ts), without positions (migration 0012). */
  facets: string;
}

/** PostgreSQL: a copy of the story's tsvector for ranking, kept on the heap uncompressed (migration 0010). */
export interface PostgresSearchRankTable {
  story_id: number;
  sort_sec: number;
  tsv: string;
}

/** The tables search owns; the stories are read through the indexing port, never from here. */
/** Stories to (re)index after their change committed (migration 0027; search/index-queue.ts). */
export interface SearchQueueTable {
  story_id: number;
  /** Changes with every change of the story; the indexer removes the row only if it still holds the value it read. */
  seq: number | string;
}

export interface SearchDatabase {
  search_word: SearchWordTable;
  search_queue: SearchQueueTable;
}

export interface SqliteSearchDatabase extends SearchDatabase {
  search_doc: SqliteSearchDocTable;
}

export interface PostgresSearchDatabase extends SearchDatabase {
  search_doc: PostgresSearchDocTable;
  search_rank: PostgresSearchRankTable;
}
