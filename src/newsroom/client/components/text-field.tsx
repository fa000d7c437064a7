// A labelled one-line text input (a Field around a controlled <input>), the form row every dialog repeats.

import type { ComponentChildren } from 'preact';
import { Field } from './field.js';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  /** "url" for addresses: the phone keyboard with a slash and ".com". */
  inputMode?: 'url' | 'text';
  autoFocus?: boolean;
  required?: boolean;
  lang?: string;
  placeholder?: string;
  /** The id of a <datalist> to suggest from. */
  list?: string;
  /** Shown under the input, e.g. its <datalist>. */
  children?: ComponentChildren;
}

export function TextField(props: TextFieldProps) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <input
        id={props.id}
        type="text"
        inputMode={props.inputMode}
        required={props.required}
        autoFocus={props.autoFocus}
        list={props.list}
        lang={props.lang}
        placeholder={props.placeholder}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.children}
    </Field>
  );
}
