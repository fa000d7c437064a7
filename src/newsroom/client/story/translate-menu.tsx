// "Translate to …": starts a linked draft in another edition, or opens the one that exists.

import { useState } from 'preact/hooks';
import { EDITION_CODES } from '../../../domain/editions.js';
import { ApiError } from '../api/http.js';
import { translateStory } from '../api/stories.js';
import type { StoryView } from '../api/types.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate } from '../router.js';
import { useSession, userCan } from '../session.js';

export function TranslateMenu({ story }: { story: StoryView }) {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const targets = EDITION_CODES.filter((e) => e !== story.edition && userCan(user, 'write', e));
  if (targets.length === 0) return null;

  const translate = async (edition: (typeof EDITION_CODES)[number]) => {
    setBusy(true);
    setError(null);
    try {
      const draft = await translateStory(story.id, edition);
      navigate(`${BASE}/stories/${draft.id}`);
    } catch (e) {
      const existing = e instanceof ApiError && e.code === 'duplicate' ? Number(e.body.id) : NaN;
      if (Number.isInteger(existing) && existing > 0) navigate(`${BASE}/stories/${existing}`);
      else setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="translate-title" data-testid="translations-panel">
      <h2 id="translate-title" class="panel-title">
        {t('translate.title')}
      </h2>
      <div class="workflow-buttons">
        {targets.map((edition) => (
          <button
            type="button"
            class="button small"
            key={edition}
            data-translate={edition}
            disabled={busy}
            onClick={() => void translate(edition)}
          >
            {t('translate.to', { edition: t(`edition.${edition}`) })}
          </button>
        ))}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
