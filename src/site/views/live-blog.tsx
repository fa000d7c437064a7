// A live story's entries on its page: status, key events, the pinned entry, then newest first, each with its anchor.

import { formatTime } from '../../domain/dates.js';
import type { Edition } from '../../domain/editions.js';
import type { LiveEntry } from '../../domain/live.js';
import type { LiveHead } from '../../operations/read-live.js';
import { DateTime } from './date-time.js';
import { liveStrings } from './live-strings.js';
import { StoryBody } from './story-body.js';

export interface LiveBlogView {
  head: LiveHead;
  /** This page's entries: pinned first (page 1), then newest first; deleted ones left out. */
  entries: LiveEntry[];
  /** Every key event of the story, newest first, with its link (on this page or another). */
  keyEvents: { entry: LiveEntry; url: string }[];
  /** Page 1 follows new entries (the head and the script); older pages do not. */
  headUrl: string | null;
  scriptUrl: string | null;
  olderUrl: string | null;
  newerUrl: string | null;
}

/** The words of an entry's first text block, for the key-events list. */
function summary(entry: LiveEntry): string {
  for (const block of entry.blocks)
    if (block.type === 'paragraph' || block.type === 'heading') {
      const text = block.content.map((r) => r.text).join('');
      if (text.trim()) return text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text;
    }
  return '';
}

export function LiveEntryItem({ entry, edition }: { entry: LiveEntry; edition: Edition }) {
  const t = liveStrings(edition.code);
  const classes = ['live-entry', entry.keyEvent ? 'key' : '', entry.pinned ? 'pinned' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      class={classes}
      id={`entry-${entry.id}`}
      data-seq={entry.seq}
      data-pinned={entry.pinned ? '1' : undefined}
    >
      <header class="live-entry-head">
        <a class="live-entry-time" href={`#entry-${entry.id}`}>
          <DateTime iso={entry.postedAt} edition={edition} mode="time" />
        </a>
        {entry.pinned && <span class="live-badge pinned">{t.pinned}</span>}
        {entry.keyEvent && <span class="live-badge key">{t.keyEvent}</span>}
        <span class="live-entry-author">{entry.authorName}</span>
        {entry.editedAt && (
          <span class="live-entry-updated">
            {t.updated}{' '}
            <time datetime={entry.editedAt}>
              {formatTime(new Date(entry.editedAt), edition.timeZone)}
            </time>
          </span>
        )}
      </header>
      <StoryBody blocks={entry.blocks} edition={edition.code} />
    </li>
  );
}

export function LiveBlog({ view, edition }: { view: LiveBlogView; edition: Edition }) {
  const t = liveStrings(edition.code);
  const { head, entries } = view;
  const { keyEvents } = view;
  return (
    <section
      class="live"
      id="live"
      aria-label={t.entries}
      data-head={view.headUrl ?? undefined}
      data-last-seq={head.lastSeq}
      data-versions={head.ranges.map((r) => r.version).join(',')}
      data-poll={head.poll}
      data-lang={edition.language}
      data-new-updates={JSON.stringify(t.newUpdates)}
    >
      <p class={head.open ? 'live-status open' : 'live-status ended'}>
        {head.open ? (
          <span class="live-dot">{t.live}</span>
        ) : (
          <>
            {t.ended}
            {head.endedAt && ': '}
            {head.endedAt && <DateTime iso={head.endedAt} edition={edition} />}
          </>
        )}
      </p>
      {keyEvents.length > 0 && (
        <nav class="key-events" aria-labelledby="key-events-heading">
          <h2 id="key-events-heading" class="label-title">
            {t.keyEvents}
          </h2>
          <ul>
            {keyEvents.map(({ entry: e, url }) => (
              <li>
                <a href={url}>
                  <DateTime iso={e.postedAt} edition={edition} mode="time" /> {summary(e)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {view.headUrl && (
        <div class="live-new" hidden>
          <button type="button" class="live-new-button"></button>
        </div>
      )}
      {view.newerUrl && (
        <p class="live-more">
          <a href={view.newerUrl}>{t.newerUpdates}</a>
        </p>
      )}
      {entries.length === 0 && <p class="live-empty">{t.noEntries}</p>}
      <ol class="live-entries" reversed>
        {entries.map((e) => (
          <LiveEntryItem entry={e} edition={edition} />
        ))}
      </ol>
      {view.olderUrl && (
        <p class="live-more">
          <a href={view.olderUrl} rel="next">
            {t.olderUpdates}
          </a>
        </p>
      )}
      {view.scriptUrl && <script src={view.scriptUrl} defer></script>}
    </section>
  );
}
