// The Authors screen: find profiles, add one, edit names and bios per edition and the photo from the media library.

import { useEffect, useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import {
  authorName,
  createAuthor,
  findAuthors,
  saveAuthor,
  type AuthorDraft,
  type AuthorProfileView,
} from '../api/authors.js';
import { listMedia, type MediaView } from '../api/media.js';
import type { EditionCode } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { SearchHead } from '../components/search-head.js';
import { useI18n } from '../i18n/index.js';
import { useSession, userCan } from '../session.js';

const EMPTY: AuthorDraft = { names: {}, bios: {}, photoId: null };

/** The site path of an author's page in an edition (domain/urls.ts: "<prefix>author/<slug>/"). */
function pagePath(edition: EditionCode, slug: string): string {
  return `${edition === 'az' ? '/' : `/${edition}/`}author/${slug}/`;
}

function AuthorForm({
  editing,
  onSaved,
  onCancel,
}: {
  editing: AuthorProfileView | null;
  onSaved: (a: AuthorProfileView) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<AuthorDraft>(
    editing
      ? { names: { ...editing.names }, bios: { ...editing.bios }, photoId: editing.photoId }
      : EMPTY,
  );
  const [media, setMedia] = useState<MediaView[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listMedia().then(setMedia, () => setMedia([]));
  }, []);
  const photo = media.find((m) => m.id === draft.photoId) ?? null;
  const set = (patch: Partial<AuthorDraft>) => {
    setDraft({ ...draft, ...patch });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(editing ? await saveAuthor(editing.id, draft) : await createAuthor(draft));
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="author-form" data-testid="author-form" onSubmit={(e) => void submit(e)}>
      <h2>{editing ? authorName(editing, language) : t('authors.new')}</h2>
      <div class="author-form-grid">
        {EDITION_CODES.map((e) => (
          <div class="author-edition" key={e}>
            <div class="field">
              <label for={`author-name-${e}`}>
                {t('authors.nameIn', { edition: t(`edition.${e}`) })}
              </label>
              <input
                id={`author-name-${e}`}
                type="text"
                lang={e}
                maxLength={200}
                value={draft.names[e] ?? ''}
                onInput={(ev) => set({ names: { ...draft.names, [e]: ev.currentTarget.value } })}
              />
            </div>
            <div class="field">
              <label for={`author-bio-${e}`}>
                {t('authors.bioIn', { edition: t(`edition.${e}`) })}
              </label>
              <textarea
                id={`author-bio-${e}`}
                lang={e}
                rows={3}
                maxLength={2000}
                value={draft.bios[e] ?? ''}
                onInput={(ev) => set({ bios: { ...draft.bios, [e]: ev.currentTarget.value } })}
              />
            </div>
          </div>
        ))}
      </div>
      <div class="field author-photo-field">
        <label for="author-photo">{t('authors.photo')}</label>
        <div class="author-photo-row">
          {photo && (
            <img
              class="author-photo-preview"
              src={photo.variants[0]?.url ?? photo.url}
              alt=""
              width={64}
              height={64}
            />
          )}
          <select
            id="author-photo"
            value={draft.photoId === null ? '' : String(draft.photoId)}
            onChange={(e) =>
              set({ photoId: e.currentTarget.value ? Number(e.currentTarget.value) : null })
            }
          >
            <option value="">{t('authors.noPhoto')}</option>
            {media.map((m) => (
              <option value={String(m.id)} key={m.id}>
                {m.alt || m.name}
              </option>
            ))}
            {draft.photoId !== null && !photo && (
              <option value={String(draft.photoId)}>#{draft.photoId}</option>
            )}
          </select>
        </div>
      </div>
      <ErrorAlert error={error} />
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {t('authors.save')}
        </button>
        <button type="button" class="button subtle" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {editing &&
          EDITION_CODES.map((e) => (
            <a
              key={e}
              class="button subtle"
              href={pagePath(e, editing.slug)}
              target="_blank"
              rel="noopener"
              lang={e}
            >
              {t('authors.page')} · {e.toUpperCase()} ↗
            </a>
          ))}
      </div>
    </form>
  );
}

export function AuthorsScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<AuthorProfileView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<AuthorProfileView | 'new' | null>(null);
  const [version, setVersion] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      findAuthors(q.trim(), 200).then(
        (list) => live && setItems(list),
        (e: unknown) => live && setError(errorText(e, language)),
      );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, version]);

  if (!userCan(user, 'manage-taxonomy')) return <p class="empty-state">{t('authors.forbidden')}</p>;
  return (
    <section class="authors" aria-labelledby="authors-title">
      <SearchHead
        titleId="authors-title"
        title={t('authors.title')}
        searchLabel={t('authors.search')}
        searchTestId="authors-search"
        query={q}
        onQuery={setQ}
        addLabel={t('authors.new')}
        addTestId="new-author"
        onAdd={() => {
          setSaved(null);
          setEditing('new');
        }}
      />
      {editing && (
        <AuthorForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? null : editing}
          onSaved={(a) => {
            setEditing(a);
            setSaved(a.id);
            setVersion((n) => n + 1);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {saved !== null && (
        <p class="muted" role="status" data-testid="author-saved">
          {t('authors.saved')}
        </p>
      )}
      <ErrorAlert error={error} />
      {items === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty-state">{t('authors.empty')}</p>
      ) : (
        <ul class="author-list" aria-label={t('authors.list')} data-testid="author-list">
          {items.map((a) => (
            <li key={a.id} class="author-row" data-author={a.slug}>
              <span class="author-names">
                <strong lang={language}>{authorName(a, language)}</strong>
                <small class="muted">
                  {EDITION_CODES.filter((e) => e !== language && a.names[e])
                    .map((e) => a.names[e])
                    .join(' · ')}
                </small>
              </span>
              <button
                type="button"
                class="button small"
                aria-label={`${t('authors.edit')}: ${authorName(a, language)}`}
                onClick={() => {
                  setSaved(null);
                  setEditing(a);
                }}
              >
                {t('authors.edit')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
