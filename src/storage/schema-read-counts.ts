// Table types of read counts (migration 0022) and the hot-tags strip's trend settings (0023).

export interface ReadCountTable {
  story_id: number;
  /** Hours since 1970, UTC. */
  hour: number;
  views: number;
}

export interface ReadRecentTable {
  story_id: number;
  /** Five-minute slots since 1970, UTC. */
  slot: number;
  views: number;
}

export interface ReadSeenTable {
  /** "2026-12-07" (UTC) */
  day: string;
  hash: string;
}

export interface ReadSaltTable {
  day: string;
  salt: string;
}

export interface HotTagTrendTable {
  edition: string;
  follow: number;
}

export interface HotTagBlockTable {
  edition: string;
  tag_id: number;
}
