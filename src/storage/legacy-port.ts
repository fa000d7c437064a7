// The legacy port: old addresses that answer 301 to a story, and what an importer last wrote from each source.

export interface LegacyRepo {
  /** Points these old paths at the story (a path another story had moves to this one). */
  setPaths(storyId: number, paths: string[]): Promise<void>;
  /** The story an old path points at, or null. */
  findStoryId(path: string): Promise<number | null>;
  /** The content hash recorded for a source (sourceKey), or null when it was never imported. */
  importHash(sourceKey: string): Promise<string | null>;
  /** The hashes recorded for these sources (those never imported are left out). */
  importHashes(sourceKeys: readonly string[]): Promise<Map<string, string>>;
  setImportHash(sourceKey: string, hash: string): Promise<void>;
  /**
   * A bulk import's batch in two statements: each story's old paths (in the order given: a path
   * named twice goes to the later story) and each source's hash.
   */
  setImported(
    entries: readonly {
      storyId: number;
      paths: readonly string[];
      sourceKey: string;
      hash: string;
    }[],
  ): Promise<void>;
}
