// The head of a list screen (Users, Authors): its title, a search box and the button that adds one.

import type { ComponentChildren } from 'preact';

export function SearchHead(props: {
  /** The heading's id, which the screen's section is labelled by. */
  titleId: string;
  title: ComponentChildren;
  searchLabel: string;
  searchTestId: string;
  query: string;
  onQuery: (value: string) => void;
  addLabel: ComponentChildren;
  addTestId: string;
  onAdd: () => void;
}) {
  return (
    <div class="desk-head">
      <h1 id={props.titleId}>{props.title}</h1>
      <input
        type="search"
        class="desk-search"
        data-testid={props.searchTestId}
        aria-label={props.searchLabel}
        placeholder={props.searchLabel}
        value={props.query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      <button
        type="button"
        class="button primary"
        data-testid={props.addTestId}
        onClick={props.onAdd}
      >
        {props.addLabel}
      </button>
    </div>
  );
}
