// A labelled form field: the label above, an optional hint and error below, wired with ids for screen readers.

import type { ComponentChildren } from 'preact';

let counter = 0;
/** A stable id for one field (labels need it). */
export function fieldId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <small class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </small>
      )}
      {props.error && (
        <small class="error" role="alert">
          {props.error}
        </small>
      )}
    </div>
  );
}
