// The chosen entries of a picker (authors, related stories) as an ordered list of chips, each moved or removed in place.

import type { ComponentChildren } from 'preact';
import { MoveButtons, moved } from '../screens/taxonomy-parts.js';

export interface ChosenChipsProps<T> {
  /** The class prefix: "author" gives `author-chips`, `author-chip`, `author-chip-actions`. */
  kind: string;
  label: string;
  items: T[];
  keyOf: (item: T) => string;
  lang: (item: T) => string;
  /** What a chip shows. */
  render: (item: T) => ComponentChildren;
  removeLabel: (item: T) => string;
  readOnly?: boolean;
  onChange: (items: T[]) => void;
}

export function ChosenChips<T>(props: ChosenChipsProps<T>) {
  const { kind, items, onChange } = props;
  return (
    <ol class={`${kind}-chips`} aria-label={props.label}>
      {items.map((item, i) => (
        <li key={props.keyOf(item)} class={`${kind}-chip`} lang={props.lang(item)}>
          {props.render(item)}
          {!props.readOnly && (
            <span class={`${kind}-chip-actions`}>
              <MoveButtons
                index={i}
                count={items.length}
                onMove={(by) => onChange(moved(items, i, by))}
              />
              <button
                type="button"
                class="icon-button"
                aria-label={props.removeLabel(item)}
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
