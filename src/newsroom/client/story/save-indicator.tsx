// Where the autosave stands: saved, unsaved, saving, failed (with a retry), or in conflict.

import { ApiError } from '../api/http.js';
import { errorText } from '../components/error-text.js';
import { useI18n } from '../i18n/index.js';
import type { SaveState } from './use-autosave.js';

export function SaveIndicator(props: { state: SaveState; onSave: () => void; autosave: boolean }) {
  const { t, language } = useI18n();
  const { state } = props;
  let text: string;
  switch (state.kind) {
    case 'saved':
      text = t('save.saved');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'dirty':
      text = t('save.unsaved');
      break;
    case 'conflict':
      text = t('conflict.title');
      break;
    case 'error':
      text =
        state.error instanceof ApiError && state.error.status === 0
          ? t('save.offline')
          : t('save.failed', { message: errorText(state.error, language) });
  }
  return (
    <div
      class={`save-state save-${state.kind}`}
      role="status"
      data-testid="save-state"
      data-state={state.kind}
    >
      <span class="save-dot" aria-hidden="true" />
      {text}
      {props.autosave && (state.kind === 'dirty' || state.kind === 'error') && (
        <button type="button" class="button small subtle" onClick={props.onSave}>
          {t('save.now')}
        </button>
      )}
    </div>
  );
}
