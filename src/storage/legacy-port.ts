// The legacy port: old addresses that answer 301 to a story, and what an importer last wrote from each source.

export interface LegacyRepo {
  /** Points these old paths at the story (a path another story had moves to this one). */
  setPaths(storyId: number, paths: string[]): Promise<void>;
  /** The story an old path points at, or null. */
  findStoryId(path: string): Promise<number | null>;
  /** The content hash recorded for a source (sourceKey), or null when it was never imported. */
  importHash(sourceKey: string): Promise<string | null>;
  setImportHash(sourceKey: string, hash: string): Promise<void>;
}
