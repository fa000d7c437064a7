// The story's authors: find profiles by any spelling, several in byline order, reorder and remove; your own profile offered first.

import { useEffect, useRef, useState } from 'preact/hooks';
import { authorName, findAuthors, type AuthorProfileView } from '../api/authors.js';
import type { AuthorChoice } from '../api/stories.js';
import type { EditionCode } from '../api/types.js';
import { useI18n } from '../i18n/index.js';
import { ChosenChips } from './chosen-chips.js';

export interface AuthorsPickerProps {
  id: string;
  edition: EditionCode;
  value: AuthorChoice[];
  readOnly: boolean;
  onChange: (authors: AuthorChoice[]) => void;
}

export function AuthorsPicker({ id, edition, value, readOnly, onChange }: AuthorsPickerProps) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [found, setFound] = useState<AuthorProfileView[]>([]);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      findAuthors(q.trim(), 8).then(
        (list) => live && setFound(list),
        () => live && setFound([]),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, open]);

  const chosen = new Set(value.map((a) => (a.id > 0 ? `#${a.id}` : a.name.toLowerCase())));
  const offers = found.filter((a) => !chosen.has(`#${a.id}`));
  const typed = q.trim().replace(/\s+/g, ' ');
  const exact = found.some((a) =>
    Object.values({ ...a.names, main: a.name }).some(
      (n) => n?.toLowerCase() === typed.toLowerCase(),
    ),
  );
  const add = (choice: AuthorChoice) => {
    onChange([...value, choice]);
    setQ('');
    input.current?.focus();
  };
  const listId = `${id}-results`;
  const showList = open && (offers.length > 0 || (typed !== '' && !exact));

  return (
    <div class="authors-picker" data-testid="authors-picker">
      {value.length === 0 ? (
        <p class="muted authors-none">{t('authors.none')}</p>
      ) : (
        <ChosenChips
          kind="author"
          label={t('story.authors')}
          items={value}
          keyOf={(a) => `${a.id}-${a.name}`}
          lang={() => edition}
          render={(a) => <span class="author-chip-name">{a.name}</span>}
          removeLabel={(a) => t('authors.remove', { name: a.name })}
          readOnly={readOnly}
          onChange={onChange}
        />
      )}
      {!readOnly && (
        <div class="author-search">
          <input
            id={id}
            ref={input}
            type="search"
            data-testid="author-search"
            autoComplete="off"
            placeholder={t('authors.search')}
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
                if (first) add({ id: first.id, name: authorName(first, edition) });
                else if (typed) add({ id: 0, name: typed });
              }
            }}
          />
          {showList && (
            <ul id={listId} class="author-results" aria-label={t('authors.results')}>
              {offers.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    class="author-result"
                    data-author-id={a.id}
                    onClick={() => add({ id: a.id, name: authorName(a, edition) })}
                  >
                    <span lang={edition}>{authorName(a, edition)}</span>
                    {a.own && <small class="muted"> ({t('authors.you')})</small>}
                    {authorName(a, edition) !== a.name && <small class="muted"> · {a.name}</small>}
                  </button>
                </li>
              ))}
              {typed && !exact && !chosen.has(typed.toLowerCase()) && (
                <li>
                  <button
                    type="button"
                    class="author-result is-new"
                    onClick={() => add({ id: 0, name: typed })}
                  >
                    {t('authors.credit', { name: typed })}
                  </button>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
