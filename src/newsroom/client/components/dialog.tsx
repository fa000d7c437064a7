// A modal dialog on the native <dialog> element: focus is trapped, Escape closes it.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/index.js';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  wide?: boolean;
  /** Buttons shown at the bottom, right-aligned. */
  actions?: ComponentChildren;
  onSubmit?: () => void;
  testId?: string;
  /** Leave checking the fields to the server, whose messages show beside them. */
  noValidate?: boolean;
}

export function Dialog({
  title,
  onClose,
  children,
  wide,
  actions,
  onSubmit,
  testId,
  noValidate,
}: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        noValidate={noValidate}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <header class="dialog-head">
          <h2>{title}</h2>
          <button
            type="button"
            class="icon-button"
            aria-label={t('common.close')}
            onClick={onClose}
          >
            ×
          </button>
        </header>
        <div class="dialog-body">{children}</div>
        {actions && <footer class="dialog-actions">{actions}</footer>}
      </form>
    </dialog>
  );
}
