// The search page of an edition: the form, a clear message for a malformed query, "did you mean", hits with marks.

import { renderToString } from 'preact-render-to-string';
import type {
  FilterLinkView,
  SearchFiltersView,
  SearchHitView,
  SearchPageView,
  TextPartView,
} from '../view-models.js';
import { DateTime } from './date-time.js';
import { Layout } from './layout.js';
import { Pagination, PaginationLinks } from './pagination.js';
import { readerStrings } from './reader-strings.js';
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
      <DateTime
        iso={hit.publishedAt}
        edition={view.chrome.edition}
        class="card-time"
        {...(hit.dateOnly ? { dateOnly: true } : {})}
      />
      {hit.snippet.length > 0 && (
        <p class="snippet">
          <Marked parts={hit.snippet} />
        </p>
      )}
    </article>
  );
}

function FilterGroup({ id, title, links }: { id: string; title: string; links: FilterLinkView[] }) {
  if (links.length <= 1) return null;
  return (
    <div class="filter-group">
      <h2 id={id} class="label-title">
        {title}
      </h2>
      <ul class="chips" aria-labelledby={id}>
        {links.map((link) => (
          <li>
            {link.current ? (
              <strong aria-current="true">{link.name}</strong>
            ) : (
              <a href={link.url} rel="nofollow">
                {link.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The filters as plain links, each keeping the query and the other filters. */
function FilterLinks({ filters, view }: { filters: SearchFiltersView; view: SearchPageView }) {
  const r = readerStrings(view.chrome.edition.code);
  return (
    <nav class="search-filters" aria-label={r.filters}>
      <FilterGroup id="filter-rubric" title={r.rubric} links={filters.rubric} />
      <FilterGroup id="filter-type" title={r.type} links={filters.type} />
      <FilterGroup id="filter-date" title={r.date} links={filters.date} />
    </nav>
  );
}

/** The same filters as fields of the search form (GET: works without a script). */
function FilterFields({ filters, view }: { filters: SearchFiltersView; view: SearchPageView }) {
  const r = readerStrings(view.chrome.edition.code);
  const v = filters.values;
  return (
    <div class="search-fields">
      <label>
        <span>{r.rubric}</span>
        <select name="rubric">
          <option value="" selected={v.rubric === ''}>
            {r.any}
          </option>
          {filters.rubrics.map((o) => (
            <option value={o.value} selected={v.rubric === o.value}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{r.type}</span>
        <select name="type">
          <option value="" selected={v.type === ''}>
            {r.any}
          </option>
          {filters.types.map((o) => (
            <option value={o.value} selected={v.type === o.value}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{r.from}</span>
        <input type="date" name="from" value={v.from} />
      </label>
      <label>
        <span>{r.to}</span>
        <input type="date" name="to" value={v.to} />
      </label>
    </div>
  );
}

export function SearchPage({ view }: { view: SearchPageView }) {
  const { edition } = view.chrome;
  const s = searchStrings(edition.code);
  const t = strings(edition.code);
  return (
    <Layout
      chrome={view.chrome}
      page="list"
      head={<PaginationLinks view={view.pagination} />}
      {...(view.side ? { side: view.side } : {})}
    >
      <div class="list list-search">
        <header class="list-head">
          <h1>{s.heading}</h1>
        </header>
        <form
          class="search search-page-form"
          role="search"
          action={`${edition.prefix}search`}
          aria-label={s.heading}
        >
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
          {view.filters && <FilterFields filters={view.filters} view={view} />}
        </form>
        <p id="search-hint" class="search-hint">
          {s.hint}
        </p>
        {view.error && (
          <p class="search-error" role="alert">
            {view.error}
          </p>
        )}
        {view.onlyCommonWords && (
          <p class="search-note" role="status">
            {readerStrings(edition.code).onlyCommonWords(view.query)}
          </p>
        )}
        {view.filters && view.query && !view.error && !view.onlyCommonWords && (
          <FilterLinks filters={view.filters} view={view} />
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
