// The site search: a plain GET form to the edition's search page, labelled for screen readers.

import type { Edition } from '../../domain/editions.js';
import { strings } from './strings.js';

export function SearchForm({ edition, id = 'site-search' }: { edition: Edition; id?: string }) {
  const t = strings(edition.code);
  return (
    <form class="search" role="search" action={`${edition.prefix}search`} method="get">
      <label for={id} class="visually-hidden">
        {t.searchLabel}
      </label>
      <input id={id} type="search" name="q" placeholder={t.searchLabel} />
      <button type="submit">{t.search}</button>
    </form>
  );
}
