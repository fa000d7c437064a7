// The link dialog: sets, changes or removes the link on the selection (Ctrl+K).

import type { EditorView } from 'prosemirror-view';
import { useState } from 'preact/hooks';
import { removeLink, setLink } from '../../editor/commands.js';
import { isAllowedHref } from '../../editor/safe-url.js';
import { Dialog } from '../components/dialog.js';
import { Field } from '../components/field.js';
import { useI18n } from '../i18n/index.js';

export function LinkDialog(props: { view: EditorView; current: string; onClose: () => void }) {
  const { t } = useI18n();
  const [href, setHref] = useState(props.current);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    props.onClose();
    props.view.focus();
  };
  const apply = () => {
    const value = href.trim();
    if (!isAllowedHref(value)) return setError(t('link.invalid'));
    setLink(value)(props.view.state, props.view.dispatch);
    close();
  };
  return (
    <Dialog
      title={t('link.title')}
      onClose={close}
      onSubmit={apply}
      testId="link-dialog"
      actions={
        <>
          {props.current && (
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
          )}
          <button type="submit" class="button primary">
            {t('link.apply')}
          </button>
        </>
      }
    >
      <Field id="link-href" label={t('link.href')} error={error}>
        <input
          id="link-href"
          type="text"
          inputMode="url"
          autoFocus
          value={href}
          onInput={(e) => setHref(e.currentTarget.value)}
        />
      </Field>
    </Dialog>
  );
}
