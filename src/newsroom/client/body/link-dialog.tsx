// The link dialog: sets, changes or removes the link on the selection (Ctrl+K).

import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { removeLink, setLink } from '../../editor/commands.js';
import { isAllowedHref } from '../../editor/safe-url.js';
import { TextField } from '../components/text-field.js';
import { useI18n } from '../i18n/index.js';
import { EditorDialog } from './editor-dialog.js';

export function LinkDialog(props: { view: EditorView; current: string; onClose: () => void }) {
  const { t } = useI18n();
  const [href, setHref] = useState(props.current);
  const [error, setError] = useState<string | null>(null);
  const apply = (close: () => void) => {
    const value = href.trim();
    if (!isAllowedHref(value)) return setError(t('link.invalid'));
    setLink(value)(props.view.state, props.view.dispatch);
    close();
  };
  return (
    <EditorDialog
      view={props.view}
      title={t('link.title')}
      testId="link-dialog"
      submitLabel={t('link.apply')}
      onClose={props.onClose}
      onApply={apply}
      extraActions={(close) =>
        props.current && (
          <button
            type="button"
            class="button"
            onClick={() => {
              removeLink(props.view.state, props.view.dispatch);
              close();
            }}
          >
            {t('link.remove')}
          </button>
        )
      }
    >
      <TextField
        id="link-href"
        label={t('link.href')}
        error={error}
        inputMode="url"
        autoFocus
        value={href}
        onInput={setHref}
      />
    </EditorDialog>
  );
}
