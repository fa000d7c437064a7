// Page links of a story list: previous and next with rel, and "page N of M" between them (or "page N" when the list was not counted to its end).

import type { EditionCode } from '../../domain/editions.js';
import type { PaginationView } from '../view-models.js';
import { strings } from './strings.js';

export function Pagination({ view, edition }: { view: PaginationView; edition: EditionCode }) {
  if (view.pages <= 1 && !view.prevUrl && !view.nextUrl) return null;
  const t = strings(edition);
  return (
    <nav class="pagination" aria-label={t.pagination}>
      {view.prevUrl ? (
        <a class="page-prev" href={view.prevUrl} rel="prev">
          <span aria-hidden="true">← </span>
          {t.previous}
        </a>
      ) : (
        <span class="page-prev" />
      )}
      {view.page > 0 ? (
        <span class="page-of">
          {view.pagesExact
            ? t.pageOf(view.page, Math.max(view.pages, view.page))
            : t.page(view.page)}
        </span>
      ) : (
        <span class="page-of" />
      )}
      {view.nextUrl ? (
        <a class="page-next" href={view.nextUrl} rel="next">
          {t.next}
          <span aria-hidden="true"> →</span>
        </a>
      ) : (
        <span class="page-next" />
      )}
    </nav>
  );
}

/** <link rel=prev/next> tags for <head>. */
export function PaginationLinks({ view }: { view: PaginationView }) {
  return (
    <>
      {view.prevUrl && <link rel="prev" href={view.prevUrl} />}
      {view.nextUrl && <link rel="next" href={view.nextUrl} />}
    </>
  );
}
