// What every operation is given: the store, the clock, the editions and a logger.

import type { Edition, EditionCode } from '../domain/editions.js';
import type { Clock } from '../platform/clock.js';
import type { EventBus } from '../platform/events.js';
import type { Logger } from '../platform/logger.js';
import type { Presence } from '../platform/presence.js';
import type { SearchIndex } from '../search/port.js';
import type { Store } from '../storage/port.js';
import type { MediaDeps } from './media-deps.js';

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
}

export function editionOf(deps: Pick<Deps, 'editions'>, code: EditionCode): Edition {
  const edition = deps.editions.find((e) => e.code === code);
  if (!edition) throw new RangeError(`edition ${code} is not configured`);
  return edition;
}
