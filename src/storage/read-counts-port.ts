// The read counts port: readers' views per story per hour and per five minutes, counted once per reader a day. Not a story write.

import type { EditionCode } from '../domain/editions.js';

/** One view to count: the story, its reader's hash for the day (salted), when. */
export interface ReaderView {
  storyId: number;
  /** "2026-12-07" (UTC): the day the hash is salted for. */
  day: string;
  /** The reader's hash of (address, browser, story) with the day's salt; no address is kept. */
  hash: string;
  /** Hours since 1970 (UTC). */
  hour: number;
  /** Five-minute slots since 1970 (UTC). */
  slot: number;
}

export interface StoryViews {
  storyId: number;
  views: number;
}

/** Views of one story or tag (`key`) in one hour. */
export interface HourViews {
  key: number;
  hour: number;
  views: number;
}

export interface MostReadQuery {
  edition: EditionCode;
  /** Views from this hour on (hours since 1970). */
  fromHour: number;
  /** Only stories published by then (UTC ISO) and out of embargo: what the public sees. */
  now: string;
  /** Only stories of these rubrics (a rubric and its children); all when absent. */
  rubricIds?: readonly number[];
  limit: number;
}

export interface ReadCountRepo {
  /**
   * The day's salt: `fresh` when the day has none yet (the first process to ask sets it, the
   * others read it). Older days' salts and reader hashes are removed: a hash of a past day can
   * no longer be matched to anyone.
   */
  daySalt(day: string, fresh: string): Promise<string>;
  /**
   * Counts a batch in one transaction (the surrounding one or its own): a view whose reader hash
   * is new for its day adds one to its story's hour and five-minute slot; a repeated one, or one
   * of a story that does not exist, adds nothing. Answers how many views were counted.
   */
  record(views: readonly ReaderView[]): Promise<number>;
  /** The most read public stories of an edition since an hour, most views first. */
  mostRead(query: MostReadQuery): Promise<StoryViews[]>;
  /** A story's views per hour in [fromHour, toHour], hours without views left out. */
  storyHours(storyId: number, fromHour: number, toHour: number): Promise<HourViews[]>;
  /** The edition's public stories most read since a five-minute slot. */
  readSince(
    edition: EditionCode,
    fromSlot: number,
    now: string,
    limit: number,
  ): Promise<StoryViews[]>;
  /** Views of the edition's public stories (key: story id) in these hours. */
  storyHourViews(edition: EditionCode, hours: readonly number[], now: string): Promise<HourViews[]>;
  /** Views of the edition's public stories by tag (key: tag id) in these hours. */
  tagHourViews(edition: EditionCode, hours: readonly number[], now: string): Promise<HourViews[]>;
  /** Drops five-minute slots before `slot` (what is read now needs the last few). */
  pruneRecent(beforeSlot: number): Promise<void>;
}

/** Whether an edition's hot-tags strip follows the trend, and the tags it never takes. */
export interface HotTagTrendSettings {
  follow: boolean;
  blockedTagIds: number[];
}

export interface HotTagTrendRepo {
  settings(edition: EditionCode): Promise<HotTagTrendSettings>;
  /** Replaces the edition's settings; joins the surrounding transaction or opens one. */
  setSettings(edition: EditionCode, settings: HotTagTrendSettings): Promise<void>;
  /** The editions whose strip follows the trend. */
  following(): Promise<EditionCode[]>;
}
