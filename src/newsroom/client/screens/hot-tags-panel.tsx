// The hot-tags strip of an edition, in order: pin a tag in its place until a time, reorder, add, remove, save.

import { useEffect, useState } from 'preact/hooks';
import { getHotTags, saveHotTags } from '../api/taxonomy.js';
import type { EditionCode, HotTagEntry } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { fromZonedInput, toZonedInput } from '../format.js';
import { useI18n } from '../i18n/index.js';

export function HotTagsPanel({ edition }: { edition: EditionCode }) {
  const { t, language } = useI18n();
  const [entries, setEntries] = useState<HotTagEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    getHotTags(edition).then(setEntries, (e: unknown) => setError(errorText(e, language)));
  }, [edition]);

  const list = entries ?? [];
  const change = (next: HotTagEntry[]) => {
    setEntries(next);
    setSaved(false);
  };
  const patch = (i: number, value: Partial<HotTagEntry>) =>
    change(list.map((e, j) => (j === i ? { ...e, ...value } : e)));
  const move = (i: number, by: number) => {
    const next = [...list];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    change(next);
  };
  const save = () => {
    setError(null);
    saveHotTags(edition, list).then(
      (items) => {
        setEntries(items);
        setSaved(true);
      },
      (e: unknown) => setError(errorText(e, language)),
    );
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
              <label class="muted">
                {t('taxonomy.expires')}{' '}
                <input
                  type="datetime-local"
                  value={entry.expiresAt ? toZonedInput(entry.expiresAt).slice(0, 16) : ''}
                  onChange={(e) => patch(i, { expiresAt: fromZonedInput(e.currentTarget.value) })}
                />
              </label>
            )}
            <button
              type="button"
              class="button small"
              onClick={() => patch(i, { pinned: !entry.pinned, expiresAt: null })}
            >
              {entry.pinned ? t('taxonomy.unpin') : t('taxonomy.pin')}
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={t('taxonomy.up')}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={t('taxonomy.down')}
              disabled={i === list.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
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
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const value = name.trim();
          if (!value || list.some((p) => p.name === value)) return;
          change([{ name: value, pinned: true, expiresAt: null }, ...list]);
          setName('');
        }}
      >
        <input
          type="text"
          lang={edition}
          aria-label={t('taxonomy.name')}
          placeholder={t('taxonomy.name')}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t('taxonomy.pin')}
        </button>
      </form>
      <button type="button" class="button primary" disabled={saved} onClick={save}>
        {t('taxonomy.save')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
