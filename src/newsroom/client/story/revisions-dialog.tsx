// The revisions of a story: who saved each version and when; compare two; restore one.

import { useEffect, useState } from 'preact/hooks';
import { compareRevisions, listRevisions, restoreRevision } from '../api/revisions.js';
import type { RevisionComparison, RevisionSummary, StoryView } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { errorText } from '../components/error-text.js';
import { formatTime } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { Comparison } from './revision-comparison.js';

export interface RevisionsDialogProps {
  story: StoryView;
  /** Saves pending edits before a restore. */
  flush: () => Promise<StoryView | null>;
  onRestored: (story: StoryView) => void;
  onClose: () => void;
}

export function RevisionsDialog({ story, flush, onRestored, onClose }: RevisionsDialogProps) {
  const { t, language } = useI18n();
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [diff, setDiff] = useState<RevisionComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    listRevisions(story.id).then(
      (list) => setRevisions([...list].sort((a, b) => b.version - a.version)),
      (e: unknown) => setError(errorText(e, language)),
    );
  }, [story.id, story.version]);

  const toggle = (version: number) => {
    setDiff(null);
    setPicked((p) =>
      p.includes(version) ? p.filter((v) => v !== version) : [...p.slice(-1), version],
    );
  };
  const compare = async () => {
    const [a, b] = [...picked].sort((x, y) => x - y);
    if (a === undefined || b === undefined) return setError(t('revisions.pickTwo'));
    setError(null);
    compareRevisions(story.id, a, b).then(setDiff, (e: unknown) =>
      setError(errorText(e, language)),
    );
  };
  const [confirming, setConfirming] = useState<number | null>(null);
  const restore = async (version: number) => {
    setConfirming(null);
    try {
      const base = (await flush()) ?? story;
      onRestored(await restoreRevision(story.id, version, base.version));
      onClose();
    } catch (e) {
      setError(errorText(e, language));
    }
  };

  return (
    <Dialog title={t('revisions.title')} onClose={onClose} wide testId="revisions-dialog">
      {revisions === null ? (
        <p class="muted">{t('app.loading')}</p>
      ) : revisions.length === 0 ? (
        <p class="muted">{t('revisions.empty')}</p>
      ) : (
        <table class="revision-table">
          <tbody>
            {revisions.map((r) => (
              <tr key={r.version} data-version={r.version}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('revisions.version', { n: r.version })}
                    checked={picked.includes(r.version)}
                    onChange={() => toggle(r.version)}
                  />
                </td>
                <td>{t('revisions.version', { n: r.version })}</td>
                <td class="muted">{formatTime(r.savedAt, language)}</td>
                <td class="muted">{r.savedByName}</td>
                <td>
                  {r.version !== story.version && story.allowed?.edit && (
                    <button
                      type="button"
                      class="button small"
                      data-restore={r.version}
                      onClick={() => setConfirming(r.version)}
                    >
                      {t('revisions.restore')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming !== null && (
        <div class="notice confirm-row" role="alertdialog" aria-label={t('revisions.restore')}>
          <span>{t('revisions.restoreConfirm', { n: confirming })}</span>
          <button type="button" class="button" onClick={() => setConfirming(null)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            class="button primary"
            data-confirm-restore={confirming}
            onClick={() => void restore(confirming)}
          >
            {t('revisions.restore')}
          </button>
        </div>
      )}
      <div class="dialog-inline-actions">
        <button
          type="button"
          class="button"
          disabled={picked.length !== 2}
          onClick={() => void compare()}
        >
          {t('revisions.compare')}
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {diff && <Comparison diff={diff} revisions={revisions ?? []} />}
    </Dialog>
  );
}
