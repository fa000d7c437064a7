// The 404/500 page in the edition's language: status, message, a way home; never indexed.

import type { ErrorPageView } from '../view-models.js';
import { Layout } from './layout.js';
import { errorTitle, strings } from './strings.js';

/** The chrome with "noindex" added to its robots directive. */
function noindex(robots: string | undefined): string {
  if (robots && /\bnoindex\b/i.test(robots)) return robots;
  return robots?.trim() ? `noindex, ${robots.trim()}` : 'noindex';
}

export function ErrorPage({ view }: { view: ErrorPageView }) {
  const chrome = { ...view.chrome, robots: noindex(view.chrome.robots) };
  const { edition } = chrome;
  const title = errorTitle(edition.code, view.status);
  const message = view.message.trim();
  return (
    <Layout chrome={chrome} page="error">
      <div class="error">
        <p class="error-status">{view.status}</p>
        <h1>{title}</h1>
        {message && message !== title && <p class="error-message">{message}</p>}
        <p>
          <a class="button" href={edition.prefix}>
            {strings(edition.code).backHome}
          </a>
        </p>
      </div>
    </Layout>
  );
}
