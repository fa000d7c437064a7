// The story's related stories picked by the editors: find stories by headline, up to five in order, reorder and remove (the authors picker's pattern).

import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_RELATED_PICKS } from '../../../domain/related.js';
import { listStories } from '../api/stories.js';
import type { DeskPage, EditionCode } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { ChosenChips } from './chosen-chips.js';

/** A picked story: its id, edition and headline (to show it). */
export interface RelatedChoice {
  id: number;
  edition: EditionCode;
  title: string;
}

export interface RelatedPickerProps {
  id: string;
  /** The story being edited: not offered as its own related story. */
  storyId: number;
  edition: EditionCode;
  value: RelatedChoice[];
  readOnly: boolean;
  onChange: (related: RelatedChoice[]) => void;
}

export function RelatedPicker({
  id,
  storyId,
  edition,
  value,
  readOnly,
  onChange,
}: RelatedPickerProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<DeskPage['items']>([]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open || q.trim() === '') {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      // The story's own edition first: a pick in another edition is read as its translation.
      listStories({ q: q.trim(), edition, limit: 8 }).then(
        (page) => live && setFound(page.items),
        () => live && setFound([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, open, edition]);

  const chosen = new Set(value.map((r) => r.id));
  const offers = found.filter((s) => s.id !== storyId && !chosen.has(s.id));
  const full = value.length >= MAX_RELATED_PICKS;
  const add = (choice: RelatedChoice) => {
    onChange([...value, choice]);
    setQ('');
    input.current?.focus();
  };
  const listId = `${id}-results`;
  const showList = open && !full && offers.length > 0;

  return (
    <div class="related-picker" data-testid="related-picker">
      {value.length === 0 ? (
        <p class="muted related-none">{t('related.none')}</p>
      ) : (
        <ChosenChips
          kind="related"
          label={t('story.related')}
          items={value}
          keyOf={(r) => String(r.id)}
          lang={(r) => r.edition}
          render={(r) => (
            <>
              <span class="related-chip-title">{r.title}</span>
              {r.edition !== edition && <small class="muted"> · {r.edition}</small>}
            </>
          )}
          removeLabel={(r) => t('related.remove', { title: r.title })}
          readOnly={readOnly}
          onChange={onChange}
        />
      )}
      {!readOnly && (
        <div class="related-search">
          <input
            id={id}
            ref={input}
            type="search"
            data-testid="related-search"
            autoComplete="off"
            disabled={full}
            placeholder={
              full ? t('related.full', { count: MAX_RELATED_PICKS }) : t('related.search')
            }
            aria-controls={showList ? listId : undefined}
            value={q}
            onFocus={() => setOpen(true)}
            onInput={(e) => {
              setOpen(true);
              setQ(e.currentTarget.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setOpen(false);
              if (e.key === 'Enter') {
                e.preventDefault();
                const first = offers[0];
                if (first) add({ id: first.id, edition: first.edition, title: first.title });
              }
            }}
          />
          {showList && (
            <ul id={listId} class="related-results" aria-label={t('related.results')}>
              {offers.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    class="related-result"
                    data-story-id={s.id}
                    onClick={() => add({ id: s.id, edition: s.edition, title: s.title })}
                  >
                    <span lang={s.edition}>{s.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
