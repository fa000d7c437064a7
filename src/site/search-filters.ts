// The search page's filters (rubric, type, date) as plain links and as the GET form's choices.

import { localDay } from '../domain/dates.js';
import type { Edition } from '../domain/editions.js';
import { STORY_TYPES } from '../domain/story.js';
import type { Deps } from '../operations/deps.js';
import type { EditionChrome } from '../operations/read-site.js';
import type { PageFilters } from './search-routes.js';
import type { FilterLinkView, SearchFiltersView } from './view-models.js';
import { readerStrings } from './views/reader-strings.js';

export interface FilterContext {
  q: string;
  sort: string;
  filters: PageFilters;
  /** The address of the search with these filters (page 1). */
  url: (filters: PageFilters) => string;
}

const DAY_MS = 86_400_000;

export function searchFilters(
  deps: Deps,
  edition: Edition,
  chrome: EditionChrome,
  ctx: FilterContext,
): SearchFiltersView {
  const r = readerStrings(edition.code);
  const f = ctx.filters;
  const link = (name: string, over: PageFilters, current: boolean): FilterLinkView => ({
    name,
    url: ctx.url({ ...f, ...over }),
    current,
  });
  const now = deps.clock.now().getTime();
  const since = (days: number) => localDay(new Date(now - days * DAY_MS), edition.timeZone);
  const presets: [string, number][] = [
    [r.pastDay, 1],
    [r.pastWeek, 7],
    [r.pastMonth, 30],
    [r.pastYear, 365],
  ];
  const rubrics = chrome.rubrics.flatMap((top) => [
    { value: top.slug, name: top.name },
    ...top.children.map((c) => ({ value: c.slug, name: `${top.name} / ${c.name}` })),
  ]);
  return {
    rubric: [
      link(r.any, { rubric: undefined }, !f.rubric),
      ...chrome.rubrics.map((rb) => link(rb.name, { rubric: rb.slug }, f.rubric === rb.slug)),
    ],
    type: [
      link(r.any, { type: undefined }, !f.type),
      ...STORY_TYPES.map((type) => link(r.types[type], { type }, f.type === type)),
    ],
    date: [
      link(r.any, { from: undefined, to: undefined }, !f.from && !f.to),
      ...presets.map(([name, days]) =>
        link(name, { from: since(days), to: undefined }, f.from === since(days) && !f.to),
      ),
    ],
    values: { rubric: f.rubric ?? '', type: f.type ?? '', from: f.from ?? '', to: f.to ?? '' },
    rubrics,
    types: STORY_TYPES.map((type) => ({ value: type, name: r.types[type] })),
  };
}
