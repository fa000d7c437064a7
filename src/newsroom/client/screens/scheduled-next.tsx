// The desk's side column: the stories scheduled to go out next, soonest first.

import { useEffect, useState } from 'preact/hooks';
import { listStories } from '../api/stories.js';
import type { StorySummary } from '../api/types.js';
import { AppLink } from '../components/app-link.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { BASE } from '../router.js';

export function ScheduledNext() {
  const { t, language } = useI18n();
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  useEffect(() => {
    const load = () =>
      listStories({ view: 'scheduled', limit: 10 }).then(
        (list) => setStories(list.items),
        () => setStories([]),
      );
    void load();
    const timer = setInterval(() => void load(), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <aside class="desk-side" aria-labelledby="scheduled-next" data-testid="scheduled-next">
      <h2 id="scheduled-next">{t('desk.scheduledNext')}</h2>
      {stories === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : stories.length === 0 ? (
        <p class="muted">{t('desk.noScheduled')}</p>
      ) : (
        <ol class="scheduled-list">
          {stories.map((s) => (
            <li key={s.id}>
              <div class="scheduled-meta">
                <time dateTime={s.scheduledAt ?? undefined}>
                  {formatTime(s.scheduledAt, language)}
                </time>
                <span class="edition-code">{s.edition}</span>
              </div>
              <AppLink href={`${BASE}/stories/${s.id}`} lang={s.edition}>
                {s.title}
              </AppLink>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
