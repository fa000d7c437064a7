// The numbers screen: what an edition's readers read now (the last 15 minutes), the stories rising against their usual level, and the most read over 24 hours and 7 days.

import { useEffect, useState } from 'preact/hooks';
import { getNumbers, type EditionNumbers } from '../api/numbers.js';
import type { EditionCode } from '../api/types.js';
import { EditionSwitch } from '../components/edition-picker.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { AppLink } from '../components/app-link.js';
import { useI18n, type MessageKey } from '../i18n/index.js';
import { BASE } from '../router.js';
import { useSession } from '../session.js';

/** The screen asks again this often while open. */
const REFRESH_MS = 60_000;

function Ranked<S extends EditionNumbers['day'][number]>({
  id,
  title,
  items,
  edition,
  none = 'numbers.none',
  detail,
}: {
  id: string;
  title: MessageKey;
  items: S[];
  edition: EditionCode;
  /** What an empty list says. */
  none?: MessageKey;
  /** What follows a title (its readers by default). */
  detail?: (story: S) => string;
}) {
  const { t } = useI18n();
  return (
    <section class="panel numbers-list" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {items.length === 0 ? (
        <p class="muted">{t(none)}</p>
      ) : (
        <ol>
          {items.map((s) => (
            <li key={s.id}>
              <AppLink href={`${BASE}/stories/${s.id}`}>
                <span lang={edition}>{s.title}</span>
              </AppLink>{' '}
              <span class="muted">{detail ? detail(s) : t('numbers.views', { n: s.views })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function NumbersScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [edition, setEdition] = useState<EditionCode>(user.editions[0] ?? 'az');
  const [numbers, setNumbers] = useState<EditionNumbers | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      getNumbers(edition).then(setNumbers, (e: unknown) => setError(errorText(e, language)));
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [edition]);
  return (
    <section class="numbers" aria-labelledby="numbers-title">
      <div class="desk-head">
        <h1 id="numbers-title">{t('numbers.title')}</h1>
        <EditionSwitch value={edition} onChange={setEdition} />
      </div>
      <p class="muted">{t('numbers.note')}</p>
      <ErrorAlert error={error} />
      {numbers && numbers.edition === edition && (
        <div class="numbers-grid">
          <Ranked
            id="numbers-now"
            title="numbers.readNow"
            items={numbers.readNow}
            edition={edition}
          />
          <Ranked
            id="numbers-rising"
            title="numbers.rising"
            items={numbers.rising}
            edition={edition}
            none="numbers.risingNone"
            detail={(s) => t('trend.score', { views: s.views, score: s.score, usual: s.usual })}
          />
          <Ranked id="numbers-day" title="numbers.day" items={numbers.day} edition={edition} />
          <Ranked id="numbers-week" title="numbers.week" items={numbers.week} edition={edition} />
        </div>
      )}
    </section>
  );
}
