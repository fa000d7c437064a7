// The Incoming view of the desk: wire items per edition, one click takes an item into a draft; each source's last poll, errors and counts.

import { useEffect, useState } from 'preact/hooks';
import {
  incomingItems,
  takeIncoming,
  wireSources,
  type IncomingEntry,
  type WireSource,
} from '../api/incoming.js';
import type { EditionCode } from '../api/types.js';
import { EditionSwitch } from '../components/edition-picker.js';
import { ErrorAlert } from '../components/error-alert.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { BASE, navigate } from '../router.js';
import { useSession, userCan } from '../session.js';

export function IncomingScreen() {
  const { t, language } = useI18n();
  const { user } = useSession();
  const [edition, setEdition] = useState<EditionCode>(user.editions[0] ?? 'az');
  const [items, setItems] = useState<IncomingEntry[] | null>(null);
  const [sources, setSources] = useState<WireSource[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  useEffect(() => {
    setItems(null);
    setError(null);
    incomingItems(edition).then(setItems, (e: unknown) => setError(errorText(e, language)));
    wireSources().then(setSources, () => setSources([]));
  }, [edition]);

  const take = async (id: number) => {
    setBusy(id);
    try {
      const draft = await takeIncoming(id);
      navigate(`${BASE}/stories/${draft}`);
    } catch (e) {
      setError(errorText(e, language));
      setBusy(null);
    }
  };

  return (
    <section class="incoming" aria-labelledby="incoming-title">
      <div class="desk-head">
        <h1 id="incoming-title">{t('incoming.title')}</h1>
        <EditionSwitch value={edition} onChange={setEdition} />
      </div>
      <ErrorAlert error={error} />
      {!items ? (
        !error && <p class="muted">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p class="empty-state">{t('incoming.none')}</p>
      ) : (
        <ul class="incoming-list">
          {items.map((item) => (
            <li key={item.id} class={`incoming-item incoming-${item.status}`}>
              <h2 lang={item.edition}>{item.title}</h2>
              {item.lead && <p lang={item.edition}>{item.lead}</p>}
              <p class="muted">
                <small>
                  {t('incoming.from', { source: item.sourceName })} ·{' '}
                  {formatTime(item.updatedAt, language)}
                </small>
              </p>
              {item.status === 'withdrawn' ? (
                <p class="incoming-note" role="note">
                  <strong>{t('incoming.withdrawn')}</strong>
                  {item.note ? `: ${item.note}` : ''}
                </p>
              ) : item.status === 'failed' ? (
                <p class="incoming-note" role="note">
                  <strong>{t('incoming.failed')}</strong>
                  {item.error ? `: ${item.error}` : ''}
                </p>
              ) : (
                userCan(user, 'write', item.edition) && (
                  <button
                    type="button"
                    class="button"
                    disabled={busy !== null}
                    onClick={() => void take(item.id)}
                  >
                    {t('incoming.take')}
                  </button>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 class="incoming-sources-title">{t('incoming.sources')}</h2>
      {sources.length === 0 ? (
        <p class="muted">{t('incoming.noSources')}</p>
      ) : (
        <table class="story-table incoming-sources">
          <tbody>
            {sources.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td class="nowrap">
                  {t('incoming.lastPoll')}:{' '}
                  {s.lastPollAt ? formatTime(s.lastPollAt, language) : t('incoming.never')}
                </td>
                <td>{t('incoming.counts', s.counts)}</td>
                <td>
                  {s.lastError ? <span class="error-text">{s.lastError}</span> : t('incoming.ok')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
