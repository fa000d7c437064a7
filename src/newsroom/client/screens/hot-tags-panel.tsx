// The hot-tags strip of an edition, in order: pin a tag in its place until a time, reorder, add, remove, save.

import { DateTimeInput } from '../components/date-time-input.js';
import { useState } from 'preact/hooks';
import { getHotTags, saveHotTags } from '../api/taxonomy.js';
import type { EditionCode, HotTagEntry } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { fromZonedInput, toZonedInput } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { AddNameForm, MoveButtons, moved, usePanelList } from './taxonomy-parts.js';
import { HotTagsTrend } from './hot-tags-trend.js';

export function HotTagsPanel({ edition }: { edition: EditionCode }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(true);
  const {
    items: entries,
    setItems: setEntries,
    error,
    setError,
    fail,
    act,
  } = usePanelList<HotTagEntry>(() => getHotTags(edition), [edition]);

  const list = entries ?? [];
  const change = (next: HotTagEntry[]) => {
    setEntries(next);
    setSaved(false);
  };
  const patch = (i: number, value: Partial<HotTagEntry>) =>
    change(list.map((e, j) => (j === i ? { ...e, ...value } : e)));
  const save = () => {
    setError(null);
    saveHotTags(edition, list).then((items) => {
      setEntries(items);
      setSaved(true);
    }, fail);
  };

  return (
    <div class="panel-wide">
      <ol class="hot-list" data-testid="hot-tags">
        {list.map((entry, i) => (
          <li key={entry.name} lang={edition} class={entry.pinned ? 'is-pinned' : ''}>
            <span class="hot-name">{entry.name}</span>
            <span class="muted">
              {entry.pinned ? t('taxonomy.pinned') : t('taxonomy.trending')}
            </span>
            {entry.pinned && (
              <span class="muted hot-expiry">
                <label for={`hot-expires-${i}`}>{t('taxonomy.expires')}</label>{' '}
                <DateTimeInput
                  id={`hot-expires-${i}`}
                  value={entry.expiresAt ? toZonedInput(entry.expiresAt).slice(0, 16) : ''}
                  onChange={(value) => {
                    const iso = value ? fromZonedInput(value) : null;
                    if (iso || !value) patch(i, { expiresAt: iso });
                  }}
                />
              </span>
            )}
            <button
              type="button"
              class="button small"
              onClick={() => patch(i, { pinned: !entry.pinned, expiresAt: null })}
            >
              {entry.pinned ? t('taxonomy.unpin') : t('taxonomy.pin')}
            </button>
            <MoveButtons
              index={i}
              count={list.length}
              onMove={(by) => change(moved(list, i, by))}
            />
            <button
              type="button"
              class="icon-button"
              aria-label={t('common.close')}
              onClick={() => change(list.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <AddNameForm
        edition={edition}
        submitLabel={t('taxonomy.pin')}
        onAdd={(name) => {
          if (list.some((p) => p.name === name)) return false;
          change([{ name, pinned: true, expiresAt: null }, ...list]);
        }}
      />
      <button type="button" class="button primary" disabled={saved} onClick={save}>
        {t('taxonomy.save')}
      </button>
      <ErrorAlert error={error} />
      <HotTagsTrend
        edition={edition}
        onPin={(name) => {
          if (list.some((p) => p.name === name))
            change(list.map((e) => (e.name === name ? { ...e, pinned: true } : e)));
          else change([{ name, pinned: true, expiresAt: null }, ...list]);
        }}
        onSaved={() => {
          setSaved(true);
          void act(Promise.resolve());
        }}
      />
    </div>
  );
}
