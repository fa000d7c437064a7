// The public site's page renderers: one view model in, one complete HTML document out.

import type { ErrorPageView, HomeView, ListPageView, StoryPageView } from '../view-models.js';
import { ErrorPage } from './error-page.js';
import { HomePage } from './home-page.js';
import { ListPage } from './list-page.js';
import { StoryPage } from './story-page.js';
import { renderToString } from 'preact-render-to-string';
import type { VNode } from 'preact';

export { StoryBody } from './story-body.js';
export { STRINGS, strings, type UiStrings } from './strings.js';

const DOCTYPE = '<!doctype html>';

function page(vnode: VNode): string {
  return DOCTYPE + renderToString(vnode);
}

export function renderHomePage(view: HomeView): string {
  return page(<HomePage view={view} />);
}

export function renderStoryPage(view: StoryPageView): string {
  return page(<StoryPage view={view} />);
}

/** Rubric, tag and archive pages. */
export function renderListPage(view: ListPageView): string {
  return page(<ListPage view={view} />);
}

/** 404, 410 and 500 pages in the edition's language, marked noindex. */
export function renderErrorPage(view: ErrorPageView): string {
  return page(<ErrorPage view={view} />);
}
