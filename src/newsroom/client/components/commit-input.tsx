// A text input that keeps what is typed while it has focus and commits on Enter or when left.

import { useEffect, useRef, useState } from 'preact/hooks';

export interface CommitInputProps {
  value: string;
  onCommit: (value: string) => void;
  id?: string;
  list?: string;
  placeholder?: string;
  readOnly?: boolean;
  lang?: string;
  testId?: string;
  ariaLabel?: string;
}

/**
 * The editor re-renders on every save and keystroke; a plain controlled input would lose what is
 * being typed. This one follows `value` only while it does not have focus.
 */
export function CommitInput(props: CommitInputProps) {
  const { value, onCommit } = props;
  const [text, setText] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);
  const commit = (current: string) => {
    if (current !== value) onCommit(current);
  };
  return (
    <input
      type="text"
      id={props.id}
      list={props.list}
      lang={props.lang}
      placeholder={props.placeholder}
      readOnly={props.readOnly}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
      value={text}
      onFocus={() => (focused.current = true)}
      onBlur={(e) => {
        focused.current = false;
        commit(e.currentTarget.value);
      }}
      onInput={(e) => setText(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(e.currentTarget.value);
        }
      }}
    />
  );
}
