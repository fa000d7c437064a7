// Table types of old addresses and imported sources (migration 0014).

export interface LegacyPathTable {
  /** The key of normaliseLegacyPath: decoded path, no trailing slash, "?p=ID" kept. */
  path: string;
  story_id: number;
}

export interface ImportSourceTable {
  source_key: string;
  /** sha256 (hex) of what the importer mapped the last time it wrote the story. */
  content_hash: string;
}
