// The list of the editor's keyboard shortcuts (Ctrl+/ or the "?" button); closing returns to the text.

import type { EditorView } from 'prosemirror-view';
import { Dialog } from '../components/dialog.js';
import { useI18n } from '../i18n/index.js';

export function ShortcutsDialog(props: {
  view: EditorView;
  entries: { label: string; keys: string }[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const close = () => {
    props.onClose();
    props.view.focus();
  };
  return (
    <Dialog title={t('toolbar.shortcuts')} onClose={close} testId="shortcuts-dialog">
      <dl class="shortcut-list">
        {props.entries.map((entry) => (
          <div key={entry.label}>
            <dt>{entry.label}</dt>
            <dd>
              <kbd>{entry.keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
