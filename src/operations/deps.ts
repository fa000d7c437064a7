// What every operation is given: the store, the clock, the editions and a logger.

import type { Block } from '../domain/blocks.js';
import type { Edition, EditionCode } from '../domain/editions.js';
import type { Clock } from '../platform/clock.js';
import type { EventBus } from '../platform/events.js';
import type { Logger } from '../platform/logger.js';
import type { Presence } from '../platform/presence.js';
import type { SearchIndex } from '../search/port.js';
import type { Store } from '../storage/port.js';
import type { MediaDeps } from './media-deps.js';
import type { QueryMemo } from './query-memo.js';
import type { ReadCounter } from './read-counter.js';

export interface Deps {
  store: Store<SearchIndex>;
  clock: Clock;
  editions: Edition[];
  logger: Logger;
  events: EventBus;
  /** The site's public origin, for absolute URLs (feeds, sitemaps, the content API). */
  publicUrl: string;
  /** Who has which story open in the newsroom editor. */
  presence: Presence;
  /** Uploaded images: their files, how they are resized, the size limits. */
  media: MediaDeps;
  /**
   * The editor's schema check of a body (the newsroom's ProseMirror schema, wired by the server):
   * returns the blocks in canonical form, or throws an `invalid_input` LedeError naming the block.
   * The story write operation runs it on every body it writes.
   */
  checkBlocks: BlockCheck;
  /**
   * Readers' views (the beacon's buffer, written in batches) and the short-lived answers of most
   * read and trending; absent in one-shot commands and unit tests (reads then go to the store).
   */
  reads?: { counter: ReadCounter; memo: QueryMemo };
}

/** `offset`: the index of the first block in the whole body (a body checked in slices names the block by its place in the whole). */
export type BlockCheck = (blocks: readonly Block[], offset?: number) => Block[];

export function editionOf(deps: Pick<Deps, 'editions'>, code: EditionCode): Edition {
  const edition = deps.editions.find((e) => e.code === code);
  if (!edition) throw new RangeError(`edition ${code} is not configured`);
  return edition;
}
