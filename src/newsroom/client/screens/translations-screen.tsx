// The translations screen: per edition, stories missing in other editions and translations whose source moved on.

import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/http.js';
import { translateStory } from '../api/stories.js';
import { translationStatus, type TranslationStatus } from '../api/translations.js';
import type { EditionCode } from '../api/types.js';
import { AppLink } from '../components/app-link.js';
import { EditionSwitch } from '../components/edition-picker.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { StatusChip } from '../components/status-chip.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate } from '../router.js';
import { useSession, userCan } from '../session.js';
import { rememberTranslationNote } from '../story/translate-menu.js';

export function TranslationsScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [edition, setEdition] = useState<EditionCode>(user.editions[0] ?? 'az');
  const [status, setStatus] = useState<TranslationStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setStatus(null);
    setError(null);
    translationStatus(edition).then(setStatus, (e: unknown) => setError(errorText(e, language)));
  }, [edition]);

  const create = async (id: number, target: EditionCode) => {
    try {
      const draft = await translateStory(id, target);
      rememberTranslationNote(draft, edition);
      navigate(`${BASE}/stories/${draft.id}`);
    } catch (e) {
      const existing = e instanceof ApiError && e.code === 'duplicate' ? Number(e.body.id) : NaN;
      if (existing > 0) navigate(`${BASE}/stories/${existing}`);
      else setError(errorText(e, language));
    }
  };

  return (
    <section class="translations" aria-labelledby="translations-title">
      <div class="desk-head">
        <h1 id="translations-title">{t('translations.title')}</h1>
        <EditionSwitch value={edition} onChange={setEdition} />
      </div>
      <ErrorAlert error={error} />
      {!status ? (
        !error && <p class="muted">{t('app.loading')}</p>
      ) : status.missing.length === 0 && status.stale.length === 0 ? (
        <p class="empty-state">{t('translations.none')}</p>
      ) : (
        <div class="two-columns">
          <div>
            <h2>
              {t('translations.missing')} <span class="count">{status.missing.length}</span>
            </h2>
            <table class="story-table">
              <tbody>
                {status.missing.map(({ story, missingIn }) => (
                  <tr key={story.id}>
                    <td>
                      <StatusChip status={story.status} />
                    </td>
                    <td class="col-headline">
                      <AppLink href={`${BASE}/stories/${story.id}`} lang={story.edition}>
                        {story.title}
                      </AppLink>
                    </td>
                    <td class="nowrap">
                      {missingIn.map((target) =>
                        userCan(user, 'write', target) ? (
                          <button
                            type="button"
                            class="button small"
                            key={target}
                            onClick={() => void create(story.id, target)}
                          >
                            + {target}
                          </button>
                        ) : (
                          <span class="edition-code" key={target}>
                            {target}
                          </span>
                        ),
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div>
            <h2>
              {t('translations.stale')} <span class="count">{status.stale.length}</span>
            </h2>
            <table class="story-table">
              <tbody>
                {status.stale.map(({ story, source, translatedFromVersion }) => (
                  <tr key={story.id}>
                    <td class="col-headline">
                      <AppLink href={`${BASE}/stories/${story.id}`} lang={story.edition}>
                        {story.title}
                      </AppLink>
                      <small class="muted">
                        {' '}
                        ← <AppLink href={`${BASE}/stories/${source.id}`}>
                          {source.edition}
                        </AppLink>{' '}
                        v{translatedFromVersion} → v{source.version}
                      </small>
                    </td>
                    <td class="muted nowrap">{formatTime(story.updatedAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
