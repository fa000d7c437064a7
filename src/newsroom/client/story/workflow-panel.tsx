// The workflow buttons the user's role and the story's status allow, with the schedule, unpublish and correction dialogs.

import { DateTimeInput } from '../components/date-time-input.js';
import { useState } from 'preact/hooks';
import { findTransition, type TransitionName } from '../../../domain/workflow.js';
import { correctStory, transitionStory } from '../api/stories.js';
import type { StoryStatus, StoryView } from '../api/types.js';
import { Dialog } from '../components/dialog.js';
import { errorText } from '../components/error-text.js';
import { Field } from '../components/field.js';
import { StatusChip } from '../components/status-chip.js';
import { AGENCY_TIME_ZONE, formatTime, fromZonedInput, toZonedInput } from '../format.js';
import { useI18n } from '../i18n/index.js';
import { EmbargoField } from './embargo-field.js';
import { changedFields, fieldsOf, type StoryFields } from './story-fields.js';

type Pending =
  | { kind: 'schedule'; to: StoryStatus }
  | { kind: 'publish'; to: StoryStatus }
  | { kind: 'unpublish' }
  | { kind: 'correct' }
  | null;

export interface WorkflowPanelProps {
  story: StoryView;
  fields: StoryFields;
  /** Saves pending edits first; null when that failed. */
  flush: () => Promise<StoryView | null>;
  onChanged: (story: StoryView) => void;
}

const PRIMARY: TransitionName[] = ['submit', 'approve', 'publish', 'republish'];

export function WorkflowPanel({ story, fields, flush, onChanged }: WorkflowPanelProps) {
  const { t, language } = useI18n();
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [at, setAt] = useState('');
  const [text, setText] = useState('');

  const allowed = story.allowed?.transitions ?? [];
  const steps = allowed
    .map((to) => ({ to, name: findTransition(story.status, to)?.name }))
    .filter((s): s is { to: StoryStatus; name: TransitionName } => !!s.name);

  const go = async (to: StoryStatus, extra: { at?: string; reason?: string } = {}) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (story.status !== 'published' && (await flush()) === null)
        throw new Error(t('save.unsaved'));
      const next = await transitionStory(story.id, { to, ...extra });
      onChanged(next);
      setPending(null);
      setNotice(t('workflow.done', { status: t(`status.${next.status}`) }));
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  const correct = async () => {
    setBusy(true);
    setError(null);
    try {
      const changes = changedFields(fieldsOf(story), fields);
      const next = await correctStory(story.id, story.version, {
        note: text.trim(),
        ...(Object.keys(changes).length ? { story: changes } : {}),
      });
      onChanged(next);
      setPending(null);
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  const open = (p: Pending) => {
    setError(null);
    setText('');
    if (p?.kind === 'schedule')
      setAt(
        toZonedInput(story.scheduledAt ?? new Date(Date.now() + 3600_000).toISOString()).slice(
          0,
          16,
        ),
      );
    setPending(p);
  };

  const click = (step: { to: StoryStatus; name: TransitionName }) => {
    if (step.name === 'schedule' || step.name === 'reschedule')
      return open({ kind: 'schedule', to: step.to });
    if (step.name === 'unpublish') return open({ kind: 'unpublish' });
    if (step.name === 'publish' || step.name === 'republish')
      return open({ kind: 'publish', to: step.to });
    return void go(step.to);
  };

  return (
    <section class="panel workflow" aria-labelledby="workflow-title" data-testid="workflow-panel">
      <h2 id="workflow-title" class="panel-title">
        <StatusChip status={story.status} />
      </h2>
      {story.status === 'scheduled' && story.scheduledAt && (
        <p class="muted">
          {t('workflow.scheduledFor', { time: formatTime(story.scheduledAt, language) })}
        </p>
      )}
      {story.status === 'unpublished' && story.unpublishedReason && (
        <p class="muted">{story.unpublishedReason}</p>
      )}
      <div class="workflow-buttons">
        {steps.map((step) => (
          <button
            type="button"
            key={`${step.name}-${step.to}`}
            data-transition={step.name}
            class={PRIMARY.includes(step.name) ? 'button primary' : 'button'}
            disabled={busy}
            onClick={() => click(step)}
          >
            {t(`workflow.${step.name}`)}
          </button>
        ))}
        {story.allowed?.correct && (
          <button
            type="button"
            class="button"
            data-transition="correct"
            disabled={busy}
            onClick={() => open({ kind: 'correct' })}
          >
            {t('workflow.correct')}
          </button>
        )}
      </div>
      <EmbargoField story={story} flush={flush} onChanged={onChanged} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {error && !pending && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {pending?.kind === 'schedule' && (
        <Dialog
          title={t('workflow.schedule').replace('…', '')}
          onClose={() => setPending(null)}
          onSubmit={() => {
            const iso = fromZonedInput(at);
            if (!iso || Date.parse(iso) <= Date.now()) return setError(t('workflow.pastTime'));
            void go(pending.to, { at: iso });
          }}
          testId="schedule-dialog"
          actions={
            <button type="submit" class="button primary" disabled={busy}>
              {t('workflow.scheduleConfirm')}
            </button>
          }
        >
          <Field
            id="schedule-at"
            label={t('workflow.scheduleAt', { zone: AGENCY_TIME_ZONE })}
            error={error}
          >
            <DateTimeInput id="schedule-at" required value={at} onChange={setAt} />
          </Field>
        </Dialog>
      )}
      {pending?.kind === 'publish' && (
        <Dialog
          title={t('workflow.publishTitle')}
          onClose={() => setPending(null)}
          onSubmit={() => void go(pending.to)}
          testId="publish-dialog"
          actions={
            <button type="submit" class="button primary" disabled={busy}>
              {t('workflow.publishConfirm')}
            </button>
          }
        >
          <p lang={story.edition}>
            <strong>{fields.title || t('desk.untitled')}</strong>
          </p>
          <p>
            {story.embargoUntil && Date.parse(story.embargoUntil) > Date.now()
              ? t('workflow.publishEmbargoed', {
                  time: formatTime(story.embargoUntil, language),
                })
              : t('workflow.publishNow')}
          </p>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </Dialog>
      )}
      {pending?.kind === 'unpublish' && (
        <Dialog
          title={t('workflow.unpublish').replace('…', '')}
          onClose={() => setPending(null)}
          onSubmit={() => void go('unpublished', { reason: text.trim() })}
          testId="unpublish-dialog"
          actions={
            <button type="submit" class="button danger" disabled={busy || !text.trim()}>
              {t('workflow.unpublishConfirm')}
            </button>
          }
        >
          <Field id="unpublish-reason" label={t('workflow.reason')} error={error}>
            <textarea
              id="unpublish-reason"
              rows={3}
              required
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </Field>
        </Dialog>
      )}
      {pending?.kind === 'correct' && (
        <Dialog
          title={t('workflow.correct').replace('…', '')}
          onClose={() => setPending(null)}
          onSubmit={() => void correct()}
          testId="correction-dialog"
          actions={
            <button type="submit" class="button primary" disabled={busy || !text.trim()}>
              {t('workflow.correctionConfirm')}
            </button>
          }
        >
          <p class="hint">{t('workflow.correctionHint')}</p>
          <Field id="correction-note" label={t('workflow.correctionNote')} error={error}>
            <textarea
              id="correction-note"
              rows={3}
              required
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          </Field>
        </Dialog>
      )}
    </section>
  );
}
