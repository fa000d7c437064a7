// What readers see of a live story: its entries for the page, the small head readers poll, and the numbered ranges.

import {
  POLL_SECONDS_CLOSED,
  POLL_SECONDS_OPEN,
  RANGE_SIZE,
  rangeCount,
  rangeIsFull,
  readerOrder,
  type LiveCoverage,
  type LiveEntry,
} from '../domain/live.js';
import type { Story } from '../domain/story.js';
import type { RangeState } from '../storage/live-port.js';
import type { Deps } from './deps.js';
import { isVisible } from './read-site.js';

/** A range as the head names it: its number, version (part of its address) and whether it is full. */
export interface RangeRef {
  n: number;
  version: number;
  full: boolean;
}

export interface LiveHead {
  storyId: number;
  open: boolean;
  startedAt: string | null;
  endedAt: string | null;
  /** The seq of the newest entry (0 before the first): a reader who has seen it is up to date. */
  lastSeq: number;
  rangeSize: number;
  ranges: RangeRef[];
  pinned: number | null;
  /** Seconds between two polls of the head. */
  poll: number;
  updatedAt: string;
}

export interface LiveRead {
  head: LiveHead;
  coverage: LiveCoverage | null;
  /** The entries readers see: pinned first, then newest first. */
  entries: LiveEntry[];
}

function head(
  story: Story,
  coverage: LiveCoverage | null,
  states: RangeState[],
  pinned: number | null,
): LiveHead {
  const lastSeq = coverage?.lastSeq ?? 0;
  const byRange = new Map(states.map((s) => [s.range, s]));
  const ranges = Array.from({ length: rangeCount(lastSeq) }, (_, n) => ({
    n,
    version: byRange.get(n)?.version ?? 0,
    full: rangeIsFull(n, lastSeq),
  }));
  const open = coverage === null || coverage.endedAt === null;
  return {
    storyId: story.id,
    open,
    startedAt: coverage?.startedAt ?? null,
    endedAt: coverage?.endedAt ?? null,
    lastSeq,
    rangeSize: RANGE_SIZE,
    ranges,
    pinned,
    poll: open ? POLL_SECONDS_OPEN : POLL_SECONDS_CLOSED,
    updatedAt: story.updatedAt,
  };
}

/** The live story of this id when readers may see it, else null. */
async function visibleLive(deps: Deps, storyId: number): Promise<Story | null> {
  const story = await deps.store.stories.findById(storyId);
  return story && story.type === 'live' && isVisible(deps, story) ? story : null;
}

/** Everything a live story's page shows, for a story readers see. */
export async function readLive(deps: Deps, story: Story): Promise<LiveRead> {
  const [coverage, all, states] = await Promise.all([
    deps.store.live.coverage(story.id),
    deps.store.live.listEntries(story.id),
    deps.store.live.rangeStates(story.id),
  ]);
  const entries = readerOrder(all);
  const pinned = entries.find((e) => e.pinned)?.id ?? null;
  return { head: head(story, coverage, states, pinned), coverage, entries };
}

/** The head readers poll; null when there is no such live story to read. */
export async function readLiveHead(deps: Deps, storyId: number): Promise<LiveHead | null> {
  const story = await visibleLive(deps, storyId);
  if (!story) return null;
  const [coverage, states, pinned] = await Promise.all([
    deps.store.live.coverage(story.id),
    deps.store.live.rangeStates(story.id),
    deps.store.live.pinnedEntry(story.id),
  ]);
  return head(story, coverage, states, pinned);
}

export interface LiveRange {
  storyId: number;
  n: number;
  version: number;
  full: boolean;
  /** Every entry of the range by seq, deleted ones too, so a reader's page drops them. */
  entries: LiveEntry[];
}

/** Range n of a live story as it is now; null when the story or the range is not there. */
export async function readLiveRange(
  deps: Deps,
  storyId: number,
  n: number,
): Promise<{ story: Story; range: LiveRange } | null> {
  const story = await visibleLive(deps, storyId);
  if (!story) return null;
  const coverage = await deps.store.live.coverage(story.id);
  if (!coverage || n >= rangeCount(coverage.lastSeq)) return null;
  const entries = await deps.store.live.listEntries(
    story.id,
    n * RANGE_SIZE + 1,
    (n + 1) * RANGE_SIZE,
  );
  return {
    story,
    range: {
      storyId: story.id,
      n,
      version: entries.reduce((sum, e) => sum + e.rev, 0),
      full: rangeIsFull(n, coverage.lastSeq),
      entries,
    },
  };
}
