// The live panel of a live story: one box to post an entry (Ctrl+Enter), the entries with edit, pin, key event, delete; close and reopen.

import type { Block } from '../../../domain/blocks.js';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  deleteEntry,
  editEntry,
  listEntries,
  postEntry,
  setCoverage,
  type LiveEntries,
  type LiveEntry,
} from '../api/live.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { blocksToText, textToBlocks } from './live-text.js';

/** Others post too: the list is read again this often while the panel is in sight. */
const REFRESH_MS = 5000;

const runs = (content: readonly { text: string }[]) => content.map((r) => r.text).join('');

/** An entry's block as the panel shows it: text, a quote with its source, a link to a picture or video. */
function BlockPreview({ block }: { block: Block }) {
  switch (block.type) {
    case 'quote':
      return (
        <blockquote>
          {block.content.map((p) => runs(p.content)).join(' ')}
          {block.cite && <cite> — {block.cite}</cite>}
        </blockquote>
      );
    case 'image':
    case 'embed': {
      const href = block.type === 'image' ? block.src : block.url;
      return (
        <p>
          <a href={href} target="_blank" rel="noopener">
            {block.type === 'image' ? '🖼' : '▶'} {href}
          </a>
        </p>
      );
    }
    default:
      return <p>{blocksToText([block])}</p>;
  }
}

const ctrlEnter = (e: KeyboardEvent) => e.key === 'Enter' && (e.ctrlKey || e.metaKey);

