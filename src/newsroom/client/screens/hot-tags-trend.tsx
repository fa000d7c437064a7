// Under the hot-tags strip: the tags rising with readers (pin one, block one) and whether the strip follows them.

import { useEffect, useState } from 'preact/hooks';
import { getHotTagTrend, saveHotTagTrend, type HotTagTrendView } from '../api/numbers.js';
import type { EditionCode } from '../api/types.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';

export function HotTagsTrend({
  edition,
  onPin,
  onSaved,
}: {
  edition: EditionCode;
  /** Pins a proposed tag in the strip (saved with the strip). */
  onPin: (name: string) => void;
  /** The strip may have changed (it follows the trend now). */
  onSaved: () => void;
}) {
  const { t, language } = useI18n();
  const [view, setView] = useState<HotTagTrendView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fail = (e: unknown) => setError(errorText(e, language));
  useEffect(() => {
    getHotTagTrend(edition).then(setView, fail);
  }, [edition]);
  if (!view) return <ErrorAlert error={error} />;
  const save = (follow: boolean, blocked: string[]) => {
    setError(null);
    saveHotTagTrend(edition, follow, blocked).then((next) => {
      setView(next);
      onSaved();
    }, fail);
  };
  return (
    <section class="panel hot-trend" aria-labelledby="hot-trend-title" data-testid="hot-trend">
      <h2 id="hot-trend-title">{t('trend.title')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={view.follow}
          onChange={(e) => save((e.target as HTMLInputElement).checked, view.blocked)}
        />{' '}
        {t('trend.follow')}
      </label>
      {view.proposals.length === 0 ? (
        <p class="muted">{t('trend.none')}</p>
      ) : (
        <ol class="hot-list">
          {view.proposals.map((p) => (
            <li key={p.name} lang={edition} class={p.blocked ? 'is-blocked' : ''}>
              <span class="hot-name">{p.name}</span>
              <span class="muted">
                {t('trend.score', { views: p.views, score: p.score, usual: p.usual })}
              </span>
              <button type="button" class="button small" onClick={() => onPin(p.name)}>
                {t('taxonomy.pin')}
              </button>
              <button
                type="button"
                class="button small subtle"
                onClick={() =>
                  save(
                    view.follow,
                    p.blocked
                      ? view.blocked.filter((b) => b !== p.name)
                      : [...view.blocked, p.name],
                  )
                }
              >
                {p.blocked ? t('trend.unblock') : t('trend.block')}
              </button>
            </li>
          ))}
        </ol>
      )}
      {view.blocked.length > 0 && (
        <>
          <h3>{t('trend.blocked')}</h3>
          <ul class="chips">
            {view.blocked.map((name) => (
              <li key={name} lang={edition}>
                {name}{' '}
                <button
                  type="button"
                  class="button small subtle"
                  onClick={() =>
                    save(
                      view.follow,
                      view.blocked.filter((b) => b !== name),
                    )
                  }
                >
                  {t('trend.unblock')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorAlert error={error} />
    </section>
  );
}
