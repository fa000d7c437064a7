// The story's translations: each other edition with its translation and state, and "Translate to …" only where none exists.

import { useEffect, useState } from 'preact/hooks';
import type { EditionCode } from '../../../domain/editions.js';
import { ApiError } from '../api/http.js';
import { translateStory, type TranslationDraft } from '../api/stories.js';
import { storyTranslations, type EditionTranslation } from '../api/translations.js';
import type { StoryView } from '../api/types.js';
import { AppLink } from '../components/app-link.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate } from '../router.js';
import { useSession, userCan } from '../session.js';

/** What a draft made here could not carry over, told on its own panel (until the page reloads). */
const notes = new Map<number, { tags: string[]; from: EditionCode; rubricGuessed: boolean }>();

/** Keeps what to tell the translator on the new draft's panel (tags without a linked counterpart, a guessed rubric). */
export function rememberTranslationNote(draft: TranslationDraft, from: EditionCode): void {
  if (draft.untranslatedTags.length || draft.rubricGuessed)
    notes.set(draft.id, { tags: draft.untranslatedTags, from, rubricGuessed: draft.rubricGuessed });
}

export function TranslateMenu({ story }: { story: StoryView }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editions, setEditions] = useState<EditionTranslation[] | null>(null);
  const note = notes.get(story.id);
  useEffect(() => {
    storyTranslations(story.id).then(setEditions, (e: unknown) => setError(errorText(e, language)));
  }, [story.id, story.version]);

  const translate = async (edition: EditionCode) => {
    setBusy(true);
    setError(null);
    try {
      const draft = await translateStory(story.id, edition);
      rememberTranslationNote(draft, story.edition);
      navigate(`${BASE}/stories/${draft.id}`);
    } catch (e) {
      const existing = e instanceof ApiError && e.code === 'duplicate' ? Number(e.body.id) : NaN;
      if (Number.isInteger(existing) && existing > 0) navigate(`${BASE}/stories/${existing}`);
      else setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  const state = (e: EditionTranslation) =>
    e.state === 'stale'
      ? t('translate.staleSince', { n: e.since ?? 0 })
      : t(`translate.state.${e.state}`);

  return (
    <section class="panel" aria-labelledby="translate-title" data-testid="translations-panel">
      <h2 id="translate-title" class="panel-title">
        {t('nav.translations')}
      </h2>
      {editions === null ? (
        !error && <p class="muted">{t('app.loading')}</p>
      ) : (
        <ul class="translation-list">
          {editions.map((e) => (
            <li key={e.edition} data-edition={e.edition} data-state={e.state}>
              <span class="edition-code">{e.edition}</span>
              {e.story ? (
                <AppLink href={`${BASE}/stories/${e.story.id}`} lang={e.edition}>
                  {e.story.title || t('desk.untitled')}
                </AppLink>
              ) : (
                <span class="muted">{t(`edition.${e.edition}`)}</span>
              )}
              <span class={`translation-state state-${e.state}`}>{state(e)}</span>
              {e.state === 'missing' && userCan(user, 'write', e.edition) && (
                <button
                  type="button"
                  class="button small"
                  data-translate={e.edition}
                  disabled={busy}
                  onClick={() => void translate(e.edition)}
                >
                  {t('translate.to', { edition: t(`edition.${e.edition}`) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {note && (
        <div class="translation-note" role="status" data-testid="translation-note">
          {note.rubricGuessed && <p>{t('translate.rubricGuessed')}</p>}
          {note.tags.length > 0 && (
            <p>
              {t('translate.untranslatedTags')} <span lang={note.from}>{note.tags.join(', ')}</span>
            </p>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