function EntryItem({
  entry,
  storyId,
  canEdit,
  onChanged,
}: {
  entry: LiveEntry;
  storyId: number;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const act = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
      setEditing(null);
      setDeleting(null);
      onChanged();
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    editing !== null &&
    textToBlocks(editing).length > 0 &&
    act(() => editEntry(storyId, entry.id, { blocks: textToBlocks(editing) }));

  if (entry.deletedAt)
    return (
      <li class="live-item deleted" data-testid="live-entry" data-entry-id={entry.id}>
        <p class="muted">
          {t('live.deleted', {
            time: formatTime(entry.deletedAt, language),
            note: entry.deleteNote ?? '',
          })}
        </p>
      </li>
    );
  return (
    <li
      class={`live-item${entry.pinned ? ' pinned' : ''}${entry.keyEvent ? ' key' : ''}`}
      data-testid="live-entry"
      data-entry-id={entry.id}
    >
      <p class="live-item-head">
        <time>{formatTime(entry.postedAt, language)}</time>
        <span>{entry.authorName}</span>
        {entry.pinned && <span class="chip">{t('live.pinned')}</span>}
        {entry.keyEvent && <span class="chip">{t('live.keyEvent')}</span>}
        {entry.editedAt && (
          <span class="muted">
            {t('live.updatedAt', { time: formatTime(entry.editedAt, language) })}
          </span>
        )}
      </p>
      {editing === null ? (
        <div class="live-item-text">
          {entry.blocks.map((block, i) => (
            <BlockPreview key={i} block={block} />
          ))}
        </div>
      ) : (
        <textarea
          class="live-box"
          aria-label={t('live.edit')}
          value={editing}
          rows={4}
          onInput={(e) => setEditing((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (ctrlEnter(e)) {
              e.preventDefault();
              void save();
            }
          }}
        />
      )}
      {deleting !== null && (
        <form
          class="live-delete"
          onSubmit={(e) => {
            e.preventDefault();
            if (deleting.trim()) void act(() => deleteEntry(storyId, entry.id, deleting.trim()));
          }}
        >
          <label>
            {t('live.deleteNote')}
            <input
              type="text"
              value={deleting}
              required
              onInput={(e) => setDeleting((e.target as HTMLInputElement).value)}
            />
          </label>
          <button type="submit" class="button small danger" disabled={busy}>
            {t('live.delete')}
          </button>
          <button type="button" class="button small subtle" onClick={() => setDeleting(null)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {canEdit && deleting === null && (
        <div class="live-actions">
          {editing === null ? (
            <button
              type="button"
              class="button small"
              onClick={() => setEditing(blocksToText(entry.blocks))}
            >
              {t('live.edit')}
            </button>
          ) : (
            <>
              <button
                type="button"
                class="button small primary"
                disabled={busy}
                onClick={() => void save()}
              >
                {t('live.save')}
              </button>
              <button type="button" class="button small subtle" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </button>
            </>
          )}
          <button
            type="button"
            class="button small"
            aria-pressed={entry.pinned}
            disabled={busy}
            onClick={() => void act(() => editEntry(storyId, entry.id, { pinned: !entry.pinned }))}
          >
            {entry.pinned ? t('live.unpin') : t('live.pin')}
          </button>
          <button
            type="button"
            class="button small"
            aria-pressed={entry.keyEvent}
            disabled={busy}
            onClick={() =>
              void act(() => editEntry(storyId, entry.id, { keyEvent: !entry.keyEvent }))
            }
          >
            {t('live.keyEvent')}
          </button>
          <button
            type="button"
            class="button small subtle"
            disabled={busy}
            onClick={() => setDeleting('')}
          >
            {t('live.delete')}
          </button>
        </div>
      )}
    </li>
  );
}

export function LivePanel({ storyId, canEdit }: { storyId: number; canEdit: boolean }) {
  const { t, language } = useI18n();
  const [data, setData] = useState<LiveEntries | null>(null);
  const [text, setText] = useState('');
  const [keyEvent, setKeyEvent] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const reload = useCallback(() => {
    listEntries(storyId).then(setData, (e: unknown) => setError(errorText(e, language)));
  }, [storyId, language]);

  useEffect(() => {
    reload();
    const timer = setInterval(() => {
      if (!document.hidden) reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const post = async () => {
    const blocks = textToBlocks(text);
    if (blocks.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      await postEntry(storyId, { blocks, keyEvent, pinned });
      setText('');
      setKeyEvent(false);
      setPinned(false);
      reload();
      box.current?.focus();
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  const coverage = data?.coverage ?? null;
  const open = !coverage || coverage.endedAt === null;
  const toggleCoverage = async () => {
    setError(null);
    try {
      setData(await setCoverage(storyId, !open));
    } catch (e) {
      setError(errorText(e, language));
    }
  };

  return (
    <section class="panel live-panel" aria-labelledby="live-title" data-testid="live-panel">
      <div class="live-panel-head">
        <h2 id="live-title" class="panel-title">
          {t('live.title')}
        </h2>
        <span class={open ? 'chip live-on' : 'chip'} data-testid="live-state">
          {open
            ? t('live.isOpen')
            : t('live.closedAt', { time: formatTime(coverage?.endedAt, language) })}
        </span>
        {canEdit && (
          <button type="button" class="button small subtle" onClick={() => void toggleCoverage()}>
            {open ? t('live.close') : t('live.reopen')}
          </button>
        )}
      </div>
      {canEdit && (
        <form
          class="live-form"
          onSubmit={(e) => {
            e.preventDefault();
            void post();
          }}
        >
          <label for="live-box" class="field-label">
            {t('live.newEntry')}
          </label>
          <textarea
            id="live-box"
            ref={box}
            class="live-box"
            rows={4}
            value={text}
            aria-describedby="live-hint"
            data-testid="live-box"
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            onKeyDown={(e) => {
              if (ctrlEnter(e)) {
                e.preventDefault();
                void post();
              }
            }}
          />
          <p id="live-hint" class="muted small">
            {t('live.hint')}
          </p>
          <div class="live-form-row">
            <label class="check">
              <input
                type="checkbox"
                checked={keyEvent}
                onChange={(e) => setKeyEvent((e.target as HTMLInputElement).checked)}
              />
              {t('live.keyEvent')}
            </label>
            <label class="check">
              <input
                type="checkbox"
                checked={pinned}
                onChange={(e) => setPinned((e.target as HTMLInputElement).checked)}
              />
              {t('live.pin')}
            </label>
            <span class="spacer" />
            <button type="submit" class="button primary" disabled={busy || !text.trim()}>
              {busy ? t('live.posting') : t('live.post')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {data && (
        <>
          <p class="muted small" data-testid="live-count">
            {t('live.count', { n: data.entries.filter((e) => !e.deletedAt).length })}
          </p>
          {data.entries.length === 0 ? (
            <p class="muted">{t('live.empty')}</p>
          ) : (
            <ol class="live-list">
              {data.entries.map((entry) => (
                <EntryItem
                  key={`${entry.id}:${entry.rev}`}
                  entry={entry}
                  storyId={storyId}
                  canEdit={canEdit}
                  onChanged={reload}
                />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
