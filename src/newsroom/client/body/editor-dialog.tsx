// The frame of the editor's insert dialogs (image, embed, link): closing gives the focus back to the text.

import type { ComponentChildren } from 'preact';
import type { EditorView } from 'prosemirror-view';
import { Dialog } from '../components/dialog.js';

export interface EditorDialogProps {
  view: EditorView;
  title: string;
  testId: string;
  onClose: () => void;
  /** Runs on submit; calls `close` when the change is made. */
  onApply: (close: () => void) => void;
  /** The primary (submit) button's text. */
  submitLabel: string;
  busy?: boolean;
  wide?: boolean;
  /** Buttons before the submit button. */
  extraActions?: (close: () => void) => ComponentChildren;
  children: ComponentChildren;
}

export function EditorDialog(props: EditorDialogProps) {
  const close = () => {
    props.onClose();
    props.view.focus();
  };
  return (
    <Dialog
      title={props.title}
      onClose={close}
      onSubmit={() => props.onApply(close)}
      testId={props.testId}
      wide={props.wide}
      actions={
        <>
          {props.extraActions?.(close)}
          <button type="submit" class="button primary" disabled={props.busy}>
            {props.submitLabel}
          </button>
        </>
      }
    >
      {props.children}
    </Dialog>
  );
}
