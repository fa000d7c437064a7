// The search page of an edition: the form, a clear message for a malformed query, "did you mean", hits with marks.

import { renderToString } from 'preact-render-to-string';
import type { SearchHitView, SearchPageView, TextPartView } from '../view-models.js';
import { DateTime } from './date-time.js';
import { Layout } from './layout.js';
import { Pagination, PaginationLinks } from './pagination.js';
import { searchStrings } from './search-strings.js';
import { strings } from './strings.js';
import { Picture } from './picture.js';
import { TypeLabel } from './type-label.js';

function Marked({ parts }: { parts: TextPartView[] }) {
  return <>{parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

function Hit({ hit, view }: { hit: SearchHitView; view: SearchPageView }) {
  return (
    <article class={`card search-hit${hit.picture ? ' has-picture' : ''}`} data-story={hit.id}>
      {hit.picture && (
        <div class="card-media">
          <Picture picture={hit.picture} class="card-picture" />
        </div>
      )}
      {hit.rubric && (
        <a class="kicker" href={hit.rubric.url}>
          {hit.rubric.name}
        </a>
      )}
      <h2 class="card-title">
        <a href={hit.url}>
          <Marked parts={hit.title} />
          <TypeLabel label={hit.typeLabel} type={hit.type} />
        </a>
      </h2>
      <DateTime iso={hit.publishedAt} edition={view.chrome.edition} class="card-time" />
      {hit.snippet.length > 0 && (
        <p class="snippet">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </article>
  );
}

export function SearchPage({ view }: { view: SearchPageView }) {
  const { edition } = view.chrome;
  const s = searchStrings(edition.code);
  const t = strings(edition.code);
  return (
    <Layout chrome={view.chrome} page="list" head={<PaginationLinks view={view.pagination} />}>
      <div class="list list-search">
        <header class="list-head">
          <h1>{s.heading}</h1>
        </header>
        <form class="search search-page-form" role="search" action={`${edition.prefix}search`}>
          <label for="search-q" class="visually-hidden">
            {t.searchLabel}
          </label>
          <input
            id="search-q"
            type="search"
            name="q"
            value={view.query}
            aria-describedby="search-hint"
          />
          {view.sort === 'date' && <input type="hidden" name="sort" value="date" />}
          <button type="submit">{t.search}</button>
        </form>
        <p id="search-hint" class="search-hint">
          {s.hint}
        </p>
        {view.error && (
          <p class="search-error" role="alert">
            {view.error}
          </p>
        )}
        {view.suggestion && (
          <p class="did-you-mean">
            {s.didYouMean} <a href={view.suggestion.url}>{view.suggestion.name}</a>
          </p>
        )}
        {view.total !== null && (
          <div class="search-meta">
            <p class="search-total" role="status">
              {view.total === 0 ? s.noResults : s.results(view.total, view.capped)}
            </p>
            {view.total > 1 && (
              <p class="search-sort">
                {s.sortBy}:{' '}
                {view.sort === 'relevance' ? (
                  <strong aria-current="true">{s.byRelevance}</strong>
                ) : (
                  <a href={view.sortLinks.relevance}>{s.byRelevance}</a>
                )}
                {' · '}
                {view.sort === 'date' ? (
                  <strong aria-current="true">{s.byDate}</strong>
                ) : (
                  <a href={view.sortLinks.date}>{s.byDate}</a>
                )}
              </p>
            )}
          </div>
        )}
        {view.hits.length > 0 && (
          <ul class="cards cards-list search-hits">
            {view.hits.map((hit) => (
              <li>
                <Hit hit={hit} view={view} />
              </li>
            ))}
          </ul>
        )}
        <Pagination view={view.pagination} edition={edition.code} />
      </div>
    </Layout>
  );
}

export function renderSearchPage(view: SearchPageView): string {
  return '<!doctype html>' + renderToString(<SearchPage view={view} />);
}
