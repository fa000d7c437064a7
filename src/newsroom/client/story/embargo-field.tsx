// The story's embargo in the workflow panel: until when, in the agency's zone; set, moved or lifted before publication.

import { useEffect, useState } from 'preact/hooks';
import { saveStory } from '../api/stories.js';
import type { StoryView } from '../api/types.js';
import { DateTimeInput } from '../components/date-time-input.js';
import { errorText } from '../components/error-text.js';
import { AGENCY_TIME_ZONE, formatTime, fromZonedInput, toZonedInput } from '../format.js';
import { useI18n } from '../i18n/index.js';

export interface EmbargoFieldProps {
  story: StoryView;
  /** Saves pending edits first; null when that failed. */
  flush: () => Promise<StoryView | null>;
  onChanged: (story: StoryView) => void;
}

export function EmbargoField({ story, flush, onChanged }: EmbargoFieldProps) {
  const { t, language } = useI18n();
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setValue(story.embargoUntil ? toZonedInput(story.embargoUntil).slice(0, 16) : '');
  }, [story.embargoUntil]);

  const until = story.embargoUntil;
  const active = !!until && Date.parse(until) > Date.now();
  // Once out, the embargo is part of what was published: changing it takes a correction.
  const editable = !!story.allowed?.edit && story.status !== 'published';

  const save = async (embargoUntil: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const base = await flush();
      if (!base) throw new Error(t('save.unsaved'));
      onChanged(await saveStory(story.id, base.version, { embargoUntil }));
    } catch (e) {
      setError(errorText(e, language));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const iso = fromZonedInput(value);
    if (!iso || Date.parse(iso) <= Date.now()) return setError(t('workflow.pastTime'));
    void save(iso);
  };

  return (
    <div class="embargo" data-testid="embargo">
      {until && (
        <p class={active ? 'embargo-state is-active' : 'embargo-state muted'}>
          {t(active ? 'embargo.until' : 'embargo.lifted', { time: formatTime(until, language) })}
        </p>
      )}
      {editable && (
        <form class="embargo-form" onSubmit={submit}>
          <label for="embargo-at">{t('embargo.label', { zone: AGENCY_TIME_ZONE })}</label>
          <div class="embargo-row">
            <DateTimeInput id="embargo-at" value={value} onChange={setValue} />
            <button type="submit" class="button" disabled={busy || !value}>
              {t('embargo.set')}
            </button>
            {until && (
              <button
                type="button"
                class="button subtle"
                data-testid="embargo-lift"
                disabled={busy}
                onClick={() => void save(null)}
              >
                {t('embargo.lift')}
              </button>
            )}
          </div>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
